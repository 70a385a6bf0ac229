import StorylineBrowser
import StorylineModel

/// The article holding the selected evidence: header, wrapped text, the evidence sentence
/// highlighted, the event's other evidence marked lightly, quote spans coloured, furniture
/// dim, search matches shown. Only visible lines are drawn.
enum SourceView {
    static func draw(_ state: BrowserState, content: Rect, theme: Theme, into grid: inout Grid) {
        guard let text = state.source.text, state.story.documents.indices.contains(text.document) else {
            PaneFrame.empty("No article to show: select an event with evidence.", in: content, theme: theme, into: &grid)
            return
        }
        let document = state.story.documents[text.document]
        let first = min(state.source.top, text.lines.count)
        let last = min(text.lines.count, first + content.height)
        guard first < last else { return }
        let visible = TextRange(start: text.lines[first].range.start, end: text.lines[last - 1].range.end)
        let ranges = layers(state, document: text.document, visible: visible, theme: theme)
        let needle: [UInt8] = state.search.flatMap { $0.pane == .source ? TextSearch.folded($0.query) : nil } ?? []
        var body = document.text
        body.withUTF8 { bytes in
            for (row, lineIndex) in (first..<last).enumerated() {
                let line = text.lines[lineIndex]
                let y = content.y + row
                switch line.kind {
                case .header:
                    grid.draw(line.text, x: content.x, y: y, width: content.width, style: theme.style(.header))
                case .title:
                    grid.draw(line.text, x: content.x, y: y, width: content.width, style: theme.style(.articleTitle))
                case .blank:
                    break
                case .body:
                    let range = max(0, line.range.start)..<min(bytes.count, line.range.end)
                    var lineRanges = ranges
                    for match in matchRanges(of: needle, in: bytes, range: range) {
                        lineRanges.add(match, theme.style(.searchMatch))
                    }
                    let base = theme.style(.body)
                    grid.drawBytes(bytes, range: range, x: content.x, y: y, width: content.width,
                                   placeholderStyle: theme.style(.placeholder)) { offset in
                        lineRanges.style(at: offset, base: base)
                    }
                }
            }
        }
    }

    /// Furniture, other evidence, the highlighted sentence and quote spans that meet `visible`.
    static func layers(_ state: BrowserState, document: Int, visible: TextRange, theme: Theme) -> StyledRanges {
        var ranges = StyledRanges()
        let story = state.story
        for furniture in state.index.furnitureByDocument[document] where furniture.overlaps(visible) {
            ranges.add(furniture, theme.style(.furniture))
        }
        if let event = state.selectedEvent {
            for ref in event.evidence where ref.document == document && ref != state.source.highlighted {
                if let sentence = story.sentence(ref), sentence.range.overlaps(visible) {
                    ranges.add(sentence.range, theme.style(.otherEvidence))
                }
            }
        }
        if let ref = state.source.highlighted, ref.document == document, let sentence = story.sentence(ref) {
            ranges.add(sentence.range, theme.style(.evidence))
        }
        for id in quotesNear(visible, in: state.index.quotesByDocument[document], story: story) {
            ranges.add(story.quotes[id].range, theme.style(.quote))
        }
        return ranges
    }

    /// Quote ids of a document (sorted by start) that may meet `visible`: a binary search,
    /// not a scan of every quote.
    static func quotesNear(_ visible: TextRange, in ids: [Int], story: Story) -> [Int] {
        let reach = 4096
        var low = 0
        var high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if story.quotes[ids[mid]].range.start < visible.start - reach { low = mid + 1 } else { high = mid }
        }
        var found: [Int] = []
        var position = low
        while position < ids.count, story.quotes[ids[position]].range.start < visible.end {
            if story.quotes[ids[position]].range.overlaps(visible) { found.append(ids[position]) }
            position += 1
        }
        return found
    }
}
