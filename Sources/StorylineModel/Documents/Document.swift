/// One article: its original text, kept once, and what is known about where it came from.
public struct Document: Sendable, Hashable {
    /// Stable identifier: the file name without its extension.
    public var id: String
    /// Path the article was read from, as given by the user.
    public var path: String
    /// Title from front matter, story.yaml or the headline line.
    public var title: String?
    /// Outlet (publisher) name.
    public var outlet: String?
    /// Publication date, when known.
    public var published: CalendarDay?
    /// Where `published` came from.
    public var publishedSource: DateSource
    /// Original URL from front matter.
    public var url: String?
    /// The whole file as decoded text, front matter included, exactly as written
    /// (invalid UTF-8 replaced). All ranges index its UTF-8 view.
    public var text: String
    /// Byte offset where the article body starts (after any front matter).
    public var bodyStart: Int

    public init(
        id: String, path: String, title: String? = nil, outlet: String? = nil,
        published: CalendarDay? = nil, publishedSource: DateSource = .unknown,
        url: String? = nil, text: String, bodyStart: Int = 0
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.outlet = outlet
        self.published = published
        self.publishedSource = published == nil ? .unknown : publishedSource
        self.url = url
        self.text = text
        self.bodyStart = bodyStart
    }

    /// The text covered by `range`.
    public func text(in range: TextRange) -> String {
        String(decoding: utf8(in: range), as: UTF8.self)
    }

    /// The bytes of `text(in:)`, read in place.
    public func utf8(in range: TextRange) -> Substring.UTF8View {
        let utf8 = text.utf8
        let count = utf8.count
        let lower = min(max(0, range.start), count)
        let upper = min(max(lower, range.end), count)
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return utf8[start..<end]
    }

    /// A short label for lists: outlet, else title, else id.
    public var label: String { outlet ?? title ?? id }
}

/// Where a document's publication date came from.
public enum DateSource: String, Sendable, Codable, Hashable {
    /// No date is known.
    case unknown
    /// The article's front matter.
    case frontMatter = "front-matter"
    /// The story file (story.yaml).
    case storyFile = "story-file"
    /// The article's own "Published …" line.
    case articleText = "article-text"
    /// Assumed from the dated article this one overlaps most.
    case assumed
}
