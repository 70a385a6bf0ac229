/// Inverted index from hashed words to the items holding them, built by counting: one pass
/// counts each key's items, a second writes them in place (item lists come out in item
/// order). No (key, item) pair array is sorted, so building needs little more memory than
/// the index itself.
///
/// Lists longer than `listCap` are counted but not kept: the merger never reads a word that
/// common, and such words hold most of the items of a large corpus.
struct Postings: Sendable {
    /// Open-addressed key hashes (0 marks a free place; a zero key is stored as 1).
    private var keys: [UInt64]
    /// Dense number of the key at each place.
    private var numbers: [Int32]
    /// How many items hold key number n.
    private var counts: [Int32]
    /// `items[starts[n]..<starts[n + 1]]` hold key number n (none when it is over the cap).
    private var starts: [Int32]
    private var items: [Int32]

    /// Index of `keys[i]` (each item's keys, without repeats) → item i.
    init(_ keys: [[UInt64]], listCap: Int = .max) {
        self.init(count: keys.count, listCap: listCap) { keys[$0][...] }
    }

    /// Index of `keys(i)` for the items `0..<count` (read in place, no array per item); the
    /// items of keys held by more than `listCap` items are left out.
    init<Keys: Sequence<UInt64>>(count: Int, listCap: Int = .max, keys: (Int) -> Keys) {
        var table = [UInt64](repeating: 0, count: 1 << 12)
        var numbers = [Int32](repeating: -1, count: table.count)
        var counts: [Int32] = []
        for item in 0..<count {
            for key in keys(item) {
                let place = Self.place(of: key, in: &table, numbers: &numbers, counts: &counts)
                counts[Int(numbers[place])] += 1
            }
        }
        let cap = Int32(clamping: max(0, listCap))
        var starts = [Int32](repeating: 0, count: counts.count + 1)
        for n in counts.indices { starts[n + 1] = starts[n] + (counts[n] <= cap ? counts[n] : 0) }
        var fill = starts
        var items = [Int32](repeating: 0, count: Int(starts[counts.count]))
        for item in 0..<count {
            for key in keys(item) {
                let n = Int(numbers[Self.find(key, in: table)])
                guard counts[n] <= cap else { continue }
                items[Int(fill[n])] = Int32(truncatingIfNeeded: item)
                fill[n] += 1
            }
        }
        self.keys = table
        self.numbers = numbers
        self.counts = counts
        self.starts = starts
        self.items = items
    }

    /// How many items hold `key` (also over the cap, and after `dropItems`).
    func count(of key: UInt64) -> Int {
        let place = Self.find(key, in: keys)
        guard keys[place] != 0 else { return 0 }
        return Int(counts[Int(numbers[place])])
    }

    /// Frees the item lists and keeps only their counts: every list reads empty after.
    mutating func dropItems() {
        items = []
    }

    /// Items holding `key`, in item order (none when more than the cap hold it).
    subscript(key: UInt64) -> ArraySlice<Int32> {
        let place = Self.find(key, in: keys)
        guard keys[place] != 0, !items.isEmpty else { return [] }
        let n = Int(numbers[place])
        return items[Int(starts[n])..<Int(starts[n + 1])]
    }

    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The place holding `key`, or the free place where it would go.
    @inline(__always) private static func find(_ key: UInt64, in table: [UInt64]) -> Int {
        let wanted = stored(key)
        let mask = table.count - 1
        var place = Int(truncatingIfNeeded: (wanted ^ (wanted >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
        while table[place] != 0 && table[place] != wanted { place = (place + 1) & mask }
        return place
    }

    /// The place of `key`, numbering it (and growing the table past half full) when new.
    private static func place(of key: UInt64, in table: inout [UInt64], numbers: inout [Int32], counts: inout [Int32]) -> Int {
        var place = find(key, in: table)
        if table[place] != 0 { return place }
        if (counts.count + 1) * 2 > table.count {
            var grown = [UInt64](repeating: 0, count: table.count * 2)
            var grownNumbers = [Int32](repeating: -1, count: grown.count)
            for old in table.indices where table[old] != 0 {
                let moved = find(table[old], in: grown)
                grown[moved] = table[old]
                grownNumbers[moved] = numbers[old]
            }
            table = grown
            numbers = grownNumbers
            place = find(key, in: table)
        }
        table[place] = stored(key)
        numbers[place] = Int32(truncatingIfNeeded: counts.count)
        counts.append(0)
        return place
    }
}
