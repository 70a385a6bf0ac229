/// A double-quoted span and who said it.
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    // Stored widest first so the fields pack into 80 bytes (padding after each small field
    // otherwise).
    /// The quoted words: a slice of the document's text when the extractor made the quote,
    /// so they are not kept a second time; else a string of their own.
    @usableFromInline var storedText: Substring
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

    /// The words inside the quote marks.
    @inlinable
    public var text: String {
        get { String(storedText) }
        set { storedText = Substring(newValue) }
    }

    public init(
        id: Int, text: String, kind: QuoteKind, speaker: Int?, document: Int,
        sentence: Int, range: TextRange, cue: String? = nil
    ) {
        self.init(id: id, text: Substring(text), kind: kind, speaker: speaker, document: document, sentence: sentence, range: range, cue: cue)
    }

    /// A quote whose words are `text`, typically a slice of the document's text (kept, not copied).
    public init(
        id: Int, text: Substring, kind: QuoteKind, speaker: Int?, document: Int,
        sentence: Int, range: TextRange, cue: String? = nil
    ) {
        self.storedText = text
        self.kind = kind
        self.id = id
        self.speaker = speaker
        self.document = document
        self.sentence = sentence
        self.range = range
        self.cue = cue
    }

    /// The JSON keys of the fields.
    private enum CodingKeys: String, CodingKey {
        case id, text, kind, speaker, document, sentence, range, cue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Int.self, forKey: .id), text: try container.decode(String.self, forKey: .text),
            kind: try container.decode(QuoteKind.self, forKey: .kind), speaker: try container.decodeIfPresent(Int.self, forKey: .speaker),
            document: try container.decode(Int.self, forKey: .document), sentence: try container.decode(Int.self, forKey: .sentence),
            range: try container.decode(TextRange.self, forKey: .range), cue: try container.decodeIfPresent(String.self, forKey: .cue))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(speaker, forKey: .speaker)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(range, forKey: .range)
        try container.encodeIfPresent(cue, forKey: .cue)
    }
}

/// Whether a quote is a full quotation or a short phrase.
public enum QuoteKind: String, Hashable, Sendable, Codable {
    /// Three words or more.
    case quote
    /// Under three words: a label or scare-quoted term.
    case phrase
}
