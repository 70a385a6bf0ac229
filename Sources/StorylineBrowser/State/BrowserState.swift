import StorylineCompare
import StorylineModel

/// Everything the browser shows, as one value: the reducer maps it and an action to the
/// next value; the renderer draws it. No I/O and no references to the terminal.
public struct BrowserState: Sendable {
    /// The event model browsed.
    public var story: Story
    /// Lookups built once from the story.
    public var index: StoryIndex
    /// Terminal width in cells.
    public var width: Int
    /// Terminal height in cells.
    public var height: Int
    /// The pane receiving keys.
    public var focus: Pane
    /// Actor ids the views are restricted to, ascending; empty: no filter.
    public var actorFilter: [Int]
    /// Positions in `story.events` the timeline shows, ascending (filtered).
    public var visibleEvents: [Int]
    /// Timeline selection and scroll (positions in `visibleEvents`).
    public var timeline: ListPosition
    /// Quote ids the quotes pane shows for the selected event: full quotes, then phrases.
    public var eventQuotes: [Int]
    /// Quotes selection; `top` is the first quote shown.
    public var quotes: ListPosition
    /// Source pane article, highlight and scroll.
    public var source: SourcePosition
    /// The active search, if any.
    public var search: SearchState?
    /// The actor picker, when open.
    public var picker: PickerState?
    /// Help or compare overlay, when open.
    public var overlay: Overlay?
    /// First line of the help overlay shown, when it does not fit at once.
    public var helpTop: Int
    /// The selected row of the compare view (index into `comparePairs`).
    public var compareSelection: Int
    /// Which sentence of the selected compare row Enter jumps to.
    public var compareSide: CompareSide
    /// One-line message for the status line, cleared by the next key.
    public var message: String?
    /// Requests for the program loop (quit, suspend, redraw).
    public var requests: Requests

    /// A browser on `story`, `width` × `height` cells, optionally filtered to `actorFilter`.
    /// A story of several articles that has not been compared yet (and is small enough to
    /// compare while opening) is compared here, so the compare view and the difference
    /// markers work whoever opens the browser.
    public init(story: Story, actorFilter: [Int] = [], width: Int = 80, height: Int = 24) {
        var story = story
        if BrowserState.shouldCompare(story) { Comparer().annotate(&story) }
        self.story = story
        self.index = StoryIndex(story: story)
        self.width = width
        self.height = height
        self.focus = .timeline
        self.actorFilter = []
        self.visibleEvents = Array(story.events.indices)
        self.timeline = ListPosition()
        self.eventQuotes = []
        self.quotes = ListPosition()
        self.source = SourcePosition()
        self.search = nil
        self.picker = nil
        self.overlay = nil
        self.helpTop = 0
        self.compareSelection = 0
        self.compareSide = .a
        self.message = nil
        self.requests = []
        if actorFilter.isEmpty {
            selectionChanged()
        } else {
            setActorFilter(actorFilter)
            message = nil
        }
    }

    /// Most sentences a story may have for the browser to compare its articles on opening;
    /// larger corpora are compared by the caller (or not at all).
    public static let compareOnOpenLimit = 20_000

    /// Whether `story` has several articles, no comparison yet, and few enough sentences.
    static func shouldCompare(_ story: Story) -> Bool {
        guard story.documents.count >= 2, story.alignments.isEmpty, story.differences.isEmpty else { return false }
        var sentences = 0
        for document in story.sentences {
            sentences += document.count
            if sentences > compareOnOpenLimit { return false }
        }
        return true
    }

    /// The current layout (a pure function of size and focus).
    public var layout: Layout { Layout(width: width, height: height, focus: focus) }

    /// Position in `story.events` of the selected event, nil when the timeline is empty.
    public var selectedEventPosition: Int? {
        visibleEvents.indices.contains(timeline.selected) ? visibleEvents[timeline.selected] : nil
    }

    /// The selected event, nil when the timeline is empty.
    public var selectedEvent: Event? {
        selectedEventPosition.map { story.events[$0] }
    }

    /// The selected quote, nil when the event has none.
    public var selectedQuote: Quote? {
        guard eventQuotes.indices.contains(quotes.selected) else { return nil }
        let id = eventQuotes[quotes.selected]
        return story.quotes.indices.contains(id) ? story.quotes[id] : nil
    }

    /// Names of the actors in the filter, in filter order.
    public var actorFilterNames: [String] {
        actorFilter.compactMap { story.actors.indices.contains($0) ? story.actors[$0].name : nil }
    }
}
