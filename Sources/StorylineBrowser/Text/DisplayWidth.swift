/// Terminal display widths of Unicode text, in cells.
public enum DisplayWidth {
    /// Cells taken by one scalar: 0 for combining marks and joiners, 2 for wide, fullwidth
    /// and emoji, else 1. Control characters count 1 (they are drawn as placeholders).
    public static func of(scalar: UInt32) -> Int {
        if scalar < 0x300 { return 1 }
        if DisplayWidthTable.contains(DisplayWidthTable.zeroWidth, scalar) { return 0 }
        if DisplayWidthTable.contains(DisplayWidthTable.wide, scalar) { return 2 }
        return 1
    }

    /// Cells taken by `text` when drawn glyph by glyph (placeholders included).
    public static func of(_ text: String) -> Int {
        Glyph.glyphs(of: text).reduce(0) { $0 + $1.width }
    }
}
