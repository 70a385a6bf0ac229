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
    /// Byte ranges of the trigger words, in text order.
    var triggerRanges: [TextRange]
    /// Who acted or spoke.
    var agent: Int?
    /// Towards whom.
    var target: Int?
    /// Every actor named in the clause.
    var actors: [Int]
    /// The people among them, sorted.
    var people: [Int]
    /// Indices into `Story.times` of the clause's time expressions.
    var times: [Int]
    /// Extra date constraints worked out from office terms.
    var termConstraints: [DateConstraint]
    /// Quote ids opening in the clause.
    var quotes: [Int]
    /// Sorted, unique stems of the trigger words.
    var triggerStems: [UInt64]
    /// Sorted, unique content-word stems (names of actors and function words left out).
    var stems: [UInt64]
    /// Hashes of three-word shingles of quoted words.
    var quoteShingles: [UInt64]
    /// Hashes of whole short quoted phrases (one or two words, e.g. a label).
    var quotePhrases: [UInt64]
    /// Reported as background: pluperfect or "previously".
    var background: Bool
    /// Opens like a continuation of the previous sentence ("He also said", "Instead, she said").
    var continues: Bool
    /// Byte offset of the first trigger (for titles).
    var triggerStart: Int
    /// Whether the main trigger is a verb ("met") rather than a noun ("meeting").
    var verbal: Bool
    /// Whether the agent is named in the clause by a name, not only by a pronoun.
    var agentNamed = false

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
