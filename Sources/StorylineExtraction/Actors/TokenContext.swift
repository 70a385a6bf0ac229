import StorylineModel

/// One sentence's tokens with the byte-level questions the actor and quote rules ask.
/// It borrows its buffers (see `SentenceScratch`), so it lives only inside one sentence's scan.
struct TokenContext {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    let sentence: Int
    /// The word lists each token belongs to.
    let classes: UnsafeBufferPointer<WordClass>

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, classes: UnsafeBufferPointer<WordClass>, sentence: Int) {
        self.bytes = bytes
        self.tokens = tokens
        self.classes = classes
        self.sentence = sentence
    }

    /// Whether token `index` exists and belongs to the word list `wordClass`.
    @inline(__always)
    func has(_ index: Int, _ wordClass: WordClass) -> Bool {
        index >= 0 && index < classes.count && classes[index].contains(wordClass)
    }

    var count: Int { tokens.count }

    /// The text of token `index`.
    func text(_ index: Int) -> String {
        TextBytes.string(bytes, tokens[index].start, tokens[index].end)
    }

    /// Tokens `start..<end` as one phrase, with single spaces where the text had white space.
    func phrase(_ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(tokens[end - 1].end - tokens[start].start)
        for index in start..<end {
            if index > start, tokens[index].spaceBefore { out.append(0x20) }
            out.append(contentsOf: bytes[tokens[index].start..<tokens[index].end])
        }
        return String(decoding: out, as: UTF8.self)
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

    /// Whether token `index` is a word of 2–6 ASCII capitals ("KCNA").
    func isAcronym(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].isWord else { return false }
        let token = tokens[index]
        guard token.count >= 2, token.count <= 6 else { return false }
        for offset in token.start..<token.end where !ByteClass.isUpper(bytes[offset]) { return false }
        return true
    }

    /// Index of the first token at or after `index` that is not an attribution filler ("also", "has").
    func skippingFillers(from index: Int) -> Int {
        var next = index
        while next < tokens.count, has(next, .filler) { next += 1 }
        return next
    }

    /// Index of the last token at or before `index` that is not an attribution filler.
    func skippingFillersBackward(from index: Int) -> Int {
        var previous = index
        while previous >= 0, has(previous, .filler) { previous -= 1 }
        return previous
    }

    /// Whether token `index` is a verb of saying.
    func isCueVerb(_ index: Int) -> Bool { has(index, .cueVerb) }
}

/// Token and class buffers reused from sentence to sentence, so scanning a sentence
/// allocates nothing once the buffers have grown to the longest sentence.
struct SentenceScratch {
    private var tokens: [Token] = []
    private var classes: [WordClass] = []

    /// Tokenizes `range` of `bytes`, classifies its words and calls `body` with the context.
    mutating func withContext<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, sentence: Int, table: WordClassTable,
        _ body: (TokenContext) -> Result
    ) -> Result {
        WordScanner.tokens(bytes, from: range.start, to: range.end, into: &tokens)
        table.classify(bytes, tokens, into: &classes)
        return tokens.withUnsafeBufferPointer { tokenBuffer in
            classes.withUnsafeBufferPointer { classBuffer in
                body(TokenContext(bytes: bytes, tokens: tokenBuffer, classes: classBuffer, sentence: sentence))
            }
        }
    }
}
