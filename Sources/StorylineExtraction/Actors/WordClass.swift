/// The word lists a token belongs to, as bits, so each token is looked up once per sentence
/// instead of once per rule.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let title = WordClass(rawValue: 1 << 0)
    static let notName = WordClass(rawValue: 1 << 1)
    static let organisationHead = WordClass(rawValue: 1 << 2)
    static let standaloneOrganisation = WordClass(rawValue: 1 << 3)
    static let headTakingOf = WordClass(rawValue: 1 << 4)
    static let notAcronym = WordClass(rawValue: 1 << 5)
    static let placeHead = WordClass(rawValue: 1 << 6)
    static let honorific = WordClass(rawValue: 1 << 7)
    static let governmentNoun = WordClass(rawValue: 1 << 8)
    static let placeWord = WordClass(rawValue: 1 << 9)
    static let filler = WordClass(rawValue: 1 << 10)
    static let cueVerb = WordClass(rawValue: 1 << 11)
    static let relativePronoun = WordClass(rawValue: 1 << 12)
    static let malePronoun = WordClass(rawValue: 1 << 13)
    static let femalePronoun = WordClass(rawValue: 1 << 14)
}

/// One hash table over every word list of the actor and quote rules, stored flat (keys, then
/// entries, then one byte pool) so a lookup touches no reference-counted storage.
struct WordClassTable: Sendable {
    /// One listed spelling: its bytes in the pool and the classes it belongs to.
    private struct Entry: Sendable {
        var offset: Int32
        var length: Int32
        var ignoresCase: Bool
        var classes: WordClass
        /// Next entry sharing the key, or -1.
        var next: Int32
    }

    /// Each word list with the class its members get.
    static let sources: [(WordSet, WordClass)] = [
        (ActorLexicon.titles, .title), (ActorLexicon.notNames, .notName),
        (ActorLexicon.organisationHeads, .organisationHead), (ActorLexicon.standaloneOrganisations, .standaloneOrganisation),
        (ActorLexicon.headsTakingOf, .headTakingOf), (ActorLexicon.notAcronyms, .notAcronym),
        (ActorLexicon.placeHeads, .placeHead), (ActorLexicon.honorificWords, .honorific),
        (ActorLexicon.governmentNouns, .governmentNoun), (ActorLexicon.placeWords, .placeWord),
        (ActorLexicon.attributionFillers, .filler), (QuoteCueLexicon.verbs, .cueVerb),
        (QuoteCueLexicon.relativePronouns, .relativePronoun),
        (WordSet(["he", "He"], caseInsensitive: false), .malePronoun),
        (WordSet(["she", "She"], caseInsensitive: false), .femalePronoun),
    ]

    /// The table built once from the lexicons; callers keep a copy in a stored property so
    /// their loops never read the global.
    static let shared = WordClassTable(sources)

    /// No listed word is longer than this.
    static var longestWord: Int { 18 }

    /// Lower-cased spelling's hash → first entry with it. Both kinds of entry are keyed by
    /// their lower-cased spelling, so one probe finds every candidate.
    private var heads = HashKeyMap(capacity: 1024)
    private var entries: [Entry] = []
    private var pool: [UInt8] = []
    /// Per pair of leading bytes (five low bits each, so case does not matter): the word
    /// lengths listed, one bit each. Most words are rejected here before any hashing.
    private var lengthsByLead = [UInt32](repeating: 0, count: 1024)

    private init(_ sources: [(WordSet, WordClass)]) {
        for (set, wordClass) in sources {
            for member in set.members { add(member, ignoresCase: set.ignoresCase, wordClass) }
        }
    }

    private mutating func add(_ member: [UInt8], ignoresCase: Bool, _ wordClass: WordClass) {
        guard !member.isEmpty, member.count <= Self.longestWord else { return }
        let key = WordSet.hash(member.map(ByteClass.lower))
        var last: Int32 = -1
        var index = heads.value(for: key)
        while index >= 0 {
            let entry = entries[Int(index)]
            let stored = pool[Int(entry.offset)..<Int(entry.offset + entry.length)]
            if entry.ignoresCase == ignoresCase, stored.elementsEqual(member) {
                entries[Int(index)].classes.insert(wordClass)
                return
            }
            last = index
            index = entry.next
        }
        entries.append(Entry(offset: Int32(pool.count), length: Int32(member.count), ignoresCase: ignoresCase, classes: wordClass, next: -1))
        pool += member
        let added = Int32(entries.count - 1)
        if last < 0 { heads.set(added, for: key) } else { entries[Int(last)].next = added }
        lengthsByLead[Self.lead(member[0], member.count > 1 ? member[1] : 0)] |= 1 << UInt32(member.count)
    }

    /// Slot of a word's first two bytes in `lengthsByLead`.
    @inline(__always)
    private static func lead(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }

    /// The classes of the word `bytes[start..<end]`: its exact spelling in the case-sensitive
    /// lists, its lower-cased spelling in the others.
    func classes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordClass {
        let length = end - start
        guard length > 0, length <= Self.longestWord,
              lengthsByLead[Self.lead(bytes[start], length > 1 ? bytes[start + 1] : 0)] & (1 << UInt32(length)) != 0
        else { return [] }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end { key = (key ^ UInt64(ByteClass.lower(bytes[index]))) &* 0x100_0000_01b3 }
        var result: WordClass = []
        var index = heads.value(for: key)
        while index >= 0 {
            let entry = entries[Int(index)]
            index = entry.next
            if Int(entry.length) == length, equal(bytes, start, end, entry) { result.formUnion(entry.classes) }
        }
        return result
    }

    /// Fills `classes` with the classes of each token (none for punctuation), reusing its capacity.
    func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], into classes: inout [WordClass]) {
        classes.removeAll(keepingCapacity: true)
        for token in tokens { classes.append(token.isWord ? self.classes(bytes, token.start, token.end) : []) }
    }

    /// Whether the word equals the entry: exactly, or ignoring ASCII case for a case-insensitive entry.
    @inline(__always)
    private func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ entry: Entry) -> Bool {
        var stored = Int(entry.offset)
        for offset in start..<end {
            let byte = entry.ignoresCase ? ByteClass.lower(bytes[offset]) : bytes[offset]
            if byte != pool[stored] { return false }
            stored += 1
        }
        return true
    }
}
