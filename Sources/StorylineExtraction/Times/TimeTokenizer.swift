/// Splits a sentence into word and punctuation tokens and looks each word up in the time
/// lexicon in the same pass (the hash is built while scanning). Its buffers are reused from
/// sentence to sentence and written through pointers, so scanning allocates nothing.
struct TimeTokenizer {
    private var tokenStorage: [Token] = []
    private var wordStorage: [TimeWord?] = []
    /// Candidate token indices (see `candidates`).
    private var candidateStorage: [Int32] = []
    /// Tokens of the last sentence.
    private var count = 0
    /// Candidates of the last sentence.
    private var candidateCount = 0
    /// Whether the last sentence has a word that can start or anchor a time expression.
    private(set) var hasTimeWord = false
    /// Whether it has a word that can relate to a reference date ("before", "during").
    private(set) var hasRelationWord = false
    /// Whether it has a key word of a reference phrase (always true without `referenceWords`).
    private(set) var hasReferenceWord = false
    /// The tables a scan reads, held by one reference: passed to every sentence's scan at the
    /// cost of one reference count, where their arrays one by one cost a dozen.
    private let tables: Tables
    /// Whether every sentence may name a reference (no filter given).
    private let everySentenceMayNameAReference: Bool

    /// The read-only tables of a scan.
    private final class Tables: Sendable {
        /// Key words of the story's reference phrases: a sentence without one names no reference.
        let referenceWords: ReferenceWordFilter
        /// The time lexicon, read from its global once per tokenizer rather than once per sentence.
        let lexicon = TimeLexicon.screened
        /// The shapes of the words worth hashing: the lexicon's and the reference key words'.
        let hashLeads: WordLeads

        init(referenceWords: ReferenceWordFilter, hashLeads: WordLeads) {
            self.referenceWords = referenceWords
            self.hashLeads = hashLeads
        }
    }

    /// Whether every token is a candidate and every flag set: the general path the screening
    /// must agree with (for tests).
    private let screens: Bool

    /// A tokenizer; `referenceWords` (nil: none) sets `hasReferenceWord`; without `screening`
    /// every sentence looks as if it had every kind of word and every token is a candidate.
    init(referenceWords: ReferenceWordFilter? = nil, screening: Bool = true) {
        let filter = referenceWords ?? ReferenceWordFilter(phrases: [])
        tables = Tables(referenceWords: filter, hashLeads: filter.isActive ? filter.leadsWithLexicon : TimeLexicon.screened.leads)
        everySentenceMayNameAReference = referenceWords == nil
        screens = screening
    }

    /// Tokens of the last sentence scanned.
    var tokens: ArraySlice<Token> { tokenStorage[0..<count] }
    /// Lexicon entries of those tokens.
    var words: ArraySlice<TimeWord?> { wordStorage[0..<count] }
    /// The tokens a time expression can start at, ascending: lexicon words that can start
    /// one, words opening with a digit and hyphenated words ("mid-June").
    var candidates: ArraySlice<Int32> { candidateStorage[0..<candidateCount] }

    /// Calls `body` with the last sentence's tokens, found in `bytes`.
    func withTokens<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (TimeTokens) -> R) -> R {
        tokenStorage.withUnsafeBufferPointer { tokens in
            wordStorage.withUnsafeBufferPointer { words in
                candidateStorage.withUnsafeBufferPointer { candidates in
                    body(TimeTokens(
                        bytes: bytes, tokens: UnsafeBufferPointer(rebasing: tokens[0..<count]),
                        words: UnsafeBufferPointer(rebasing: words[0..<count]),
                        candidates: UnsafeBufferPointer(rebasing: candidates[0..<candidateCount])))
                }
            }
        }
    }

    /// Scans `bytes[start..<end]`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        let limit = min(end, bytes.count)
        let first = max(0, start)
        // A sentence has at most one token per byte (plus one for safety).
        let needed = max(0, limit - first) + 1
        if tokenStorage.count < needed {
            let size = max(needed, tokenStorage.count * 2, 256)
            // Plain values are left unwritten: a scan writes every slot it reports before anything
            // reads it, and each document grows fresh buffers.
            tokenStorage = Self.unwritten(size)
            wordStorage = [TimeWord?](repeating: nil, count: size)
            candidateStorage = Self.unwritten(size)
        }
        var flags = Flags()
        var candidates = 0
        // The buffers leave `self` for the scan, so it can read the tables in place while they
        // are written.
        let tables = self.tables
        var tokenBuffer: [Token] = []
        var wordBuffer: [TimeWord?] = []
        var candidateBuffer: [Int32] = []
        swap(&tokenBuffer, &tokenStorage)
        swap(&wordBuffer, &wordStorage)
        swap(&candidateBuffer, &candidateStorage)
        let written = tokenBuffer.withUnsafeMutableBufferPointer { tokenOut in
            wordBuffer.withUnsafeMutableBufferPointer { wordOut in
                candidateBuffer.withUnsafeMutableBufferPointer { candidateOut in
                    Self.scan(bytes, first, limit, Output(tokens: tokenOut, words: wordOut, candidates: candidateOut), tables, &flags, &candidates)
                }
            }
        }
        swap(&tokenBuffer, &tokenStorage)
        swap(&wordBuffer, &wordStorage)
        swap(&candidateBuffer, &candidateStorage)
        count = written
        candidateCount = candidates
        hasTimeWord = flags.time
        hasRelationWord = flags.relation
        hasReferenceWord = everySentenceMayNameAReference || flags.keyWords.namesAPhrase
        if !screens {
            for index in 0..<count { candidateStorage[index] = Int32(index) }
            candidateCount = count
            (hasTimeWord, hasRelationWord, hasReferenceWord) = (true, true, true)
        }
    }

    /// Whether the number `bytes[start..<end]` (a word opening with a digit) may be a time of
    /// day: "7:06", "11pm", "7 a.m.", "11.40pm".
    static func opensClockTime(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ limit: Int) -> Bool {
        var digitsEnd = start
        while digitsEnd < end, ByteClass.isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
        guard digitsEnd - start <= 2 else { return false }
        if digitsEnd < end { return meridiem(bytes, digitsEnd, end) != nil }
        guard end < limit else { return false }
        // "7:06"; "11.40pm" (a period only before am or pm: "1.8 percent" is a decimal).
        let separator = bytes[end]
        if separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".") {
            guard end + 2 < limit, ByteClass.isDigit(bytes[end + 1]), ByteClass.isDigit(bytes[end + 2]) else { return false }
            guard separator == UInt8(ascii: ".") else { return true }
            return meridiemAfter(bytes, end + 3, limit)
        }
        return meridiemAfter(bytes, end, limit)
    }

    /// Whether "am", "pm", "a.m." or "p.m." stands at `start`, attached or after one space.
    private static func meridiemAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Bool {
        var from = start
        if from < limit, bytes[from] == 0x20 { from += 1 }
        var wordEnd = from
        while wordEnd < limit, wordEnd - from < 5, ByteClass.isLetter(bytes[wordEnd]) || bytes[wordEnd] == UInt8(ascii: ".") { wordEnd += 1 }
        return wordEnd > from && meridiem(bytes, from, wordEnd) != nil
    }

    /// Whether `bytes[start..<end]` is "am", "pm", "a.m." or "p.m." (any case; true for pm).
    static func meridiem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
        var first: UInt8 = 0, second: UInt8 = 0, letters = 0
        for k in start..<end where bytes[k] != UInt8(ascii: ".") {
            letters += 1
            if letters == 1 { first = ByteClass.lower(bytes[k]) } else if letters == 2 { second = ByteClass.lower(bytes[k]) } else { return nil }
        }
        guard letters == 2, second == UInt8(ascii: "m") else { return nil }
        return first == UInt8(ascii: "a") ? false : first == UInt8(ascii: "p") ? true : nil
    }

    /// An array of `count` plain values whose slots are not written yet (read none before writing it).
    private static func unwritten<Element: BitwiseCopyable>(_ count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { _, written in written = count }
    }

    /// What a sentence's words set.
    private struct Flags {
        var time = false
        var relation = false
        var keyWords = ReferenceWordFilter.Sightings()
    }

    /// The buffers a scan writes.
    private struct Output {
        /// Tokens.
        let tokens: UnsafeMutableBufferPointer<Token>
        /// Their lexicon entries.
        let words: UnsafeMutableBufferPointer<TimeWord?>
        /// Candidate token indices.
        let candidates: UnsafeMutableBufferPointer<Int32>
    }

    /// Scans `bytes[start..<limit]` into `out`; returns the number of tokens.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int, _ out: Output,
        _ tables: Tables, _ flags: inout Flags, _ candidates: inout Int
    ) -> Int {
        let lexicon = tables.lexicon, filter = tables.referenceWords, leads = tables.hashLeads
        let longest = lexicon.longestKey
        let tokenOut = out.tokens
        let wordOut = out.words
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
            // A no-break or typographic space (pasted from web pages) parts words as a space
            // does ("3\u{00A0}March", "last\u{202F}week").
            if byte >= 0xC2, byte <= 0xE3, case (.space, let length) = ByteClass.classifyNonASCII(bytes, index), index + length <= limit {
                spaceBefore = true
                index += length
                continue
            }
            if isWordByte(bytes, index) {
                var wordEnd = index
                var hyphen = false
                // Whether the part before the first hyphen names a part of a period ("mid-June") or a count
                // ("two-week", "twice-weekly").
                var partPrefix = false
                var possessiveAt: Int?
                // Whether every byte is ASCII, so the word's shape is its key's (see `hashLeads`).
                var plain = true
                while wordEnd < limit {
                    // Most word bytes are ASCII letters and digits: skip them eight at a time.
                    wordEnd = asciiAlphanumericsEnd(bytes, wordEnd, limit)
                    guard wordEnd < limit else { break }
                    // A space or ASCII punctuation other than a joiner ends the word: the usual case.
                    let stop = bytes[wordEnd]
                    if stop < 0x80, stop != 0x2D, stop != 0x27 { break }
                    if isWordByte(bytes, wordEnd) {
                        plain = false  // only a byte above ASCII gets here
                        wordEnd += 1
                        continue
                    }
                    let joiner = WordScanner.joinerLength(bytes, wordEnd)
                    guard joiner > 0, wordEnd + joiner < limit, isWordByte(bytes, wordEnd + joiner) else { break }
                    if WordScanner.possessiveEnd(bytes, wordEnd, limit) != nil {
                        possessiveAt = wordEnd
                        break
                    }
                    if bytes[wordEnd] == 0x2D, !hyphen {
                        hyphen = true
                        // "mid-June", and the count of a length ("two-week", read by the matcher's duration rule).
                        switch lexicon.value(bytes, index, wordEnd)?.word {
                        // "twice-weekly": how many times, before an adverb of how often.
                        case .part?, .count(_?)?, .keyword(.times)?: partPrefix = true
                        // "third-quarter": an ordinal may open a quarter (the matcher reads the rest).
                        case nil: partPrefix = TimeLexicon.ordinals.value(bytes, index, wordEnd) != nil
                        default: break
                        }
                    }
                    if joiner > 1 { plain = false }
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
                        hyphen = hasHyphen(bytes, index, wordEnd)
                        partPrefix = false
                    }
                }
                tokenOut[n] = Token(start: index, end: wordEnd, kind: .word, isCapitalised: ByteClass.isUpper(byte), spaceBefore: spaceBefore)
                // Hashed only when the lexicon or the reference filter can use it (’ hashes as '),
                // which a plain word of a shape no listed word has never is.
                let listed = lookUp && (!plain || leads.mayHold(bytes, index, wordEnd))
                let fitsLexicon = wordEnd - index <= longest
                let hash = listed && (fitsLexicon || filter.isActive) ? TimeWordHash.hash(bytes, index, wordEnd) : 0
                let entry = listed && fitsLexicon ? lexicon.value(hash: hash, bytes, index, wordEnd) : nil
                wordOut[n] = entry?.word
                if let entry {
                    if entry.anchorsTime { flags.time = true }
                    if entry.relatesToReference { flags.relation = true }
                    if entry.canStartExpression {
                        out.candidates[candidates] = Int32(n)
                        candidates += 1
                    }
                } else if ByteClass.isDigit(byte) || hyphen {
                    out.candidates[candidates] = Int32(n)
                    candidates += 1
                    // Alone, a number is a time only as a year, decade or ISO date ("2019",
                    // "1990s", "90s", "2019-03-14") and a hyphenated word only after a part
                    // ("mid-June"); otherwise a time word must stand beside it.
                    if ByteClass.isDigit(byte) {
                        let length = wordEnd - index
                        let decade = (length == 3 || length == 5) && ByteClass.lower(bytes[wordEnd - 1]) == 0x73
                        // "14-week": a hyphenated count may be a length.
                        if !lookUp || length == 4 || length == 10 || decade || hyphen || (length <= 4 && Self.opensClockTime(bytes, index, wordEnd, limit)) {
                            flags.time = true
                        }
                    } else if partPrefix {
                        flags.time = true
                    }
                }
                if listed, let sightings = filter.sightings(hash) { flags.keyWords.add(sightings) }
                n += 1
                index = wordEnd
                spaceBefore = false
                // The space that usually follows a word is taken here, saving a turn of the loop.
                if index < limit, bytes[index] == 0x20 {
                    spaceBefore = true
                    index += 1
                }
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

    /// Whether `bytes[start..<end]` has a hyphen between its first and last byte.
    static func hasHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start > 2 else { return false }
        for index in (start + 1)..<(end - 1) where bytes[index] == 0x2D { return true }
        return false
    }

    /// The first index at or after `start` (before `limit`) that is not an ASCII letter or
    /// digit, found eight bytes at a time; the bytes may be read past `limit` (never past the
    /// buffer), so a sentence's last word needs no byte loop.
    @inline(__always)
    static func asciiAlphanumericsEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ limit: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index < limit, index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let others = ~ByteClass.asciiAlphanumerics(word) & 0x8080_8080_8080_8080
                if others != 0 { return min(index + others.trailingZeroBitCount >> 3, limit) }
                index += 8
            }
        }
        index = min(index, limit)
        while index < limit {
            let byte = bytes[index]
            guard (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 else { break }
            index += 1
        }
        return index
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
        case .month, .monthAbbreviation, .weekday, .holiday, .movableHoliday, .season, .unit, .lengthUnit, .dayOffset, .deixis, .pastAdverb,
             .presentAdverb, .futureAdverb, .ago, .part, .dayPart, .namedHour, .frequency, .weekdays, .dayParts:
            // A part of a day too: "that night", "the same morning" are times of their own.
            return true
        case .keyword(let keyword):
            switch keyword {
            case .so, .past, .future, .recent, .present, .moment, .earlier, .later, .overnight, .oclock, .date: return true
            default: return false
            }
        case .count, .relation, .preposition:
            return false
        }
    }

    /// Whether an expression can start at the word, on its own or introducing one
    /// ("of", "to" and "ago" only continue one; a part of a day after a preposition is the day
    /// told's, "by mid-morning").
    var canStartExpression: Bool {
        switch self {
        case .keyword(let keyword):
            switch keyword {
            case .the, .so, .earlier, .later, .run, .wake, .that, .overnight, .every, .per, .times, .date: return true
            default: return false
            }
        case .ago:
            return false
        default:
            return true
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
