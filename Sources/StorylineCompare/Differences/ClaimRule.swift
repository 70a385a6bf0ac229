import StorylineModel

/// Claim only in one article, inside an aligned pair: a clause whose content words and
/// names the counterpart sentences lack ("…, admitting the country was facing food shortages").
enum ClaimRule {
    /// Content words a clause needs before it can be a claim of its own.
    static let minimumNovelWords = 2

    static func apply(_ pair: AlignedPair, _ context: ComparisonContext, _ list: inout DifferenceList) {
        let a = pair.a, b = pair.b
        for (first, last) in claims(a, against: pair.othersOfA) {
            list.add(.onlyInOne, a.ref, context.text(a, first, last), b.ref, "")
        }
        for (first, last) in claims(b, against: pair.othersOfB) {
            list.add(.onlyInOne, a.ref, "", b.ref, context.text(b, first, last))
        }
    }

    /// Token ranges (first, last) of the clauses of `profile` that `others` do not report.
    static func claims(_ profile: SentenceProfile, against others: [SentenceProfile]) -> [(Int, Int)] {
        // Headlines compress; what they leave out or add is not a claim of its own.
        guard profile.kind != .headline, !others.contains(where: { $0.kind == .headline }) else { return [] }
        let known = SortedKeys.unique(others.flatMap(\.contentKeys))
        let tokens = profile.tokens
        var reported = [Bool](repeating: false, count: tokens.count)
        // Times and numbers are typed by their own rules.
        for mention in profile.times.map(\.range) + profile.numbers.map(\.range) {
            for t in tokens.indices where mention.contains(TextRange(start: tokens[t].start, end: tokens[t].end)) { reported[t] = true }
        }
        var result: [(Int, Int)] = []
        for (first, last) in clauses(tokens) where !ClauseLexicon.attributionHashes.contains(tokens[first].surface) {
            var content = 0, novel = 0
            var novelQuote = false, novelName = false
            for t in first...last where tokens[t].isContent && !reported[t] {
                content += 1
                guard !SortedKeys.contains(known, tokens[t].key) else { continue }
                novel += 1
                if tokens[t].quote >= 0 { novelQuote = true }
                if tokens[t].isCapitalized, t > 0 { novelName = true }
            }
            guard novel >= minimumNovelWords, content > 0 else { continue }
            let share = Double(novel) / Double(content)
            // A quoted word or a name the other side lacks makes a shorter clause a claim.
            guard (novel >= 3 && share >= 0.6) || (share >= 0.5 && novelQuote) || (share >= 0.6 && novelName) else { continue }
            if let previous = result.last, previous.1 + 1 == first {
                result[result.count - 1] = (previous.0, last)
            } else {
                result.append((first, last))
            }
        }
        return result
    }

    /// Clauses as token ranges: split at commas, semicolons, dashes and brackets outside quotes,
    /// and before connectives ("and", "which", "admitting").
    static func clauses(_ tokens: [WordToken]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var start = 0
        for t in tokens.indices where t > start {
            let outsideQuote = tokens[t].quote < 0 || tokens[t].quote != tokens[t - 1].quote
            let opens = ClauseLexicon.openerHashes.contains(tokens[t].surface) && tokens[t].quote < 0
            if outsideQuote && (tokens[t].followsBreak || opens) {
                result.append((start, t - 1))
                start = t
            }
        }
        if start < tokens.count { result.append((start, tokens.count - 1)) }
        return result
    }
}
