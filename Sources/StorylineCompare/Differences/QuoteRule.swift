import StorylineModel

/// Quote wording changed: the same utterance (overlapping words, no conflicting speaker)
/// quoted with different words. Identical quotes are never flagged.
enum QuoteRule {
    /// Compares the quotes of side a with those of side b and of a's other counterparts in b's article.
    static func apply(_ pair: AlignedPair, _ context: ComparisonContext, _ list: inout DifferenceList) {
        let x = pair.a, y = pair.b, others = pair.othersOfA
        guard !x.quotes.isEmpty, !y.quotes.isEmpty else { return }
        for quote in x.quotes where quote.endToken > quote.firstToken {
            var best: (profile: SentenceProfile, quote: QuoteSpan, overlap: Double)?
            var identical = false
            for other in others {
                for candidate in other.quotes where candidate.endToken > candidate.firstToken {
                    if sameWords(x, quote, other, candidate) {
                        identical = true
                        break
                    }
                    let overlap = overlapShare(x, quote, other, candidate)
                    guard overlap > 0, conflictingSpeakers(x, quote, other, candidate, context) == false else { continue }
                    if overlap > (best?.overlap ?? 0) { best = (other, candidate, overlap) }
                }
                if identical { break }
            }
            guard !identical, let best, best.profile.ref == y.ref else { continue }
            list.add(
                .quoteWording, x.ref, context.text(x, quote.firstToken, quote.endToken - 1),
                y.ref, context.text(y, best.quote.firstToken, best.quote.endToken - 1))
        }
    }

    /// Whether the two quotes have the same words in the same order (case and punctuation
    /// aside), or one is an excerpt of the other: quoting less is not changing the words.
    static func sameWords(_ x: SentenceProfile, _ a: QuoteSpan, _ y: SentenceProfile, _ b: QuoteSpan) -> Bool {
        let first = x.tokens[a.firstToken..<a.endToken].map(\.surface)
        let second = y.tokens[b.firstToken..<b.endToken].map(\.surface)
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        guard !short.isEmpty else { return false }
        for start in 0...(long.count - short.count) where long[start] == short[0] {
            if long[start..<(start + short.count)].elementsEqual(short) { return true }
        }
        return false
    }

    /// Share of content words the quotes have in common, when enough to be the same utterance; else 0.
    static func overlapShare(_ x: SentenceProfile, _ a: QuoteSpan, _ y: SentenceProfile, _ b: QuoteSpan) -> Double {
        let keysA = Set(x.tokens[a.firstToken..<a.endToken].filter(\.isContent).map(\.key))
        let keysB = Set(y.tokens[b.firstToken..<b.endToken].filter(\.isContent).map(\.key))
        let smaller = min(keysA.count, keysB.count)
        guard smaller > 0 else { return 0 }
        let shared = keysA.intersection(keysB).count
        let share = Double(shared) / Double(smaller)
        let enough = (shared >= 2 && share >= 0.5) || (smaller <= 2 && shared == smaller)
        return enough ? share : 0
    }

    /// Whether extraction names different speakers for the two quotes.
    static func conflictingSpeakers(_ x: SentenceProfile, _ a: QuoteSpan, _ y: SentenceProfile, _ b: QuoteSpan, _ context: ComparisonContext) -> Bool {
        guard let first = context.speaker(of: a, in: x), let second = context.speaker(of: b, in: y) else { return false }
        return first != second
    }
}
