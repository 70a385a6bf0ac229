import StorylineModel

extension BrowserState {
    mutating func startSearch() {
        let origin = SearchOrigin(timeline: timeline, quotes: quotes, sourceTop: source.top)
        search = SearchState(pane: focus, origin: origin)
    }

    mutating func applySearchEdit(_ edit: TextEdit) {
        guard var active = search, active.isEditing else { return }
        switch edit {
        case .insert(let character):
            let previous = active.query.isEmpty ? nil : active.matches
            active.query.append(character)
            search = active
            findMatches(narrowing: previous)
        case .deleteBackward:
            if !active.query.isEmpty { active.query.removeLast() }
            search = active
            findMatches(narrowing: nil)
        case .accept:
            active.isEditing = false
            search = active.query.isEmpty ? nil : active
            if let summary = search?.summary, !summary.isEmpty { message = summary }
        case .cancel:
            timeline = active.origin.timeline
            quotes = active.origin.quotes
            search = nil
            if active.pane == .timeline { selectionChanged() }
            source.top = active.origin.sourceTop
            clampSource()
        }
    }

    mutating func stepMatch(by delta: Int) {
        guard var active = search else {
            message = "no search: press / first"
            return
        }
        guard !active.matches.isEmpty else {
            message = "no matches for \"\(active.query)\""
            return
        }
        let count = active.matches.count
        active.current = ((active.current + delta) % count + count) % count
        search = active
        goToMatch()
        message = active.summary
    }

    /// Recomputes the matches of the query; when the query only grew, only the previous
    /// matches need checking (a longer query matches a subset).
    mutating func findMatches(narrowing previous: [Int]?) {
        guard var active = search else { return }
        let needle = TextSearch.folded(active.query)
        active.current = 0
        guard !needle.isEmpty else {
            active.matches = []
            search = active
            return
        }
        switch active.pane {
        case .timeline:
            // A query that grew narrows its previous matches: each title searched on its own
            // costs less than a sweep of every title, even when most titles matched.
            if let previous {
                let visible = visibleEvents
                active.matches = index.titles.filter(previous, title: { visible[$0] }, containing: needle)
            } else {
                active.matches = rows(ofEvents: index.titles.matches(needle))
            }
            active.current = active.matches.firstIndex { $0 >= active.origin.timeline.selected } ?? 0
        case .quotes:
            let candidates = previous ?? Array(eventQuotes.indices)
            active.matches = candidates.filter { row in
                let quote = story.quotes[eventQuotes[row]]
                return TextSearch.contains(quote.text, needle)
                    || TextSearch.contains(QuoteText.speaker(of: quote, in: story), needle)
            }
            active.current = active.matches.firstIndex { $0 >= active.origin.quotes.selected } ?? 0
        case .source:
            guard let document = source.document else { break }
            var text = story.documents[document].text
            let bodyStart = story.documents[document].bodyStart
            active.matches = text.withUTF8 { bytes in
                TextSearch.occurrences(of: needle, in: bytes, range: min(bodyStart, bytes.count)..<bytes.count)
            }
            let startOffset = source.text.flatMap { text in
                text.lines.indices.contains(active.origin.sourceTop) ? text.lines[active.origin.sourceTop].range.start : nil
            } ?? 0
            active.current = active.matches.firstIndex { $0 >= startOffset } ?? 0
        }
        search = active
        goToMatch()
    }

    /// Timeline rows of event positions (ascending): the positions themselves without a
    /// filter, else a binary search of each in the visible list.
    func rows(ofEvents positions: [Int]) -> [Int] {
        if actorFilter.isEmpty { return positions }
        return positions.compactMap { position in
            var low = 0
            var high = visibleEvents.count
            while low < high {
                let mid = (low + high) / 2
                if visibleEvents[mid] < position { low = mid + 1 } else { high = mid }
            }
            return low < visibleEvents.count && visibleEvents[low] == position ? low : nil
        }
    }

    /// Moves the searched pane to the current match.
    mutating func goToMatch() {
        guard let active = search, active.matches.indices.contains(active.current) else { return }
        let match = active.matches[active.current]
        switch active.pane {
        case .timeline:
            selectEvent(at: match)
        case .quotes:
            quotes.selected = match
            clampQuotes()
        case .source:
            centreSource(on: TextRange(start: match, end: match + active.query.utf8.count))
        }
    }
}
