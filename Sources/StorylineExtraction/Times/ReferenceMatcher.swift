import StorylineModel

/// Finds phrases naming the story's reference dates after relation words ("before the US
/// election", "just days before the summit", "since the vote").
struct ReferenceMatcher: Sendable {
    /// One phrase of a reference, as lower-case word bytes (possessives as "'s").
    struct Phrase: Sendable {
        /// The date of the reference it names.
        var date: CalendarDay
        var words: [[UInt8]]
    }

    private let phrases: [Phrase]

    /// The two longest words of every phrase, both of which a sentence must hold to name a
    /// reference; nil when some phrase has no word the tokenizer hashes whole (only dotted ones).
    let keyWords: ReferenceWordFilter?

    /// Whether there is anything to find.
    var isEmpty: Bool { phrases.isEmpty }

    init(_ references: [ReferenceDate]) {
        var phrases: [Phrase] = []
        for reference in references {
            for text in reference.phrases {
                let bytes = Array(text.lowercased().utf8)
                let words: [[UInt8]] = bytes.withUnsafeBufferPointer { buffer in
                    TimeTokens.with(buffer, from: 0, to: buffer.count) { phrase in
                        phrase.tokens.compactMap { token in
                            switch token.kind {
                            case .possessive: return ReferenceMatcher.possessive
                            case .word: return ReferenceMatcher.normalised(buffer, token)
                            case .punctuation: return nil
                            }
                        }
                    }
                }
                if !words.isEmpty { phrases.append(Phrase(date: reference.date, words: words)) }
            }
        }
        // Longest first, so "mr x's swearing-in" wins over "the swearing-in".
        self.phrases = phrases.sorted { $0.words.count > $1.words.count }
        keyWords = Self.keyWords(of: phrases)
    }

    /// The filter of the phrases' two longest words (the possessive ending and dotted
    /// abbreviations cannot serve).
    static func keyWords(of phrases: [Phrase]) -> ReferenceWordFilter? {
        var keys: [(first: [UInt8], second: [UInt8])] = []
        for phrase in phrases {
            let usable = phrase.words.filter { $0 != possessive && !$0.contains(0x2E) }
            let longest = usable.enumerated().sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
            guard let first = longest.first else { return nil }
            keys.append((first, longest.count > 1 ? longest[1] : first))
        }
        return ReferenceWordFilter(keyWords: keys)
    }

    private static let possessive: [UInt8] = [0x27, 0x73]

    /// Lower-case bytes of a word token, with ’ written as '.
    private static func normalised(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(token.count)
        var index = token.start
        while index < token.end {
            if QuoteMarks.matches(bytes, index, QuoteMarks.rightSingle) {
                result.append(0x27)
                index += 3
            } else {
                result.append(ByteClass.lower(bytes[index]))
                index += 1
            }
        }
        return result
    }

    /// Every reference expression of the sentence.
    func matches(_ t: TimeTokens) -> [TimeMatch] {
        guard !phrases.isEmpty else { return [] }
        var found: [TimeMatch] = []
        var next = 0
        // Relation words, prepositions, "run-up" and "wake" are all candidates.
        for candidate in t.candidates where Int(candidate) >= next && t.words[Int(candidate)] != nil {
            if let match = match(t, trigger: Int(candidate)) {
                found.append(match)
                next = match.end
            }
        }
        return found
    }

    /// A reference expression whose relation word is token `k`.
    private func match(_ t: TimeTokens, trigger k: Int) -> TimeMatch? {
        var relation = TimeRelation.on
        var low: Int?
        var high: Int?
        var exact: Int?
        var first = k
        var start = k + 1
        switch t.word(k) {
        case .relation(let kind)?:
            relation = kind
            if t.isWord(k, "ahead") || t.isWord(k, "prior") {
                guard t.keyword(k + 1) == .of || t.keyword(k + 1) == .to else { return nil }
                start += 1
            }
            let inclusive = t.isWord(k, "since") || t.isWord(k, "until") || t.isWord(k, "till")
            if kind == .before { high = inclusive ? 0 : -1 } else { low = inclusive ? 0 : 1 }
        case .preposition?:
            guard t.isWord(k, "at") || t.isWord(k, "during") || t.isWord(k, "on") else { return nil }
            if t.isWord(k, "on"), t.keyword(k + 1) == .the, t.keyword(k + 2) == .eve, t.keyword(k + 3) == .of {
                exact = -1
                start = k + 4
            } else {
                exact = 0
            }
        case .keyword(.run)? where t.keyword(k + 1) == .to:
            relation = .shortlyBefore
            (low, high) = (-30, -1)
            start = k + 2
            if t.keyword(k - 1) == .the { first = k - 1 }
            if t.isWord(first - 1, "in") { first -= 1 }
        case .keyword(.wake)? where t.keyword(k + 1) == .of:
            relation = .shortlyAfter
            (low, high) = (1, 30)
            start = k + 2
            if t.keyword(k - 1) == .the { first = k - 1 }
            if t.isWord(first - 1, "in") { first -= 1 }
        default:
            return nil
        }
        guard let (phrase, phraseEnd) = phrase(t, from: start) else { return nil }
        var end = phraseEnd
        // "during the election campaign": the campaign comes before the election itself.
        if exact == 0, end < t.count, t.tokens[end].isWord, TimeLexicon.precedingPeriodNouns.contains(t.bytes, t.tokens[end]) {
            exact = nil
            relation = .before
            (low, high) = (nil, -1)
            end += 1
        }
        var match = TimeMatch(first: first, end: end, kind: .reference(phrase.date, relation: relation, low: low, high: high, exact: exact))
        if relation == .before || relation == .after {
            extendWithDistance(&match, t, relationIndex: k)
        }
        return match
    }

    /// Words before the relation word that say how far from the reference: "days before",
    /// "three weeks after", "shortly before", "the day before", "just days before".
    private func extendWithDistance(_ match: inout TimeMatch, _ t: TimeTokens, relationIndex k: Int) {
        guard case .reference(let reference, let relation, _, _, _) = match.kind else { return }
        let sign = relation == .before ? -1 : 1
        var first = k
        var kind = match.kind
        if t.keyword(k - 1) == .shortly || t.isWord(k - 1, "soon") || t.keyword(k - 1) == .just {
            first = k - 1
            let (low, high) = sign < 0 ? (-7, -1) : (1, 7)
            kind = .reference(reference, relation: sign < 0 ? .shortlyBefore : .shortlyAfter, low: low, high: high, exact: nil)
        } else if let unit = t.unit(k - 1) {
            first = k - 1
            let counted = t.count(k - 2)
            let isSingular = t.keyword(k - 2) == .the
            if isSingular || counted.found { first = k - 2 }
            let count = isSingular ? 1 : counted.value
            if let count, unit == .day || unit == .week || unit == .fortnight {
                kind = .reference(reference, relation: .on, low: nil, high: nil, exact: sign * count * unit.approximateDays)
            } else {
                let days = unit.approximateDays
                let (near, far) = count.map { ($0 * days - days / 2, $0 * days + days / 2) } ?? (days, unit == .day ? 14 : days * 12)
                let shortly = unit == .day && count == nil
                let relationKind: TimeRelation = shortly ? (sign < 0 ? .shortlyBefore : .shortlyAfter) : relation
                kind = sign < 0
                    ? .reference(reference, relation: relationKind, low: unit == .year && count == nil ? nil : -far, high: -near, exact: nil)
                    : .reference(reference, relation: relationKind, low: near, high: unit == .year && count == nil ? nil : far, exact: nil)
            }
        }
        if first < k, t.keyword(first - 1) == .just { first -= 1 }
        match.first = min(match.first, first)
        match.kind = kind
    }

    /// The longest phrase starting within two words of `start`, and one past its last token.
    private func phrase(_ t: TimeTokens, from start: Int) -> (Phrase, Int)? {
        for offset in 0...2 {
            let j = start + offset
            guard j < t.count else { return nil }
            if offset > 0, !t.tokens[j - 1].isWord { return nil }  // skip only words ("Mr", "the").
            for phrase in phrases {
                if let end = matchPhrase(phrase, t, at: j) { return (phrase, end) }
            }
        }
        return nil
    }

    /// One past the last token when `phrase` stands at token `j`.
    private func matchPhrase(_ phrase: Phrase, _ t: TimeTokens, at j: Int) -> Int? {
        var k = j
        for (n, word) in phrase.words.enumerated() {
            if n > 0, t.isPunctuation(k, UInt8(ascii: ".")) { k += 1 }  // "Mr. X" for "mr x".
            guard k < t.count else { return nil }
            let token = t.tokens[k]
            switch token.kind {
            case .possessive:
                guard word == ReferenceMatcher.possessive else { return nil }
            case .word:
                guard equals(word, t.bytes, token) else { return nil }
            case .punctuation:
                return nil
            }
            k += 1
        }
        return k
    }

    private func equals(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        var index = token.start
        var n = 0
        while index < token.end {
            guard n < word.count else { return false }
            if QuoteMarks.matches(bytes, index, QuoteMarks.rightSingle) {
                guard word[n] == 0x27 else { return false }
                index += 3
            } else {
                guard ByteClass.lower(bytes[index]) == word[n] else { return false }
                index += 1
            }
            n += 1
        }
        return n == word.count
    }
}
