/// A double-quoted span and who said it.
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    /// Index in `Story.quotes`.
    @CompactIndex public var id: Int
    /// The words inside the quote marks.
    public var text: String
    /// Full quote or short phrase (under three words, e.g. a label such as "traitor").
    public var kind: QuoteKind
    /// Actor id of the speaker, when known.
    public var speaker: Int?
    /// Document index.
    @CompactIndex public var document: Int
    /// Index of the sentence where the quote opens.
    @CompactIndex public var sentence: Int
    /// Byte range of the quoted words (inside the marks) in the document text.
    public var range: TextRange
    /// The cue that attributed it ("said", "according to", …), when one did.
    public var cue: String?

    public init(
        id: Int, text: String, kind: QuoteKind, speaker: Int?, document: Int,
        sentence: Int, range: TextRange, cue: String? = nil
    ) {
        self.id = id
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.document = document
        self.sentence = sentence
        self.range = range
        self.cue = cue
    }
}

/// Whether a quote is a full quotation or a short phrase.
public enum QuoteKind: String, Hashable, Sendable, Codable {
    /// Three words or more.
    case quote
    /// Under three words: a label or scare-quoted term.
    case phrase
}
