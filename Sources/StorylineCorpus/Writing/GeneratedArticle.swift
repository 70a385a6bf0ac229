import StorylineModel

/// One generated article file with what the generator knows about it (its ground truth).
public struct GeneratedArticle: Sendable {
    /// File name inside the corpus folder.
    public var fileName: String
    /// The whole file: front matter, headline, body.
    public var text: String
    /// Headline (also in the front matter).
    public var title: String
    /// Publisher.
    public var outlet: String
    /// Publication day; nil for an undated paraphrase.
    public var published: CalendarDay?
    /// Byte offset of the body after the front matter.
    public var bodyStart: Int
    /// Sentences as written, with the index of the planned happening each reports.
    var sentences: [WrittenSentence] = []
    /// Quotes as written (ranges inside the marks).
    var quotes: [WrittenQuote] = []
    /// Furniture lines.
    var furniture: [TextRange] = []
    /// Position of the article's story in the corpus (articles of one story share it).
    public var story: Int = 0
    /// Ground truth: the day the article was written, also for an undated paraphrase whose
    /// front matter leaves it out (what anchoring an undated article tries to recover).
    public var writtenOn: CalendarDay?

    /// Ground truth: each written sentence's byte range in `text` and the happening it
    /// reports (an index into its story's plan; nil for context and background).
    public var reports: [ReportedHappening] {
        sentences.map { ReportedHappening(range: $0.range, happening: $0.event) }
    }
}

/// One written sentence and the planned happening it reports (the generator's ground truth).
public struct ReportedHappening: Sendable, Hashable {
    /// Byte range of the sentence in the article's text.
    public var range: TextRange
    /// Index of the happening in its story's plan; nil when the sentence reports none.
    public var happening: Int?
}

/// A sentence the generator wrote.
struct WrittenSentence: Sendable {
    var range: TextRange
    var paragraph: Int
    var kind: SentenceKind
    /// Index into the story plan's events, nil for context.
    var event: Int?
}

/// A quote the generator wrote.
struct WrittenQuote: Sendable {
    var range: TextRange
    var sentence: Int
    var speaker: Int
    var isLabel: Bool
}
