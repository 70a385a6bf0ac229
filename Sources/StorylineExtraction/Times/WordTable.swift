/// Words mapped to values, looked up by their bytes (ASCII case ignored) without building
/// Strings: an open-addressing table on `TimeWordHash`, so a lookup is a hash, one or two
/// probes and a byte compare, with no allocation.
struct WordTable<Value: Sendable>: Sendable {
    /// Lower-cased key bytes, all keys end to end.
    private var keyBytes: [UInt8] = []
    /// Per slot: index into `entries` plus one (0: empty).
    private var slots: [Int32]
    /// The keys: hash, bytes in `keyBytes`, the bytes packed as `WordKey.packed` packs them
    /// (keys of up to eight bytes, compared in one step; 0 for longer ones) and the value.
    private var entries: [(hash: UInt64, start: Int32, count: Int32, packed: UInt64, value: Value)] = []
    private let mask: Int
    /// Longest key, in bytes: longer words are rejected before hashing.
    private var longest = 0
    /// The keys' shapes: words of other shapes need no lookup.
    private(set) var leads = WordLeads()

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
            let packed = key.count <= WordKey.exactLength ? key.withUnsafeBufferPointer { WordKey.packed($0, 0, $0.count) } : 0
            entries.append((hash, Int32(keyBytes.count), Int32(key.count), packed, value))
            keyBytes += key
            leads.add(key)
            slots[slot] = Int32(entries.count)
            longest = max(longest, key.count)
        }
    }

    /// The value for `bytes[start..<end]`, if the word is in the table.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        let count = end - start
        // A word of a shape no key has is turned away before it is hashed.
        guard start >= 0, end <= bytes.count, count > 0, count <= longest, leads.mayHold(bytes, start, end) else { return nil }
        return value(hash: TimeWordHash.hash(bytes, start, end), bytes, start, end)
    }

    /// The value for `bytes[start..<end]` whose hash (`TimeWordHash`) is already known.
    @inline(__always)
    func value(hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        let count = end - start
        guard count > 0, count <= longest else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found == 0 { return nil }
            let entry = entries[Int(found) - 1]
            if entry.hash == hash, Int(entry.count) == count, matches(bytes, start, end, entry.start, entry.packed) { return entry.value }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the word `bytes[start..<end]`, ASCII-lower-cased, is the key stored at
    /// `keyStart` (packed as `packed` when it has at most eight bytes).
    @inline(__always)
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ keyStart: Int32, _ packed: UInt64) -> Bool {
        if end - start <= WordKey.exactLength { return WordKey.lowerASCII(WordKey.packed(bytes, start, end)) == packed }
        var stored = Int(keyStart)
        for index in start..<end {
            if ByteClass.lower(bytes[index]) != keyBytes[stored] { return false }
            stored += 1
        }
        return true
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { TimeWordHash.hash($0, 0, $0.count) }
    }

    /// Longest key in bytes.
    var longestKey: Int { longest }
}

/// The case-folded hash that `WordTable` keys and reference key words use, taken eight bytes
/// at a time: a word's bytes with bit 5 set (ASCII letters lower-cased; digits, "'" and "-"
/// unchanged; other bytes fold with their neighbours, which the byte compare sorts out) and
/// ’ read as ', packed into little-endian 64-bit chunks (the last zero-padded), each chunk
/// mixed in with one multiply.
enum TimeWordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Bit 5 of every byte of a chunk: the case fold.
    private static var fold: UInt64 { 0x2020_2020_2020_2020 }

    /// `hash` with the (folded, padded) `chunk` mixed in.
    @inline(__always)
    static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The final hash: the multiply leaves its best bits high, so fold them down for the
    /// tables' slot masks (the reference filter reads the top bits).
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        hash ^ (hash >> 29)
    }

    /// Hash of the word `bytes[start..<end]`: ASCII words take one load per eight bytes;
    /// a word with a byte above ASCII goes through `TimeWordHasher`, byte by byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard let base = bytes.baseAddress, start >= 0, start < end, end <= bytes.count else {
            return slowHash(bytes, start, end)
        }
        let raw = UnsafeRawPointer(base)
        var hash = seed
        var index = start
        while index + 8 <= end {
            let chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if chunk & 0x8080_8080_8080_8080 != 0 { return slowHash(bytes, start, end) }
            hash = mix(hash, chunk | fold)
            index += 8
        }
        let rest = end - index
        guard rest > 0 else { return finish(hash) }
        var chunk: UInt64
        if index + 8 <= bytes.count {
            chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            chunk &= (1 << UInt64(rest * 8)) &- 1
        } else {
            chunk = 0
            for offset in (0..<rest).reversed() { chunk = chunk << 8 | UInt64(bytes[index + offset]) }
        }
        if chunk & 0x8080_8080_8080_8080 != 0 { return slowHash(bytes, start, end) }
        let padding = (1 << UInt64(rest * 8)) &- 1 as UInt64
        return finish(mix(hash, (chunk | fold) & padding))
    }

    /// The general path of `hash`: any bytes, ’ read as '.
    static func slowHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hasher = TimeWordHasher()
        var index = max(0, start)
        let limit = min(end, bytes.count)
        while index < limit {
            if index + 3 <= limit, QuoteMarks.isRightSingle(bytes, index) {
                hasher.add(0x27)
                index += 3
            } else {
                hasher.add(bytes[index])
                index += 1
            }
        }
        return hasher.finish()
    }
}

/// `TimeWordHash` fed one byte at a time (the bytes as the hash reads them: ’ already written
/// as '), for words outside ASCII and for building tables.
struct TimeWordHasher {
    /// Chunks mixed in so far.
    private var hash = TimeWordHash.seed
    /// Folded bytes of the chunk being filled, first in the low byte.
    private var chunk: UInt64 = 0
    /// Bytes in `chunk`.
    private var filled = 0

    /// Adds one byte.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        chunk |= UInt64(byte | 0x20) << UInt64(filled * 8)
        filled += 1
        if filled == 8 {
            hash = TimeWordHash.mix(hash, chunk)
            chunk = 0
            filled = 0
        }
    }

    /// The hash of the bytes added.
    func finish() -> UInt64 {
        TimeWordHash.finish(filled > 0 ? TimeWordHash.mix(hash, chunk) : hash)
    }
}
