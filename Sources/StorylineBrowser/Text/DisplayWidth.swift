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

    /// `text` cut to at most `width` cells, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        var utf8 = Array(text.utf8)
        var cells = 0
        var end = 0
        utf8.withUnsafeBufferPointer { bytes in
            for glyph in Glyph.glyphs(of: text) {
                if cells + glyph.width > width - 1 { break }
                cells += glyph.width
                end = min(glyph.end, bytes.count)
            }
        }
        utf8.removeSubrange(end...)
        return String(decoding: utf8, as: UTF8.self) + "\u{2026}"
    }
}
