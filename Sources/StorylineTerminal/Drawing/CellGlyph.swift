import StorylineBrowser

/// What is sent to ncurses for one grid cell: a spacing character plus combining marks.
public struct CellGlyph: Hashable, Sendable {
    /// Unicode scalars: one spacing character first, then at most four zero-width ones.
    public var scalars: [UInt32]
    /// The grid reserved two cells but the terminal draws this in one: blank the second.
    public var padsRight: Bool

    /// A glyph of `scalars`, blanking the next cell too when `padsRight`.
    public init(scalars: [UInt32], padsRight: Bool = false) {
        self.scalars = scalars
        self.padsRight = padsRight
    }

    /// Turns a cell's text into what the terminal can draw in exactly the cells the grid
    /// reserved (`wide`: two cells). Control characters become visible placeholders, text
    /// the terminal would draw wider than the grid planned becomes a placeholder, and a
    /// cluster's extra spacing characters (after a joiner) are dropped.
    /// `width` is the terminal's width of one scalar (wcwidth: -1 unprintable).
    public static func make(text: String, wide: Bool, width: (UInt32) -> Int) -> CellGlyph {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next()?.value else {
            return CellGlyph(scalars: [CellGlyphTable.space], padsRight: wide)
        }
        if let symbol = CellGlyphTable.placeholder(for: first) {
            return CellGlyph(scalars: [symbol], padsRight: wide)
        }
        let firstWidth = width(first)
        if firstWidth < 0 {
            return CellGlyph(scalars: [CellGlyphTable.unknown], padsRight: wide)
        }
        var result = firstWidth == 0 ? [CellGlyphTable.space, first] : [first]
        while let next = scalars.next()?.value {
            if CellGlyphTable.placeholder(for: next) != nil {
                return CellGlyph(scalars: [CellGlyphTable.unknown], padsRight: wide)
            }
            guard result.count < CellGlyphTable.maximumScalars else { break }
            if next != CellGlyphTable.zeroWidthJoiner, width(next) == 0 { result.append(next) }
        }
        let drawnWidth = max(firstWidth, 1)
        if drawnWidth > (wide ? 2 : 1) {
            return CellGlyph(scalars: [CellGlyphTable.unknown], padsRight: wide)
        }
        return CellGlyph(scalars: result, padsRight: wide && drawnWidth == 1)
    }
}

/// The fixed code points cell drawing relies on.
public enum CellGlyphTable {
    /// Blank.
    public static let space: UInt32 = 0x20
    /// Drawn for text the terminal cannot show in the planned cells (⍰, as the render layer).
    public static let unknown: UInt32 = 0x2370
    /// Joins emoji into one cluster; the terminal would draw the joined parts apart.
    static let zeroWidthJoiner: UInt32 = 0x200D
    /// ncurses keeps a spacing character and four combining ones per cell (CCHARW_MAX).
    static let maximumScalars = 5

    /// The visible stand-in for a control character, nil for anything else: the render
    /// layer's own table (C0 → its Control Picture, ESC → ␛, DEL → ␡, C1 → ⍰), applied
    /// again here so no cell can reach the terminal raw.
    public static func placeholder(for scalar: UInt32) -> UInt32? {
        ControlPlaceholder.symbol(for: scalar)?.unicodeScalars.first?.value
    }
}
