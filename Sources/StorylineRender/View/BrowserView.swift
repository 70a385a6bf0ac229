import StorylineBrowser

/// Draws a whole frame of the browser from its state: a pure function of state, size and theme.
public enum BrowserView {
    /// The frame for `state` at its size.
    public static func render(_ state: BrowserState, theme: Theme = .color) -> Grid {
        var grid = Grid(size: GridSize(width: state.width, height: state.height))
        let layout = state.layout
        if layout.mode == .tooSmall {
            TooSmallView.draw(into: &grid, theme: theme)
            return grid
        }
        TitleBar.draw(state, layout: layout, theme: theme, into: &grid)
        for pane in Pane.allCases {
            guard let frame = layout.frame(of: pane) else { continue }
            let focused = pane == state.focus
            PaneFrame.draw(pane, title: title(of: pane, in: state), frame: frame, focused: focused, theme: theme, into: &grid)
            let content = frame.inset(by: 1)
            guard !content.isEmpty else { continue }
            switch pane {
            case .timeline: TimelineView.draw(state, content: content, focused: focused, theme: theme, into: &grid)
            case .source: SourceView.draw(state, content: content, theme: theme, into: &grid)
            case .quotes: QuotesView.draw(state, content: content, focused: focused, theme: theme, into: &grid)
            }
        }
        StatusBar.draw(state, layout: layout, theme: theme, into: &grid)
        if let picker = state.picker {
            PickerOverlay.draw(state, picker: picker, layout: layout, theme: theme, into: &grid)
        } else if state.overlay == .help {
            HelpOverlay.draw(layout: layout, top: state.helpTop, theme: theme, into: &grid)
        } else if state.overlay == .compare {
            CompareOverlay.draw(state, layout: layout, theme: theme, into: &grid)
        }
        return grid
    }

    /// A pane's border title: its number, name, and what it shows.
    static func title(of pane: Pane, in state: BrowserState) -> String {
        let number = pane.rawValue + 1
        switch pane {
        case .timeline:
            return "\(number) Timeline"
        case .source:
            guard let document = state.source.document else { return "\(number) Source" }
            return "\(number) Source: \(state.story.documents[document].label)"
        case .quotes:
            return "\(number) Quotes (\(state.eventQuotes.count))"
        }
    }
}
