/// The shapes of the words of a list: each word's first two bytes (their five low bits, so
/// ASCII case does not matter) with its length (lengths above 31 share one bit). A word whose
/// shape is missing is surely not in the list, so most words are turned away with one load
/// before they are hashed.
struct WordLeads: Sendable {
    /// Per pair of leading bytes: one bit per word length.
    private var lengths: [UInt32]

    /// No shapes: every word is turned away.
    init() { lengths = [UInt32](repeating: 0, count: 1024) }

    /// Every shape: no word is turned away (for lists known only by their hashes).
    static var everything: WordLeads {
        var leads = WordLeads()
        leads.lengths = [UInt32](repeating: .max, count: 1024)
        return leads
    }

    /// Adds the shape of `word`.
    mutating func add(_ word: [UInt8]) {
        guard let first = word.first else { return }
        lengths[Self.slot(first, word.count > 1 ? word[1] : 0)] |= Self.bit(word.count)
    }

    /// Whether the word `bytes[start..<end]` (not empty) has the shape of a listed word.
    @inline(__always)
    func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let count = end - start
        let second = count > 1 ? bytes[start + 1] : 0
        return lengths[Self.slot(bytes[start], second)] & Self.bit(count) != 0
    }

    /// Slot of a pair of leading bytes.
    @inline(__always)
    private static func slot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }

    /// Bit of a length.
    @inline(__always)
    private static func bit(_ count: Int) -> UInt32 { 1 << UInt32(min(count, 31)) }
}
