import StorylineModel

/// A double-quoted span: where its marks stand and the words inside them.
struct QuoteSpan: Sendable, Equatable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset one past the closing mark (or the paragraph end when the quote runs on).
    var close: Int
    /// The words inside the marks, trimmed of white space.
    var inner: TextRange
}

/// Finds double-quoted spans paragraph by paragraph: straight quotes pair up in order,
/// “ opens and ” closes; single quotes are apostrophes or inner quotes and are ignored.
enum QuoteSpanScanner {
    /// Spans in text order. `paragraphs` are byte ranges in text order.
    static func spans(_ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [TextRange]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        for (number, paragraph) in paragraphs.enumerated() {
            var open: (start: Int, end: Int)?
            var index = paragraph.start
            let end = min(paragraph.end, bytes.count)
            while index < end {
                index = skipToQuoteCandidate(bytes, from: index, to: end)
                guard index < end else { break }
                let byte = bytes[index]
                if byte == 0x22 {
                    if let opened = open {
                        append(bytes, opened, (index, index + 1), to: &spans)
                        open = nil
                    } else {
                        open = (index, index + 1)
                    }
                    index += 1
                    continue
                }
                if byte == 0xE2 {
                    if QuoteMarks.isPunctuation(bytes, index, low: 0x9C) || QuoteMarks.isPunctuation(bytes, index, low: 0x9E) {
                        open = (index, index + 3)
                    } else if QuoteMarks.isPunctuation(bytes, index, low: 0x9D), let opened = open {
                        append(bytes, opened, (index, index + 3), to: &spans)
                        open = nil
                    }
                    index += 3
                    continue
                }
                index += 1
            }
            // News style leaves a quote open when it runs on into a paragraph that reopens it.
            if let opened = open, number + 1 < paragraphs.count, startsWithQuote(bytes, paragraphs[number + 1].start) {
                append(bytes, opened, (end, end), to: &spans)
            }
        }
        return spans
    }

    private static func startsWithQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index < bytes.count && (bytes[index] == 0x22 || QuoteMarks.isPunctuation(bytes, index, low: 0x9C))
    }

    /// The first offset at or after `index` (before `end`) holding `"` or 0xE2, the lead byte
    /// of the curly quotes; `end` when there is none. Eight bytes are tested at a time.
    static func skipToQuoteCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasByte(word, 0x22) || hasByte(word, 0xE2) { break }
                index += 8
            }
        }
        while index < end, bytes[index] != 0x22, bytes[index] != 0xE2 { index += 1 }
        return index
    }

    /// Whether some byte of `word` equals `byte` (the classic zero-byte test on `word ^ pattern`).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let value = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (value &- 0x0101_0101_0101_0101) & ~value & 0x8080_8080_8080_8080 != 0
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ open: (start: Int, end: Int), _ close: (start: Int, end: Int), to spans: inout [QuoteSpan]) {
        var lower = open.end
        var upper = close.start
        while lower < upper, ByteClass.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, ByteClass.isSpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return }
        spans.append(QuoteSpan(open: open.start, close: close.end, inner: TextRange(start: lower, end: upper)))
    }

    /// Number of words in `bytes[range]`.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Int {
        WordScanner.wordCount(bytes, from: range.start, to: range.end)
    }
}
