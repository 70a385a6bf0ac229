import StorylineModel

extension BrowserState {
    /// Lines (or rows) one wheel notch scrolls.
    static let wheelStep = 3

    mutating func applyMouse(_ event: MouseEvent) {
        if overlay == .help {
            if event.kind == .click || event.kind == .doubleClick { overlay = nil }
            return
        }
        let layout = layout
        guard let pane = layout.pane(atX: event.x, y: event.y), let content = layout.content(of: pane) else { return }
        switch event.kind {
        case .wheelUp: scroll(pane, by: -BrowserState.wheelStep)
        case .wheelDown: scroll(pane, by: BrowserState.wheelStep)
        case .click, .doubleClick:
            message = nil
            focus = pane
            let row = event.y - content.y
            if row >= 0, row < content.height {
                click(row: row, column: event.x - content.x, in: pane, columns: content.width)
            }
            if event.kind == .doubleClick { activate() }
        }
    }

    mutating func click(row: Int, column: Int, in pane: Pane, columns: Int) {
        switch pane {
        case .timeline:
            let target = timeline.top + row
            if target < visibleEvents.count { selectEvent(at: target) }
        case .quotes:
            var line = 0
            var item = quotes.top
            while item < eventQuotes.count {
                let height = QuoteText.lines(story.quotes[eventQuotes[item]], in: story, index: index, width: columns).count
                if row < line + height {
                    quotes.selected = item
                    clampQuotes()
                    return
                }
                line += height
                item += 1
            }
        case .source:
            if let ref = sentence(atRow: row, column: column) {
                source.highlighted = ref
                if let position = selectedEvent?.evidence.firstIndex(of: ref) { source.evidence = position }
            }
        }
    }

    /// The sentence drawn at (`row`, `column`) of the source pane, if any.
    func sentence(atRow row: Int, column: Int) -> SentenceRef? {
        guard let text = source.text, story.sentences.indices.contains(text.document),
              text.lines.indices.contains(source.top + row) else { return nil }
        let line = text.lines[source.top + row]
        guard line.kind == .body else { return nil }
        var document = story.documents[text.document].text
        let offset = document.withUTF8 { bytes in
            var offset = max(0, line.range.start)
            var cells = 0
            let end = min(line.range.end, bytes.count)
            while offset < end {
                let glyph = Glyph.next(in: bytes, at: offset)
                if cells + glyph.width > column { break }
                cells += glyph.width
                offset = glyph.end
            }
            return offset
        }
        let sentences = story.sentences[text.document]
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.start <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, offset <= sentences[low - 1].range.end else { return nil }
        return sentences[low - 1].ref
    }

    /// Scrolls `pane` without moving focus; the timeline selection is kept inside the view.
    mutating func scroll(_ pane: Pane, by delta: Int) {
        switch pane {
        case .timeline:
            let rows = paneRows(.timeline)
            timeline.top = min(max(0, timeline.top + delta), max(0, visibleEvents.count - rows))
            let inside = min(max(timeline.selected, timeline.top), timeline.top + rows - 1)
            if inside != timeline.selected { selectEvent(at: inside) }
        case .source:
            source.top += delta
            clampSource()
        case .quotes:
            quotes.top = min(max(0, quotes.top + (delta > 0 ? 1 : -1)), max(0, eventQuotes.count - 1))
            quotes.selected = max(quotes.selected, quotes.top)
            clampQuotes()
        }
    }

    mutating func applyMouseToPicker(_ event: MouseEvent) {
        guard var open = picker else { return }
        let list = layout.overlay.inset(by: 1)
        switch event.kind {
        case .wheelUp: open.position.selected -= BrowserState.wheelStep
        case .wheelDown: open.position.selected += BrowserState.wheelStep
        case .click, .doubleClick:
            // The list starts two rows below the overlay's top border (after the query line).
            let row = event.y - (list.y + 2)
            if row >= 0, open.position.top + row < open.shown.count {
                open.position.selected = open.position.top + row
            }
        }
        open.position.clamp(count: open.shown.count, rows: pickerRows)
        picker = open
        if event.kind == .doubleClick { applyToPicker(.pickerApply) }
    }
}
