/// Splits a sentence into word and punctuation tokens and looks each word up in the time
/// lexicon in the same pass (the hash is built while scanning). Its buffers are reused from
/// sentence to sentence and written through pointers, so scanning allocates nothing.
struct TimeTokenizer {
    private var tokenStorage: [Token] = []
    private var wordStorage: [TimeWord?] = []
    private var count = 0
    /// Whether the last sentence has a word that can start or anchor a time expression.
    private(set) var hasTimeWord = false
    /// Whether it has a word that can relate to a reference date ("before", "during").
    private(set) var hasRelationWord = false

    init() {}

    /// Tokens of the last sentence scanned.
    var tokens: ArraySlice<Token> { tokenStorage[0..<count] }
    /// Lexicon entries of those tokens.
    var words: ArraySlice<TimeWord?> { wordStorage[0..<count] }

    /// Scans `bytes[start..<end]`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        let limit = min(end, bytes.count)
        let first = max(0, start)
        // A sentence has at most one token per byte (plus one for safety).
        let needed = max(0, limit - first) + 1
        if tokenStorage.count < needed {
            let size = max(needed, tokenStorage.count * 2, 256)
            tokenStorage = [Token](repeating: Token(start: 0, end: 0, kind: .punctuation), count: size)
            wordStorage = [TimeWord?](repeating: nil, count: size)
        }
        var flags = (time: false, relation: false)
        let written = tokenStorage.withUnsafeMutableBufferPointer { tokenOut in
            wordStorage.withUnsafeMutableBufferPointer { wordOut in
                Self.scan(bytes, first, limit, tokenOut, wordOut, &flags)
            }
        }
        count = written
        hasTimeWord = flags.time
        hasRelationWord = flags.relation
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int,
        _ tokenOut: UnsafeMutableBufferPointer<Token>, _ wordOut: UnsafeMutableBufferPointer<TimeWord?>,
        _ flags: inout (time: Bool, relation: Bool)
    ) -> Int {
        let lexicon = TimeLexicon.words  // read once: a static is a lazy global behind a once-check
        let longest = lexicon.longestKey
        var n = 0
        var index = start
        var spaceBefore = true
        while index < limit {
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                spaceBefore = true
                index += 1
                continue
            }
            if isWordByte(bytes, index) {
                var hash = TimeWordHash.seed
                var wordEnd = index
                var hyphen = false
                var possessiveAt: Int?
                while wordEnd < limit {
                    if isWordByte(bytes, wordEnd) {
                        hash = TimeWordHash.add(hash, bytes[wordEnd])
                        wordEnd += 1
                        continue
                    }
                    let joiner = WordScanner.joinerLength(bytes, wordEnd)
                    guard joiner > 0, wordEnd + joiner < limit, isWordByte(bytes, wordEnd + joiner) else { break }
                    if WordScanner.possessiveEnd(bytes, wordEnd, limit) != nil {
                        possessiveAt = wordEnd
                        break
                    }
                    if bytes[wordEnd] == 0x2D { hyphen = true }
                    // ’ inside a word hashes as ' so "don’t" and "don't" look the same.
                    hash = TimeWordHash.add(hash, joiner == 3 ? 0x27 : bytes[wordEnd])
                    wordEnd += joiner
                }
                var lookUp = true
                // Dotted abbreviations ("U.S.") stay one word, as in the shared scanner; never time words.
                if wordEnd - index == 1, wordEnd + 1 < limit, bytes[wordEnd] == 0x2E, ByteClass.isLetter(bytes[wordEnd + 1]) {
                    let dotted = WordScanner.scanWord(bytes, index, limit)
                    if dotted > wordEnd {
                        wordEnd = dotted
                        lookUp = false
                        possessiveAt = nil
                    }
                }
                tokenOut[n] = Token(start: index, end: wordEnd, kind: .word, isCapitalised: ByteClass.isUpper(byte), spaceBefore: spaceBefore)
                let entry = lookUp && wordEnd - index <= longest ? lexicon.value(hash: hash, bytes, index, wordEnd) : nil
                wordOut[n] = entry
                n += 1
                if let entry {
                    if entry.anchorsTime { flags.time = true }
                    if entry.relatesToReference { flags.relation = true }
                } else if ByteClass.isDigit(byte) || hyphen {
                    flags.time = true
                }
                index = wordEnd
                spaceBefore = false
                if let possessiveAt, let possessiveEnd = WordScanner.possessiveEnd(bytes, possessiveAt, limit) {
                    tokenOut[n] = Token(start: possessiveAt, end: possessiveEnd, kind: .possessive, spaceBefore: false)
                    wordOut[n] = nil
                    n += 1
                    index = possessiveEnd
                }
                continue
            }
            if n > 0, !spaceBefore, tokenOut[n - 1].isWord, let possessiveEnd = WordScanner.possessiveEnd(bytes, index, limit) {
                tokenOut[n] = Token(start: index, end: possessiveEnd, kind: .possessive, spaceBefore: false)
                wordOut[n] = nil
                n += 1
                index = possessiveEnd
                continue
            }
            let length = min(ByteClass.scalarLength(byte), limit - index)
            tokenOut[n] = Token(start: index, end: index + length, kind: .punctuation, spaceBefore: spaceBefore)
            wordOut[n] = nil
            n += 1
            index += length
            spaceBefore = false
        }
        return n
    }

    /// Whether the scalar at `index` belongs to a word: ASCII letters and digits, and
    /// non-ASCII letters (general punctuation, Latin-1 symbols and spaces excluded).
    @inline(__always)
    static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
        if byte < 0xC0 { return true }  // continuation of a letter already accepted
        let (kind, _) = ByteClass.classify(bytes, index)
        return kind == .letter
    }
}

extension TimeWord {
    /// Whether the word can start or anchor a time expression on its own (prepositions,
    /// articles and counts only join one).
    var anchorsTime: Bool {
        switch self {
        case .month, .monthAbbreviation, .weekday, .season, .unit, .dayOffset, .deixis, .pastAdverb,
             .presentAdverb, .futureAdverb, .ago, .part:
            return true
        case .keyword(let keyword):
            switch keyword {
            case .so, .past, .future, .recent, .present, .moment, .earlier, .later: return true
            default: return false
            }
        case .count, .relation, .preposition, .dayPart:
            return false
        }
    }

    /// Whether the word can introduce a reference date ("before", "during", "run-up").
    var relatesToReference: Bool {
        switch self {
        case .relation, .preposition: return true
        case .keyword(let keyword): return keyword == .run || keyword == .wake
        default: return false
        }
    }
}
