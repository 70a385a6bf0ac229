import StorylineModel

extension BrowserState {
    mutating func toggleCompare() {
        if overlay == .compare {
            overlay = nil
            return
        }
        guard selectedEvent != nil else {
            message = "no event selected"
            return
        }
        overlay = .compare
        compareSelection = 0
        compareSide = .a
    }

    /// Keys while the compare view is open; returns false for keys it leaves to the browser.
    mutating func applyToCompare(_ action: Action) -> Bool {
        let count = comparePairs.count
        func select(_ row: Int) {
            compareSelection = min(max(0, row), max(0, count - 1))
        }
        switch action {
        case .moveDown: select(compareSelection + 1)
        case .moveUp: select(compareSelection - 1)
        case .pageDown, .halfPageDown: select(compareSelection + 5)
        case .pageUp, .halfPageUp: select(compareSelection - 5)
        case .top: select(0)
        case .bottom: select(count - 1)
        case .nextPane, .previousPane:
            compareSide = compareSide == .a ? .b : .a
        case .back, .backOrQuit, .toggleCompare:
            overlay = nil
        case .activate:
            jumpFromCompare()
        case .mouse(let event):
            if event.kind == .wheelDown { select(compareSelection + 1) }
            if event.kind == .wheelUp { select(compareSelection - 1) }
        default:
            return false
        }
        return true
    }

    /// Enter in the compare view: the chosen sentence of the selected row in the source pane.
    mutating func jumpFromCompare() {
        let pairs = comparePairs
        guard pairs.indices.contains(compareSelection) else {
            overlay = nil
            return
        }
        let pair = pairs[compareSelection]
        let ref = compareSide == .b ? pair.b ?? pair.a : pair.a
        overlay = nil
        if let position = selectedEvent?.evidence.firstIndex(of: ref) { source.evidence = position }
        show(sentence: ref)
        focus = .source
    }
}
