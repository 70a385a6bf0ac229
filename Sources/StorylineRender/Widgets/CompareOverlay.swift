import StorylineBrowser
import StorylineModel

/// The compare view of the selected event: which articles report it and its differences.
enum CompareOverlay {
    static func draw(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let frame = Rect(x: 0, y: 1, width: layout.screen.width, height: layout.screen.height - 2)
        grid.fill(frame, style: theme.style(.overlay))
        grid.box(frame, title: "Compare (Esc closes)", style: theme.style(.borderFocused), titleStyle: theme.style(.overlayTitle))
        let content = frame.inset(by: 1)
        guard let event = state.selectedEvent else { return }
        var lines: [(String, StyleRole)] = [(event.title, .articleTitle)]
        for document in event.documents {
            let count = event.evidence.filter { $0.document == document }.count
            lines.append(("\(state.story.documents[document].label): \(count) sentence\(count == 1 ? "" : "s")", .header))
        }
        let differences = state.story.differences.filter { $0.event == event.id }
        if differences.isEmpty { lines.append(("No differences found between the articles.", .empty)) }
        for difference in differences {
            lines.append(("\(difference.kind.rawValue): \(difference.aText) ↔ \(difference.bText)", .overlay))
        }
        for (row, line) in lines.dropFirst(state.compareTop).prefix(content.height).enumerated() {
            grid.draw(line.0, x: content.x, y: content.y + row, width: content.width, style: theme.style(line.1))
        }
    }
}
