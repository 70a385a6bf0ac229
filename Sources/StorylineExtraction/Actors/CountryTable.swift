import Foundation

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

    /// Where the table was read from; nil when the bundled file is missing (no country is then
    /// known but those of the story file, and the builder warns).
    static let path: String? = BundledData.path(of: fileName)

    /// Parsed entries (none when the file is missing or unreadable).
    static let entries: [CountryEntry] = path.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }.map(parse) ?? []

    /// The entries of a table's text: one per line, notes (#) and blank lines skipped.
    static func parse(_ text: String) -> [CountryEntry] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let row = line.trimmingCharacters(in: .whitespaces)
            guard !row.isEmpty, !row.hasPrefix("#") else { return nil }
            let fields = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = fields.first, !name.isEmpty else { return nil }
            func list(_ index: Int) -> [String] {
                guard index < fields.count else { return [] }
                return fields[index].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            return CountryEntry(name: name, names: list(1), demonyms: list(2), capitals: list(3))
        }
    }
}
