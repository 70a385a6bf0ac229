import StorylineModel

/// Builds sentence profiles: words, quotes, numbers, times, titles and modality.
struct SentenceProfiler {
    private var scanner = WordScanner()

    /// The profile of `sentence`, whose document's bytes are `bytes`.
    mutating func profile(_ sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, normalized: [TimeExpression] = []) -> SentenceProfile {
        let (tokens, quotes) = scanner.scan(bytes, sentence)
        var profile = SentenceProfile(ref: sentence.ref, kind: sentence.kind, range: sentence.range, tokens: tokens, quotes: quotes)
        profile.contentKeys = SortedKeys.unique(tokens.lazy.filter(\.isContent).map(\.key))
        var used = [Bool](repeating: false, count: tokens.count)
        profile.times = Self.merge(Self.times(tokens, used: &used), normalized)
        profile.numbers = Self.numbers(tokens, used: &used)
        profile.titles = Self.titles(tokens)
        (profile.negations, profile.modals) = Self.modality(tokens)
        return profile
    }

    // MARK: Times

    static func times(_ tokens: [WordToken], used: inout [Bool]) -> [TimeMention] {
        var found: [TimeMention] = []
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            var first = t
            var last = t
            var key: String?
            if let month = TimeLexicon.monthByHash[token.surface],
               !TimeLexicon.ambiguousMonthHashes.contains(token.surface) || (token.isCapitalized && t > 0) {
                key = "m\(month)"
                if t > 0, let day = tokens[t - 1].number, isDay(tokens[t - 1], day) {
                    first = t - 1
                    key = "m\(month)d\(Int(day))"
                } else if t + 1 < tokens.count, let day = tokens[t + 1].number, isDay(tokens[t + 1], day) {
                    last = t + 1
                    key = "m\(month)d\(Int(day))"
                }
                if last + 1 < tokens.count, let year = tokens[last + 1].number, isYear(tokens[last + 1], year) {
                    last += 1
                    key = (key ?? "") + "y\(Int(year))"
                }
            } else if let weekday = TimeLexicon.weekdayByHash[token.surface] {
                key = "wd\(weekday)"
            } else if TimeLexicon.deicticHashes.contains(token.surface) {
                key = "d\(token.surface)"
            } else if let year = token.number, isYear(token, year) {
                key = "y\(Int(year))"
            } else if TimeLexicon.shifterHashes.contains(token.surface), t + 1 < tokens.count,
                      TimeLexicon.periodHashes.contains(tokens[t + 1].surface) {
                last = t + 1
                key = "r\(token.surface)/\(tokens[t + 1].key)"
            }
            guard let found1 = key else {
                t += 1
                continue
            }
            var relation = ""
            if first > 0, TimeLexicon.prepositionHashes.contains(tokens[first - 1].surface) {
                first -= 1
                if TimeLexicon.relationHashes.contains(tokens[first].surface) { relation = "\(tokens[first].surface):" }
            }
            for u in first...last { used[u] = true }
            found.append(TimeMention(key: relation + found1, range: TextRange(start: tokens[first].start, end: tokens[last].end)))
            t = last + 1
        }
        return found
    }

    /// Lexical times with the days the time stage gave them, plus the expressions only the
    /// time stage found ("days before the election"); vague ones (PAST_REF…) are left out.
    static func merge(_ lexical: [TimeMention], _ normalized: [TimeExpression]) -> [TimeMention] {
        var result = lexical
        for expression in normalized where !expression.interval.isUnbounded && !expression.value.hasSuffix("_REF") && !expression.isRecentSpan {
            if let index = result.firstIndex(where: { $0.range.overlaps(expression.range) }) {
                result[index].interval = expression.interval
            } else {
                result.append(TimeMention(key: "v\(expression.relation.rawValue):\(expression.value)", range: expression.range, interval: expression.interval))
            }
        }
        return result.sorted { $0.range < $1.range }
    }

    static func isDay(_ token: WordToken, _ value: Double) -> Bool {
        value >= 1 && value <= 31 && value == value.rounded() && isDigits(token)
    }

    static func isYear(_ token: WordToken, _ value: Double) -> Bool {
        value >= 1800 && value <= 2199 && value == value.rounded() && token.end - token.start == 4
    }

    static func isDigits(_ token: WordToken) -> Bool {
        // Number words have no digits; digit tokens have one byte per digit.
        NumberLexicon.cardinalByHash[token.surface] == nil && NumberLexicon.repetitionByHash[token.surface] == nil
    }

    // MARK: Numbers

    static func numbers(_ tokens: [WordToken], used: inout [Bool]) -> [NumberMention] {
        var found: [NumberMention] = []
        var t = 0
        while t < tokens.count {
            guard !used[t], var value = tokens[t].number else {
                t += 1
                continue
            }
            let token = tokens[t]
            // A capitalised number word inside a sentence is part of a name ("Formula One").
            if token.isCapitalized, t > 0, NumberLexicon.cardinalByHash[token.surface] != nil {
                t += 1
                continue
            }
            if token.surface == NumberLexicon.oneHash {
                let next = t + 1 < tokens.count ? tokens[t + 1].surface : 0
                let previous = t > 0 ? tokens[t - 1].surface : 0
                if NumberLexicon.pronounFollowerHashes.contains(next) || NumberLexicon.pronounLeaderHashes.contains(previous) {
                    t += 1
                    continue
                }
            }
            var last = t
            let isRepetition = NumberLexicon.repetitionByHash[token.surface] != nil
            while !isRepetition, last + 1 < tokens.count, !used[last + 1] {
                let next = tokens[last + 1]
                if let factor = NumberLexicon.multiplierByHash[next.surface] {
                    value *= factor
                } else if let more = next.number, NumberLexicon.cardinalByHash[next.surface] != nil, more < value {
                    value += more  // "twenty five"
                } else {
                    break
                }
                last += 1
            }
            var unit: UInt64 = 0
            if isRepetition {
                unit = NumberLexicon.timesHash
            } else if last + 1 < tokens.count, tokens[last + 1].isContent, tokens[last + 1].number == nil {
                last += 1
                unit = tokens[last].surface == NumberLexicon.timesHash ? NumberLexicon.timesHash : tokens[last].key
            }
            for u in t...last { used[u] = true }
            found.append(NumberMention(value: value, unit: unit, range: TextRange(start: tokens[t].start, end: tokens[last].end)))
            t = last + 1
        }
        return found
    }

    // MARK: Titles

    static func titles(_ tokens: [WordToken]) -> [TitleMention] {
        var found: [TitleMention] = []
        var t = 0
        while t < tokens.count {
            var end = t
            var hasOffice = false
            var title = ByteHash.seed
            while end < tokens.count, tokens[end].quote < 0 {
                let surface = tokens[end].surface
                let isOffice = TitleLexicon.officeHashes.contains(surface)
                guard isOffice || TitleLexicon.qualifierHashes.contains(surface) else { break }
                if end > t, tokens[end].followsBreak { break }
                hasOffice = hasOffice || isOffice
                title = (title ^ tokens[end].key) &* 0x0000_0100_0000_01B3
                end += 1
            }
            guard hasOffice, end < tokens.count else {
                t = max(end, t + 1)
                continue
            }
            var nameEnd = end
            while nameEnd < tokens.count, nameEnd - end < 4, tokens[nameEnd].isCapitalized, !tokens[nameEnd].isStop,
                  tokens[nameEnd].quote < 0, nameEnd == end || !tokens[nameEnd].followsBreak,
                  !TitleLexicon.officeHashes.contains(tokens[nameEnd].surface),
                  !TitleLexicon.honorificHashes.contains(tokens[nameEnd].surface) {
                nameEnd += 1
            }
            if nameEnd > end {
                found.append(TitleMention(title: title, name: tokens[nameEnd - 1].surface, range: TextRange(start: tokens[t].start, end: tokens[nameEnd - 1].coreEnd)))
            }
            t = max(nameEnd, t + 1)
        }
        return found
    }

    // MARK: Negation and modality

    static func modality(_ tokens: [WordToken]) -> ([Int], [ModalMention]) {
        var negations: [Int] = []
        var modals: [ModalMention] = []
        for (t, token) in tokens.enumerated() {
            if ModalityLexicon.negatorHashes.contains(token.surface) || token.isContractedNegation {
                negations.append(t)
            }
            if let modal = ModalityLexicon.modalByHash[token.surface] {
                modals.append(ModalMention(modal: modal, token: t))
            } else if ModalityLexicon.needHashes.contains(token.surface)
                        || (ModalityLexicon.mustBeforeToHashes.contains(token.surface) && t + 1 < tokens.count
                            && tokens[t + 1].surface == ModalityLexicon.toHash) {
                modals.append(ModalMention(modal: "must", token: t))
            }
        }
        return (negations, modals)
    }
}
