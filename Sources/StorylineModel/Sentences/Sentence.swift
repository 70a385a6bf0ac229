/// A sentence of an article, kept as a range into the article's text.
public struct Sentence: Hashable, Sendable, Codable {
    /// Index of the document in `Story.documents`.
    @CompactIndex public var document: Int
    /// Index of the sentence within its document (0-based, in text order).
    @CompactIndex public var index: Int
    /// Index of the paragraph within its document (0-based).
    @CompactIndex public var paragraph: Int
    /// Byte range of the sentence in the document text, without surrounding white space.
    public var range: TextRange
    /// What sort of line this sentence is.
    public var kind: SentenceKind

    public init(document: Int, index: Int, paragraph: Int, range: TextRange, kind: SentenceKind = .body) {
        self.document = document
        self.index = index
        self.paragraph = paragraph
        self.range = range
        self.kind = kind
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
