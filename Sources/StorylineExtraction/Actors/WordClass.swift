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

/// One hash table over every word list of the actor and quote rules.
enum WordClassTable {
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var ignoresCase: Bool
        var classes: WordClass
    }

    private static let sources: [(WordSet, WordClass)] = [
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

    private static let table: ByteHashTable<Entry> = {
        var table = ByteHashTable<Entry>(capacity: 1024)
        for (set, wordClass) in sources {
            for member in set.members {
                let key = WordSet.hash(member)
                var bucket = table.values(for: key) ?? []
                if let existing = bucket.firstIndex(where: { $0.bytes == member && $0.ignoresCase == set.ignoresCase }) {
                    bucket[existing].classes.insert(wordClass)
                } else {
                    bucket.append(Entry(bytes: member, ignoresCase: set.ignoresCase, classes: wordClass))
                }
                table.set(bucket, for: key)
            }
        }
        return table
    }()

    /// The classes of the word `bytes[start..<end]`.
    static func classes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordClass {
        var result: WordClass = []
        // No listed word is longer than this.
        guard end - start <= 18 else { return result }
        let raw = WordSet.hash(bytes, start, end, lowered: false)
        collect(raw, bytes, start, end, into: &result)
        var hasUpper = false
        for index in start..<end where ByteClass.isUpper(bytes[index]) {
            hasUpper = true
            break
        }
        if hasUpper { collect(WordSet.hash(bytes, start, end, lowered: true), bytes, start, end, into: &result) }
        return result
    }

    private static func collect(_ key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into result: inout WordClass) {
        guard let bucket = table.values(for: key) else { return }
        for entry in bucket where entry.bytes.count == end - start {
            var equal = true
            for offset in 0..<entry.bytes.count {
                let byte = entry.ignoresCase ? ByteClass.lower(bytes[start + offset]) : bytes[start + offset]
                if byte != entry.bytes[offset] { equal = false; break }
            }
            if equal { result.formUnion(entry.classes) }
        }
    }
}
