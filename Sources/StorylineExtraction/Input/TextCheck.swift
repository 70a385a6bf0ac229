#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level checks on a file before it becomes an article.
enum TextCheck {
    /// Why bytes are not text, or nil when they may be.
    static func binaryReason(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return "UTF-16 text is not supported; save it as UTF-8"
        }
        let sampleCount = min(bytes.count, InputLimits.binarySampleBytes)
        var controls = 0
        var index = 0
        // Eight bytes at a time: words whose only bytes below 0x20 are tabs, line feeds and
        // carriage returns, and without 0x7F, are skipped whole.
        if let base = bytes.baseAddress {
            while index + 8 <= sampleCount {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if unusualControls(word) != 0 {
                    for offset in index..<(index + 8) {
                        guard let count = controlCount(bytes[offset]) else { return "binary file (contains NUL bytes)" }
                        controls += count
                    }
                }
                index += 8
            }
        }
        while index < sampleCount {
            guard let count = controlCount(bytes[index]) else { return "binary file (contains NUL bytes)" }
            controls += count
            index += 1
        }
        if sampleCount > 0, Double(controls) / Double(sampleCount) > InputLimits.binaryControlShare {
            return "binary file (mostly control bytes)"
        }
        // A NUL beyond the sample still means this is not text.
        if bytes.count > sampleCount, let base = bytes.baseAddress,
           memchr(base + sampleCount, 0, bytes.count - sampleCount) != nil {
            return "binary file (contains NUL bytes)"
        }
        return nil
    }

    /// 1 for a control byte, 0 for any other, nil for NUL.
    @inline(__always)
    private static func controlCount(_ byte: UInt8) -> Int? {
        if byte >= 0x20 { return byte == 0x7F ? 1 : 0 }
        if byte == 0 { return nil }
        return Int(truncatingIfNeeded: (controlBits >> UInt32(byte)) & 1)
    }

    /// Bit n set when byte n (below 0x20) counts as a control byte: all but tab, line feed,
    /// vertical tab, form feed, carriage return and escape.
    private static var controlBits: UInt32 {
        ~UInt32(0) & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0B | 1 << 0x0C | 1 << 0x0D | 1 << 0x1B)
    }

    /// The high bit of each byte of `word` below 0x20 other than tab, line feed and carriage
    /// return, or equal to 0x7F: exact, so the text's many line feeds cost no byte loop.
    @inline(__always)
    static func unusualControls(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let below = zeroBytes(word & (ones &* 0xE0))
        let common = zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x09)) | zeroBytes(word ^ (ones &* 0x0D))
        return (below & ~common) | zeroBytes(word ^ (ones &* 0x7F))
    }

    /// The high bit of each zero byte of `word`, exactly (no borrow crosses bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// Whether `text` holds exactly `bytes`.
    static func same(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        TextBytes.with(text) { decoded in
            guard decoded.count == bytes.count else { return false }
            guard let left = decoded.baseAddress, let right = bytes.baseAddress else { return decoded.isEmpty }
            return memcmp(left, right, decoded.count) == 0
        }
    }

    /// Whether the bytes hold nothing but white space.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    }

    /// The first invalid UTF-8 sequence: its byte offset, 1-based line, and how many there are.
    static func invalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, line: Int, count: Int)? {
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
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
