import StorylineModel

extension BrowserState {
    mutating func activate() {
        switch focus {
        case .timeline:
            guard let event = selectedEvent else { return }
            guard !event.evidence.isEmpty else {
                message = "this event has no evidence sentence"
                return
            }
            showEvidence(0)
            focus = .source
        case .quotes:
            guard let quote = selectedQuote else {
                message = "no quote selected"
                return
            }
            let ref = SentenceRef(document: quote.document, sentence: quote.sentence)
            if let position = selectedEvent?.evidence.firstIndex(of: ref) { source.evidence = position }
            show(sentence: ref)
            focus = .source
        case .source:
            stepEvidence(by: 1)
        }
    }

    /// Shows evidence sentence `position` (wrapping around) of the selected event.
    mutating func showEvidence(_ position: Int) {
        guard let event = selectedEvent else {
            source = SourcePosition()
            return
        }
        guard !event.evidence.isEmpty else {
            source.highlighted = nil
            source.evidence = 0
            return
        }
        let count = event.evidence.count
        let wrapped = ((position % count) + count) % count
        source.evidence = wrapped
        show(sentence: event.evidence[wrapped])
    }

    mutating func stepEvidence(by delta: Int) {
        guard let event = selectedEvent, !event.evidence.isEmpty else {
            message = "this event has no evidence sentence"
            return
        }
        showEvidence(source.evidence + delta)
        message = "evidence \(source.evidence + 1) of \(event.evidence.count)"
    }

    mutating func nextArticle() {
        guard let event = selectedEvent, !event.evidence.isEmpty else {
            message = "this event has no evidence sentence"
            return
        }
        let documents = event.documents
        guard documents.count > 1 else {
            message = "only one article reports this event"
            return
        }
        // Plain loops here: closures in this function crashed the optimizer (release builds).
        var current = -1
        if let shown = source.document, let found = documents.firstIndex(of: shown) { current = found }
        let next = (current + 1) % documents.count
        let target = documents[next]
        let label = story.documentLabel(target)
        var position = 0
        for (offset, ref) in event.evidence.enumerated() where ref.document == target {
            position = offset
            break
        }
        showEvidence(position)
        message = "article \(next + 1) of \(documents.count): \(label)"
    }

    /// Shows the article holding `ref` with the sentence highlighted and centred.
    mutating func show(sentence ref: SentenceRef) {
        guard let sentence = story.sentence(ref) else {
            message = "sentence not found"
            return
        }
        load(document: ref.document)
        source.highlighted = ref
        centreSource(on: sentence.range)
    }

    /// Makes `document` the article shown, wrapped to the source pane's width.
    mutating func load(document: Int) {
        guard story.documents.indices.contains(document) else { return }
        let columns = paneColumns(.source)
        if source.text?.document != document, search?.pane == .source {
            // Source matches are offsets into the article they were found in.
            search = nil
        }
        if source.text?.document != document || source.text?.width != columns {
            source.text = SourceText(document: story.documents[document], index: document, width: columns)
            source.top = 0
        }
    }

    /// Scrolls the source so `range` is in view, centred where the text allows.
    mutating func centreSource(on range: TextRange) {
        guard let text = source.text else { return }
        let covered = text.lines(covering: range)
        let rows = paneRows(.source)
        let span = covered.count
        source.top = span >= rows ? covered.lowerBound : covered.lowerBound - (rows - span) / 2
        clampSource()
    }
}
