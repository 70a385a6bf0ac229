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

    /// The first index from `index` holding a byte that may start a terminator (. ! ? or the
    /// lead byte of …), or `end` when there is none. Tests eight bytes at a time: most hold none.
    static func nextTerminator(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> Int {
        let end = min(end, bytes.count)
        var i = max(0, index)
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= end, !mayHoldTerminator(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        }
        while i < end {
            let byte = bytes[i]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0xE2 { return i }
            i += 1
        }
        return end
    }

    /// Whether any of the eight bytes of `word` is . ! ? or 0xE2.
    @inline(__always)
    static func mayHoldTerminator(_ word: UInt64) -> Bool {
        holds(word, 0x2E) || holds(word, 0x21) || holds(word, 0x3F) || holds(word, 0xE2)
    }

    /// Whether one of the eight bytes of `word` is `byte` (the classic zero-byte test, exact).
    @inline(__always)
    private static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & (ones << 7) != 0
    }

    /// Where a bullet item's text starts, when `bytes[start..<end]` opens with "- ", "* " or "• ".
    static func bulletContentStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard start >= 0, start < end, end <= bytes.count else { return nil }
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
        // Most words before a period are longer than any abbreviation: no lookups for them.
        let short = period - wordStart <= AbbreviationLexicon.longest
        if short {
            let nextIsDigit = ByteClass.isDigit(bytes[next])
            if AbbreviationLexicon.titles.contains(bytes, wordStart, period) { return false }
            if AbbreviationLexicon.months.contains(bytes, wordStart, period) || AbbreviationLexicon.beforeNumbers.contains(bytes, wordStart, period) {
                return !nextIsDigit
            }
            if AbbreviationLexicon.neverFinal.contains(bytes, wordStart, period) { return false }
        }
        // A single capital is an initial ("George W. Bush", "J. R. R. Tolkien").
        if period - wordStart == 1, ByteClass.isUpper(bytes[wordStart]) { return false }
        var isDotted = false
        for index in wordStart..<period where bytes[index] == 0x2E { isDotted = true; break }
        if isDotted || (short && AbbreviationLexicon.ambiguous.contains(bytes, wordStart, period)) {
            return startsWithOpener(bytes, next)
        }
        if short, isStateAfterPlace(bytes, wordStart, period, lineStart: lineStart) {
            return startsWithOpener(bytes, next)
        }
        return true
    }

    /// Whether `bytes[wordStart..<period]` is a US state's short form after its place and a
    /// comma ("Tulsa, Okla."), not a word that happens to share its letters.
    static func isStateAfterPlace(_ bytes: UnsafeBufferPointer<UInt8>, _ wordStart: Int, _ period: Int, lineStart: Int) -> Bool {
        followsPlaceComma(bytes, wordStart, lineStart) && AbbreviationLexicon.states.contains(bytes, wordStart, period)
    }

    /// Whether ", " and a capitalised word stand before `wordStart`.
    private static func followsPlaceComma(_ bytes: UnsafeBufferPointer<UInt8>, _ wordStart: Int, _ lineStart: Int) -> Bool {
        guard wordStart - 3 >= lineStart, bytes[wordStart - 1] == 0x20, bytes[wordStart - 2] == 0x2C else { return false }
        var index = wordStart - 2
        while index > lineStart, ByteClass.isLetter(bytes[index - 1]) { index -= 1 }
        return index < wordStart - 2 && ByteClass.isUpper(bytes[index])
    }

    /// Whether the word at `index` typically opens a sentence, or an opening quote stands there.
    static func startsWithOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if QuoteMarks.openerLength(bytes, index) > 0, bytes[index] != 0x27 { return true }
        var end = index
        while end < bytes.count, ByteClass.isLetter(bytes[end]) { end += 1 }
        return AbbreviationLexicon.sentenceOpeners.contains(bytes, index, end)
    }
}
