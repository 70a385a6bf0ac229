/// A map from precomputed 64-bit hashes (`WordSet.hash`) to small integers (indices into a
/// caller's arrays), with open addressing: lookups neither hash again nor retain anything.
public struct HashKeyMap: Sendable {
    /// A key and its value side by side, so a probe reads one cache line.
    private struct Slot: Sendable {
        /// The key stored here (meaningless in an empty slot).
        var key: UInt64
        /// -1 marks an empty slot.
        var value: Int32
    }

    /// Open-addressed slots; their count is a power of two.
    private var slots: [Slot]
    /// `slots.count - 1`, to wrap probe positions.
    private var mask: Int
    /// Number of keys stored.
    public private(set) var count = 0

    /// Creates an empty map.
    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
    }

    /// The value stored under `key`, or -1.
    @inline(__always)
    public func value(for key: UInt64) -> Int32 {
        var position = Self.start(key) & mask
        while true {
            let slot = slots[position]
            if slot.value < 0 || slot.key == key { return slot.value }
            position = (position + 1) & mask
        }
    }

    /// Stores `value` (≥ 0) under `key`, replacing any value there.
    public mutating func set(_ value: Int32, for key: UInt64) {
        var position = Self.start(key) & mask
        while slots[position].value >= 0 {
            if slots[position].key == key {
                slots[position].value = value
                return
            }
            position = (position + 1) & mask
        }
        slots[position] = Slot(key: key, value: value)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// First probe position: FNV hashes vary most in their high bits, so fold them down.
    @inline(__always)
    private static func start(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29) ^ (key >> 47))
    }

    /// Doubles the slots and re-inserts every key.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.value >= 0 {
            var position = Self.start(slot.key) & mask
            while slots[position].value >= 0 { position = (position + 1) & mask }
            slots[position] = slot
        }
    }
}
