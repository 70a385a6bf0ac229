/// 64-bit keys of words for the flat hash tables: exact for words of up to eight bytes (their
/// bytes packed and scrambled by an odd multiplier, a bijection, so equal keys mean equal
/// words and no byte comparison is needed), a hash taken eight bytes at a time for longer ones.
public enum WordKey {
    /// Longest word, in bytes, whose key is exact.
    public static var exactLength: Int { 8 }

    /// Key of `bytes[start..<end]`, ASCII-lower-cased first when `lowered`.
    @inline(__always)
    public static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowered: Bool) -> UInt64 {
        guard end - start <= exactLength else { return chunkHash(bytes, start, end, lowered: lowered) }
        let packed = packed(bytes, start, end)
        return scramble(lowered ? lowerASCII(packed) : packed)
    }

    /// The bytes of a word of at most eight bytes, the first in the low byte, zero-padded.
    @inline(__always)
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let length = end - start
        var packed: UInt64 = 0
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            packed = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt64.self))
            if length < 8 { packed &= (1 << UInt64(length * 8)) &- 1 }
        } else {
            for index in (start..<end).reversed() { packed = packed << 8 | UInt64(bytes[index]) }
        }
        return packed
    }

    /// Hash of `bytes[start..<end]` (ASCII-lower-cased first when `lowered`), one multiply per
    /// eight bytes: each chunk is packed as `packed` packs a word, so equal bytes hash alike
    /// wherever they lie.
    @inline(__always)
    static func chunkHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowered: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: end - start)
        var index = start
        while index < end {
            let next = min(index + 8, end)
            let chunk = packed(bytes, index, next)
            hash = (hash ^ (lowered ? lowerASCII(chunk) : chunk)) &* 0x9E37_79B9_7F4A_7C15
            // Fold the product's high bits down before the next chunk mixes in.
            hash ^= hash >> 32
            index = next
        }
        return hash ^ (hash >> 29)
    }

    /// Key of the word `bytes`, ASCII-lower-cased first when `lowered`.
    public static func key(_ bytes: [UInt8], lowered: Bool) -> UInt64 {
        bytes.withUnsafeBufferPointer { key($0, 0, $0.count, lowered: lowered) }
    }

    /// `packed` with its ASCII capitals made small, eight bytes at once.
    @inline(__always)
    static func lowerASCII(_ packed: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let plain = packed & 0x7F7F_7F7F_7F7F_7F7F
        let capitals = (plain &+ ones &* (0x80 - 0x41)) & ~(plain &+ ones &* (0x7F - 0x5A)) & ~packed & 0x8080_8080_8080_8080
        return packed | capitals >> 2
    }

    /// An odd multiplier spreads the packed bytes over all 64 bits and loses nothing.
    @inline(__always)
    static func scramble(_ packed: UInt64) -> UInt64 { packed &* 0x9E37_79B9_7F4A_7C15 }
}
