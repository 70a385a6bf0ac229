/// A temporal expression found in an article and normalized TIMEX3-style.
public struct TimeExpression: Hashable, Sendable, Codable {
    // Indices are stored in 32 bits (as TextRange offsets are): a large corpus holds millions of these.
    /// The words it came from ("In January", "this week").
    public var text: String
    /// TIMEX3-style value: "2019-03-14", "2019-W11", "2019-03", "2019", "XXXX-01", "PAST_REF".
    public var value: String
    /// How precisely it is known.
    public var precision: TimePrecision
    /// The days it may denote (for "before X": latest is the day before X).
    public var interval: DayInterval
    /// How it was related to its anchor.
    public var relation: TimeRelation
    /// Whether the anchor (publication date) was itself assumed.
    public var assumed: Bool
    @usableFromInline var storedDocument: Int32
    @usableFromInline var storedSentence: Int32
    /// Byte range of `text` in the document.
    public var range: TextRange

    public init(
        text: String, value: String, precision: TimePrecision, interval: DayInterval,
        relation: TimeRelation = .on, assumed: Bool = false,
        document: Int, sentence: Int, range: TextRange
    ) {
        self.text = text
        self.value = value
        self.precision = precision
        self.interval = interval
        self.relation = relation
        self.assumed = assumed
        self.storedDocument = Int32(clamping: document)
        self.storedSentence = Int32(clamping: sentence)
        self.range = range
    }

    /// Document index.
    @inlinable
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// Sentence index within the document.
    @inlinable
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case text, value, precision, interval, relation, assumed, document, sentence, range
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            value: try container.decode(String.self, forKey: .value),
            precision: try container.decode(TimePrecision.self, forKey: .precision),
            interval: try container.decode(DayInterval.self, forKey: .interval),
            relation: try container.decode(TimeRelation.self, forKey: .relation),
            assumed: try container.decode(Bool.self, forKey: .assumed),
            document: try container.decode(Int.self, forKey: .document),
            sentence: try container.decode(Int.self, forKey: .sentence),
            range: try container.decode(TextRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(precision, forKey: .precision)
        try container.encode(interval, forKey: .interval)
        try container.encode(relation, forKey: .relation)
        try container.encode(assumed, forKey: .assumed)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(range, forKey: .range)
    }
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
