import StorylineBrowser
import StorylineCompare
import StorylineModel

/// The compare view of the selected event: coverage, typed differences, then aligned
/// sentences side by side (stacked when narrow) with word-level insertions and deletions.
enum CompareOverlay {
    /// Width from which the two sentences of a row are shown side by side.
    static let sideBySideWidth = 100

    /// A piece of a compare line: plain words, or bytes of an article with styled ranges.
    enum Piece {
        case words(String, CellStyle)
        case sentence(document: Int, range: Range<Int>, ranges: StyledRanges, base: CellStyle)
    }

    /// A line of the view: pieces at given columns.
    typealias Line = [(x: Int, width: Int, piece: Piece)]

    static func draw(_ state: BrowserState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let frame = Rect(x: 0, y: 1, width: layout.screen.width, height: layout.screen.height - 2)
        grid.fill(frame, style: theme.style(.overlay))
        grid.box(frame, title: "Compare: j/k row · Tab side · Enter jump · Esc close", style: theme.style(.borderFocused),
                 titleStyle: theme.style(.overlayTitle))
        let content = frame.inset(by: 1)
        guard !content.isEmpty, let event = state.selectedEvent else { return }
        var lines: [Line] = []
        func words(_ text: String, _ role: StyleRole, indent: Int = 0) {
            for piece in WordWrap.lines(of: text, width: max(1, content.width - indent)) {
                lines.append([(indent, content.width - indent, .words(piece, theme.style(role)))])
            }
        }
        words(event.title, .articleTitle)
        let coverage = event.documents.map { document in
            "\(state.story.documentLabel(document)) (\(event.evidence.filter { $0.document == document }.count))"
        }
        words("Reported by: " + coverage.joined(separator: ", "), .header)
        let differences = state.compareDifferences
        if differences.isEmpty {
            words("No differences found between the articles.", .empty)
        } else {
            words("Differences:", .articleTitle)
            for difference in differences {
                words("\u{2260} " + describe(difference, in: state.story), .overlay, indent: 1)
            }
        }
        lines.append([])
        let pairs = state.comparePairs
        var selectedSpan = 0..<0
        for (row, pair) in pairs.enumerated() {
            let selected = row == state.compareSelection
            let start = lines.count
            lines += pairLines(pair, selected: selected, side: state.compareSide, state: state, width: content.width, theme: theme)
            if selected { selectedSpan = start..<lines.count }
            lines.append([])
        }
        // Scroll just enough to show the selected row, keeping the header when it fits.
        var top = max(0, selectedSpan.upperBound - content.height)
        if selectedSpan.lowerBound < top { top = selectedSpan.lowerBound }
        for (row, line) in lines.dropFirst(top).prefix(content.height).enumerated() {
            for (x, width, piece) in line {
                drawPiece(piece, x: content.x + x, y: content.y + row, width: width, state: state, into: &grid)
            }
        }
    }

    static func describe(_ difference: Difference, in story: Story) -> String {
        func label(_ ref: SentenceRef?) -> String { ref.map { story.documentLabel($0.document) } ?? "?" }
        func words(_ text: String) -> String { text.isEmpty ? "(not stated)" : "\u{201C}\(text)\u{201D}" }
        if difference.b == nil || difference.kind == .onlyInOne {
            // A claim without its words recorded is shown by its sentence.
            let claim = difference.aText.isEmpty ? story.text(of: difference.a) : difference.aText
            return "\(difference.kind.label): only in \(label(difference.a)): \(words(claim))"
        }
        return "\(difference.kind.label): \(label(difference.a)) \(words(difference.aText)) / "
            + "\(label(difference.b)) \(words(difference.bText))"
    }

    /// The lines of one row: a heading naming both articles, then the sentences.
    static func pairLines(_ pair: ComparePair, selected: Bool, side: CompareSide, state: BrowserState, width: Int, theme: Theme) -> [Line] {
        let story = state.story
        let marker = selected ? "\u{25B6} " : "  "
        func label(_ ref: SentenceRef) -> String { story.documentLabel(ref.document) }
        var deleted = StyledRanges()
        var inserted = StyledRanges()
        if let b = pair.b {
            for op in WordDiff.diff(story, pair.a, b) {
                if op.kind == .delete { deleted.add(TextRange(start: op.a.lowerBound, end: op.a.upperBound), theme.style(.deleted)) }
                if op.kind == .insert { inserted.add(TextRange(start: op.b.lowerBound, end: op.b.upperBound), theme.style(.inserted)) }
            }
        }
        let chosen = theme.style(.selection)
        func base(_ isSide: CompareSide) -> CellStyle {
            selected && side == isSide ? theme.style(.body).merged(with: chosen) : theme.style(.body)
        }
        func sentenceLines(_ ref: SentenceRef, ranges: StyledRanges, style: CellStyle, x: Int, width: Int) -> [Line] {
            guard let sentence = story.sentence(ref) else { return [] }
            var text = story.documents[ref.document].text
            let pieces = text.withUTF8 { bytes in
                WordWrap.lines(in: bytes, range: max(0, sentence.range.start)..<min(bytes.count, sentence.range.end), width: max(1, width))
            }
            return pieces.map { [(x, width, .sentence(document: ref.document, range: $0, ranges: ranges, base: style))] }
        }
        guard let b = pair.b else {
            var lines: [Line] = [[(0, width, .words(marker + "only in \(label(pair.a))", theme.style(.differenceMarker)))]]
            lines += sentenceLines(pair.a, ranges: StyledRanges(), style: base(.a), x: 2, width: width - 2)
            return lines
        }
        let score = pair.score.map { " (similarity \(Int(($0 * 100).rounded()))%)" } ?? ""
        if width >= sideBySideWidth {
            let column = (width - 3) / 2
            var lines: [Line] = [[(0, width, .words(marker + label(pair.a), theme.style(.header))),
                                  (column + 3, column, .words(label(b) + score, theme.style(.header)))]]
            let left = sentenceLines(pair.a, ranges: deleted, style: base(.a), x: 2, width: column)
            let right = sentenceLines(b, ranges: inserted, style: base(.b), x: column + 3, width: column)
            for row in 0..<max(left.count, right.count) {
                lines.append((row < left.count ? left[row] : []) + (row < right.count ? right[row] : []))
            }
            return lines
        }
        var lines: [Line] = [[(0, width, .words(marker + label(pair.a), theme.style(.header)))]]
        lines += sentenceLines(pair.a, ranges: deleted, style: base(.a), x: 2, width: width - 2)
        lines.append([(2, width - 2, .words(label(b) + score, theme.style(.header)))])
        lines += sentenceLines(b, ranges: inserted, style: base(.b), x: 2, width: width - 2)
        return lines
    }

    static func drawPiece(_ piece: Piece, x: Int, y: Int, width: Int, state: BrowserState, into grid: inout Grid) {
        switch piece {
        case .words(let text, let style):
            grid.draw(text, x: x, y: y, width: width, style: style)
        case .sentence(let document, let range, let ranges, let base):
            var text = state.story.documents[document].text
            text.withUTF8 { bytes in
                let clamped = min(range.lowerBound, bytes.count)..<min(range.upperBound, bytes.count)
                grid.drawBytes(bytes, range: clamped, x: x, y: y, width: width) { offset in
                    ranges.style(at: offset, base: base)
                }
            }
        }
    }
}
