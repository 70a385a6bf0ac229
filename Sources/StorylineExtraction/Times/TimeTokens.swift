/// The tokens of one sentence with what each can mean for time, looked up once. It points
/// into the tokenizer's buffers, so it is valid only inside `TimeTokenizer.withTokens`, and
/// copying it costs no reference counting.
struct TimeTokens {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    /// `words[i]`: the lexicon entry of token i, if any.
    let words: UnsafeBufferPointer<TimeWord?>
    /// The tokens an expression can start at, ascending (`TimeTokenizer.candidates`).
    let candidates: UnsafeBufferPointer<Int32>

    /// Calls `body` with the tokens of `bytes[start..<end]` (for phrases and tests).
    static func with<R>(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (TimeTokens) -> R) -> R {
        var tokenizer = TimeTokenizer()
        tokenizer.scan(bytes, from: start, to: end)
        return tokenizer.withTokens(bytes, body)
    }

    var count: Int { tokens.count }

    /// The lexicon entry of token `i` (nil outside the sentence).
    func word(_ i: Int) -> TimeWord? { i >= 0 && i < words.count ? words[i] : nil }

    /// The keyword at token `i`, if it is one.
    func keyword(_ i: Int) -> TimeKeyword? {
        if case .keyword(let keyword)? = word(i) { return keyword }
        return nil
    }

    /// Whether token `i` is a word starting with a capital letter.
    func isCapitalised(_ i: Int) -> Bool { i >= 0 && i < count && tokens[i].isWord && tokens[i].isCapitalised }

    /// Whether token `i` is a word ending in "s" (a plural unit: "weeks").
    func endsInS(_ i: Int) -> Bool {
        i >= 0 && i < count && tokens[i].isWord && ByteClass.lower(bytes[tokens[i].end - 1]) == UInt8(ascii: "s")
    }

    /// Whether token `i` is the single ASCII punctuation byte `byte`.
    func isPunctuation(_ i: Int, _ byte: UInt8) -> Bool {
        i >= 0 && i < count && tokens[i].kind == .punctuation && tokens[i].count == 1 && bytes[tokens[i].start] == byte
    }

    /// Whether token `i` is an en dash ("June–July").
    func isDash(_ i: Int) -> Bool {
        guard i >= 0, i < count, tokens[i].kind == .punctuation, tokens[i].count == 3 else { return false }
        let s = tokens[i].start
        return bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && bytes[s + 2] == 0x93
    }

    /// The digits of token `i` as a number, with how many digits it has and whether an ordinal
    /// suffix follows ("18th"); nil when the token is not a plain or ordinal number.
    func number(_ i: Int) -> (value: Int, digits: Int, ordinal: Bool)? {
        guard let (value, digits, index) = leadingDigits(i) else { return nil }
        if index == tokens[i].end { return (value, digits, false) }
        guard digits <= 2, TimeLexicon.ordinalSuffixes.contains(bytes, index, tokens[i].end) else { return nil }
        return (value, digits, true)
    }

    /// The digits opening word token `i` (at most five) as a number, with how many there are
    /// and the offset after them; nil when the token does not open with a digit.
    func leadingDigits(_ i: Int) -> (value: Int, digits: Int, end: Int)? {
        guard i >= 0, i < count, tokens[i].isWord else { return nil }
        let token = tokens[i]
        var value = 0
        var index = token.start
        while index < token.end, ByteClass.isDigit(bytes[index]), index - token.start < 5 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        let digits = index - token.start
        return digits > 0 ? (value, digits, index) : nil
    }

    /// A day of the month at token `i` ("18", "18th").
    func dayNumber(_ i: Int) -> Int? {
        guard let number = number(i), number.digits <= 2, (1...31).contains(number.value) else { return nil }
        return number.value
    }

    /// A range of days of one month starting at token `i` ("28-29" as one word, "11 – 13"):
    /// its first day and one past its last token. The later day must be the greater.
    func dayRange(_ i: Int) -> (first: Int, end: Int)? {
        guard i >= 0, i < count, tokens[i].isWord else { return nil }
        if let first = dayNumber(i) {
            guard isDash(i + 1) || isPunctuation(i + 1, UInt8(ascii: "-")), let last = dayNumber(i + 2), last > first else { return nil }
            return (first, i + 3)
        }
        // One word: digits, a hyphen, digits.
        let token = tokens[i]
        func day(_ from: Int) -> (value: Int, end: Int)? {
            var k = from, value = 0
            while k < token.end, k - from < 2, ByteClass.isDigit(bytes[k]) {
                value = value * 10 + Int(bytes[k] - 0x30)
                k += 1
            }
            return k > from && (1...31).contains(value) ? (value, k) : nil
        }
        guard let first = day(token.start), first.end < token.end, bytes[first.end] == UInt8(ascii: "-"),
              let last = day(first.end + 1), last.end == token.end, last.value > first.value else { return nil }
        return (first.value, i + 1)
    }

    /// A four-digit year at token `i`.
    func yearNumber(_ i: Int) -> Int? {
        guard let number = number(i), number.digits == 4, !number.ordinal, (1000...2999).contains(number.value) else { return nil }
        return number.value
    }

    /// A count at token `i`: digits ("3") or a count word ("three", "a", "few").
    func count(_ i: Int) -> (value: Int?, found: Bool) {
        if let number = number(i), !number.ordinal, number.digits <= 3 { return (number.value, true) }
        if case .count(let value)? = word(i) { return (value, true) }
        return (nil, false)
    }

    /// The month named at token `i` by a full name (any case check is the caller's).
    func month(_ i: Int) -> Int? {
        if case .month(let month)? = word(i) { return month }
        return nil
    }

    /// The unit named at token `i`.
    func unit(_ i: Int) -> TimeUnit? {
        if case .unit(let unit)? = word(i) { return unit }
        return nil
    }

    /// The deixis word at token `i`.
    func deixis(_ i: Int) -> Deixis? {
        if case .deixis(let deixis)? = word(i) { return deixis }
        return nil
    }

    /// Whether token `i` is the word `lower` (ASCII, compared ignoring case).
    func isWord(_ i: Int, _ lower: StaticString) -> Bool {
        guard i >= 0, i < count, tokens[i].isWord, tokens[i].count == lower.utf8CodeUnitCount else { return false }
        let token = tokens[i]
        return lower.withUTF8Buffer { wanted in
            for offset in 0..<wanted.count where ByteClass.lower(bytes[token.start + offset]) != wanted[offset] { return false }
            return true
        }
    }

    /// Whether word token `i` has a hyphen inside ("mid-June").
    func hasHyphen(_ i: Int) -> Bool {
        TimeTokenizer.hasHyphen(bytes, tokens[i].start, tokens[i].end)
    }
}
