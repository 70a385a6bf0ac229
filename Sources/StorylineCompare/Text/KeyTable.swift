/// An open-addressing hash table from 64-bit keys to values: the word hashes are already
/// well mixed, so this skips the per-lookup seeding Swift's `Dictionary` does.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64
    private(set) var count = 0

    /// An empty table with room for about `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// A table holding `pairs` (the first value of a repeated key wins).
    init(_ pairs: [(UInt64, Value)]) {
        self.init(capacity: pairs.count)
        for (key, value) in pairs where self[key] == nil { self[key] = value }
    }

    /// A set of `keys` (each maps to `true`).
    init<S: Sequence>(keys: S) where S.Element == UInt64, Value == Bool {
        self.init(keys.map { ($0, true) })
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { values[slot(key)] != nil }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        // Key 0 marks an empty slot, so it is stored as 1 (a collision of no consequence).
        let stored = key == 0 ? 1 : key
        var index = Int((stored &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        while keys[index] != 0 && keys[index] != stored { index = (index + 1) & mask }
        return index
    }

    /// The value of `key`, if any.
    subscript(key: UInt64) -> Value? {
        get { values[slot(key)] }
        set {
            let index = slot(key)
            guard let newValue else { return }  // Removal is not needed by the callers.
            if keys[index] == 0 {
                keys[index] = key == 0 ? 1 : key
                count += 1
            }
            values[index] = newValue
            if count * 2 > keys.count { grow() }
        }
    }

    /// Calls `body` with every key and value, in no particular order.
    func forEach(_ body: (UInt64, Value) -> Void) {
        for (index, key) in keys.enumerated() where key != 0 {
            if let value = values[index] { body(key, value) }
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (index, key) in oldKeys.enumerated() where key != 0 {
            if let value = oldValues[index] { self[key] = value }
        }
    }
}
