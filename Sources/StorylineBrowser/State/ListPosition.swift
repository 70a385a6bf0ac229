/// Selection and scroll of a list pane.
public struct ListPosition: Hashable, Sendable {
    /// Selected item (0-based).
    public var selected: Int
    /// First row shown.
    public var top: Int

    /// A position with `selected` chosen and `top` first shown.
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Clamps to `count` items and scrolls so the selection is inside `rows` rows.
    public mutating func clamp(count: Int, rows: Int) {
        guard count > 0 else {
            selected = 0
            top = 0
            return
        }
        selected = min(max(0, selected), count - 1)
        let rows = max(1, rows)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = min(max(0, top), max(0, count - rows))
    }
}
