import StorylineModel

/// What the source pane shows: an article, the highlighted sentence, and the scroll.
public struct SourcePosition: Hashable, Sendable {
    /// The article wrapped to the pane width; nil before anything is shown.
    public var text: SourceText?
    /// The sentence drawn highlighted (evidence or a quote's sentence).
    public var highlighted: SentenceRef?
    /// Which evidence sentence of the selected event is shown (index into its evidence).
    public var evidence: Int
    /// First line shown.
    public var top: Int

    /// A source position (empty by default).
    public init(text: SourceText? = nil, highlighted: SentenceRef? = nil, evidence: Int = 0, top: Int = 0) {
        self.text = text
        self.highlighted = highlighted
        self.evidence = evidence
        self.top = top
    }

    /// Document index shown, if any.
    public var document: Int? { text?.document }
}
