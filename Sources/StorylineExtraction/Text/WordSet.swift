/// A set of words or phrases looked up by their bytes, without building Strings: a flat
/// open-addressing table on `WordKey.chunkHash`, behind a filter of the members' shapes
/// (`WordLeads`) and length, so most words are turned away before they are hashed and a
/// lookup allocates nothing and touches no reference count.
public struct WordSet: Sendable {
    /// One member: its bytes in the pool and its hash.
    private struct Entry: Sendable {
        var hash: UInt64
        var offset: Int32
        var length: Int32
    }

    /// Per slot: index into `entries` plus one (0: empty); the count is a power of two.
    private var slots: [Int32]
    private var entries: [Entry] = []
    /// The members' bytes, one after another.
    private var pool: [UInt8] = []
    /// The members' shapes.
    private var leads = WordLeads()
    /// Longest member, in bytes.
    private var longest = 0
    private let caseInsensitive: Bool

    /// The words as stored (ASCII-lower-cased when case is ignored), in the order given.
    public var members: [[UInt8]] { entries.map { Array(pool[Int($0.offset)..<Int($0.offset + $0.length)]) } }
    /// Whether ASCII case is ignored.
    public var ignoresCase: Bool { caseInsensitive }

    /// Builds the set from `words`; with `caseInsensitive`, ASCII case is ignored.
    public init(_ words: [String], caseInsensitive: Bool = true) {
        self.init(byteWords: words.map { Array($0.utf8) }, caseInsensitive: caseInsensitive)
    }

    /// Builds the set from words given as UTF-8 bytes (a data table read without making
    /// Strings); with `caseInsensitive`, ASCII case is ignored.
    public init(byteWords words: [[UInt8]], caseInsensitive: Bool = true) {
        self.caseInsensitive = caseInsensitive
        var capacity = 16
        while capacity < words.count * 4 { capacity *= 2 }
        slots = [Int32](repeating: 0, count: capacity)
        for word in words {
            let bytes = caseInsensitive ? word.map(ByteClass.lower) : word
            let hash = bytes.withUnsafeBufferPointer { WordKey.chunkHash($0, 0, $0.count, lowered: false) }
            var slot = Self.slot(hash, slots.count)
            var duplicate = false
            while slots[slot] != 0 {
                let entry = entries[Int(slots[slot]) - 1]
                if entry.hash == hash, pool[Int(entry.offset)..<Int(entry.offset + entry.length)].elementsEqual(bytes) { duplicate = true }
                slot = (slot + 1) & (slots.count - 1)
            }
            guard !duplicate else { continue }
            entries.append(Entry(hash: hash, offset: Int32(pool.count), length: Int32(bytes.count)))
            pool += bytes
            slots[slot] = Int32(entries.count)
            leads.add(bytes)
            longest = max(longest, bytes.count)
        }
    }

    /// First probe position of `hash` in `count` slots.
    @inline(__always)
    private static func slot(_ hash: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (count - 1)
    }

    /// Whether `bytes[start..<end]` is in the set.
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, end <= bytes.count, start < end, end - start <= longest,
              leads.mayHold(bytes, start, end) else { return false }
        let hash = WordKey.chunkHash(bytes, start, end, lowered: caseInsensitive)
        let mask = slots.count - 1
        var slot = Self.slot(hash, slots.count)
        while true {
            let found = slots[slot]
            if found == 0 { return false }
            let entry = entries[Int(found) - 1]
            if entry.hash == hash, Int(entry.length) == end - start, equal(bytes, start, end, Int(entry.offset)) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `bytes[start..<end]` equals the member stored at `offset` (ASCII case ignored
    /// when the set ignores it).
    @inline(__always)
    private func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ offset: Int) -> Bool {
        var stored = offset
        for index in start..<end {
            let byte = caseInsensitive ? ByteClass.lower(bytes[index]) : bytes[index]
            if byte != pool[stored] { return false }
            stored += 1
        }
        return true
    }

    /// Whether `word` (a name already made) is in the set.
    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0, 0, $0.count) }
    }

    /// Whether `token` is in the set.
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        contains(bytes, token.start, token.end)
    }

    /// FNV-1a hash of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// FNV-1a hash of `bytes[start..<end]`, optionally ASCII-lower-cased.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowered: Bool) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end {
            let byte = lowered ? ByteClass.lower(bytes[index]) : bytes[index]
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return value
    }
}
