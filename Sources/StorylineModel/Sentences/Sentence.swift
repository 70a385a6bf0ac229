/// A sentence of an article, kept as a range into the article's text.
public struct Sentence: Hashable, Sendable, Codable {
    /// Index of the document in `Story.documents`.
    @CompactIndex public var document: Int
    /// Index of the sentence within its document (0-based, in text order).
    @CompactIndex public var index: Int
    /// The paragraph index with the kind in its top bits: 20 bytes a sentence instead of 24.
    @usableFromInline var paragraphAndKind: TaggedIndex
    /// Byte range of the sentence in the document text, without surrounding white space.
    public var range: TextRange

    /// Index of the paragraph within its document (0-based).
    @inlinable
    public var paragraph: Int {
        get { paragraphAndKind.index }
        set { paragraphAndKind.index = newValue }
    }

    /// What sort of line this sentence is.
    @inlinable
    public var kind: SentenceKind {
        get { SentenceKind(tag: paragraphAndKind.tag) }
        set { paragraphAndKind.tag = newValue.tag }
    }

    public init(document: Int, index: Int, paragraph: Int, range: TextRange, kind: SentenceKind = .body) {
        self.document = document
        self.index = index
        self.paragraphAndKind = TaggedIndex(index: paragraph, tag: kind.tag)
        self.range = range
    }

    /// The JSON keys of the fields.
    private enum CodingKeys: String, CodingKey {
        case document, index, paragraph, range, kind
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try container.decode(Int.self, forKey: .document), index: try container.decode(Int.self, forKey: .index),
            paragraph: try container.decode(Int.self, forKey: .paragraph), range: try container.decode(TextRange.self, forKey: .range),
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

    /// Reference to this sentence.
    public var ref: SentenceRef { SentenceRef(document: document, sentence: index) }
}

/// Whether a sentence is running text or a heading.
public enum SentenceKind: String, Hashable, Sendable, Codable {
    /// Ordinary body text.
    case body
    /// A headline or sub-heading line (no closing punctuation, title case).
    case headline
    /// A bullet-list item.
    case bullet

    /// The two-bit tag a sentence stores the kind as.
    @inlinable
    var tag: UInt8 {
        switch self {
        case .body: 0
        case .headline: 1
        case .bullet: 2
        }
    }

    /// The kind stored as `tag`.
    @inlinable
    init(tag: UInt8) {
        switch tag {
        case 1: self = .headline
        case 2: self = .bullet
        default: self = .body
        }
    }
}

/// Identifies one sentence in the corpus.
public struct SentenceRef: Hashable, Sendable, Codable, Comparable {
    /// Index of the document in `Story.documents`.
    @CompactIndex public var document: Int
    /// Index of the sentence within the document.
    @CompactIndex public var sentence: Int

    public init(document: Int, sentence: Int) {
        self.document = document
        self.sentence = sentence
    }

    public static func < (lhs: SentenceRef, rhs: SentenceRef) -> Bool {
        (lhs.document, lhs.sentence) < (rhs.document, rhs.sentence)
    }
}

/// A stretch of page furniture ("- Published", "Advertisement", captions): shown in the
/// source text as written but never part of a sentence or event.
public struct Furniture: Hashable, Sendable, Codable {
    /// Index of the document.
    @CompactIndex public var document: Int
    /// Byte range of the furniture line.
    public var range: TextRange

    public init(document: Int, range: TextRange) {
        self.document = document
        self.range = range
    }
}
