import StorylineModel

/// Reads the common front-matter shape straight from its bytes, without building a YAML tree.
///
/// Accepted: top-level `key: value` lines whose value is empty, a plain scalar, or a one-line
/// single- or double-quoted scalar, plus blank lines and `#` comment lines. Anything else
/// (indentation, lists, flow collections, anchors, tags, block scalars, tabs, unusual escapes
/// or characters, duplicate keys, a date that does not parse) gives nil, and the caller uses
/// the YAML parser, which gives the same facts or names the problem with its line.
enum FrontMatterScanner {
    /// One value's bytes and how to turn them into text.
    private struct Value {
        /// The scalar's bytes (inside the quotes for a quoted one).
        var range: Range<Int>
        /// Plain or quoted, which decides escapes and null words.
        var style: YAMLLineSyntax.Style
        /// Whether a quoted scalar holds escapes (`''` or a backslash) to resolve.
        var escaped = false
    }

    /// Above this many keys the YAML parser takes over (keeps the duplicate check small).
    private static let maximumKeys = 32

    /// The facts of the front matter in `bytes[range]`, or nil when it needs the YAML parser.
    static func info(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ArticleInfo? {
        var info = ArticleInfo()
        var keys: [Range<Int>] = []
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var end = lineStart
            while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            // A carriage return only ends a line before a line feed.
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            let line = lineStart..<end
            lineStart = next
            guard YAMLLineSyntax.plainBytes(bytes, line) else { return nil }
            if YAMLLineSyntax.isBlankOrComment(bytes, line) { continue }
            guard let (key, value) = entry(bytes, line) else { return nil }
            // The YAML parser reports duplicate keys; leave them to it.
            guard keys.count < maximumKeys, !keys.contains(where: { YAMLLineSyntax.same(bytes, $0, key) }) else { return nil }
            keys.append(key)
            guard apply(bytes, key: key, value: value, to: &info) else { return nil }
        }
        return info
    }

    /// The key and value of a `key: value` line, or nil when the line has another shape.
    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (Range<Int>, Value?)? {
        guard let keyEnd = YAMLLineSyntax.keyEnd(bytes, line) else { return nil }
        var index = keyEnd + 1
        guard index == line.upperBound || bytes[index] == 0x20 else { return nil }
        while index < line.upperBound, bytes[index] == 0x20 { index += 1 }
        let key = line.lowerBound..<keyEnd
        if index == line.upperBound || bytes[index] == UInt8(ascii: "#") { return (key, nil) }
        let rest = index..<line.upperBound
        switch bytes[index] {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            guard let (inside, escaped) = YAMLLineSyntax.quoted(bytes, rest) else { return nil }
            let style: YAMLLineSyntax.Style = bytes[index] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            return (key, Value(range: inside, style: style, escaped: escaped))
        default:
            guard let plain = YAMLLineSyntax.plain(bytes, rest) else { return nil }
            return (key, Value(range: plain, style: .plain))
        }
    }

    /// Stores a known key's value in `info`; false when the value needs the YAML parser (a bad date).
    private static func apply(_ bytes: UnsafeBufferPointer<UInt8>, key: Range<Int>, value: Value?, to info: inout ArticleInfo) -> Bool {
        // Keys are ASCII here: lower-casing bytes gives the same as `String.lowercased()`.
        let lowered = String(unsafeUninitializedCapacity: key.count) { out in
            for (offset, index) in key.enumerated() { out[offset] = YAMLLineSyntax.lowercased(bytes[index]) }
            return key.count
        }
        guard let field = FrontMatter.keys[lowered] else { return true }
        let string = value.flatMap { text($0, bytes) }
        switch field {
        case "title": info.title = string
        case "outlet": info.outlet = string
        case "url": info.url = string
        case "published":
            guard let string else {
                info.published = nil
                return true
            }
            guard let day = YAMLFields.day(fromText: string) else { return false }
            info.published = day
        default: break
        }
        return true
    }

    /// The value as the YAML path reads it: escapes resolved, white space trimmed, null words and
    /// empty text as nil.
    private static func text(_ value: Value, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let raw = UnsafeBufferPointer(rebasing: bytes[value.range])
        if value.style == .plain, YAMLLineSyntax.isNullWord(raw) { return nil }
        let string = value.escaped ? YAMLLineSyntax.unescaped(raw, style: value.style) : String(decoding: raw, as: UTF8.self)
        // Trimming can only change text that starts or ends with ASCII white space or a non-ASCII character.
        let edges = string.utf8
        let needsTrim = edges.first.map { $0 <= 0x20 || $0 >= 0x80 } == true || edges.last.map { $0 <= 0x20 || $0 >= 0x80 } == true
        let trimmed = needsTrim ? string.trimmingWhiteSpace : string
        return trimmed.isEmpty ? nil : trimmed
    }
}
