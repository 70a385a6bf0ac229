import StorylineModel

/// Aligns sentences across articles and types the differences between aligned sentences.
public struct Comparer: Sendable {
    public init() {}

    /// Alignments and differences for `story` (its events are used to attach differences).
    public func compare(_ story: Story) -> (alignments: [SentenceAlignment], differences: [Difference]) {
        ([], [])  // Placeholder until the compare stage lands.
    }
}
