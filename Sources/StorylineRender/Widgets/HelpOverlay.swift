import StorylineBrowser

/// Key help generated from the key map, in as many columns as fit.
enum HelpOverlay {
    /// One line of help: a section heading (no keys) or keys and what they do.
    struct Line {
        var keys: String
        var text: String
        var isHeading: Bool
    }

    /// The help lines, sections in key-map order.
    static var lines: [Line] {
        var out: [Line] = []
        for section in KeyMap.sections {
            out.append(Line(keys: "", text: section, isHeading: true))
            for binding in KeyMap.bindings where binding.section == section {
                out.append(Line(keys: binding.keys.map(\.label).joined(separator: " "), text: binding.help, isHeading: false))
            }
        }
        return out
    }

    static func draw(layout: Layout, top: Int, theme: Theme, into grid: inout Grid) {
        let frame = Rect(x: 0, y: 1, width: layout.screen.width, height: layout.screen.height - 2)
        grid.fill(frame, style: theme.style(.overlay))
        let content = frame.inset(by: 1)
        let all = lines
        let rows = max(1, content.height)
        let columnsWanted = (all.count + rows - 1) / rows
        let columns = max(1, min(columnsWanted, content.width / 30))
        // When the help does not fit in the columns available, it scrolls in one column.
        let scrolls = columns * rows < all.count
        let shown = scrolls ? Array(all.dropFirst(min(top, max(0, all.count - rows)))) : all
        let title = scrolls ? "Help: keys (j/k scroll, any other key closes)" : "Help: keys (any key closes)"
        grid.box(frame, title: title, style: theme.style(.borderFocused), titleStyle: theme.style(.overlayTitle))
        let columnWidth = content.width / columns
        let keyWidth = min(20, max(8, columnWidth * 2 / 5))
        for (position, line) in shown.enumerated() {
            let column = position / rows
            let row = position % rows
            guard column < columns else { break }
            let x = content.x + column * columnWidth
            let y = content.y + row
            if line.isHeading {
                grid.draw(line.text, x: x, y: y, width: columnWidth - 1, style: theme.style(.articleTitle))
            } else {
                grid.draw(line.keys, x: x + 1, y: y, width: keyWidth - 1, style: theme.style(.overlayKey))
                grid.draw(line.text, x: x + keyWidth + 1, y: y, width: columnWidth - keyWidth - 2, style: theme.style(.overlay))
            }
        }
    }
}
