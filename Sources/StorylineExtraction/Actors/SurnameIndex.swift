/// People by surname (or family name), found from a word's bytes without building a String
/// or hashing it again: an exact key (`WordKey`) picks the entry, a byte compare confirms it.
struct SurnameIndex: Sendable {
    /// One surname and the people carrying it, in the order they were added.
    private struct Entry: Sendable {
        /// The surname's bytes.
        var name: [UInt8]
        /// Actor ids.
        var people: [Int]
        /// Next entry whose key is the same (long names' keys are hashes), or -1.
        var next: Int32
    }

    /// Key (`WordKey`, case kept) → first entry with it.
    private var heads = HashKeyMap(capacity: 256)
    private var entries: [Entry] = []

    /// Adds `person` to the bearers of `surname` unless already there.
    mutating func add(_ surname: String, person: Int) {
        let bytes = Array(surname.utf8)
        let key = WordKey.key(bytes, lowered: false)
        var last: Int32 = -1
        var index = heads.value(for: key)
        while index >= 0 {
            if entries[Int(index)].name == bytes {
                if !entries[Int(index)].people.contains(person) { entries[Int(index)].people.append(person) }
                return
            }
            last = index
            index = entries[Int(index)].next
        }
        entries.append(Entry(name: bytes, people: [person], next: -1))
        let added = Int32(entries.count - 1)
        if last < 0 { heads.set(added, for: key) } else { entries[Int(last)].next = added }
    }

    /// The people whose surname is the word `bytes[start..<end]` (empty: none).
    func people(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Int] {
        var index = heads.value(for: WordKey.key(bytes, start, end, lowered: false))
        while index >= 0 {
            let entry = entries[Int(index)]
            if entry.name.count == end - start, entry.name.elementsEqual(bytes[start..<end]) { return entry.people }
            index = entry.next
        }
        return []
    }
}
