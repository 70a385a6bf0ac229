import StorylineBrowser
import StorylineModel

/// Timeline rows: marker, date at its precision, title, main actors as far as they fit,
/// number of articles. Only visible rows are drawn.
enum TimelineView {
    static func draw(_ state: BrowserState, content: Rect, focused: Bool, theme: Theme, into grid: inout Grid) {
        guard !state.visibleEvents.isEmpty else {
            let text = state.actorFilter.isEmpty
                ? "No events in this story."
                : "No events involve \(state.actorFilterNames.joined(separator: ", ")). Press A to clear the filter."
            PaneFrame.empty(text, in: content, theme: theme, into: &grid)
            return
        }
        let needle: [UInt8] = state.search.flatMap { $0.pane == .timeline ? TextSearch.folded($0.query) : nil } ?? []
        for row in 0..<content.height {
            let position = state.timeline.top + row
            guard position < state.visibleEvents.count else { break }
            let eventIndex = state.visibleEvents[position]
            let selected = position == state.timeline.selected
            let overlay: CellStyle? = selected ? theme.style(focused ? .selection : .selectionInactive) : nil
            drawRow(state, event: state.story.events[eventIndex], y: content.y + row, content: content,
                    overlay: overlay, needle: needle, theme: theme, into: &grid)
        }
    }

    static func drawRow(
        _ state: BrowserState, event: Event, y: Int, content: Rect, overlay: CellStyle?, needle: [UInt8],
        theme: Theme, into grid: inout Grid
    ) {
        func style(_ role: StyleRole) -> CellStyle {
            overlay.map { theme.style(role).merged(with: $0) } ?? theme.style(role)
        }
        if let overlay { grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: overlay) }
        let width = content.width
        let right = content.x + width
        let count = "[\(event.documents.count)]"
        let dateWidth = min(state.index.dateColumnWidth, max(4, width * 2 / 5))
        let marker = state.index.eventsWithDifferences.contains(event.id) ? "≠" : " "
        grid.draw(marker, x: content.x, y: y, width: 1, style: style(.differenceMarker))
        grid.draw(event.dateWithoutDerivation.label, x: content.x + 1, y: y, width: dateWidth, style: style(.date))
        let countX = right - count.count
        let titleX = content.x + 2 + dateWidth
        let middle = countX - 1 - titleX
        if countX > titleX { grid.draw(count, x: countX, y: y, width: count.count, style: style(.count)) }
        guard middle > 0 else { return }
        let names = actorNames(event, in: state.story)
        let titleWidth = DisplayWidth.of(event.title)
        // The title comes first; actors get what is left, and a column of their own only
        // when the pane is wide enough to show a name.
        let titleRoom = names.isEmpty || middle < 40 || titleWidth + 6 <= middle ? middle : middle - 14
        var title = event.title
        let end = title.withUTF8 { bytes in
            let matches = matchRanges(of: needle, in: bytes, range: 0..<bytes.count)
            var ranges = StyledRanges()
            for match in matches { ranges.add(match, theme.style(.searchMatch)) }
            let base = style(.body)
            return grid.drawBytes(bytes, range: 0..<bytes.count, x: titleX, y: y, width: titleRoom) { offset in
                ranges.style(at: offset, base: base)
            }
        }
        let actorsRoom = countX - 1 - (end + 2)
        if actorsRoom >= 4 {
            grid.draw(fit(names, width: actorsRoom), x: end + 2, y: y, width: actorsRoom, style: style(.actors))
        }
    }

    /// Actor names, agents first, without repeats.
    static func actorNames(_ event: Event, in story: Story) -> [String] {
        let ordered = event.actors.filter { $0.role == .agent } + event.actors.filter { $0.role != .agent }
        var seen = Set<Int>()
        return ordered.compactMap { participant in
            guard seen.insert(participant.actor).inserted, story.actors.indices.contains(participant.actor) else { return nil }
            return story.actors[participant.actor].name
        }
    }

    /// As many whole names as fit in `width`, joined by ", " (the first one truncated if need be).
    static func fit(_ names: [String], width: Int) -> String {
        var text = ""
        for name in names {
            let candidate = text.isEmpty ? name : text + ", " + name
            if DisplayWidth.of(candidate) > width { return text.isEmpty ? name : text }
            text = candidate
        }
        return text
    }
}
