/// A temporal expression found in an article and normalized TIMEX3-style.
///
/// Its words ("In January", "this week") are not stored: they are the document's text at
/// `range` (`Story.text(of:)`), which a hundred thousand expressions would copy otherwise.
public struct TimeExpression: Hashable, Sendable, Codable {
    /// TIMEX3-style value: "2019-03-14", "2019-W11", "2019-03", "2019", "XXXX-01", "PAST_REF".
    public var value: String
    // Stored widest first so the fields pack into 48 bytes.
    /// Byte range of its words in the document.
    public var range: TextRange
    /// Document index.
    @CompactIndex public var document: Int
    /// Sentence index within the document.
    @CompactIndex public var sentence: Int
    /// The days it may denote (for "before X": latest is the day before X).
    public var interval: DayInterval
    /// How precisely it is known.
    public var precision: TimePrecision
    /// How it was related to its anchor.
    public var relation: TimeRelation
    /// Whether the anchor (publication date) was itself assumed.
    public var assumed: Bool

    public init(
        value: String, precision: TimePrecision, interval: DayInterval,
        relation: TimeRelation = .on, assumed: Bool = false,
        document: Int, sentence: Int, range: TextRange
    ) {
        self.value = value
        self.precision = precision
        self.interval = interval
        self.relation = relation
        self.assumed = assumed
        self.document = document
        self.sentence = sentence
        self.range = range
    }

    /// Whether it is a span reaching back to its anchor ("over the past two weeks"), written
    /// as its length (P2W) with the days before the anchor.
    public var isRecentSpan: Bool { precision == .reference && value.hasPrefix("P") && !value.hasSuffix("_REF") }

    /// The value an event it dates takes: a span reaching back dates an event some time
    /// before the anchor (PAST_REF), not a length.
    public var datingValue: String { isRecentSpan ? "PAST_REF" : value }
}

/// How a time expression relates the event to the time it names.
public enum TimeRelation: String, Hashable, Sendable, Codable {
    /// The event happens at/within the named time.
    case on
    /// The event happens before the named time ("before the US election").
    case before
    /// The event happens after the named time.
    case after
    /// Shortly before ("days before the summit").
    case shortlyBefore = "shortly-before"
    /// Shortly after.
    case shortlyAfter = "shortly-after"
}

/// A date that the story file gives a name to ("the general election" → 2019-11-05).
public struct ReferenceDate: Hashable, Sendable, Codable {
    /// Human name ("2020 US presidential election").
    public var name: String
    /// The day.
    public var date: CalendarDay
    /// Lower-cased phrases that refer to it in articles ("general election", "the vote").
    public var phrases: [String]

    public init(name: String, date: CalendarDay, phrases: [String]) {
        self.name = name
        self.date = date
        self.phrases = phrases
    }
}
