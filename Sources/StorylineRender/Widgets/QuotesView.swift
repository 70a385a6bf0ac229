import StorylineBrowser
import StorylineModel

/// The selected event's quotes as `Speaker: “text”`, wrapped; full quotes before phrases.
enum QuotesView {
    static func draw(_ state: BrowserState, content: Rect, focused: Bool, theme: Theme, into grid: inout Grid) {
        guard !state.eventQuotes.isEmpty else {
            let text: String
            if state.selectedEvent == nil {
                text = "No event selected."
            } else if state.actorFilter.isEmpty {
                text = "No quotes in this event."
            } else {
                text = "No quotes by \(state.actorFilterNames.joined(separator: ", ")) in this event."
            }
            PaneFrame.empty(text, in: content, theme: theme, into: &grid)
            return
        }
        let needle: [UInt8] = state.search.flatMap { $0.pane == .quotes ? TextSearch.folded($0.query) : nil } ?? []
        var y = content.y
        var item = state.quotes.top
        while item < state.eventQuotes.count, y < content.y + content.height {
            let quote = state.story.quotes[state.eventQuotes[item]]
            let selected = item == state.quotes.selected
            let overlay: CellStyle? = selected ? theme.style(focused ? .selection : .selectionInactive) : nil
            let speakerBytes = QuoteText.speaker(of: quote, in: state.story).utf8.count + 1
            for line in QuoteText.lines(quote, in: state.story, index: state.index, width: content.width) {
                guard y < content.y + content.height else { break }
                var base = theme.style(line.isOtherWording ? .differenceMarker : quote.kind == .phrase ? .phrase : .body)
                if let overlay {
                    base = base.merged(with: overlay)
                    grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: overlay)
                }
                let speakerStyle = theme.style(.speaker).merged(with: overlay ?? .plain)
                var text = line.text
                text.withUTF8 { bytes in
                    var ranges = StyledRanges()
                    for match in matchRanges(of: needle, in: bytes, range: 0..<bytes.count) {
                        ranges.add(match, theme.style(.searchMatch))
                    }
                    grid.drawBytes(bytes, range: 0..<bytes.count, x: content.x, y: y, width: content.width) { offset in
                        ranges.style(at: offset, base: line.isFirst && offset < speakerBytes ? speakerStyle : base)
                    }
                }
                y += 1
            }
            item += 1
        }
    }
}
