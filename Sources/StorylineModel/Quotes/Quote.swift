/// A double-quoted span and who said it.
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    // Stored widest first so the fields pack into 64 bytes instead of 80 (padding after
    // each small field otherwise).
    /// The words inside the quote marks.
    public var text: String
    /// The cue that attributed it ("said", "according to", …), when one did.
    public var cue: String?
    /// Actor id of the speaker, when known.
    public var speaker: Int?
    /// Full quote or short phrase (under three words, e.g. a label such as "traitor").
    public var kind: QuoteKind
    /// Index in `Story.quotes`.
    @CompactIndex public var id: Int
    /// Document index.
    @CompactIndex public var document: Int
    /// Index of the sentence where the quote opens.
    @CompactIndex public var sentence: Int
    /// Byte range of the quoted words (inside the marks) in the document text.
    public var range: TextRange

    public init(
        id: Int, text: String, kind: QuoteKind, speaker: Int?, document: Int,
        sentence: Int, range: TextRange, cue: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.id = id
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
