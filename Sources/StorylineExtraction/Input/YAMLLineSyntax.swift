/// Byte-level rules for one-line YAML `key: value` entries, as the YAML parser applies them.
///
/// Every rule is conservative: a check that cannot be sure answers "no", and the caller hands
/// the text to the YAML parser instead.
enum YAMLLineSyntax {
    /// How a scalar is written.
    enum Style {
        /// Unquoted: may be a null word; no escapes.
        case plain
        /// In `'…'`: `''` stands for one quote.
        case singleQuoted
        /// In `"…"`: backslash escapes.
        case doubleQuoted
    }

    /// Longest key accepted (the YAML parser limits simple keys; ours are short words).
    static let maximumKeyBytes = 128

    /// Bytes that cannot start a plain scalar (YAML's indicator characters).
    static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// Whether the line holds only characters YAML reads as ordinary text: no tab, no control
    /// byte (a lone carriage return included), no C1 control or next-line character, no line or
    /// paragraph separator, no byte order mark, no non-character U+FFFE/U+FFFF.
    static func plainBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        let end = line.upperBound
        while index < end {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F { index += 1; continue }
            if byte < 0x80 { return false }
            let second = index + 1 < end ? bytes[index + 1] : 0
            let third = index + 2 < end ? bytes[index + 2] : 0
            switch byte {
            case 0xC2 where second < 0xA0: return false
            case 0xE2 where second == 0x80 && (third == 0xA8 || third == 0xA9): return false
            case 0xEF where (second == 0xBB && third == 0xBF) || (second == 0xBF && third >= 0xBE): return false
            default: index += 1
            }
        }
        return true
    }

    /// Whether the line is empty, only spaces, or a comment starting in the first column.
    static func isBlankOrComment(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let first = line.first else { return true }
        if bytes[first] == UInt8(ascii: "#") { return true }
        return line.allSatisfy { bytes[$0] == 0x20 }
    }

    /// Offset of the colon ending a simple key at the start of the line (letters, digits, `_`,
    /// `-`, `.`; starting with a letter, digit or `_`), or nil for any other shape.
    static func keyEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int? {
        guard let first = line.first, isWordByte(bytes[first]) else { return nil }
        var index = first + 1
        while index < line.upperBound, index - first <= maximumKeyBytes {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { return index }
            guard isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return nil }
            index += 1
        }
        return nil
    }

    /// A plain scalar filling `rest` up to a ` #` comment, trailing spaces dropped; nil when
    /// it starts with an indicator or holds `: ` (which YAML reads as a nested mapping).
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: Range<Int>) -> Range<Int>? {
        guard let first = rest.first, !isIndicator(bytes[first]) else { return nil }
        var end = first + 1
        var index = first + 1
        while index < rest.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"), index + 1 == rest.upperBound || bytes[index + 1] == 0x20 { return nil }
            if byte == UInt8(ascii: "#"), bytes[index - 1] == 0x20 { break }
            if byte != 0x20 { end = index + 1 }
            index += 1
        }
        return first..<end
    }

    /// The inside of a quoted scalar opening `rest` and closing on the same line, and whether it
    /// holds escapes; nil when it does not close, uses an escape other than `\\ \" \/ \n \t`,
    /// or is followed by anything but spaces and a comment.
    static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: Range<Int>) -> (Range<Int>, Bool)? {
        guard let open = rest.first else { return nil }
        let quote = bytes[open]
        let single = quote == UInt8(ascii: "'")
        var escaped = false
        var index = open + 1
        var close: Int?
        while index < rest.upperBound {
            let byte = bytes[index]
            if single, byte == quote, index + 1 < rest.upperBound, bytes[index + 1] == quote {
                escaped = true
                index += 2
            } else if byte == quote {
                close = index
                break
            } else if !single, byte == UInt8(ascii: "\\") {
                guard index + 1 < rest.upperBound, simpleEscape(bytes[index + 1]) != nil else { return nil }
                escaped = true
                index += 2
            } else {
                index += 1
            }
        }
        guard let close else { return nil }
        var after = close + 1
        while after < rest.upperBound, bytes[after] == 0x20 { after += 1 }
        guard after == rest.upperBound || (bytes[after] == UInt8(ascii: "#") && after > close + 1) else { return nil }
        return (open + 1..<close, escaped)
    }

    /// The character a backslash escape stands for, among the few the fast path resolves.
    static func simpleEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "/"): return byte
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The text of a quoted scalar's inside with its escapes resolved.
    static func unescaped(_ raw: UnsafeBufferPointer<UInt8>, style: Style) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if style == .singleQuoted, byte == UInt8(ascii: "'"), index + 1 < raw.count {
                out.append(byte)
                index += 2
            } else if style == .doubleQuoted, byte == UInt8(ascii: "\\"), index + 1 < raw.count, let resolved = simpleEscape(raw[index + 1]) {
                out.append(resolved)
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a plain scalar is one of YAML's null words (or empty).
    static func isNullWord(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        switch raw.count {
        case 0: return true
        case 1: return raw[0] == UInt8(ascii: "~")
        case 4:
            let word = (raw[0], raw[1], raw[2], raw[3])
            return word == (0x6E, 0x75, 0x6C, 0x6C) || word == (0x4E, 0x75, 0x6C, 0x6C) || word == (0x4E, 0x55, 0x4C, 0x4C)
        default: return false
        }
    }

    /// Whether two byte ranges hold the same bytes.
    static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ left: Range<Int>, _ right: Range<Int>) -> Bool {
        left.count == right.count && zip(left, right).allSatisfy { bytes[$0] == bytes[$1] }
    }

    /// An ASCII byte in lower case.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
    }

    /// ASCII letters, digits and `_`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
