import StorylineModel

/// One report of something happening (a sentence, or a clause of one) standing alone, with
/// lists of its own: how tests describe a mention. The detector appends mentions straight to
/// `EventMentions`, whose pools hold the lists of all of them.
struct EventMention: Sendable {
    /// The sentence it comes from.
    var ref: SentenceRef
    /// Byte range of the clause (the whole sentence when it was not split).
    var range: TextRange
    /// Main kind (the most specific trigger).
    var kind: EventKind
    /// Who acted or spoke.
    var agent: Int? {
        get { storedAgent < 0 ? nil : Int(storedAgent) }
        set { storedAgent = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    /// Towards whom.
    var target: Int? {
        get { storedTarget < 0 ? nil : Int(storedTarget) }
        set { storedTarget = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    // Actor ids in 32 bits, -1 for none: the mentions of a large corpus are many.
    private var storedAgent: Int32
    private var storedTarget: Int32
    /// Extra date constraints worked out from office terms.
    var termConstraints: [DateConstraint]
    /// Reported as background: pluperfect or "previously".
    var background: Bool
    /// Opens like a continuation of the previous sentence ("He also said", "Instead, she said").
    var continues: Bool
    /// Byte offset of the first trigger (for titles).
    var triggerStart: Int {
        get { Int(storedTriggerStart) }
        set { storedTriggerStart = Int32(truncatingIfNeeded: newValue) }
    }
    private var storedTriggerStart: Int32
    /// Whether the main trigger is a verb ("met") rather than a noun ("meeting").
    var verbal: Bool
    /// Actors, people, times, quotes, then trigger ranges (start and end interleaved).
    private var ids: [Int]
    /// Ends of the id lists in `ids` (actors, people, times, quotes; triggers run to the end).
    private var idEnds: (UInt32, UInt32, UInt32, UInt32)
    /// Trigger stems, stems, quote shingles, then quote phrases.
    private var hashes: [UInt64]
    /// Ends of the hash lists in `hashes` (trigger stems, stems, shingles; phrases run to the end).
    private var hashEnds: (UInt32, UInt32, UInt32)

    /// A mention with its lists; `triggerRanges` are the byte ranges of the trigger words.
    init(
        ref: SentenceRef, range: TextRange, kind: EventKind, triggerRanges: [TextRange], agent: Int?, target: Int?,
        actors: [Int], people: [Int], times: [Int], termConstraints: [DateConstraint], quotes: [Int],
        triggerStems: [UInt64], stems: [UInt64], quoteShingles: [UInt64], quotePhrases: [UInt64],
        background: Bool, continues: Bool, triggerStart: Int, verbal: Bool
    ) {
        self.ref = ref
        self.range = range
        self.kind = kind
        storedAgent = agent.map { Int32(truncatingIfNeeded: $0) } ?? -1
        storedTarget = target.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.termConstraints = termConstraints
        self.background = background
        self.continues = continues
        storedTriggerStart = Int32(truncatingIfNeeded: triggerStart)
        self.verbal = verbal
        var (ids, idEnds) = Self.pooled(actors, people, times, quotes, extra: 2 * triggerRanges.count)
        for trigger in triggerRanges {
            ids.append(trigger.start)
            ids.append(trigger.end)
        }
        self.ids = ids
        self.idEnds = (idEnds.0, idEnds.1, idEnds.2, UInt32(truncatingIfNeeded: ids.count - 2 * triggerRanges.count))
        (hashes, hashEnds) = Self.pooled(triggerStems, stems, quoteShingles, quotePhrases, extra: 0)
    }

    /// Four lists one after another in one buffer (with room for `extra` more values), and
    /// where the first three end.
    private static func pooled<T>(_ a: [T], _ b: [T], _ c: [T], _ d: [T], extra: Int) -> ([T], (UInt32, UInt32, UInt32)) {
        var values: [T] = []
        values.reserveCapacity(a.count + b.count + c.count + d.count + extra)
        values += a
        let endA = UInt32(truncatingIfNeeded: values.count)
        values += b
        let endB = UInt32(truncatingIfNeeded: values.count)
        values += c
        let endC = UInt32(truncatingIfNeeded: values.count)
        values += d
        return (values, (endA, endB, endC))
    }

    /// Every actor named in the clause.
    var actors: ArraySlice<Int> { ids[0..<Int(idEnds.0)] }
    /// The people among them, sorted.
    var people: ArraySlice<Int> { ids[Int(idEnds.0)..<Int(idEnds.1)] }
    /// Indices into `Story.times` of the clause's time expressions.
    var times: ArraySlice<Int> { ids[Int(idEnds.1)..<Int(idEnds.2)] }
    /// Quote ids opening in the clause.
    var quotes: ArraySlice<Int> { ids[Int(idEnds.2)..<Int(idEnds.3)] }
    /// Byte ranges of the trigger words, in text order.
    var triggerRanges: [TextRange] {
        stride(from: Int(idEnds.3), to: ids.count - 1, by: 2).map { TextRange(start: ids[$0], end: ids[$0 + 1]) }
    }
    /// Sorted, unique stems of the trigger words.
    var triggerStems: ArraySlice<UInt64> { hashes[0..<Int(hashEnds.0)] }
    /// Sorted, unique content-word stems (names of actors and function words left out).
    var stems: ArraySlice<UInt64> { hashes[Int(hashEnds.0)..<Int(hashEnds.1)] }
    /// Hashes of three-word shingles of quoted words.
    var quoteShingles: ArraySlice<UInt64> { hashes[Int(hashEnds.1)..<Int(hashEnds.2)] }
    /// Hashes of whole short quoted phrases (one or two words, e.g. a label).
    var quotePhrases: ArraySlice<UInt64> { hashes[Int(hashEnds.2)...] }

    /// Trigger words, lower case, in text order, read from the mention's document.
    func triggers(in story: Story) -> [String] {
        guard story.documents.indices.contains(ref.document) else { return [] }
        // The document is read in place (a copy would retain every string it holds).
        return triggerRanges.map { story.documents[ref.document].text(in: $0).lowercased() }
    }
}

/// A constraint on when an event happened, from a time expression or an office term.
struct DateConstraint: Sendable, Hashable {
    /// The days allowed.
    var interval: DayInterval
    /// TIMEX3-style value.
    var value: String
    /// Precision of the value.
    var precision: TimePrecision
    /// Words and article it came from, for the derivation.
    var source: String
    /// Whether it rests on an assumed publication date.
    var assumed: Bool
}

extension EventMention {
    /// A mention of nothing: no actors, words or triggers.
    static var empty: EventMention {
        EventMention(
            ref: SentenceRef(document: 0, sentence: 0), range: TextRange(start: 0, end: 0), kind: .other, triggerRanges: [],
            agent: nil, target: nil, actors: [], people: [], times: [], termConstraints: [], quotes: [], triggerStems: [],
            stems: [], quoteShingles: [], quotePhrases: [], background: false, continues: false, triggerStart: 0, verbal: false)
    }
}
