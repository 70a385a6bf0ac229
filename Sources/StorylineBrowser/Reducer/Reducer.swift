import StorylineModel

/// The pure reducer: the state that follows `state` after `action`.
public func reduce(_ state: BrowserState, _ action: Action) -> BrowserState {
    var next = state
    next.apply(action)
    return next
}

extension BrowserState {
    /// Applies the action an input event stands for (if any).
    public mutating func handle(_ event: InputEvent) {
        guard let action = action(for: event) else { return }
        apply(action)
    }

    /// Applies `action` in place (what `reduce` does on a copy).
    public mutating func apply(_ action: Action) {
        switch action {
        case .resize, .mouse: break
        default: message = nil
        }
        if picker != nil {
            applyToPicker(action)
            return
        }
        if overlay == .compare, applyToCompare(action) { return }
        if overlay == .help, applyToHelp(action) { return }
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: page(by: paneRows(focus))
        case .pageUp: page(by: -paneRows(focus))
        case .halfPageDown: page(by: max(1, paneRows(focus) / 2))
        case .halfPageUp: page(by: -max(1, paneRows(focus) / 2))
        case .top: moveToEnd(last: false)
        case .bottom: moveToEnd(last: true)
        case .nextPane: setFocus(focus.next)
        case .previousPane: setFocus(focus.previous)
        case .focus(let pane): setFocus(pane)
        case .activate: activate()
        case .nextEvidence: stepEvidence(by: 1)
        case .previousEvidence: stepEvidence(by: -1)
        case .nextArticle: nextArticle()
        case .back: back(quitting: false)
        case .backOrQuit: back(quitting: true)
        case .quit: requests.insert(.quit)
        case .openActorPicker: openPicker()
        case .clearActorFilter: setActorFilter([])
        case .setActorFilter(let actors): setActorFilter(actors)
        case .startSearch: startSearch()
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        case .toggleCompare: toggleCompare()
        case .toggleHelp:
            overlay = overlay == .help ? nil : .help
            helpTop = 0
        case .redraw: requests.insert(.redraw)
        case .suspend: requests.insert(.suspend)
        case .resize(let width, let height): resize(width: width, height: height)
        case .mouse(let event): applyMouse(event)
        case .edit(let edit): applySearchEdit(edit)
        case .pickerToggle, .pickerApply: break
        }
    }

    /// Rows of text `pane` shows at the current size (as if it were focused when only one
    /// pane fits, so sizes do not depend on focus).
    public func paneRows(_ pane: Pane) -> Int {
        Layout(width: width, height: height, focus: pane).rows(of: pane)
    }

    /// Columns of text `pane` shows at the current size.
    public func paneColumns(_ pane: Pane) -> Int {
        Layout(width: width, height: height, focus: pane).columns(of: pane)
    }

    /// Scrolling keys while help is open; returns false for the rest.
    mutating func applyToHelp(_ action: Action) -> Bool {
        let page = max(1, height - 4)
        switch action {
        case .moveDown: helpTop += 1
        case .moveUp: helpTop -= 1
        case .pageDown, .halfPageDown: helpTop += page
        case .pageUp, .halfPageUp: helpTop -= page
        case .top: helpTop = 0
        case .bottom: helpTop = KeyMap.bindings.count + KeyMap.sections.count
        default: return false
        }
        helpTop = min(max(0, helpTop), max(0, KeyMap.bindings.count + KeyMap.sections.count - page))
        return true
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
    }

    mutating func back(quitting: Bool) {
        if overlay != nil {
            overlay = nil
        } else if search != nil, !quitting {
            search = nil
        } else if focus != .timeline {
            focus = .timeline
        } else if quitting {
            requests.insert(.quit)
        }
    }

    mutating func resize(width newWidth: Int, height newHeight: Int) {
        let anchor: Int? = {
            guard let text = source.text, source.top > 0, text.lines.indices.contains(source.top) else { return nil }
            return text.lines[source.top].range.start
        }()
        width = max(0, newWidth)
        height = max(0, newHeight)
        if let document = source.document {
            source.text = SourceText(document: story.documents[document], index: document, width: paneColumns(.source))
            if let anchor, let text = source.text { source.top = text.line(containing: anchor) }
        }
        clampSource()
        timeline.clamp(count: visibleEvents.count, rows: paneRows(.timeline))
        clampQuotes()
        if var open = picker {
            open.position.clamp(count: open.shown.count, rows: pickerRows)
            picker = open
        }
    }
}
