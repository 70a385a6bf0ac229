/// The word classes of listed words of up to eight bytes, in one open-addressing table keyed
/// by the words' exact keys (`WordKey`): a lookup is one or two probes and no byte comparison.
struct ShortWordClasses: Sendable {
    /// One exact spelling: the classes of case-insensitive entries whose lower-cased spelling
    /// it is, and of case-sensitive entries spelled exactly so.
    private struct Slot: Sendable {
        /// Scrambled packed bytes; 0 marks an empty slot (no word packs to 0).
        var key: UInt64 = 0
        /// Classes of case-insensitive entries with this lower-cased spelling.
        var insensitive: WordClass = []
        /// Classes of case-sensitive entries with exactly this spelling.
        var sensitive: WordClass = []
    }

    /// Open-addressed slots; their count is a power of two.
    private var slots = [Slot](repeating: Slot(), count: 16)
    /// Number of slots in use.
    private var count = 0

    /// Adds the word packed as `packed` (see `WordKey.packed`) to `wordClass`.
    mutating func add(_ packed: UInt64, ignoresCase: Bool, _ wordClass: WordClass) {
        let key = WordKey.scramble(ignoresCase ? WordKey.lowerASCII(packed) : packed)
        guard key != 0 else { return }
        var position = position(of: key)
        if slots[position].key == 0 {
            // Up to three quarters full: the table stays small enough for the first-level cache.
            if (count + 1) * 4 > slots.count * 3 {
                grow()
                position = self.position(of: key)
            }
            slots[position].key = key
            count += 1
        }
        if ignoresCase { slots[position].insensitive.insert(wordClass) } else { slots[position].sensitive.insert(wordClass) }
    }

    /// Classes of the word packed as `packed`: case-insensitive entries match its lower-cased
    /// spelling, case-sensitive ones its exact spelling.
    @inline(__always)
    func classes(_ packed: UInt64) -> WordClass {
        let lowered = WordKey.lowerASCII(packed)
        let slot = slots[position(of: WordKey.scramble(lowered))]
        if lowered == packed { return slot.insensitive.union(slot.sensitive) }
        return slot.insensitive.union(slots[position(of: WordKey.scramble(packed))].sensitive)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func position(of key: UInt64) -> Int {
        let mask = slots.count - 1
        // The multiplier in the key mixes best into its high bits.
        var position = Int(truncatingIfNeeded: key >> 40) & mask
        while slots[position].key != key && slots[position].key != 0 { position = (position + 1) & mask }
        return position
    }

    /// Doubles the slots and re-inserts every spelling.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.key != 0 { slots[position(of: slot.key)] = slot }
    }
}
