/// Splits a byte range into word and punctuation tokens in one pass.
public enum WordScanner {
    /// Tokens of `bytes[start..<end]`; white space is dropped.
    public static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity((end - start) / 5 + 1)
        self.tokens(bytes, from: start, to: end, into: &tokens)
        return tokens
    }

    /// Replaces the contents of `tokens` with the tokens of `bytes[start..<end]`, keeping the
    /// array's capacity so one buffer serves every sentence.
    public static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        _ = scan(bytes, from: start, to: end, into: &tokens)
    }

    /// Writes the tokens of `bytes[start..<end]` to the front of `buffer`; returns how many,
    /// or nil when they do not fit (the caller grows the buffer and asks again).
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into buffer: UnsafeMutableBufferPointer<Token>) -> Int? {
        var sink = TokenBufferSink(buffer: buffer)
        return scan(bytes, from: start, to: end, into: &sink) ? sink.count : nil
    }

    /// Number of word tokens in `bytes[start..<end]`, found without storing any token.
    public static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var sink = WordCountSink()
        _ = scan(bytes, from: start, to: end, into: &sink)
        return sink.words
    }

    /// The one tokenizing loop behind every output; false when `sink` ran out of room.
    @inline(__always)
    private static func scan<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into sink: inout Sink) -> Bool {
        var index = max(0, start)
        let limit = min(end, bytes.count)
        var spaceBefore = true
        while index < limit {
            // ASCII words and spaces, the bulk of any text, skip the scalar classification.
            let byte = bytes[index]
            if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
                let wordEnd = scanWord(bytes, index, limit)
                let capitalised = ByteClass.isUpper(byte) || (byte == 0x61 || byte == 0x65) && isArticledName(bytes, index, wordEnd)
                guard sink.write(Token(start: index, end: wordEnd, kind: .word, isCapitalised: capitalised, spaceBefore: spaceBefore)) else { return false }
                // The space that usually follows a word is taken here, saving a turn of the loop.
                spaceBefore = wordEnd < limit && bytes[wordEnd] == 0x20
                index = spaceBefore ? wordEnd + 1 : wordEnd
                continue
            }
            if byte == 0x20 {
                spaceBefore = true
                index += 1
                continue
            }
            let (kind, length) = ByteClass.classify(bytes, index)
            switch kind {
            case .space:
                spaceBefore = true
                index += length
            case .punctuation:
                if let possessiveEnd = possessiveEnd(bytes, index, limit), sink.count > 0, sink.lastToken.isWord, !spaceBefore {
                    guard sink.write(Token(start: index, end: possessiveEnd, kind: .possessive, spaceBefore: false)) else { return false }
                    index = possessiveEnd
                } else {
                    guard sink.write(Token(start: index, end: index + length, kind: .punctuation, spaceBefore: spaceBefore)) else { return false }
                    index += length
                }
                spaceBefore = false
            case .letter, .digit:
                let wordEnd = scanWord(bytes, index, limit)
                let capitalised = ByteClass.isUpperScalar(bytes, index)
                guard sink.write(Token(start: index, end: wordEnd, kind: .word, isCapitalised: capitalised, spaceBefore: spaceBefore)) else { return false }
                index = wordEnd
                spaceBefore = false
            }
        }
        return true
    }

    /// Whether the word `bytes[start..<end]` is a name behind an Arabic article ("al-Rishq",
    /// "el-Sisi"): it stands where a capitalised word would.
    @inline(__always)
    static func isArticledName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start >= 5 && bytes[start + 1] == UInt8(ascii: "l") && bytes[start + 2] == UInt8(ascii: "-") && ByteClass.isUpper(bytes[start + 3])
    }

    /// End of the word starting at `start`: letters and digits joined by single hyphens or
    /// apostrophes, or a dotted abbreviation such as "U.S." or "a.m.".
    @inline(__always)
    static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int {
        var index = start
        while index < limit {
            // Most word bytes are ASCII letters or digits: skip them eight at a time, and take
            // the byte that stops the run from the loaded word rather than loading it again.
            let byte: UInt8
            if index + 8 <= limit, let base = bytes.baseAddress {
                let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let others = ~ByteClass.asciiAlphanumerics(word) & 0x8080_8080_8080_8080
                if others == 0 {
                    index += 8
                    continue
                }
                let shift = others.trailingZeroBitCount & ~7
                index += shift >> 3
                byte = UInt8(truncatingIfNeeded: word >> UInt64(shift))
            } else {
                byte = bytes[index]
            }
            if byte < 0x80 {
                if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
                    index += 1
                    continue
                }
                // Of the other ASCII bytes only a hyphen or an apostrophe may join word parts;
                // "Ver.di", "Booking.com": a period between two letters or more and two lower-case
                // letters is inside a name (not "U.S." or "a.m.", which end below).
                guard byte == 0x2D || byte == 0x27 else {
                    guard byte == 0x2E, isInnerPeriod(bytes, index, start: start, limit: limit) else { break }
                    index += 1
                    continue
                }
            } else {
                let (kind, length) = ByteClass.classifyNonASCII(bytes, index)
                if kind == .letter || kind == .digit {
                    index += length
                    continue
                }
            }
            // A joiner counts only between word characters, and never as a possessive ending.
            let joinerLength = joinerLength(bytes, index)
            guard joinerLength > 0, index + joinerLength < limit,
                  possessiveEnd(bytes, index, limit) == nil else { break }
            let (nextKind, _) = ByteClass.classify(bytes, index + joinerLength)
            guard nextKind == .letter || nextKind == .digit else { break }
            index += joinerLength
        }
        // Dotted abbreviations: single letters separated by periods ("U.S.A.", "e.g.").
        if index - start == 1, ByteClass.isLetter(bytes[start]) {
            var end = index
            var dots = 0
            while end + 1 < limit, bytes[end] == 0x2E, ByteClass.isLetter(bytes[end + 1]),
                  end + 2 >= limit || !ByteClass.isLetter(bytes[end + 2]) {
                end += 2
                dots += 1
            }
            if dots > 0 {
                if end < limit, bytes[end] == 0x2E { end += 1 }
                return end
            }
        }
        return index
    }

    /// Whether the period at `index` has two ASCII letters or more of the word before it and two
    /// lower-case ASCII letters after it.
    @inline(__always)
    static func isInnerPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, start: Int, limit: Int) -> Bool {
        guard index - start >= 2, index + 2 < limit else { return false }
        let isLower = { (byte: UInt8) in byte &- 0x61 < 26 }
        return isLower(bytes[index + 1]) && isLower(bytes[index + 2]) && ByteClass.isLetter(bytes[index - 1]) && ByteClass.isLetter(bytes[index - 2])
    }

    /// Length of a word-inner joiner at `index`: hyphen, apostrophe or ’; 0 otherwise.
    @inline(__always)
    static func joinerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x2D || byte == 0x27 { return 1 }
        if QuoteMarks.isRightSingle(bytes, index) { return 3 }
        return 0
    }

    /// End of a possessive ending ("'s", "’s") at `index`, when one stands there.
    @inline(__always)
    static func possessiveEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ limit: Int) -> Int? {
        let byte = bytes[index]
        let apostrophe: Int
        if byte == 0x27 { apostrophe = 1 } else if QuoteMarks.isRightSingle(bytes, index) { apostrophe = 3 } else { return nil }
        let sIndex = index + apostrophe
        guard sIndex < limit, bytes[sIndex] == 0x73 || bytes[sIndex] == 0x53 else { return nil }
        let after = sIndex + 1
        if after < limit {
            let (kind, _) = ByteClass.classify(bytes, after)
            if kind == .letter || kind == .digit { return nil }
        }
        return after
    }
}
