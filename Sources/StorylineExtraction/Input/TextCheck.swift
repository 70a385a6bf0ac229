#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level checks on a file before it becomes an article.
enum TextCheck {
    /// Why bytes are not text, or nil when they may be.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return "UTF-16 text is not supported; save it as UTF-8"
        }
        let sample = bytes.prefix(InputLimits.binarySampleBytes)
        var controls = 0
        for byte in sample {
            if byte == 0 { return "binary file (contains NUL bytes)" }
            if isControl(byte) { controls += 1 }
        }
        if !sample.isEmpty, Double(controls) / Double(sample.count) > InputLimits.binaryControlShare {
            return "binary file (mostly control bytes)"
        }
        // A NUL beyond the sample still means this is not text.
        if bytes.count > sample.count {
            let found = bytes.withUnsafeBufferPointer { buffer -> Bool in
                guard let base = buffer.baseAddress else { return false }
                return memchr(base + sample.count, 0, buffer.count - sample.count) != nil
            }
            if found { return "binary file (contains NUL bytes)" }
        }
        return nil
    }

    /// Whether `text` holds exactly `bytes`.
    static func same(_ text: String, _ bytes: [UInt8]) -> Bool {
        TextBytes.with(text) { decoded in
            decoded.count == bytes.count && bytes.withUnsafeBufferPointer { original in
                guard let left = decoded.baseAddress, let right = original.baseAddress else { return decoded.isEmpty }
                return memcmp(left, right, decoded.count) == 0
            }
        }
    }

    /// Control bytes other than tab, line feed, vertical tab, form feed, carriage return and escape.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0B && byte != 0x0C && byte != 0x0D && byte != 0x1B)
            || byte == 0x7F
    }

    /// Whether the bytes hold nothing but white space.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    }

    /// The first invalid UTF-8 sequence: its byte offset, 1-based line, and how many there are.
    static func invalidUTF8(_ bytes: [UInt8]) -> (offset: Int, line: Int, count: Int)? {
        var first: Int?
        var count = 0
        var index = 0
        let end = bytes.count
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                if first == nil { first = index }
                count += 1
                index += 1
            } else {
                index += length
            }
        }
        guard let offset = first else { return nil }
        let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return (offset, line, count)
    }

    /// Length of the valid multi-byte sequence at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return 0 }
        for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
