import StorylineBrowser

/// The ellipsis that ends truncated text.
let ellipsis = "\u{2026}"

extension Grid {
    /// Draws `text` at (`x`, `y`) within `width` cells, truncated by display width with "…"
    /// when it does not fit; returns the column after the last cell drawn.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, width: Int, style: CellStyle, placeholderStyle: CellStyle? = nil) -> Int {
        var copy = text
        return copy.withUTF8 { bytes in
            drawBytes(bytes, range: 0..<bytes.count, x: x, y: y, width: width, placeholderStyle: placeholderStyle) { _ in style }
        }
    }

    /// Draws bytes `range` of UTF-8 text glyph by glyph, each styled by `style(byteOffset)`,
    /// truncated with "…" when wider than `width`; control characters become placeholders.
    @discardableResult
    public mutating func drawBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, x: Int, y: Int, width: Int,
        placeholderStyle: CellStyle? = nil, style: (Int) -> CellStyle
    ) -> Int {
        guard width > 0, y >= 0, y < height else { return x }
        let limit = x + width
        let fits = Grid.measure(bytes, range: range, upTo: width) <= width
        var column = x
        var offset = range.lowerBound
        while offset < range.upperBound {
            let glyph = Glyph.next(in: bytes, at: offset)
            let end = min(glyph.end, range.upperBound)
            defer { offset = end }
            if glyph.width == 0 { continue }
            let room = fits ? limit - column : limit - 1 - column
            if glyph.width > room {
                // Never half a wide character: pad the cell it would have split.
                if room > 0 { self[column, y] = Cell(text: " ", style: style(glyph.start)) }
                column += max(0, room)
                break
            }
            let cellStyle = style(glyph.start)
            switch glyph.kind {
            case .text:
                self[column, y] = Cell(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[glyph.start..<end]), as: UTF8.self), style: cellStyle)
                if glyph.width == 2 { self[column + 1, y] = Cell(text: "", style: cellStyle) }
            case .space, .lineBreak:
                self[column, y] = Cell(text: " ", style: cellStyle)
            case .placeholder(let symbol):
                self[column, y] = Cell(text: String(symbol), style: cellStyle.merged(with: placeholderStyle ?? CellStyle(attributes: .underline)))
            case .invisible:
                break
            }
            column += glyph.width
        }
        if !fits, column < limit {
            self[column, y] = Cell(text: ellipsis, style: style(max(range.lowerBound, offset - 1)))
            column += 1
        }
        return column
    }

    /// Display width of `range`, stopping early once it exceeds `limit`.
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, upTo limit: Int) -> Int {
        var total = 0
        var offset = range.lowerBound
        while offset < range.upperBound, total <= limit {
            let glyph = Glyph.next(in: bytes, at: offset)
            total += glyph.kind == .lineBreak ? 1 : glyph.width
            offset = min(glyph.end, range.upperBound)
        }
        return total
    }

    /// Paints every cell of `rect` blank in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle) {
        for row in rect.y..<(rect.y + rect.height) {
            for column in rect.x..<(rect.x + rect.width) {
                self[column, row] = Cell(text: " ", style: style)
            }
        }
    }

    /// Draws a single-line box around `rect` with `title` in its top edge.
    public mutating func box(_ rect: Rect, title: String, style: CellStyle, titleStyle: CellStyle) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        for column in rect.x...right {
            self[column, rect.y] = Cell(text: "─", style: style)
            self[column, bottom] = Cell(text: "─", style: style)
        }
        for row in rect.y...bottom {
            self[rect.x, row] = Cell(text: "│", style: style)
            self[right, row] = Cell(text: "│", style: style)
        }
        self[rect.x, rect.y] = Cell(text: "┌", style: style)
        self[right, rect.y] = Cell(text: "┐", style: style)
        self[rect.x, bottom] = Cell(text: "└", style: style)
        self[right, bottom] = Cell(text: "┘", style: style)
        if !title.isEmpty, rect.width > 4 {
            draw(" \(title) ", x: rect.x + 1, y: rect.y, width: rect.width - 2, style: titleStyle)
        }
    }
}
