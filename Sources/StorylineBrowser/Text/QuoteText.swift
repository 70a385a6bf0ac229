import StorylineModel

/// How the quotes pane words a quote: `Speaker: “text”`, and, when another article words
/// it differently, a line with the other wording.
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

    /// How other articles word this quote: `≠ Outlet: “other words”`, from the quote-wording
    /// differences of its sentence whose own side lies inside the quote.
    public static func otherWordings(of quote: Quote, in story: Story, index: StoryIndex) -> [String] {
        let ref = SentenceRef(document: quote.document, sentence: quote.sentence)
        guard let positions = index.quoteWordingBySentence[ref] else { return [] }
        let folded = TextSearch.folded(quote.text)
        var out: [String] = []
        for position in positions where story.differences.indices.contains(position) {
            let difference = story.differences[position]
            let mineIsA = difference.a == ref
            let own = mineIsA ? difference.aText : difference.bText
            guard TextSearch.contains(folded, TextSearch.folded(own)),
                  let other = mineIsA ? difference.b : difference.a,
                  story.documents.indices.contains(other.document) else { continue }
            let words = mineIsA ? difference.bText : difference.aText
            let line = "\u{2260} \(story.documents[other.document].label): \u{201C}\(words)\u{201D}"
            if !out.contains(line) { out.append(line) }
        }
        return out
    }

    /// The quote's lines at `width` cells: its wrapped text, then any other wordings.
    public static func lines(_ quote: Quote, in story: Story, index: StoryIndex, width: Int) -> [QuoteLine] {
        var out = WordWrap.lines(of: line(for: quote, in: story), width: width).enumerated().map { number, text in
            QuoteLine(text: text, isFirst: number == 0, isOtherWording: false)
        }
        for other in otherWordings(of: quote, in: story, index: index) {
            out += WordWrap.lines(of: other, width: width).map { QuoteLine(text: $0, isFirst: false, isOtherWording: true) }
        }
        return out
    }
}

/// One line of a quote in the quotes pane.
public struct QuoteLine: Hashable, Sendable {
    /// The words shown.
    public var text: String
    /// Whether it is the first line (the one starting with the speaker).
    public var isFirst: Bool
    /// Whether it shows another article's wording.
    public var isOtherWording: Bool

    /// A line of a quote.
    public init(text: String, isFirst: Bool, isOtherWording: Bool) {
        self.text = text
        self.isFirst = isFirst
        self.isOtherWording = isOtherWording
    }
}
