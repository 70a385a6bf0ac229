/// Cuts text into lines no wider than a number of cells, at word boundaries where it can.
public enum WordWrap {
    /// Byte ranges of the lines of one paragraph `range` of `bytes` (no line feeds inside).
    /// Spaces where a line was cut are dropped; a word longer than the width is cut anywhere.
    public static func lines(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, width: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        guard width > 0 else { return [range] }
        var lineStart = range.lowerBound
        var lineWidth = 0
        var breakEnd = -1
        var breakNext = -1
        var widthAfterBreak = 0
        var previousWasSpace = false
        var offset = lineStart
        while offset < range.upperBound {
            var glyph = Glyph.next(in: bytes, at: offset)
            glyph.end = min(glyph.end, range.upperBound)
            if glyph.kind == .space {
                if offset == lineStart {
                    lineStart = glyph.end
                    offset = glyph.end
                    continue
                }
                if !previousWasSpace { breakEnd = offset }
                breakNext = glyph.end
                widthAfterBreak = 0
                previousWasSpace = true
                if lineWidth + 1 > width {
                    result.append(lineStart..<breakEnd)
                    lineStart = glyph.end
                    lineWidth = 0
                    breakEnd = -1
                } else {
                    lineWidth += 1
                }
                offset = glyph.end
                continue
            }
            previousWasSpace = false
            if lineWidth + glyph.width > width {
                if breakEnd >= 0 {
                    result.append(lineStart..<breakEnd)
                    lineStart = breakNext
                    lineWidth = widthAfterBreak
                    breakEnd = -1
                }
                if lineWidth + glyph.width > width, offset > lineStart {
                    result.append(lineStart..<offset)
                    lineStart = offset
                    lineWidth = 0
                }
            }
            lineWidth += glyph.width
            widthAfterBreak += glyph.width
            offset = glyph.end
        }
        if lineStart < range.upperBound || result.isEmpty {
            result.append(lineStart..<max(lineStart, range.upperBound))
        }
        return result
    }

    /// The lines of `text` wrapped to `width` cells (line feeds start new lines).
    public static func lines(of text: String, width: Int) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var out: [String] = []
            for paragraph in paragraphs(in: bytes, range: 0..<bytes.count) {
                for line in lines(in: bytes, range: paragraph, width: width) {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self))
                }
            }
            return out
        }
    }

    /// The line-feed separated pieces of `range` (a trailing carriage return dropped).
    public static func paragraphs(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = range.lowerBound
        var offset = start
        while offset <= range.upperBound {
            if offset == range.upperBound || bytes[offset] == 0x0A {
                var end = offset
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                out.append(start..<end)
                start = offset + 1
            }
            offset += 1
        }
        return out
    }
}
