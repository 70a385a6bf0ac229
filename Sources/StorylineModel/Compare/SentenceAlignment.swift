/// Two sentences in different articles that report the same content.
public struct SentenceAlignment: Hashable, Sendable, Codable {
    /// Sentence in the first article (lower document index).
    public var a: SentenceRef
    /// Sentence in the other article.
    public var b: SentenceRef
    /// Similarity in 0…1.
    public var score: Double

    public init(a: SentenceRef, b: SentenceRef, score: Double) {
        self.a = a
        self.b = b
        self.score = score
    }
}
