/// What a UTF-8 scalar starting at some byte is, for word scanning.
public enum ScalarClass: Sendable, Equatable {
    /// A letter (ASCII or any non-ASCII letter-like scalar).
    case letter
    /// An ASCII digit.
    case digit
    /// White space, including no-break and typographic spaces.
    case space
    /// Anything else: punctuation and symbols.
    case punctuation
}

/// Classification of UTF-8 bytes and scalars without decoding to Characters.
public enum ByteClass {
    /// Whether `byte` is an ASCII upper-case letter.
    @inline(__always) public static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    /// Whether `byte` is an ASCII lower-case letter.
    @inline(__always) public static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    /// Whether `byte` is an ASCII letter.
    @inline(__always) public static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    /// Whether `byte` is an ASCII digit.
    @inline(__always) public static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The number bytes `start..<end` write in decimal digits, or nil when any is not a digit
    /// (or there are none, or more than nine).
    public static func decimalValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start < end, end - start <= 9, start >= 0, end <= bytes.count else { return nil }
        var value = 0
        for index in start..<end {
            guard isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
    }
    /// Whether `byte` is ASCII white space (space, tab, CR, LF, VT, FF).
    @inline(__always) public static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    /// ASCII lower-case of `byte` (other bytes unchanged).
    @inline(__always) public static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    /// ASCII upper-case of `byte` (other bytes unchanged).
    @inline(__always) public static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte & 0xDF : byte }

    /// Number of bytes of the UTF-8 scalar whose lead byte is `byte` (1 for stray continuation bytes).
    @inline(__always) public static func scalarLength(_ byte: UInt8) -> Int {
        if byte < 0xC0 { return 1 }
        if byte < 0xE0 { return 2 }
        if byte < 0xF0 { return 3 }
        return 4
    }

    /// The high bit of each byte of `word` that is an ASCII letter or digit (eight bytes
    /// tested at once; no carry crosses a byte because every sum stays below 0x100).
    @inline(__always)
    public static func asciiAlphanumerics(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lowered = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let letters = (lowered &+ ones &* (0x80 - 0x61)) & ~(lowered &+ ones &* (0x7F - 0x7A))
        let plain = word & 0x7F7F_7F7F_7F7F_7F7F
        let digits = (plain &+ ones &* (0x80 - 0x30)) & ~(plain &+ ones &* (0x7F - 0x39))
        return (letters | digits) & ~word & 0x8080_8080_8080_8080
    }

    /// Class and byte length of the scalar starting at `index`.
    @inline(__always)
    public static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (ScalarClass, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (asciiClass(byte), 1) }
        return classifyNonASCII(bytes, index)
    }

    /// Class of an ASCII byte by comparisons: hot loops then never touch a lazily
    /// initialised global table (each read of one costs a `swift_once` call).
    @inline(__always)
    public static func asciiClass(_ byte: UInt8) -> ScalarClass {
        if (byte | 0x20) &- 0x61 < 26 { return .letter }
        if byte &- 0x30 < 10 { return .digit }
        if byte == 0x20 || byte &- 0x09 < 5 { return .space }
        return .punctuation
    }

    /// Class and byte length of a multi-byte scalar starting at `index`.
    static func classifyNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (ScalarClass, Int) {
        let byte = bytes[index]
        let length = min(scalarLength(byte), bytes.count - index)
        let second: UInt8 = length > 1 ? bytes[index + 1] : 0
        switch byte {
        case 0xC2:
            // U+0080–U+00BF: Latin-1 punctuation and symbols; U+00A0 is a no-break space.
            return (second == 0xA0 ? .space : .punctuation, length)
        case 0xE2 where second == 0x80 || second == 0x81:
            // General Punctuation block: typographic spaces, dashes, quotes, bullets, ellipsis.
            let third: UInt8 = length > 2 ? bytes[index + 2] : 0
            let isSpace = second == 0x80 && (third <= 0x8A || third == 0xAF)
            return (isSpace ? .space : .punctuation, length)
        case 0xE3 where second == 0x80:
            // CJK symbols and punctuation; U+3000 is the ideographic space.
            let third: UInt8 = length > 2 ? bytes[index + 2] : 0
            return (third == 0x80 ? .space : .punctuation, length)
        case 0x80...0xBF:
            return (.punctuation, 1)
        default:
            return (.letter, length)
        }
    }

    /// Whether the scalar at `index` starts with an upper-case letter (ASCII or Latin-1 capitals).
    public static func isUpperScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isUpper(byte) }
        // U+00C0–U+00DE (except ×) and the Latin Extended-A capitals at even code points.
        if byte == 0xC3, index + 1 < bytes.count {
            let next = bytes[index + 1]
            return next >= 0x80 && next <= 0x9E && next != 0x97
        }
        if let scalar = extendedLatin(bytes, index) { return isExtendedLatinUpper(scalar) }
        return false
    }

    /// The code point of a two-byte scalar in U+0100–U+021B (Latin Extended-A and the
    /// Romanian comma letters of Extended-B) at `index`, if there is one.
    @inline(__always)
    static func extendedLatin(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32? {
        let byte = bytes[index]
        guard byte >= 0xC4, byte <= 0xC8, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 else { return nil }
        let scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        return scalar <= 0x21B ? scalar : nil
    }

    /// Whether an Extended-A or Romanian scalar is a capital ("Łukasz", "Šimon", "Ștefan"):
    /// capitals and small letters alternate, capitals at even code points but in the two
    /// runs that start at an odd one (Ĺ–ň, Ź–ž), and Ÿ.
    static func isExtendedLatinUpper(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x138, 0x149, 0x17F: return false
        case 0x178: return true
        case 0x139...0x148, 0x179...0x17E: return scalar & 1 == 1
        case 0x100...0x177, 0x218...0x21B: return scalar & 1 == 0
        default: return false
        }
    }

    /// Whether the scalar at `index` starts with a lower-case letter (ASCII or Latin-1 small letters).
    public static func isLowerScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isLower(byte) }
        if byte == 0xC3, index + 1 < bytes.count {
            let next = bytes[index + 1]
            return next >= 0x9F && next <= 0xBF && next != 0xB7
        }
        if let scalar = extendedLatin(bytes, index) { return (scalar <= 0x17F || scalar >= 0x218) && !isExtendedLatinUpper(scalar) }
        return false
    }
}
