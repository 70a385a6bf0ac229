import StorylineModel

/// One report of something happening: a sentence, or a clause of one, before merging.
struct EventMention: Sendable {
    /// The sentence it comes from.
    var ref: SentenceRef
    /// Byte range of the clause (the whole sentence when it was not split).
    var range: TextRange
    /// Main kind (the most specific trigger).
    var kind: EventKind
    /// Trigger words, lower case, in text order.
    var triggers: [String]
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
    /// Frees the word, actor and time arrays once the mention's event is assembled, so the
    /// events being built reuse the memory instead of adding to it.
    mutating func releaseDetail() {
        triggers = []
        actors = []
        people = []
        times = []
        termConstraints = []
        quotes = []
        triggerStems = []
        stems = []
        quoteShingles = []
        quotePhrases = []
    }
}
