import StorylineModel

extension BrowserState {
    mutating func move(by delta: Int) {
        switch focus {
        case .timeline:
            selectEvent(at: timeline.selected + delta)
        case .source:
            source.top += delta
            clampSource()
        case .quotes:
            quotes.selected += delta
            clampQuotes()
        }
    }

    mutating func page(by delta: Int) {
        switch focus {
        case .timeline:
            let rows = paneRows(.timeline)
            let target = timeline.selected + delta
            timeline.top += delta
            timeline.top = min(max(0, timeline.top), max(0, visibleEvents.count - rows))
            selectEvent(at: target)
        case .source:
            source.top += delta
            clampSource()
        case .quotes:
            quotes.selected += delta > 0 ? max(1, delta / 3) : min(-1, delta / 3)
            clampQuotes()
        }
    }

    mutating func moveToEnd(last: Bool) {
        switch focus {
        case .timeline:
            selectEvent(at: last ? visibleEvents.count - 1 : 0)
        case .source:
            source.top = last ? Int.max / 2 : 0
            clampSource()
        case .quotes:
            quotes.selected = last ? eventQuotes.count - 1 : 0
            clampQuotes()
        }
    }

    /// Selects timeline row `row` (clamped); when the event changes, the quotes and
    /// source panes follow it.
    mutating func selectEvent(at row: Int) {
        let before = selectedEventPosition
        timeline.selected = row
        timeline.clamp(count: visibleEvents.count, rows: paneRows(.timeline))
        if selectedEventPosition != before { selectionChanged() }
    }

    /// Refreshes what depends on the selected event: its quotes and its first evidence.
    mutating func selectionChanged() {
        if let pane = search?.pane, pane != .timeline { search = nil }
        eventQuotes = quotes(of: selectedEvent)
        quotes = ListPosition()
        showEvidence(0)
    }

    /// The quote ids the quotes pane lists for `event`: the event's quotes and those opening
    /// in its evidence sentences, restricted to the actor filter; full quotes first.
    func quotes(of event: Event?) -> [Int] {
        guard let event else { return [] }
        var ids = Set(event.quotes.filter { story.quotes.indices.contains($0) })
        for ref in event.evidence {
            if let found = index.quotesBySentence[ref] { ids.formUnion(found) }
        }
        var list = Array(ids)
        if !actorFilter.isEmpty {
            let wanted = Set(actorFilter)
            list = list.filter { id in story.quotes[id].speaker.map(wanted.contains) ?? false }
        }
        return list.sorted { a, b in
            let left = story.quotes[a]
            let right = story.quotes[b]
            if left.kind != right.kind { return left.kind == .quote }
            return (left.document, left.range.start, left.id) < (right.document, right.range.start, right.id)
        }
    }

    mutating func clampSource() {
        let count = source.text?.lines.count ?? 0
        source.top = min(max(0, source.top), max(0, count - paneRows(.source)))
    }

    /// Keeps the selected quote inside the pane, scrolling by whole quotes.
    mutating func clampQuotes() {
        guard !eventQuotes.isEmpty else {
            quotes = ListPosition()
            return
        }
        quotes.selected = min(max(0, quotes.selected), eventQuotes.count - 1)
        quotes.top = min(max(0, quotes.top), eventQuotes.count - 1)
        if quotes.selected < quotes.top { quotes.top = quotes.selected }
        let rows = paneRows(.quotes)
        let columns = paneColumns(.quotes)
        func height(_ item: Int) -> Int {
            QuoteText.lines(story.quotes[eventQuotes[item]], in: story, index: index, width: columns).count
        }
        while quotes.top < quotes.selected,
              (quotes.top...quotes.selected).reduce(0, { $0 + height($1) }) > rows {
            quotes.top += 1
        }
    }
}
