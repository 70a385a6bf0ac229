/// Byte-level decisions of the segmenter: terminators, bullets, abbreviations.
enum SegmentationRules {
    /// Length of a sentence terminator at `index` (. ! ? or …), or 0.
    @inline(__always)
    static func terminatorLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        switch bytes[index] {
        case 0x2E, 0x21, 0x3F: return 1
        case 0xE2 where QuoteMarks.matches(bytes, index, QuoteMarks.ellipsis): return 3
        default: return 0
        }
    }

    /// Where a bullet item's text starts, when `bytes[start..<end]` opens with "- ", "* " or "• ".
    static func bulletContentStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var markerEnd = start
        if bytes[start] == 0x2D || bytes[start] == 0x2A {
            markerEnd = start + 1
        } else if QuoteMarks.matches(bytes, start, QuoteMarks.bullet) {
            markerEnd = start + 3
        } else {
            return nil
        }
        guard markerEnd < end, ByteClass.isSpace(bytes[markerEnd]) else { return nil }
        var contentStart = markerEnd
        while contentStart < end, ByteClass.isSpace(bytes[contentStart]) { contentStart += 1 }
        return contentStart < end ? contentStart : nil
    }

    /// Whether the trimmed text `bytes[start..<end]` ends with terminal punctuation,
    /// possibly followed by closing quotes or brackets, or with a colon.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = end
        // Step back over closers (", ', ), ], ”, ’, »).
        while index > start {
            let byte = bytes[index - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D { index -= 1; continue }
            if index - 3 >= start, QuoteMarks.matches(bytes, index - 3, QuoteMarks.rightDouble) || QuoteMarks.matches(bytes, index - 3, QuoteMarks.rightSingle) {
                index -= 3
                continue
            }
            if index - 2 >= start, bytes[index - 2] == 0xC2, bytes[index - 1] == 0xBB { index -= 2; continue }
            break
        }
        guard index > start else { return false }
        let last = bytes[index - 1]
        if last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A { return true }
        return index - 3 >= start && QuoteMarks.matches(bytes, index - 3, QuoteMarks.ellipsis)
    }

    /// Whether a period at `period` ends the sentence, given that the next sentence
    /// would start at `next` (after white space) and closers followed the period when `closed`.
    static func periodEndsSentence(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, lineStart: Int, next: Int, closed: Bool) -> Bool {
        // The word before the period: letters, digits and inner periods ("U.S").
        var wordStart = period
        while wordStart > lineStart {
            let byte = bytes[wordStart - 1]
            if ByteClass.isLetter(byte) || ByteClass.isDigit(byte) || byte == 0x2E || byte >= 0x80 { wordStart -= 1 } else { break }
        }
        guard wordStart < period, !closed else { return true }
        let nextIsDigit = ByteClass.isDigit(bytes[next])
        if AbbreviationLexicon.titles.contains(bytes, wordStart, period) { return false }
        if AbbreviationLexicon.months.contains(bytes, wordStart, period) || AbbreviationLexicon.beforeNumbers.contains(bytes, wordStart, period) {
            return !nextIsDigit
        }
        if AbbreviationLexicon.neverFinal.contains(bytes, wordStart, period) { return false }
        // A single capital is an initial ("George W. Bush", "J. R. R. Tolkien").
        if period - wordStart == 1, ByteClass.isUpper(bytes[wordStart]) { return false }
        var isDotted = false
        for index in wordStart..<period where bytes[index] == 0x2E { isDotted = true; break }
        if isDotted || AbbreviationLexicon.ambiguous.contains(bytes, wordStart, period) {
            return startsWithOpener(bytes, next)
        }
        return true
    }

    /// Whether the word at `index` typically opens a sentence, or an opening quote stands there.
    static func startsWithOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if QuoteMarks.openerLength(bytes, index) > 0, bytes[index] != 0x27 { return true }
        var end = index
        while end < bytes.count, ByteClass.isLetter(bytes[end]) { end += 1 }
        return AbbreviationLexicon.sentenceOpeners.contains(bytes, index, end)
    }
}
