import StorylineModel

/// YAML front matter at the top of an article, between `---` lines.
struct FrontMatter {
    /// Facts it gives.
    var info = ArticleInfo()
    /// Byte offset just after the closing `---` line (where the body starts).
    var bodyStart = 0
    /// Problems, one line each ("front matter: line 3: …").
    var problems: [String] = []

    /// Keys front matter may hold; the other spellings map to them.
    static let keys: [String: String] = [
        "title": "title", "headline": "title",
        "outlet": "outlet", "publisher": "outlet", "source": "outlet", "site": "outlet",
        "published": "published", "date": "published",
        "url": "url", "link": "url",
    ]

    /// Reads front matter from the start of `bytes` (after `from`, e.g. past a byte order mark).
    /// Nil when the text does not open with a `---` line.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, decode: (Range<Int>) -> String) -> FrontMatter? {
        guard let firstEnd = lineEnd(bytes, from: start), isFence(bytes, start..<firstEnd, closing: false) else { return nil }
        var matter = FrontMatter()
        var lineStart = nextLine(bytes, after: firstEnd)
        while lineStart < bytes.count, let end = lineEnd(bytes, from: lineStart) {
            if isFence(bytes, lineStart..<end, closing: true) {
                matter.bodyStart = nextLine(bytes, after: end)
                let yaml = nextLine(bytes, after: firstEnd)..<lineStart
                // The usual `key: value` lines are read from the bytes; the YAML parser reads the rest.
                if let info = FrontMatterScanner.info(bytes, yaml) {
                    matter.info = info
                } else {
                    matter.parse(decode(yaml))
                }
                return matter
            }
            lineStart = nextLine(bytes, after: end)
        }
        matter.bodyStart = start
        matter.problems.append("front matter: line 1: the '---' block is never closed; read as plain text")
        return matter
    }

    /// Reads the facts with the YAML parser (any YAML; problems named with their lines).
    mutating func parse(_ yaml: String) {
        var fields = YAMLFields(lineOffset: 1)
        switch fields.compose(yaml) {
        case .failure(let error):
            // "title: Budget 2021: tax rises" is no YAML, but its meaning is plain.
            if let lines = FrontMatterLines.info(yaml) {
                info = lines
                problems.append("front matter: \(error.message); read as plain 'key: value' lines (quote values that hold ': ')")
            } else {
                problems.append("front matter: \(error.message); front matter ignored")
            }
            return
        case .success(nil):
            return
        case .success(let root?):
            guard root.mapping != nil else {
                fields.problem("front matter should be 'key: value' lines; ignored", at: root)
                problems += fields.problems.map { "front matter: " + $0 }
                return
            }
            for (key, _, value) in fields.entries(root, what: "front matter") {
                // Other keys (author, tags…) are common metadata: ignored quietly.
                switch FrontMatter.keys[key.lowercased()] {
                case "title": info.title = fields.text(value, key: key)
                case "outlet": info.outlet = fields.text(value, key: key)
                case "published": info.published = fields.date(value, key: key)
                case "url": info.url = fields.text(value, key: key)
                default: break
                }
            }
            problems += fields.problems.map { "front matter: " + $0 }
        }
    }

    /// Offset of the line feed ending the line at `start`, or the end of the text.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start <= bytes.count else { return nil }
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index
    }

    private static func nextLine(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        min(end + 1, bytes.count)
    }

    /// `---` (or `...` when closing) with only trailing spaces or a carriage return.
    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, closing: Bool) -> Bool {
        guard line.count >= 3 else { return false }
        let mark = bytes[line.lowerBound]
        guard mark == UInt8(ascii: "-") || (closing && mark == UInt8(ascii: ".")) else { return false }
        guard bytes[line.lowerBound + 1] == mark, bytes[line.lowerBound + 2] == mark else { return false }
        return bytes[(line.lowerBound + 3)..<line.upperBound].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
