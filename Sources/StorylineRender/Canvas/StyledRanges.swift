import StorylineBrowser
import StorylineModel

/// Byte ranges with the styles laid over them, in paint order (later wins), for one frame.
struct StyledRanges {
    var layers: [(range: TextRange, style: CellStyle)] = []

    mutating func add(_ range: TextRange, _ style: CellStyle) {
        if range.count > 0 { layers.append((range, style)) }
    }

    /// `base` with every layer covering `offset` laid over it.
    func style(at offset: Int, base: CellStyle) -> CellStyle {
        var style = base
        for layer in layers where layer.range.contains(offset: offset) {
            style = style.merged(with: layer.style)
        }
        return style
    }
}

/// Search-match ranges of `needle` inside `range` of a text, for highlighting what is visible.
func matchRanges(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [TextRange] {
    guard !needle.isEmpty else { return [] }
    return TextSearch.occurrences(of: needle, in: bytes, range: range).map {
        TextRange(start: $0, end: $0 + needle.count)
    }
}
