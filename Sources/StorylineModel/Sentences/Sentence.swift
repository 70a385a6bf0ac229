/// A sentence of an article, kept as a range into the article's text.
public struct Sentence: Hashable, Sendable, Codable {
    // Indices are stored in 32 bits (as TextRange offsets are): a large corpus holds millions of these.
    @usableFromInline var storedDocument: Int32
    @usableFromInline var storedIndex: Int32
    @usableFromInline var storedParagraph: Int32
    /// Byte range of the sentence in the document text, without surrounding white space.
    public var range: TextRange
    /// What sort of line this sentence is.
    public var kind: SentenceKind

    public init(document: Int, index: Int, paragraph: Int, range: TextRange, kind: SentenceKind = .body) {
        self.storedDocument = Int32(clamping: document)
        self.storedIndex = Int32(clamping: index)
        self.storedParagraph = Int32(clamping: paragraph)
        self.range = range
        self.kind = kind
    }

    /// Reference to this sentence.
    public var ref: SentenceRef { SentenceRef(document: document, sentence: index) }

    /// Index of the document in `Story.documents`.
    @inlinable
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// Index of the sentence within its document (0-based, in text order).
    @inlinable
    public var index: Int {
        get { Int(storedIndex) }
        set { storedIndex = Int32(clamping: newValue) }
    }

    /// Index of the paragraph within its document (0-based).
    @inlinable
    public var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case document, index, paragraph, range, kind
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try container.decode(Int.self, forKey: .document),
            index: try container.decode(Int.self, forKey: .index),
            paragraph: try container.decode(Int.self, forKey: .paragraph),
            range: try container.decode(TextRange.self, forKey: .range),
            kind: try container.decode(SentenceKind.self, forKey: .kind))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(index, forKey: .index)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(range, forKey: .range)
        try container.encode(kind, forKey: .kind)
    }
}

/// Whether a sentence is running text or a heading.
public enum SentenceKind: String, Hashable, Sendable, Codable {
    /// Ordinary body text.
    case body
    /// A headline or sub-heading line (no closing punctuation, title case).
    case headline
    /// A bullet-list item.
    case bullet
}

/// Identifies one sentence in the corpus.
public struct SentenceRef: Hashable, Sendable, Codable, Comparable {
    // Indices are stored in 32 bits (as TextRange offsets are): a large corpus holds millions of these.
    @usableFromInline var storedDocument: Int32
    @usableFromInline var storedSentence: Int32

    public init(document: Int, sentence: Int) {
        self.storedDocument = Int32(clamping: document)
        self.storedSentence = Int32(clamping: sentence)
    }

    public static func < (lhs: SentenceRef, rhs: SentenceRef) -> Bool {
        (lhs.document, lhs.sentence) < (rhs.document, rhs.sentence)
    }

    /// Index of the document in `Story.documents`.
    @inlinable
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// Index of the sentence within the document.
    @inlinable
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case document, sentence
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try container.decode(Int.self, forKey: .document),
            sentence: try container.decode(Int.self, forKey: .sentence))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
    }
}

/// A stretch of page furniture ("- Published", "Advertisement", captions): shown in the
/// source text as written but never part of a sentence or event.
public struct Furniture: Hashable, Sendable, Codable {
    // Indices are stored in 32 bits (as TextRange offsets are): a large corpus holds millions of these.
    @usableFromInline var storedDocument: Int32
    /// Byte range of the furniture line.
    public var range: TextRange

    public init(document: Int, range: TextRange) {
        self.storedDocument = Int32(clamping: document)
        self.range = range
    }

    /// Index of the document.
    @inlinable
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case document, range
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try container.decode(Int.self, forKey: .document),
            range: try container.decode(TextRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(range, forKey: .range)
    }
}

