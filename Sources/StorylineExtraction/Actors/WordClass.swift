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
    static let organisationNoun = WordClass(rawValue: 1 << 15)
    static let neuterPronoun = WordClass(rawValue: 1 << 16)
    static let speechTime = WordClass(rawValue: 1 << 17)
    static let speechTimeOpener = WordClass(rawValue: 1 << 18)
    /// "him", "her": a person quoted ("quoted him as saying").
    static let objectPronoun = WordClass(rawValue: 1 << 19)
    /// Marks a token whose classes have not been looked up yet (never a word's class).
    static let unclassified = WordClass(rawValue: 1 << 31)
    /// The classes that let a rule start at a word that is not capitalised.
    static let lowerCaseRuleStarts: WordClass = [
        .title, .honorific, .malePronoun, .femalePronoun, .neuterPronoun, .organisationNoun, .objectPronoun,
    ]
}

/// One hash table over every word list of the actor and quote rules, stored flat (keys, then
/// entries, then one byte pool) so a lookup touches no reference-counted storage.
struct WordClassTable: Sendable {
    /// One listed spelling: its bytes in the pool and the classes it belongs to.
    private struct Entry: Sendable {
        /// Start of its bytes in the pool.
        var offset: Int32
        /// Number of bytes.
        var length: Int32
        /// Whether ASCII case is ignored (the bytes are then lower case).
        var ignoresCase: Bool
        /// The classes of the lists holding this spelling.
        var classes: WordClass
        /// Next entry sharing the key, or -1.
        var next: Int32
    }

    /// Each word list with the class its members get.
    static let sources: [(WordSet, WordClass)] = [
        (ActorLexicon.titles, .title), (ActorLexicon.notNames, .notName),
        (ActorLexicon.organisationHeads, .organisationHead), (ActorLexicon.standaloneOrganisations, .standaloneOrganisation),
        (ActorLexicon.headsTakingOf, .headTakingOf), (ActorLexicon.notAcronyms, .notAcronym),
        (ActorLexicon.placeHeads, .placeHead), (ActorLexicon.partyMembers, .placeHead), (ActorLexicon.honorificWords, .honorific),
        (ActorLexicon.governmentNouns, .governmentNoun), (ActorLexicon.placeWords, .placeWord),
        (ActorLexicon.attributionFillers, .filler), (QuoteCueLexicon.verbs, .cueVerb),
        (QuoteCueLexicon.relativePronouns, .relativePronoun), (ActorLexicon.organisationNouns, .organisationNoun),
        (WordSet(["he", "He"], caseInsensitive: false), .malePronoun),
        (WordSet(["she", "She"], caseInsensitive: false), .femalePronoun),
        (WordSet(["it", "It"], caseInsensitive: false), .neuterPronoun),
        (WordSet(["him", "her"], caseInsensitive: false), .objectPronoun),
        (ActorLexicon.speechTimeWords, .speechTime), (ActorLexicon.speechTimeOpeners, .speechTimeOpener),
    ]

    /// The table built once from the lexicons; callers keep a copy in a stored property so
    /// their loops never read the global.
    static let shared = WordClassTable(sources)

    /// No listed word is longer than this ("Directorate-General"); the length filter's bits
    /// (`lengthsByLead`, 32 of them) hold longer ones.
    static var longestWord: Int { 24 }

    /// Listed words of up to eight bytes, found by their exact keys.
    private var shortWords = ShortWordClasses()
    /// Longer words: lower-cased spelling's key (`WordKey`) → first entry with it. Both kinds
    /// of entry are keyed by their lower-cased spelling, so one probe finds every candidate.
    private var heads = HashKeyMap(capacity: 1024)
    /// The long words' entries, chained by `next`.
    private var entries: [Entry] = []
    /// The long words' bytes, one after another.
    private var pool: [UInt8] = []
    /// Per pair of leading bytes (five low bits each, so case does not matter): the lengths
    /// of the listed long words, one bit each. Most long words are rejected here before hashing.
    private var lengthsByLead = [UInt32](repeating: 0, count: 1024)

    /// The shapes (first two bytes, length; case folded) of the words in the classes of
    /// `WordClass.lowerCaseRuleStarts`.
    private var ruleStartLeads = WordLeads()
    /// The shapes of the verbs of saying (`WordClass.cueVerb`): most words are turned away
    /// with one load instead of a full lookup.
    private var cueVerbLeads = WordLeads()

    private init(_ sources: [(WordSet, WordClass)]) {
        for (set, wordClass) in sources {
            for member in set.members { add(member, ignoresCase: set.ignoresCase, wordClass) }
            if wordClass.contains(.cueVerb) { for member in set.members { cueVerbLeads.add(member) } }
            guard !wordClass.isDisjoint(with: .lowerCaseRuleStarts) else { continue }
            for member in set.members { ruleStartLeads.add(member) }
        }
    }

    /// Whether the word `bytes[start..<end]` may belong to a class of
    /// `WordClass.lowerCaseRuleStarts`; false means it surely does not.
    @inline(__always)
    func mayStartRule(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        ruleStartLeads.mayHold(bytes, start, end)
    }

    /// Whether the word `bytes[start..<end]` (not empty) may be a verb of saying; false means
    /// it surely is not.
    @inline(__always)
    func mayBeCueVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        cueVerbLeads.mayHold(bytes, start, end)
    }

    /// Adds one spelling of a list to `wordClass`.
    private mutating func add(_ member: [UInt8], ignoresCase: Bool, _ wordClass: WordClass) {
        guard !member.isEmpty, member.count <= Self.longestWord else { return }
        if member.count <= WordKey.exactLength {
            let packed = member.withUnsafeBufferPointer { WordKey.packed($0, 0, $0.count) }
            shortWords.add(packed, ignoresCase: ignoresCase, wordClass)
            return
        }
        lengthsByLead[Self.lead(member[0], member[1])] |= 1 << UInt32(member.count)
        let key = WordKey.key(member, lowered: true)
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
        // Short words, nearly all of them, take one probe of a small table; the filter is for the rest.
        if length <= WordKey.exactLength { return length > 0 ? shortWords.classes(WordKey.packed(bytes, start, end)) : [] }
        guard length <= Self.longestWord,
              lengthsByLead[Self.lead(bytes[start], bytes[start + 1])] & (1 << UInt32(length)) != 0
        else { return [] }
        var result: WordClass = []
        var index = heads.value(for: WordKey.key(bytes, start, end, lowered: true))
        while index >= 0 {
            let entry = entries[Int(index)]
            index = entry.next
            if Int(entry.length) == length, equal(bytes, start, end, entry) { result.formUnion(entry.classes) }
        }
        return result
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
