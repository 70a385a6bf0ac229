/// Quote marks, apostrophes and other punctuation that scanners need to recognise as bytes.
public enum QuoteMarks {
    /// Opening double quote “ (U+201C).
    public static let leftDouble: [UInt8] = [0xE2, 0x80, 0x9C]
    /// Closing double quote ” (U+201D).
    public static let rightDouble: [UInt8] = [0xE2, 0x80, 0x9D]
    /// Low double quote „ (U+201E), which opens in some styles.
    public static let lowDouble: [UInt8] = [0xE2, 0x80, 0x9E]
    /// Right single quote ’ (U+2019), usually an apostrophe.
    public static let rightSingle: [UInt8] = [0xE2, 0x80, 0x99]
    /// Horizontal ellipsis … (U+2026).
    public static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
    /// Bullet • (U+2022).
    public static let bullet: [UInt8] = [0xE2, 0x80, 0xA2]

    /// Whether `bytes` at `index` start with `sequence`.
    @inline(__always)
    public static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ sequence: [UInt8]) -> Bool {
        guard index >= 0, index + sequence.count <= bytes.count else { return false }
        for offset in 0..<sequence.count where bytes[index + offset] != sequence[offset] { return false }
        return true
    }

    /// Whether the three bytes at `index` are the UTF-8 of U+2000 + `low` (a General
    /// Punctuation mark such as ’ or “), compared inline instead of through a global array.
    @inline(__always)
    public static func isPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, low: UInt8) -> Bool {
        index >= 0 && index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == low
    }

    /// Whether a right single quote ’ (U+2019) starts at `index`.
    @inline(__always)
    public static func isRightSingle(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        isPunctuation(bytes, index, low: 0x99)
    }

    /// Whether an apostrophe, straight ' or right single ’, starts at `index`.
    @inline(__always)
    public static func isApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        (index >= 0 && index < bytes.count && bytes[index] == UInt8(ascii: "'")) || isRightSingle(bytes, index)
    }

    /// Length of a closing quote or bracket at `index` (", ', ), ], ”, ’, »), or 0.
    public static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case 0x22, 0x27, 0x29, 0x5D: return 1
        default: break
        }
        if matches(bytes, index, rightDouble) || matches(bytes, index, rightSingle) { return 3 }
        if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBB { return 2 }
        return 0
    }

    /// Length of an opening quote or bracket at `index` (", ', (, [, “, ‘, «), or 0.
    public static func openerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case 0x22, 0x27, 0x28, 0x5B: return 1
        default: break
        }
        if matches(bytes, index, leftDouble) || matches(bytes, index, [0xE2, 0x80, 0x98]) { return 3 }
        if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAB { return 2 }
        return 0
    }

    /// Whether a double quote is open after `text`, given whether one was open before it: a
    /// straight mark toggles, “ opens and ” closes.
    public static func isOpen<Text: Collection>(after text: Text, _ open: Bool) -> Bool where Text.Element == UInt8, Text.Index == Int {
        var open = open
        for k in text.indices {
            if text[k] == 0x22 {
                open.toggle()
            } else if text[k] == 0xE2, k + 2 < text.endIndex, text[k + 1] == 0x80 {
                if text[k + 2] == 0x9C { open = true } else if text[k + 2] == 0x9D { open = false }
            }
        }
        return open
    }
}
