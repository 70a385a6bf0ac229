import StorylineBrowser

/// A pane's border and title; the focused pane's stand out.
enum PaneFrame {
    static func draw(_ pane: Pane, title: String, frame: Rect, focused: Bool, theme: Theme, into grid: inout Grid) {
        grid.fill(frame, style: .plain)
        grid.box(frame, title: title, style: theme.style(focused ? .borderFocused : .border),
                 titleStyle: theme.style(focused ? .paneTitleFocused : .paneTitle))
    }

    /// The text of an empty pane, dim, on its first row.
    static func empty(_ text: String, in content: Rect, theme: Theme, into grid: inout Grid) {
        for (row, line) in WordWrap.lines(of: text, width: content.width).prefix(content.height).enumerated() {
            grid.draw(line, x: content.x, y: content.y + row, width: content.width, style: theme.style(.empty))
        }
    }
}
