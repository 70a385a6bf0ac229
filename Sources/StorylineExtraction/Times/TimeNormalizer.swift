import StorylineModel

/// Finds temporal expressions and normalizes them against an anchor date, HeidelTime-style.
public struct TimeNormalizer: Sendable {
    /// Named reference dates from the story file.
    public var references: [ReferenceDate]

    public init(references: [ReferenceDate]) {
        self.references = references
    }

    /// Time expressions of one document. `anchor` is its publication date (nil: undated,
    /// values stay partial); `assumed` marks an anchor borrowed from another article.
    public func normalize(
        _ document: Document, documentIndex: Int, sentences: [Sentence],
        anchor: CalendarDay?, assumed: Bool
    ) -> [TimeExpression] {
        []  // Placeholder until the time stage lands.
    }
}
