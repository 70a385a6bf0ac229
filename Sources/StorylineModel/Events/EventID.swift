/// Event ids of the form the pipeline gives ("ev-" and 12 lower-case hex digits) packed in
/// 48 bits, so that an event keeps its id in 8 bytes instead of a 16-byte string.
package enum EventID {
    /// Marks a packed id (the other form of the word is a payload offset).
    static let packedFlag: UInt64 = 1 << 63
    /// The bits of a packed id's value.
    static let valueMask: UInt64 = 1 << 48 - 1

    /// The id's 48-bit value with `packedFlag` set, nil when `id` is not of the packed form
    /// (any other id is kept as a string, so every id reads back exactly).
    static func pack(_ id: String) -> UInt64? {
        var value: UInt64 = 0
        var count = 0
        for (index, byte) in id.utf8.enumerated() {
            switch index {
            case 0: guard byte == UInt8(ascii: "e") else { return nil }
            case 1: guard byte == UInt8(ascii: "v") else { return nil }
            case 2: guard byte == UInt8(ascii: "-") else { return nil }
            case 3..<15:
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x61...0x66: digit = byte - 0x57
                default: return nil
                }
                value = value << 4 | UInt64(digit)
            default: return nil
            }
            count += 1
        }
        return count == 15 ? packedFlag | value : nil
    }

    /// "ev-" and the low 48 bits of `value` in 12 lower-case hex digits.
    package static func format(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 15) { buffer in
            buffer[0] = UInt8(ascii: "e")
            buffer[1] = UInt8(ascii: "v")
            buffer[2] = UInt8(ascii: "-")
            for k in 0..<12 {
                let digit = UInt8(truncatingIfNeeded: (value >> UInt64(44 - 4 * k)) & 0xF)
                buffer[3 + k] = digit < 10 ? 0x30 + digit : 0x57 + digit  // 0-9, a-f
            }
            return 15
        }
    }
}
