import StorylineModel

/// Finds double-quoted spans and attributes them to speakers.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Quotes of one document; ids start at `firstID`.
    public func extract(
        _ document: Document, documentIndex: Int, sentences: [Sentence],
        mentions: [Mention], actors: [Actor], firstID: Int
    ) -> [Quote] {
        []  // Placeholder until the quote stage lands.
    }
}
