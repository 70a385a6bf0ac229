import StorylineBrowser
import StorylineModel

/// The top line: story name, counts, active filter, and in one-pane mode the pane's name.
enum TitleBar {
    static func draw(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let rect = layout.titleBar
        grid.fill(rect, style: theme.style(.titleBar))
        grid.draw(text(state, layout: layout), x: rect.x, y: rect.y, width: rect.width, style: theme.style(.titleBar))
    }

    /// The title text for the title bar's width: the story name gives way first, so the
    /// counts and the filter stay visible.
    static func text(_ state: BrowserState, layout: Layout) -> String {
        let events = state.actorFilter.isEmpty
            ? CountText.of(state.story.events.count, "event", "events")
            : "\(state.visibleEvents.count) of \(state.story.events.count) events"
        let filter = state.actorFilter.isEmpty ? [] : ["filter: \(state.actorFilterNames.joined(separator: ", "))"]
        let pane = layout.mode == .single ? "[\(state.focus.name)] " : " "
        var head = pane + "Storyline: "
        var rest = " · " + ([events, CountText.of(state.story.documents.count, "article", "articles")] + filter).joined(separator: " · ")
        let width = layout.titleBar.width
        if width - DisplayWidth.of(head) - DisplayWidth.of(rest) < 8 {
            // Narrow: the product name and the article count go before the story name does.
            head = pane
            rest = " · " + ([events] + filter).joined(separator: " · ")
        }
        let room = width - DisplayWidth.of(head) - DisplayWidth.of(rest)
        return head + DisplayWidth.truncate(state.story.name, to: max(6, room)) + rest
    }
}
