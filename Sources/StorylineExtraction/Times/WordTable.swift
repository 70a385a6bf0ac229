/// Words mapped to values, looked up by their bytes (ASCII case ignored) without building
/// Strings: an open-addressing table on an FNV-1a hash, so a lookup is a hash, one or two
/// probes and a byte compare, with no allocation.
struct WordTable<Value: Sendable>: Sendable {
    /// Lower-cased key bytes, all keys end to end.
    private var keyBytes: [UInt8] = []
    /// Per slot: index into `entries` plus one (0: empty).
    private var slots: [Int32]
    private var entries: [(hash: UInt64, start: Int32, count: Int32, value: Value)] = []
    private let mask: Int
    /// Longest key, in bytes: longer words are rejected before hashing.
    private var longest = 0

    /// Builds the table; keys are lower-cased. The first entry for a key wins.
    init(_ list: [(String, Value)]) {
        var capacity = 16
        while capacity < list.count * 4 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
        for (word, value) in list {
            let key = Array(word.lowercased().utf8)
            let hash = Self.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            var duplicate = false
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash, Array(keyBytes[Int(entry.start)..<Int(entry.start + entry.count)]) == key { duplicate = true }
                slot = (slot + 1) & mask
            }
            guard !duplicate else { continue }
            entries.append((hash, Int32(keyBytes.count), Int32(key.count), value))
            keyBytes += key
            slots[slot] = Int32(entries.count)
            longest = max(longest, key.count)
        }
    }

    /// The value for `bytes[start..<end]`, if the word is in the table.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        let count = end - start
        guard start >= 0, end <= bytes.count, count > 0, count <= longest else { return nil }
        var hash = TimeWordHash.seed
        for index in start..<end { hash = TimeWordHash.add(hash, bytes[index]) }
        return value(hash: hash, bytes, start, end)
    }

    /// The value for `bytes[start..<end]` whose lower-cased FNV-1a hash is already known.
    @inline(__always)
    func value(hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        let count = end - start
        guard count > 0, count <= longest else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found == 0 { return nil }
            let entry = entries[Int(found) - 1]
            if entry.hash == hash, Int(entry.count) == count, matches(bytes, start, Int(entry.start), count) { return entry.value }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ keyStart: Int, _ count: Int) -> Bool {
        for offset in 0..<count where ByteClass.lower(bytes[start + offset]) != keyBytes[keyStart + offset] { return false }
        return true
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(TimeWordHash.seed, TimeWordHash.add)
    }

    /// Longest key in bytes.
    var longestKey: Int { longest }
}

/// The lower-cased FNV-1a hash that `WordTable` keys use, computable while scanning.
enum TimeWordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` extended by `byte` with bit 5 set: ASCII letters lower-cased; digits, "'" and
    /// "-" unchanged. Other bytes fold with their neighbours, which the byte compare sorts out.
    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
    }
}
