import StorylineModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over a document's bytes: lines → paragraphs → sentences.
struct SegmentBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    let document: Int
    let headlineMaxWords: Int
    var result = SegmentedDocument()
    private var paragraph = 0

    init(bytes: UnsafeBufferPointer<UInt8>, document: Int, headlineMaxWords: Int) {
        self.bytes = bytes
        self.document = document
        self.headlineMaxWords = headlineMaxWords
    }

    /// A trimmed non-empty line, or a blank line (start == end).
    private struct Line {
        var start: Int
        var end: Int
        var isBlank: Bool { start == end }
    }

    mutating func run(from bodyStart: Int) {
        let lines = trimmedLines(from: bodyStart)
        let wrapped = looksHardWrapped(lines)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isBlank { continue }
            if FurnitureTable.matches(bytes, line.start, line.end) {
                result.furniture.append(Furniture(document: document, range: TextRange(start: line.start, end: line.end)))
                if FurnitureTable.opensLinkList(bytes, line.start, line.end) { index = skipLinkList(lines, from: index) }
                continue
            }
            if let contentStart = SegmentationRules.bulletContentStart(bytes, line.start, line.end) {
                splitSentences(contentStart, line.end, kind: .bullet)
                paragraph += 1
                continue
            }
            // Extend the paragraph over wrapped lines and lower-case continuations.
            var end = line.end
            while index < lines.count, !lines[index].isBlank {
                let next = lines[index]
                let continues = wrapped || ByteClass.isLowerScalar(bytes, next.start)
                guard continues, SegmentationRules.bulletContentStart(bytes, next.start, next.end) == nil,
                      !FurnitureTable.matches(bytes, next.start, next.end) else { break }
                end = next.end
                index += 1
            }
            if !SegmentationRules.endsSentence(bytes, line.start, end), wordCount(line.start, end) <= headlineMaxWords {
                appendSentence(line.start, end, kind: .headline)
            } else {
                splitSentences(line.start, end, kind: .body)
            }
            paragraph += 1
        }
    }

    /// Marks the links under a "More on this story" heading as furniture: bullets and short
    /// lines without a final period, blank lines between them; returns the first line after.
    private mutating func skipLinkList(_ lines: [Line], from first: Int) -> Int {
        var index = first
        while index < lines.count {
            let line = lines[index]
            if !line.isBlank {
                let isBullet = SegmentationRules.bulletContentStart(bytes, line.start, line.end) != nil
                let isHeadline = !SegmentationRules.endsSentence(bytes, line.start, line.end)
                    && wordCount(line.start, line.end) <= headlineMaxWords
                guard isBullet || isHeadline else { break }
                result.furniture.append(Furniture(document: document, range: TextRange(start: line.start, end: line.end)))
            }
            index += 1
        }
        return index
    }

    /// Lines of the body with surrounding white space removed (memchr finds the line ends).
    private func trimmedLines(from bodyStart: Int) -> [Line] {
        var lines: [Line] = []
        var lineStart = bodyStart
        while true {
            var newline = bytes.count
            if lineStart < bytes.count, let base = bytes.baseAddress, let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                newline = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            lines.append(trim(lineStart, newline))
            guard newline < bytes.count else { return lines }
            lineStart = newline + 1
        }
    }

    /// Whether the text is hard-wrapped: most long lines stop mid-sentence and none is very long.
    private func looksHardWrapped(_ lines: [Line]) -> Bool {
        var long = 0
        var open = 0
        for line in lines where line.end - line.start >= 40 {
            if line.end - line.start > 100 { return false }
            long += 1
            if !SegmentationRules.endsSentence(bytes, line.start, line.end) { open += 1 }
        }
        return long >= 4 && open * 10 >= long * 6
    }

    /// `start..<end` without leading and trailing white space (ASCII and no-break spaces).
    private func trim(_ start: Int, _ end: Int) -> Line {
        var lower = start
        var upper = end
        while lower < upper {
            let (kind, length) = ByteClass.classify(bytes, lower)
            guard kind == .space else { break }
            lower += length
        }
        while upper > lower {
            if ByteClass.isSpace(bytes[upper - 1]) { upper -= 1; continue }
            if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 { upper -= 2; continue }
            break
        }
        return Line(start: lower, end: upper)
    }

    private func wordCount(_ start: Int, _ end: Int) -> Int {
        var count = 0
        var inWord = false
        for index in start..<end {
            let space = ByteClass.isSpace(bytes[index])
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    private mutating func appendSentence(_ start: Int, _ end: Int, kind: SentenceKind) {
        let line = trim(start, end)
        guard !line.isBlank else { return }
        result.sentences.append(Sentence(
            document: document, index: result.sentences.count, paragraph: paragraph,
            range: TextRange(start: line.start, end: line.end), kind: kind))
    }

    /// Splits one paragraph into sentences at terminators that end a sentence.
    private mutating func splitSentences(_ start: Int, _ end: Int, kind: SentenceKind) {
        var sentenceStart = start
        var index = start
        while index < end {
            index = SegmentationRules.nextTerminator(bytes, from: index, to: end)
            guard index < end else { break }
            let terminator = SegmentationRules.terminatorLength(bytes, index)
            guard terminator > 0 else {
                index += 1
                continue
            }
            let first = index
            var isSinglePeriod = bytes[index] == 0x2E
            index += terminator
            while index < end {
                let more = SegmentationRules.terminatorLength(bytes, index)
                guard more > 0 else { break }
                isSinglePeriod = false
                index += more
            }
            var closed = false
            while index < end {
                let closer = QuoteMarks.closerLength(bytes, index)
                guard closer > 0 else { break }
                closed = true
                index += closer
            }
            let boundary = index
            guard boundary < end else { break }
            let (afterKind, _) = ByteClass.classify(bytes, boundary)
            guard afterKind == .space else { continue }
            var next = boundary
            while next < end {
                let (kind, length) = ByteClass.classify(bytes, next)
                guard kind == .space else { break }
                next += length
            }
            guard next < end, !ByteClass.isLowerScalar(bytes, next) else { continue }
            if isSinglePeriod, !SegmentationRules.periodEndsSentence(bytes, period: first, lineStart: start, next: next, closed: closed) {
                continue
            }
            appendSentence(sentenceStart, boundary, kind: kind)
            sentenceStart = next
            index = next
        }
        appendSentence(sentenceStart, end, kind: kind)
    }
}
