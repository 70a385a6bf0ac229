import StorylineBrowser

/// The top line: story name, counts, active filter, and in one-pane mode the pane's name.
enum TitleBar {
    static func draw(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let rect = layout.titleBar
        grid.fill(rect, style: theme.style(.titleBar))
        grid.draw(text(state, layout: layout), x: rect.x, y: rect.y, width: rect.width, style: theme.style(.titleBar))
    }

    static func text(_ state: BrowserState, layout: Layout) -> String {
        var parts = [" Storyline: \(state.story.name)"]
        let events = state.actorFilter.isEmpty
            ? "\(state.story.events.count) events"
            : "\(state.visibleEvents.count) of \(state.story.events.count) events"
        parts.append(events)
        parts.append("\(state.story.documents.count) articles")
        if !state.actorFilter.isEmpty {
            parts.append("filter: \(state.actorFilterNames.joined(separator: ", "))")
        }
        var line = parts.joined(separator: " · ")
        if layout.mode == .single { line = "[\(state.focus.name)]" + line }
        return line
    }
}
