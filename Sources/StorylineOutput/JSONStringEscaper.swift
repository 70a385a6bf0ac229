/// JSONEncoder's string escaping (with `.withoutEscapingSlashes`), over UTF-8 bytes.
public enum JSONStringEscaper {
    /// Appends the escaped form of `text` (without the surrounding quotes) to `output`:
    /// `"` and `\` get a backslash, control characters below 0x20 a short or `\u00xx` escape;
    /// every other byte, `/`, DEL and non-ASCII included, is copied as is.
    public static func append(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for index in text.indices {
            let byte = text[index]
            guard byte < 0x20 || byte == JSONByte.quote || byte == JSONByte.backslash else { continue }
            // Copy the run of plain bytes before this one in one go.
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            runStart = index + 1
            appendEscape(for: byte, to: &output)
        }
        if runStart < text.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...])) }
    }

    /// The escaped form of `text`, as a string (without quotes).
    public static func escaped(_ text: String) -> String {
        var text = text
        var output: [UInt8] = []
        text.withUTF8 { append($0, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the escape sequence of one byte that needs one.
    private static func appendEscape(for byte: UInt8, to output: inout [UInt8]) {
        output.append(JSONByte.backslash)
        switch byte {
        case JSONByte.quote, JSONByte.backslash: output.append(byte)
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        default:
            output.append(contentsOf: JSONByte.unicodeEscapePrefix)
            output.append(hexDigit(byte >> 4))
            output.append(hexDigit(byte & 0x0F))
        }
    }

    /// The lowercase hexadecimal digit of `value` (0...15).
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? JSONByte.zero + value : UInt8(ascii: "a") + value - 10
    }
}
