/// A typed difference between how two articles report the same thing.
public struct Difference: Hashable, Sendable, Codable {
    /// What changed.
    public var kind: DifferenceKind
    /// The sentence in one article.
    public var a: SentenceRef
    /// The aligned sentence in the other article; nil for a claim found in only one.
    public var b: SentenceRef?
    /// The differing words on side a.
    public var aText: String
    /// The differing words on side b.
    public var bText: String
    /// Event id the sentences belong to, when known.
    public var event: String?

    public init(kind: DifferenceKind, a: SentenceRef, b: SentenceRef?, aText: String, bText: String, event: String? = nil) {
        self.kind = kind
        self.a = a
        self.b = b
        self.aText = aText
        self.bText = bText
        self.event = event
    }
}

/// The type of a difference between articles.
public enum DifferenceKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Same speaker and utterance, different words inside the quote marks.
    case quoteWording = "quote-wording"
    /// A number or count differs ("twice" / "three times").
    case number
    /// A person's title or role differs ("President" / "Vice President").
    case titleOrRole = "title-or-role"
    /// A date or time differs or is only given by one side.
    case dateOrTime = "date-or-time"
    /// Negation or modality differs ("will" / "will not", "may" / "must").
    case negationOrModality = "negation-or-modality"
    /// A claim found in only one article.
    case onlyInOne = "only-in-one"
}
