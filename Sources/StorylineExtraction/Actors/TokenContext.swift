import StorylineModel

/// One sentence's tokens with the byte-level questions the actor and quote rules ask.
/// It borrows its buffers (see `SentenceScratch`), so it lives only inside one sentence's scan.
struct TokenContext {
    /// The document's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The sentence's tokens.
    let tokens: UnsafeBufferPointer<Token>
    /// The sentence's index in its document.
    let sentence: Int
    /// The word lists each token belongs to, looked up on first use (`.unclassified` until then).
    private let classes: UnsafeMutableBufferPointer<WordClass>
    /// The class table the lookups use.
    private let table: UnsafePointer<WordClassTable>

    /// A context over `tokens`; `classes` (as long as `tokens`) must hold `.unclassified` or
    /// each token's classes, and with `table` must outlive the context.
    init(
        bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
        classes: UnsafeMutableBufferPointer<WordClass>, table: UnsafePointer<WordClassTable>, sentence: Int
    ) {
        self.bytes = bytes
        self.tokens = tokens
        self.classes = classes
        self.table = table
        self.sentence = sentence
    }

    /// Whether token `index` exists and belongs to the word list `wordClass`.
    @inline(__always)
    func has(_ index: Int, _ wordClass: WordClass) -> Bool {
        index >= 0 && index < classes.count && classes(at: index).contains(wordClass)
    }

    /// The classes of token `index` (which exists), looked up once and remembered.
    @inline(__always)
    func classes(at index: Int) -> WordClass {
        let known = classes[index]
        if known != .unclassified { return known }
        let token = tokens[index]
        let found = token.isWord ? table.pointee.classes(bytes, token.start, token.end) : []
        classes[index] = found
        return found
    }

    /// Whether a rule may start at the word at `index` that is not capitalised (false: surely not),
    /// answered without a full lookup for most words.
    @inline(__always)
    func mayStartLowerCaseRule(_ index: Int) -> Bool {
        let token = tokens[index]
        guard table.pointee.mayStartRule(bytes, token.start, token.end) else { return false }
        return !classes(at: index).isDisjoint(with: .lowerCaseRuleStarts)
    }

    var count: Int { tokens.count }

    /// The text of token `index`.
    func text(_ index: Int) -> String {
        TextBytes.string(bytes, tokens[index].start, tokens[index].end)
    }

    /// Tokens `start..<end` as one phrase, with single spaces where the text had white space.
    /// The bytes are written straight into the String (short names stay inline, no buffer).
    func phrase(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        // Single spaces never make the phrase longer than its stretch of text.
        let capacity = tokens[end - 1].end - tokens[start].start
        guard capacity > 0 else { return "" }
        // Invalid UTF-8 is repaired as `String(decoding:as:)` repairs it.
        return String(unsafeUninitializedCapacity: capacity) { out in
            var count = 0
            for index in start..<end {
                let token = tokens[index]
                if index > start, token.spaceBefore, count < out.count {
                    out[count] = 0x20
                    count += 1
                }
                for offset in token.start..<token.end where count < out.count {
                    out[count] = bytes[offset]
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether token `index` exists, is a word and is in `set`.
    func isWord(_ index: Int, in set: WordSet) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isWord && set.contains(bytes, tokens[index])
    }

    /// Whether token `index` is a capitalised word.
    func isCapitalisedWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isWord && tokens[index].isCapitalised
    }

    /// Whether token `index` is exactly the ASCII `text`.
    func isExactly(_ index: Int, _ text: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        guard token.count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { expected in
            for offset in 0..<expected.count where bytes[token.start + offset] != expected[offset] { return false }
            return true
        }
    }

    /// Whether token `index` is a comma.
    func isComma(_ index: Int) -> Bool { isExactly(index, ",") }

    /// The comma closing a home-town aside opened by the comma at `comma`: ", from Clydach,"
    /// or ", of Harlow Green," (one to three capitalised words), else nil.
    func homeAsideEnd(openedAt comma: Int) -> Int? {
        guard isComma(comma), isExactly(comma + 1, "from") || isExactly(comma + 1, "of"), isCapitalisedWord(comma + 2) else { return nil }
        var end = comma + 3
        while end < comma + 5, isCapitalisedWord(end) { end += 1 }
        return isComma(end) ? end : nil
    }

    /// The comma opening the home-town aside whose closing comma is `comma` (`homeAsideEnd` read
    /// backwards), else nil.
    func homeAsideStart(closedAt comma: Int) -> Int? {
        guard isComma(comma), isCapitalisedWord(comma - 1) else { return nil }
        var first = comma - 1
        while first > comma - 3, isCapitalisedWord(first - 1) { first -= 1 }
        guard isExactly(first - 1, "from") || isExactly(first - 1, "of"), isComma(first - 2) else { return nil }
        return first - 2
    }

    /// Whether token `index` is a word of 2–6 ASCII capitals ("KCNA").
    func isAcronym(_ index: Int) -> Bool {
        isCapitals(index) && (2...6).contains(tokens[index].count)
    }

    /// Whether token `index` is capital letters each followed by a period, three to six of them
    /// ("F.B.I.", "N.Y.P.D."): an acronym as some outlets write it. (Two are mostly a state or
    /// a place: "N.J.", "D.C.".)
    func isDottedAcronym(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        let token = tokens[index]
        let count = token.end - token.start
        guard count % 2 == 0, (6...12).contains(count) else { return false }
        for offset in stride(from: token.start, to: token.end, by: 2) {
            guard ByteClass.isUpper(bytes[offset]), bytes[offset + 1] == UInt8(ascii: ".") else { return false }
        }
        return true
    }

    /// Whether token `index` is a word of digits only ("100").
    func isNumber(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        return (tokens[index].start..<tokens[index].end).allSatisfy { ByteClass.isDigit(bytes[$0]) }
    }

    /// Whether token `index` is a word in capitals of any length ("ORLEANS").
    func isCapitals(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        let token = tokens[index]
        for offset in token.start..<token.end where !ByteClass.isUpper(bytes[offset]) { return false }
        return true
    }

    /// Index of the first token at or after `index` that is neither an attribution filler
    /// ("also", "has") nor part of a short time phrase ("on Sunday", "late on Friday", "last week").
    func skippingFillers(from index: Int) -> Int {
        var next = index
        while next < tokens.count, has(next, .filler) { next += 1 }
        let first = next
        var opened = false
        while next < tokens.count, next - first < 3, has(next, .speechTimeOpener) {
            next += 1
            opened = true
        }
        let timeStart = next
        while next < tokens.count, next - timeStart < 3, has(next, .speechTime) { next += 1 }
        // No time word, or a lone "week"/"month" with no opener: nothing to skip.
        guard next > timeStart, opened || !isBareTimeUnit(timeStart) else { return first }
        while next < tokens.count, has(next, .filler) { next += 1 }
        return next
    }

    /// Whether token `index` is "week" or "month", a time only after an opener ("last week").
    private func isBareTimeUnit(_ index: Int) -> Bool {
        isExactly(index, "week") || isExactly(index, "month") || isExactly(index, "Week") || isExactly(index, "Month")
            || isWord(index, in: ActorLexicon.speechTimeMonths)
    }

    /// Index of the last token at or before `index` that is not an attribution filler.
    func skippingFillersBackward(from index: Int) -> Int {
        var previous = index
        while previous >= 0, has(previous, .filler) { previous -= 1 }
        return previous
    }

    /// Index of the last token at or before `index` that is neither an attribution filler nor
    /// part of a short time phrase ("Jo Roe on Sunday said", "Jo Roe late on Friday also said").
    func skippingFillersAndTimeBackward(from index: Int) -> Int {
        var previous = skippingFillersBackward(from: index)
        let last = previous
        while previous >= 0, last - previous < 3, has(previous, .speechTime) { previous -= 1 }
        guard previous < last else { return last }
        // "week" and "month" only after an opener ("last week"): a bare one is no time phrase.
        let bare = isBareTimeUnit(last)
        var opened = false
        while previous >= 0, last - previous < 5, has(previous, .speechTimeOpener) {
            previous -= 1
            opened = true
        }
        if bare && !opened { return last }
        return skippingFillersBackward(from: previous)
    }

    /// Whether token `index` is a verb of saying; words of no cue verb's shape, nearly all of
    /// them, are answered without a lookup.
    func isCueVerb(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        guard token.isWord, table.pointee.mayBeCueVerb(bytes, token.start, token.end) else { return false }
        return has(index, .cueVerb) && !isVerbBeforeTo(index)
    }

    /// Whether token `index`, a form of "add" or "continue", is followed by "to": "the results
    /// added to the evidence" makes more, "if he continued to criticise" goes on; neither says.
    private func isVerbBeforeTo(_ index: Int) -> Bool {
        isExactly(index + 1, "to") && isWord(index, in: QuoteCueLexicon.verbsBeforeTo)
    }
}

/// Token and class buffers reused from sentence to sentence, so scanning a sentence
/// allocates nothing once the buffers have grown to the longest sentence.
struct SentenceScratch {
    /// Tokens are written to the front; the rest is room (never shrinks).
    private var tokens: [Token] = []
    /// Classes of the current sentence's tokens at the front; grows, never shrinks.
    private var classes: [WordClass] = []

    /// Tokenizes `range` of `bytes` and calls `body` with the context (classes are looked up
    /// as the rules ask for them).
    mutating func withContext<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, sentence: Int, table: WordClassTable,
        _ body: (TokenContext) -> Result
    ) -> Result {
        var count: Int?
        while true {
            count = tokens.withUnsafeMutableBufferPointer { WordScanner.tokens(bytes, from: range.start, to: range.end, into: $0) }
            if count != nil { break }
            // Out of room: double the buffer (a sentence rarely needs more than a few hundred).
            tokens += repeatElement(Token(start: 0, end: 0, kind: .punctuation), count: max(tokens.count, 256))
        }
        let tokenCount = count ?? 0
        // The class buffer only grows: its front, one per token, starts unclassified.
        if classes.count < tokenCount { classes += repeatElement(.unclassified, count: tokenCount - classes.count) }
        return tokens.withUnsafeBufferPointer { tokenBuffer in
            classes.withUnsafeMutableBufferPointer { classBuffer in
                let front = UnsafeMutableBufferPointer(rebasing: classBuffer[0..<tokenCount])
                front.update(repeating: .unclassified)
                return withUnsafePointer(to: table) { table in
                    let tokens = UnsafeBufferPointer(rebasing: tokenBuffer[0..<tokenCount])
                    return body(TokenContext(bytes: bytes, tokens: tokens, classes: front, table: table, sentence: sentence))
                }
            }
        }
    }
}
