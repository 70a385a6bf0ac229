/// An open-addressing table keyed by 64-bit word hashes (already well mixed by FNV-1a),
/// so lookups in hot loops skip the standard library's seeded hashing.
struct HashedWordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int

    /// A table holding `entries`; later entries for the same key replace earlier ones.
    init(_ entries: [(UInt64, Value)]) {
        var size = 16
        while size < entries.count * 3 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        for (key, value) in entries {
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 && keys[slot] != Self.stored(key) { slot = (slot + 1) & mask }
            keys[slot] = Self.stored(key)
            values[slot] = value
        }
    }

    /// The value for `key`, if any.
    @inline(__always) subscript(key: UInt64) -> Value? {
        let wanted = Self.stored(key)
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == wanted { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }
}

/// A set of word hashes on a `HashedWordTable`.
struct HashedWordSet: Sendable {
    private var table: HashedWordTable<Bool>

    /// The set of the hashes of `words` (ASCII case ignored).
    init(words: String) {
        table = HashedWordTable(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (WordHash.key(String($0)), true) })
    }

    /// Whether the word with hash `key` is in the set.
    @inline(__always) func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
