import StorylineModel

extension BrowserState {
    /// Rows of the picker list (the overlay less its border and query line).
    var pickerRows: Int { max(1, layout.overlay.height - 4) }

    mutating func openPicker() {
        guard !story.actors.isEmpty else {
            message = "no actors in this story"
            return
        }
        picker = PickerState(shown: index.actorsByRank, chosen: Set(actorFilter))
    }

    /// Restricts timeline, quotes and navigation to events involving any of `actors`
    /// (empty clears the filter), keeping the selected event when it stays visible.
    mutating func setActorFilter(_ actors: [Int]) {
        let previous = selectedEventPosition ?? 0
        actorFilter = Array(Set(actors.filter { story.actors.indices.contains($0) })).sorted()
        visibleEvents = actorFilter.isEmpty ? Array(story.events.indices) : index.events(involvingAny: actorFilter)
        search = nil
        var low = 0
        var high = visibleEvents.count
        while low < high {
            let mid = (low + high) / 2
            if visibleEvents[mid] < previous { low = mid + 1 } else { high = mid }
        }
        timeline.selected = low
        timeline.clamp(count: visibleEvents.count, rows: paneRows(.timeline))
        selectionChanged()
        if actorFilter.isEmpty {
            message = "filter cleared"
        } else {
            let noun = visibleEvents.count == 1 ? "event" : "events"
            message = "filter: \(actorFilterNames.joined(separator: ", ")) — \(visibleEvents.count) \(noun)"
        }
    }

    /// Actor ids whose names or aliases contain `query` (folded), in picker order.
    func pickerActors(matching query: String) -> [Int] {
        let needle = TextSearch.folded(query)
        if needle.isEmpty { return index.actorsByRank }
        // Names with a word starting with the typed text come before mere substrings.
        var wordStarts: [Int] = []
        var inside: [Int] = []
        for actor in index.actorsByRank {
            let name = index.foldedActorNames[actor]
            let hits = name.withUnsafeBufferPointer { TextSearch.occurrences(of: needle, in: $0, range: 0..<$0.count) }
            if hits.isEmpty { continue }
            if hits.contains(where: { $0 == 0 || !BrowserState.isWordByte(name[$0 - 1]) }) {
                wordStarts.append(actor)
            } else {
                inside.append(actor)
            }
        }
        return wordStarts + inside
    }

    /// Whether `byte` can be part of a word (letters, digits, and any non-ASCII byte).
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }

    mutating func applyToPicker(_ action: Action) {
        guard var open = picker else { return }
        let rows = pickerRows
        switch action {
        case .edit(.insert(let character)):
            open.query.append(character)
            open.shown = pickerActors(matching: open.query)
            open.position = ListPosition()
        case .edit(.deleteBackward):
            if !open.query.isEmpty { open.query.removeLast() }
            open.shown = pickerActors(matching: open.query)
            open.position = ListPosition()
        case .edit(.cancel), .back, .backOrQuit, .openActorPicker:
            picker = nil
            return
        case .moveDown: open.position.selected += 1
        case .moveUp: open.position.selected -= 1
        case .pageDown, .halfPageDown: open.position.selected += rows
        case .pageUp, .halfPageUp: open.position.selected -= rows
        case .top: open.position.selected = 0
        case .bottom: open.position.selected = open.shown.count - 1
        case .pickerToggle:
            if open.shown.indices.contains(open.position.selected) {
                let actor = open.shown[open.position.selected]
                if open.chosen.remove(actor) == nil { open.chosen.insert(actor) }
            }
        case .pickerApply, .edit(.accept), .activate:
            var chosen = Array(open.chosen)
            if chosen.isEmpty, open.shown.indices.contains(open.position.selected) {
                chosen = [open.shown[open.position.selected]]
            }
            picker = nil
            setActorFilter(chosen)
            return
        case .quit:
            requests.insert(.quit)
        case .resize(let width, let height):
            picker = open
            resize(width: width, height: height)
            return
        case .mouse(let event):
            picker = open
            applyMouseToPicker(event)
            return
        case .redraw:
            requests.insert(.redraw)
        default:
            break
        }
        open.position.clamp(count: open.shown.count, rows: rows)
        picker = open
    }
}
