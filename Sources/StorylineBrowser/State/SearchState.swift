/// An incremental search of one pane.
public struct SearchState: Hashable, Sendable {
    /// Pane searched.
    public var pane: Pane
    /// The query as typed.
    public var query: String
    /// Whether the query is still being typed.
    public var isEditing: Bool
    /// Matches: timeline/quotes — positions in the pane's list; source — byte offsets.
    public var matches: [Int]
    /// The current match (index into `matches`).
    public var current: Int
    /// Selection and scroll before the search began, restored by Esc.
    public var origin: SearchOrigin

    /// A search of `pane` starting (empty) from `origin`.
    public init(pane: Pane, origin: SearchOrigin) {
        self.pane = pane
        self.query = ""
        self.isEditing = true
        self.matches = []
        self.current = 0
        self.origin = origin
    }

    /// "match 3 of 9", "no matches", or "" before anything is typed.
    public var summary: String {
        if query.isEmpty { return "" }
        if matches.isEmpty { return "no matches" }
        return "match \(current + 1) of \(matches.count)"
    }
}

/// Where the panes were when a search started.
public struct SearchOrigin: Hashable, Sendable {
    /// Timeline selection and scroll.
    public var timeline: ListPosition
    /// Quotes selection and scroll.
    public var quotes: ListPosition
    /// First source line shown.
    public var sourceTop: Int

    /// The positions to restore.
    public init(timeline: ListPosition, quotes: ListPosition, sourceTop: Int) {
        self.timeline = timeline
        self.quotes = quotes
        self.sourceTop = sourceTop
    }
}
