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
                    if QuoteMarks.matches(bytes, index, QuoteMarks.leftDouble) || QuoteMarks.matches(bytes, index, QuoteMarks.lowDouble) {
                        open = (index, index + 3)
                    } else if QuoteMarks.matches(bytes, index, QuoteMarks.rightDouble), let opened = open {
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
        index < bytes.count && (bytes[index] == 0x22 || QuoteMarks.matches(bytes, index, QuoteMarks.leftDouble))
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
        WordScanner.tokens(bytes, from: range.start, to: range.end).reduce(0) { $0 + ($1.isWord ? 1 : 0) }
    }
}
