/// A double-quoted span and who said it.
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    // Indices are stored in 32 bits (as TextRange offsets are): a large corpus holds millions of these.
    @usableFromInline var storedId: Int32
    /// The words inside the quote marks.
    public var text: String
    /// Full quote or short phrase (under three words, e.g. a label such as "traitor").
    public var kind: QuoteKind
    @usableFromInline var storedSpeaker: Int32?
    @usableFromInline var storedDocument: Int32
    @usableFromInline var storedSentence: Int32
    /// Byte range of the quoted words (inside the marks) in the document text.
    public var range: TextRange
    /// The cue that attributed it ("said", "according to", …), when one did.
    public var cue: String?

    public init(
        id: Int, text: String, kind: QuoteKind, speaker: Int?, document: Int,
        sentence: Int, range: TextRange, cue: String? = nil
    ) {
        self.storedId = Int32(clamping: id)
        self.text = text
        self.kind = kind
        self.storedSpeaker = speaker.map { Int32(clamping: $0) }
        self.storedDocument = Int32(clamping: document)
        self.storedSentence = Int32(clamping: sentence)
        self.range = range
        self.cue = cue
    }

    /// Index in `Story.quotes`.
    @inlinable
    public var id: Int {
        get { Int(storedId) }
        set { storedId = Int32(clamping: newValue) }
    }

    /// Actor id of the speaker, when known.
    @inlinable
    public var speaker: Int? {
        get { storedSpeaker.map { Int($0) } }
        set { storedSpeaker = newValue.map { Int32(clamping: $0) } }
    }

    /// Document index.
    @inlinable
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// Index of the sentence where the quote opens.
    @inlinable
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case id, text, kind, speaker, document, sentence, range, cue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Int.self, forKey: .id),
            text: try container.decode(String.self, forKey: .text),
            kind: try container.decode(QuoteKind.self, forKey: .kind),
            speaker: try container.decodeIfPresent(Int.self, forKey: .speaker),
            document: try container.decode(Int.self, forKey: .document),
            sentence: try container.decode(Int.self, forKey: .sentence),
            range: try container.decode(TextRange.self, forKey: .range),
            cue: try container.decodeIfPresent(String.self, forKey: .cue))
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
