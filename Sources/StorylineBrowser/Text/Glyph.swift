/// One drawable unit of UTF-8 text: a grapheme cluster (approximated from scalars), a
/// space, a line break, or a control character to be shown as a placeholder.
public struct Glyph: Hashable, Sendable {
    /// Byte offset of the first byte.
    public var start: Int
    /// Byte offset one past the last byte.
    public var end: Int
    /// Cells it takes on screen (0 for invisible scalars, which are not drawn).
    public var width: Int
    /// What sort of glyph it is.
    public var kind: GlyphKind

    /// The glyph that starts at `offset` in `bytes` (which must be inside the buffer).
    ///
    /// Clusters: a base scalar plus following zero-width scalars, ZWJ-joined scalars, and a
    /// second regional indicator. Their width is the base's (two for a flag).
    public static func next(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Glyph {
        let (scalar, length) = UTF8Scalar.decode(bytes, at: offset)
        switch scalar {
        case 0x0A:
            return Glyph(start: offset, end: offset + length, width: 0, kind: .lineBreak)
        case 0x20, 0x09, 0xA0:
            return Glyph(start: offset, end: offset + length, width: 1, kind: .space)
        default:
            break
        }
        if let placeholder = ControlPlaceholder.symbol(for: scalar) {
            return Glyph(start: offset, end: offset + length, width: 1, kind: .placeholder(placeholder))
        }
        let baseWidth = DisplayWidth.of(scalar: scalar)
        if baseWidth == 0 {
            return Glyph(start: offset, end: offset + length, width: 0, kind: .invisible)
        }
        var width = baseWidth
        var end = offset + length
        var regionalCount = DisplayWidthTable.regionalIndicators.contains(scalar) ? 1 : 0
        var joinNext = false
        while end < bytes.count {
            let (next, nextLength) = UTF8Scalar.decode(bytes, at: end)
            if next < 0x20 || next == 0x7F { break }
            if joinNext {
                joinNext = false
                end += nextLength
                continue
            }
            if next == 0x200D {
                joinNext = true
                end += nextLength
                continue
            }
            if next >= 0x300, DisplayWidth.of(scalar: next) == 0 {
                end += nextLength
                continue
            }
            if regionalCount == 1, DisplayWidthTable.regionalIndicators.contains(next) {
                regionalCount = 2
                width = 2
                end += nextLength
                continue
            }
            break
        }
        return Glyph(start: offset, end: end, width: width, kind: .text)
    }
}

extension Glyph {
    /// Every glyph of `text`, in order.
    public static func glyphs(of text: String) -> [Glyph] {
        var copy = text
        return copy.withUTF8 { bytes in
            var out: [Glyph] = []
            var offset = 0
            while offset < bytes.count {
                let glyph = Glyph.next(in: bytes, at: offset)
                out.append(glyph)
                offset = glyph.end
            }
            return out
        }
    }
}

/// What a glyph is, for drawing and wrapping.
public enum GlyphKind: Hashable, Sendable {
    /// Visible text, drawn as its own bytes.
    case text
    /// A space or tab: a place to break lines, drawn as one blank cell.
    case space
    /// A line feed.
    case lineBreak
    /// A control character or escape, drawn as the given visible symbol.
    case placeholder(Character)
    /// A zero-width scalar with nothing to attach to: not drawn.
    case invisible
}

/// Visible stand-ins for control characters, so article text never reaches the terminal raw.
public enum ControlPlaceholder {
    /// The symbol shown for `scalar`, or nil when it is not a control character.
    /// C0 controls use the U+2400 Control Pictures block (ESC → ␛), DEL → ␡,
    /// C1 controls and text-reordering formatters → ⍰.
    public static func symbol(for scalar: UInt32) -> Character? {
        if scalar < 0x20 {
            return Character(Unicode.Scalar(0x2400 + scalar) ?? "?")
        }
        if scalar == 0x7F { return "\u{2421}" }
        if (0x80...0x9F).contains(scalar) { return "\u{2370}" }
        if scalar >= 0x61C, DisplayWidthTable.contains(DisplayWidthTable.hazardous, scalar) { return "\u{2370}" }
        return nil
    }
}

/// Minimal UTF-8 decoding over raw bytes (invalid sequences become U+FFFD, one byte each).
enum UTF8Scalar {
    /// The scalar at `offset` and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[offset])
        if b0 < 0x80 { return (b0, 1) }
        let count = bytes.count
        func continuation(_ i: Int) -> UInt32? {
            guard i < count else { return nil }
            let b = UInt32(bytes[i])
            return b & 0xC0 == 0x80 ? b & 0x3F : nil
        }
        if b0 & 0xE0 == 0xC0, let b1 = continuation(offset + 1) {
            let value = (b0 & 0x1F) << 6 | b1
            return value >= 0x80 ? (value, 2) : (0xFFFD, 1)
        }
        if b0 & 0xF0 == 0xE0, let b1 = continuation(offset + 1), let b2 = continuation(offset + 2) {
            let value = (b0 & 0x0F) << 12 | b1 << 6 | b2
            return value >= 0x800 ? (value, 3) : (0xFFFD, 1)
        }
        if b0 & 0xF8 == 0xF0, let b1 = continuation(offset + 1), let b2 = continuation(offset + 2),
           let b3 = continuation(offset + 3) {
            let value = (b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
            return value >= 0x10000 && value <= 0x10FFFF ? (value, 4) : (0xFFFD, 1)
        }
        return (0xFFFD, 1)
    }
}
