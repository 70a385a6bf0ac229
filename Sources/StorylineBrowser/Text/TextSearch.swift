/// Case-insensitive (ASCII-folding) substring search over UTF-8 bytes.
public enum TextSearch {
    /// `byte` with ASCII upper-case letters folded to lower case.
    @inline(__always)
    public static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The folded bytes of a query or title.
    public static func folded(_ text: String) -> [UInt8] {
        text.utf8.map(fold)
    }

    /// Start offsets of every non-overlapping occurrence of `needle` (already folded) in `range`.
    public static func occurrences(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Int] {
        var found: [Int] = []
        guard let first = needle.first, range.count >= needle.count else { return found }
        var offset = range.lowerBound
        let last = range.upperBound - needle.count
        while offset <= last {
            if fold(bytes[offset]) == first, matches(needle, bytes, offset) {
                found.append(offset)
                offset += needle.count
            } else {
                offset += 1
            }
        }
        return found
    }

    /// Whether `range` of `bytes` contains `needle` (already folded), folding as it goes;
    /// stops at the first occurrence and allocates nothing.
    public static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        guard let first = needle.first else { return true }
        guard range.count >= needle.count else { return false }
        var offset = range.lowerBound
        let last = range.upperBound - needle.count
        while offset <= last {
            if fold(bytes[offset]) == first, matches(needle, bytes, offset) { return true }
            offset += 1
        }
        return false
    }

    /// Whether `haystack` (already folded) contains `needle` (already folded).
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            var offset = 0
            let last = hay.count - needle.count
            while offset <= last {
                if hay[offset] == first, matches(needle, hay, offset) { return true }
                offset += 1
            }
            return false
        }
    }

    /// Whether `text` contains `needle` (already folded), folding `text` as it goes.
    public static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var copy = text
        return copy.withUTF8 { contains(needle, in: $0, range: 0..<$0.count) }
    }

    @inline(__always)
    static func matches(_ needle: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var i = 1
        while i < needle.count {
            if fold(bytes[offset + i]) != needle[i] { return false }
            i += 1
        }
        return true
    }
}
