/// FNV-1a hashes of byte strings: word identities without allocating Strings in hot loops.
enum ByteHash {
    /// FNV-1a offset basis.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Folds `byte` into `hash`.
    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// Hash of `bytes`.
    static func of<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = add(hash, byte) }
        return hash
    }

    /// Hash of a lexicon word, lower-cased the way the scanner lower-cases text.
    static func word(_ text: String) -> UInt64 {
        of(text.utf8.map(lower))
    }

    /// ASCII lower case; other bytes unchanged.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
