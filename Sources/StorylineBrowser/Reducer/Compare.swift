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
        compareTop = 0
    }

    /// Keys while the compare view is open; returns false for keys it leaves to the panes.
    mutating func applyToCompare(_ action: Action) -> Bool {
        switch action {
        case .moveDown: compareTop += 1
        case .moveUp: compareTop = max(0, compareTop - 1)
        case .pageDown, .halfPageDown: compareTop += max(1, layout.overlay.height - 2)
        case .pageUp, .halfPageUp: compareTop = max(0, compareTop - max(1, layout.overlay.height - 2))
        case .top: compareTop = 0
        case .back, .backOrQuit, .toggleCompare: overlay = nil
        case .activate:
            overlay = nil
            activate()
        default: return false
        }
        return true
    }
}
