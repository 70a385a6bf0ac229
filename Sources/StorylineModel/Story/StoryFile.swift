/// What a story file (story.yaml) says: facts the article text does not state.
public struct StoryFile: Hashable, Sendable, Codable {
    /// Name of the story.
    public var name: String?
    /// Per-article facts, keyed by file name (with or without extension).
    public var articles: [String: ArticleInfo]
    /// Named reference dates ("the US election").
    public var references: [ReferenceDate]
    /// Known actors with aliases rules cannot guess.
    public var actors: [KnownActor]

    public init(name: String? = nil, articles: [String: ArticleInfo] = [:], references: [ReferenceDate] = [], actors: [KnownActor] = []) {
        self.name = name
        self.articles = articles
        self.references = references
        self.actors = actors
    }

    /// The facts for a file, matched by full name or by name without extension.
    public func info(forFileNamed fileName: String) -> ArticleInfo? {
        if let info = articles[fileName] { return info }
        let stem = fileName.split(separator: ".").dropLast().joined(separator: ".")
        return articles[stem]
    }
}

/// Facts about one article.
public struct ArticleInfo: Hashable, Sendable, Codable {
    public var title: String?
    public var outlet: String?
    public var published: CalendarDay?
    public var url: String?

    public init(title: String? = nil, outlet: String? = nil, published: CalendarDay? = nil, url: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
    }
}

/// An actor the story file names, with its aliases and offices held.
public struct KnownActor: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    /// Offices held, with dates the text does not give ("Mayor from 2019-05-01").
    public var terms: [OfficeTerm]

    public init(name: String, kind: ActorKind, aliases: [String] = [], terms: [OfficeTerm] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.terms = terms
    }
}

/// A period during which an actor held an office.
public struct OfficeTerm: Hashable, Sendable, Codable {
    /// The office ("US President").
    public var office: String
    /// First day in office, when known.
    public var from: CalendarDay?
    /// Last day in office, when known (nil: still in office).
    public var until: CalendarDay?

    public init(office: String, from: CalendarDay? = nil, until: CalendarDay? = nil) {
        self.office = office
        self.from = from
        self.until = until
    }
}
