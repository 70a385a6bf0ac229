/// One country of the world table: its names, adjective/demonym forms and capitals.
struct CountryEntry: Sendable {
    /// Canonical name.
    var name: String
    /// Other names and abbreviations ("US", "USA").
    var names: [String]
    /// Adjective and demonym forms ("American"): stand for the government only before a government noun.
    var demonyms: [String]
    /// Capital cities: stand for the government except where they are places ("in the capital").
    var capitals: [String]
}

/// The world table of countries, read from the bundled data file `Data/countries.txt` (rows
/// "Name|other names|demonyms|capitals"; see the file's notes), so that the names a user may
/// want to add or correct are data, not code.
enum CountryTable {
    /// The file name of the world table in the module's resource bundle.
    static let fileName = "countries.txt"

    /// The table file's path and bytes, read once; nil when the bundled file is missing or
    /// unreadable (no country is then known but those of the story file, and the builder warns).
    private static let file = BundledData.bytes(of: fileName)

    /// Where the table was read from (nil: not read).
    static var path: String? { file?.path }

    /// Parsed entries (none when the file is missing or unreadable).
    static let entries: [CountryEntry] = file.map { parse(String(decoding: $0.bytes, as: UTF8.self)) } ?? []

    /// The entries of a table's text: one per line, notes (#) and blank lines skipped.
    static func parse(_ text: String) -> [CountryEntry] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let row = trimmed(line)
            guard !row.isEmpty, !row.hasPrefix("#") else { return nil }
            let fields = row.split(separator: "|", omittingEmptySubsequences: false).map(trimmed)
            guard let name = fields.first, !name.isEmpty else { return nil }
            func list(_ index: Int) -> [String] {
                guard index < fields.count else { return [] }
                return fields[index].split(separator: ",").map { String(trimmed($0)) }.filter { !$0.isEmpty }
            }
            return CountryEntry(name: String(name), names: list(1), demonyms: list(2), capitals: list(3))
        }
    }

    /// `text` without spaces and tabs at either end.
    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
