/// An open-addressing hash table keyed by precomputed 64-bit byte hashes (`WordSet.hash`), so
/// hot loops never pay for the standard library's seeded hashing. Values sharing a key are
/// stored together; callers compare bytes to resolve the rare collision.
public struct ByteHashTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private var values: [[Value]] = []
    private var mask: Int

    /// Creates an empty table.
    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The values stored under `key`.
    @inline(__always)
    public func values(for key: UInt64) -> [Value]? {
        var position = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let slot = slots[position]
            if slot < 0 { return nil }
            if keys[position] == key { return values[Int(slot)] }
            position = (position + 1) & mask
        }
    }

    /// Adds `value` under `key`.
    public mutating func append(_ value: Value, for key: UInt64) {
        if let position = find(key) {
            values[Int(slots[position])].append(value)
            return
        }
        if (values.count + 1) * 2 > slots.count { grow() }
        values.append([value])
        insert(key, slot: Int32(values.count - 1))
    }

    /// Replaces the values stored under `key`.
    public mutating func set(_ newValues: [Value], for key: UInt64) {
        if let position = find(key) {
            values[Int(slots[position])] = newValues
            return
        }
        if (values.count + 1) * 2 > slots.count { grow() }
        values.append(newValues)
        insert(key, slot: Int32(values.count - 1))
    }

    private func find(_ key: UInt64) -> Int? {
        var position = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[position] >= 0 {
            if keys[position] == key { return position }
            position = (position + 1) & mask
        }
        return nil
    }

    private mutating func insert(_ key: UInt64, slot: Int32) {
        var position = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[position] >= 0 { position = (position + 1) & mask }
        keys[position] = key
        slots[position] = slot
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldSlots = slots
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slots = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for position in 0..<oldKeys.count where oldSlots[position] >= 0 {
            insert(oldKeys[position], slot: oldSlots[position])
        }
    }
}
