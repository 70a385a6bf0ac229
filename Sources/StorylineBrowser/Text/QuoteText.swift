import StorylineModel

/// How the quotes pane words a quote: `Speaker: “text”`.
public enum QuoteText {
    /// Name shown for quotes without a known speaker.
    public static let unknownSpeaker = "Unattributed"

    /// The speaker's name, or `unknownSpeaker`.
    public static func speaker(of quote: Quote, in story: Story) -> String {
        guard let id = quote.speaker, story.actors.indices.contains(id) else { return unknownSpeaker }
        return story.actors[id].name
    }

    /// `Speaker: “text”`.
    public static func line(for quote: Quote, in story: Story) -> String {
        "\(speaker(of: quote, in: story)): \u{201C}\(quote.text)\u{201D}"
    }

    /// The quote wrapped to `width` cells.
    public static func wrapped(_ quote: Quote, in story: Story, width: Int) -> [String] {
        WordWrap.lines(of: line(for: quote, in: story), width: width)
    }
}
