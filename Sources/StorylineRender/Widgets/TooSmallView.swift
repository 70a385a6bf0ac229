import StorylineBrowser

/// What a terminal under the minimum size shows: one centred message.
enum TooSmallView {
    static let message = "terminal too small (need \(Layout.minimumWidth)×\(Layout.minimumHeight))"

    static func draw(into grid: inout Grid, theme: Theme) {
        guard grid.width > 0, grid.height > 0 else { return }
        let lines = WordWrap.lines(of: message, width: grid.width)
        let top = max(0, (grid.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < grid.height {
            let width = DisplayWidth.of(line)
            grid.draw(line, x: max(0, (grid.width - width) / 2), y: top + row, width: grid.width, style: theme.style(.articleTitle))
        }
    }
}
