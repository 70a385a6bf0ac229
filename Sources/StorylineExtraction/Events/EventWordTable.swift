/// What detection reads of a word, found with one table lookup while scanning: its cue
/// classes and the trigger rules it starts.
struct EventWordTable: Sendable {
    /// Per word hash: cue bits in the low 16 bits, one more than the number of its trigger
    /// rule list in `EventTriggerLexicon.lists` above them.
    private let entries: HashedWordTable<UInt32>
    /// `EventWordScanner.foldedBytes`, held so scanning reads no global.
    let folded = EventWordScanner.foldedBytes

    /// The table of the lexicons' words, built once.
    static let shared = EventWordTable(cues: EventCueLexicon.classBits, triggerFirstWords: EventTriggerLexicon.firstWords)

    /// A table of `cues` (cue bits per word hash) and of the words that start each trigger list, in list order.
    init(cues: [UInt64: UInt16], triggerFirstWords: [UInt64]) {
        var info: [UInt64: UInt32] = [:]
        for (key, bits) in cues { info[key, default: 0] |= UInt32(bits) }
        for (number, key) in triggerFirstWords.enumerated() { info[key, default: 0] |= UInt32(number + 1) << 16 }
        entries = HashedWordTable(info.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The entry of the word with hash `key` (0 when the word is on no list).
    @inline(__always) func info(_ key: UInt64) -> UInt32 { entries[key] ?? 0 }
}
