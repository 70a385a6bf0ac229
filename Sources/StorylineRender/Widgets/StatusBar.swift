import StorylineBrowser

/// The bottom line: position, focused pane, search or message, key hints.
enum StatusBar {
    static func draw(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let rect = layout.statusBar
        grid.fill(rect, style: theme.style(.statusBar))
        var x = grid.draw(" \(position(state)) \(state.focus.name) ", x: rect.x, y: rect.y, width: rect.width,
                          style: theme.style(.statusAccent))
        let remaining = rect.x + rect.width - x
        if let search = state.search, search.isEditing || !search.summary.isEmpty {
            let prompt = search.isEditing ? "/\(search.query)▏ " : "/\(search.query) "
            x = grid.draw("│ " + prompt, x: x, y: rect.y, width: remaining, style: theme.style(.statusBar))
            grid.draw(search.summary, x: x, y: rect.y, width: rect.x + rect.width - x, style: theme.style(.statusAccent))
        } else if let message = state.message {
            grid.draw("│ " + message, x: x, y: rect.y, width: remaining, style: theme.style(.message))
        } else {
            grid.draw("│ " + hints(state), x: x, y: rect.y, width: remaining, style: theme.style(.statusBar))
        }
    }

    /// "7/12" in the timeline; "evidence 2/3" or "line 10/80" in the source; "2/5" in quotes.
    static func position(_ state: BrowserState) -> String {
        switch state.focus {
        case .timeline:
            let count = state.visibleEvents.count
            return count == 0 ? "0/0" : "\(state.timeline.selected + 1)/\(count)"
        case .source:
            let lines = state.source.text?.lines.count ?? 0
            if let event = state.selectedEvent, !event.evidence.isEmpty,
               let highlighted = state.source.highlighted, event.evidence.contains(highlighted) {
                return "evidence \(state.source.evidence + 1)/\(event.evidence.count)"
            }
            return "line \(min(lines, state.source.top + 1))/\(lines)"
        case .quotes:
            let count = state.eventQuotes.count
            return count == 0 ? "0/0" : "\(state.quotes.selected + 1)/\(count)"
        }
    }

    static func hints(_ state: BrowserState) -> String {
        switch state.focus {
        case .timeline:
            return "Enter source · a actors · / search · Tab pane · ? help · q quit"
        case .source:
            return "] [ evidence · s article · / search · Esc back · ? help"
        case .quotes:
            return "Enter sentence · / search · Esc back · ? help"
        }
    }
}
