import StorylineModel

/// Splits a sentence's UTF-8 bytes into words and quoted spans in one pass.
struct WordScanner {
    private var scratch: [UInt8] = []

    init() { scratch.reserveCapacity(64) }

    /// Words and quote spans of `bytes[range]`; offsets are indices into `bytes`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (tokens: [WordToken], quotes: [QuoteSpan]) {
        var tokens: [WordToken] = []
        var quotes: [QuoteSpan] = []
        var openDouble: (start: Int, token: Int)?
        var openSingle: (start: Int, token: Int)?
        var pendingBreak = false
        var i = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        func closeQuote(_ open: (start: Int, token: Int), at position: Int) {
            if position > open.start {
                quotes.append(QuoteSpan(start: open.start, end: position, firstToken: open.token, endToken: tokens.count))
            }
        }
        while i < end {
            let width = Self.markWidth(bytes, i, end)
            if Self.isWordStart(bytes, i, end) {
                let wordEnd = Self.wordEnd(bytes, i, end)
                var token = makeToken(bytes, i, wordEnd)
                token.followsBreak = pendingBreak
                tokens.append(token)
                pendingBreak = false
                i = wordEnd
                continue
            }
            switch Self.mark(bytes, i, end) {
            case .doubleOpen:
                if openDouble == nil { openDouble = (i + width, tokens.count) }
            case .doubleClose:
                if let open = openDouble { closeQuote(open, at: i); openDouble = nil }
            case .doubleToggle:
                if let open = openDouble {
                    closeQuote(open, at: i)
                    openDouble = nil
                } else {
                    openDouble = (i + width, tokens.count)
                    openSingle = nil
                }
            case .singleOpen:
                if openDouble == nil, openSingle == nil { openSingle = (i + width, tokens.count) }
            case .singleClose:
                if openDouble == nil, let open = openSingle { closeQuote(open, at: i); openSingle = nil }
            case .clauseBreak:
                pendingBreak = true
            case .other:
                break
            }
            i += width
        }
        // A quote left open runs to the end of the sentence (quotes running over sentences).
        if let open = openDouble ?? openSingle { closeQuote(open, at: end) }
        for index in quotes.indices {
            for t in quotes[index].firstToken..<quotes[index].endToken { tokens[t].quote = index }
        }
        return (tokens, quotes)
    }

    /// Words and quote spans of `sentence`, clamped to the document's bytes.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Sentence) -> (tokens: [WordToken], quotes: [QuoteSpan]) {
        let lower = min(sentence.range.start, bytes.count)
        return scan(bytes, lower..<max(lower, min(sentence.range.end, bytes.count)))
    }

    private mutating func makeToken(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordToken {
        scratch.removeAll(keepingCapacity: true)
        var i = start
        var upper = 0
        var letters = 0
        while i < end {
            var byte = bytes[i]
            if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                byte = 0x27  // ’ as apostrophe
                i += 2
            }
            if byte >= 0x41 && byte <= 0x5A { upper += 1 }
            if Self.isASCIILetter(byte) { letters += 1 }
            if byte != 0x2E { scratch.append(ByteHash.lower(byte)) }
            i += 1
        }
        let contractedNegation = scratch.count > 3 && scratch.suffix(3).elementsEqual("n't".utf8)
        var coreEnd = end
        if scratch.count > 2, scratch.suffix(2).elementsEqual("'s".utf8) {
            scratch.removeLast(2)
            coreEnd = bytes[end - 2] == 0x27 ? end - 2 : end - 4  // ' or ’ (three bytes)
        }
        let surface = ByteHash.of(scratch)
        let isCapitalized = bytes[start] >= 0x41 && bytes[start] <= 0x5A
        let isAcronym = letters >= 2 && upper == letters
        let isStop = !isAcronym && StopWordLexicon.hashes.contains(surface)
        var key: UInt64
        let number = Self.numberValue(scratch, surface)
        if let value = number {
            key = Self.numberKey(value)
        } else if let canonical = SynonymTable.canonicalBySurface[surface] {
            key = canonical
        } else {
            Stemmer.stem(&scratch)
            let stem = ByteHash.of(scratch)
            key = SynonymTable.canonicalByStem[stem] ?? stem
        }
        return WordToken(
            start: start, end: end, coreEnd: coreEnd, surface: surface, key: key, isStop: isStop,
            isCapitalized: isCapitalized, followsBreak: false, quote: -1,
            isContractedNegation: contractedNegation, number: number)
    }

    /// The value of a number word or digits ("three", "3", "1,200"), if it is one.
    static func numberValue(_ word: [UInt8], _ surface: UInt64) -> Double? {
        if let value = NumberLexicon.cardinalByHash[surface] ?? NumberLexicon.repetitionByHash[surface] { return value }
        if let hyphen = word.firstIndex(of: 0x2D),
           let tens = NumberLexicon.cardinalByHash[ByteHash.of(word[..<hyphen])],
           let units = NumberLexicon.cardinalByHash[ByteHash.of(word[(hyphen + 1)...])], tens >= 20, units < 10 {
            return tens + units  // "twenty-five"
        }
        guard let first = word.first, first >= 0x30 && first <= 0x39 else { return nil }
        var value = 0.0
        var fraction = 0.0
        for byte in word {
            switch byte {
            case 0x30...0x39:
                if fraction > 0 {
                    value += Double(byte - 0x30) * fraction
                    fraction /= 10
                } else {
                    value = value * 10 + Double(byte - 0x30)
                }
            case 0x2C: continue
            default: return nil
            }
        }
        return value
    }

    /// Feature key of a number, whatever way it was written.
    static func numberKey(_ value: Double) -> UInt64 {
        ByteHash.of("#\(value)".utf8)
    }

    // MARK: Byte classes

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether the character at `i` is part of a word: ASCII letters and digits, and letters
    /// outside ASCII (any multi-byte character except the punctuation block U+2000–U+206F and
    /// Latin-1 punctuation).
    static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x80 { return isASCIILetter(byte) || isDigit(byte) }
        if byte == 0xE2, i + 1 < end, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 { return false }
        if byte == 0xC2 { return false }
        return byte >= 0xC3
    }

    /// Byte length of the character at `i`.
    static func charWidth(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// One past the last byte of the word starting at `i`: letters, digits, and apostrophes,
    /// hyphens, periods and commas that join two word characters ("don't", "Lloyd-Webber", "U.S.",
    /// "1,200", "2.5").
    static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let byte = bytes[i]
            if isWordStart(bytes, i, end) {
                i += min(charWidth(byte), end - i)
                continue
            }
            let joinerWidth: Int
            if byte == 0x27 || byte == 0x2D || byte == 0x2E || byte == 0x2C {
                joinerWidth = 1
            } else if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                joinerWidth = 3
            } else {
                break
            }
            let next = i + joinerWidth
            guard next < end, isWordStart(bytes, next, end), i > start else { break }
            let prev = bytes[i - 1]
            if byte == 0x2C, !(isDigit(prev) && isDigit(bytes[next])) { break }
            if byte == 0x2E {
                // "U.S." and "2.5" join; "end.Next" does not (a letter before and after, but
                // only single letters form initials).
                let initials = isASCIILetter(prev) && (i - 1 == start || bytes[i - 2] == 0x2E) && isASCIILetter(bytes[next])
                if !(initials || (isDigit(prev) && isDigit(bytes[next]))) { break }
            }
            i = next
        }
        // Keep the final period of initials ("U.S.") inside the word.
        if i < end, bytes[i] == 0x2E, i - start >= 3, bytes[i - 2] == 0x2E, isASCIILetter(bytes[i - 1]) { i += 1 }
        return i
    }

    /// What a non-word character means for quotes and clauses.
    enum Mark { case doubleOpen, doubleClose, doubleToggle, singleOpen, singleClose, clauseBreak, other }

    /// Byte length of the mark at `i`.
    static func markWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        min(charWidth(bytes[i]), end - i)
    }

    static func mark(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Mark {
        let byte = bytes[i]
        let before: UInt8 = i > 0 ? bytes[i - 1] : 0x20
        let after: UInt8 = i + 1 < end ? bytes[i + 1] : 0x20
        switch byte {
        case 0x22: return .doubleToggle
        case 0x27:
            let opensAfterSpace = !(isASCIILetter(before) || isDigit(before) || before == 0x2E || before == 0x2C)
            if opensAfterSpace && (isASCIILetter(after) || isDigit(after)) { return .singleOpen }
            if !(isASCIILetter(after) || isDigit(after)) { return .singleClose }
            return .other
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29: return .clauseBreak
        case 0x2D:
            return before == 0x20 && after == 0x20 ? .clauseBreak : .other
        case 0xE2:
            guard i + 2 < end, bytes[i + 1] == 0x80 else { return .other }
            switch bytes[i + 2] {
            case 0x9C: return .doubleOpen
            case 0x9D: return .doubleClose
            case 0x98: return .singleOpen
            case 0x99: return .singleClose
            case 0x93, 0x94: return .clauseBreak
            default: return .other
            }
        default:
            return .other
        }
    }
}
