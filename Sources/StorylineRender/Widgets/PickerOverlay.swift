import StorylineBrowser

/// The actor picker: the typed narrowing text, then actors with event and quote counts.
enum PickerOverlay {
    static func draw(_ state: BrowserState, picker: PickerState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let frame = layout.overlay
        grid.fill(frame, style: theme.style(.overlay))
        grid.box(frame, title: "Actors: type to narrow · Space toggles · Enter applies · Esc cancels",
                 style: theme.style(.borderFocused), titleStyle: theme.style(.overlayTitle))
        let content = frame.inset(by: 1)
        guard content.height >= 3 else { return }
        grid.draw("> \(picker.query)▏", x: content.x, y: content.y, width: content.width, style: theme.style(.overlayKey))
        let counts = " events quotes"
        let countWidth = counts.count
        grid.draw(counts, x: content.x + content.width - countWidth, y: content.y + 1, width: countWidth, style: theme.style(.header))
        if picker.shown.isEmpty {
            grid.draw("no actor matches", x: content.x, y: content.y + 2, width: content.width, style: theme.style(.empty))
            return
        }
        for row in 0..<(content.height - 2) {
            let position = picker.position.top + row
            guard position < picker.shown.count else { break }
            let actorID = picker.shown[position]
            let actor = state.story.actors[actorID]
            let y = content.y + 2 + row
            let selected = position == picker.position.selected
            let chosen = picker.chosen.contains(actorID)
            let overlay: CellStyle? = selected ? theme.style(.selection) : nil
            if let overlay { grid.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: overlay) }
            let base = theme.style(chosen ? .chosen : .overlay).merged(with: overlay ?? .plain)
            let tick = chosen ? "[x] " : "[ ] "
            let numbers = pad(state.index.eventsByActor[actorID].count, 7) + pad(state.index.quotesByActor[actorID].count, 7)
            let nameWidth = content.width - countWidth - 1
            let x = grid.draw(tick, x: content.x, y: y, width: nameWidth, style: base)
            grid.draw("\(actor.name) (\(actor.kind.rawValue))", x: x, y: y, width: nameWidth - (x - content.x), style: base)
            grid.draw(numbers, x: content.x + content.width - countWidth, y: y, width: countWidth, style: base)
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: " ", count: max(0, width - digits.count)) + digits
    }
}
