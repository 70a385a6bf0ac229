import StorylineModel
import Yams

/// Reads YAML into nodes and fields, collecting one-line problems with their line numbers.
struct YAMLFields {
    /// Added to Yams' line numbers (front matter starts below the file's first line).
    var lineOffset = 0
    /// Problems found so far ("line 7: unknown key 'foo'").
    var problems: [String] = []

    /// The document's root node, or the syntax error as "line N: problem".
    func compose(_ text: String) -> Result<Node?, YAMLSyntaxError> {
        do {
            // Native Swift strings are UTF-8; naming the encoding skips Yams reading the
            // whole process environment on every front matter (its `.default`). Only scalars'
            // text is used, so tags stay unresolved (`.basic`): resolving them runs regular
            // expressions on every key (loading ICU), and keys then compare as plain text.
            return .success(try Yams.compose(yaml: text, .basic, .default, .utf8))
        } catch let error as YamlError {
            let lastLine = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(YAMLSyntaxError(message: describe(error, lastLine: lastLine)))
        } catch {
            return .failure(YAMLSyntaxError(message: "not valid YAML"))
        }
    }

    /// The 1-based line of `node` in the file.
    func line(of node: Node) -> Int? { node.mark.map { $0.line + lineOffset } }

    /// Records a problem at `node`'s line.
    mutating func problem(_ message: String, at node: Node?) {
        if let node, let line = line(of: node) {
            problems.append("line \(line): \(message)")
        } else {
            problems.append(message)
        }
    }

    /// The entries of a mapping node as (key text, key node, value) in file order; a problem when not a mapping.
    mutating func entries(_ node: Node, what: String) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else {
            if !isNull(node) { problem("\(what) should be a mapping of keys to values", at: node) }
            return []
        }
        return mapping.map { pair in (pair.key.string ?? "", pair.key, pair.value) }
    }

    /// Whether a node is an empty value (`~`, `null` or nothing).
    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A non-empty string value; a problem when it is a list or mapping.
    mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            problem("'\(key)' should be a single value", at: node)
            return nil
        }
        let value = scalar.string.trimmingWhiteSpace
        return isNull(node) || value.isEmpty ? nil : value
    }

    /// A `YYYY-MM-DD` date (a timestamp's day is accepted); a problem when it is not one.
    mutating func date(_ node: Node, key: String) -> CalendarDay? {
        guard let value = text(node, key: key) else { return nil }
        if let day = YAMLFields.day(fromText: value) { return day }
        problem("\(key) '\(value)' is not a valid YYYY-MM-DD date", at: node)
        return nil
    }

    /// The day of a `YYYY-MM-DD` date or of a timestamp starting with one, else nil.
    static func day(fromText value: String) -> CalendarDay? {
        if let digits = plainISODigits(value) { return CalendarDay(year: digits.year, month: digits.month, day: digits.day) }
        if let day = CalendarDay(iso: value) { return day }
        let utf8 = Array(value.utf8)
        if utf8.count > 10, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " "),
           let day = CalendarDay(iso: String(decoding: utf8[..<10], as: UTF8.self)) {
            return day
        }
        return nil
    }

    /// Year, month and day of text written exactly `DDDD-DD-DD` in ASCII digits (read as
    /// `CalendarDay(iso:)` reads it, without splitting into substrings), else nil.
    static func plainISODigits(_ value: String) -> (year: Int, month: Int, day: Int)? {
        let utf8 = value.utf8
        guard utf8.count == 10 else { return nil }
        var number = 0
        var year = 0
        var month = 0
        for (offset, byte) in utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                if offset == 4 { year = number } else { month = number }
                number = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        return (year, month, number)
    }

    /// A list of strings; a single string counts as a list of one.
    mutating func strings(_ node: Node, key: String) -> [String] {
        if let sequence = node.sequence {
            return sequence.compactMap { item in text(item, key: key) }
        }
        return text(node, key: key).map { [$0] } ?? []
    }

    /// A problem for an unknown key, listing the known ones.
    mutating func unknownKey(_ key: String, at node: Node, known: [String], in place: String) {
        problem("unknown key '\(key)' in \(place) (known: \(known.joined(separator: ", ")))", at: node)
    }

    /// One line for a Yams error, with the line number shifted by `lineOffset`.
    private func describe(_ error: YamlError, lastLine: Int) -> String {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // An unclosed bracket or quote is reported at the end of the text: name the line where it opened.
            let atEnd = mark.line >= lastLine
            let line = atEnd ? context.map { min($0.mark.line, mark.line) } ?? mark.line : mark.line
            return "line \(line + lineOffset): \(detail)"
        case let .reader(problem, _, _, _):
            return "unreadable YAML: \(problem)"
        case let .duplicatedKeysInMapping(duplicates, context):
            return "line \(context.mark.line + lineOffset): duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))"
        default:
            return "not valid YAML"
        }
    }
}

/// A YAML syntax error as one line ("line 7: mapping values are not allowed in this context").
struct YAMLSyntaxError: Error {
    var message: String
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
