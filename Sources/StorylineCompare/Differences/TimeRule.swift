import StorylineModel

/// Date or time changed: a different time expression, or one given by only one side ("in April").
enum TimeRule {
    static func apply(_ pair: AlignedPair, _ context: ComparisonContext, _ list: inout DifferenceList) {
        let a = pair.a, b = pair.b
        guard !a.times.isEmpty || !b.times.isEmpty else { return }
        var onlyA = unmatched(a, against: pair.othersOfA)
        var onlyB = unmatched(b, against: pair.othersOfB)
        while let x = onlyA.first, let y = onlyB.first {
            list.add(.dateOrTime, a.ref, context.text(a.ref, x.range), b.ref, context.text(b.ref, y.range))
            onlyA.removeFirst()
            onlyB.removeFirst()
        }
        for x in onlyA { list.add(.dateOrTime, a.ref, context.text(a.ref, x.range), b.ref, "") }
        for y in onlyB { list.add(.dateOrTime, a.ref, "", b.ref, context.text(b.ref, y.range)) }
    }

    /// Times of `profile` that none of `others` gives (in words or in normalized days).
    static func unmatched(_ profile: SentenceProfile, against others: [SentenceProfile]) -> [TimeMention] {
        let given = others.flatMap(\.times)
        return profile.times.filter { time in !given.contains { time.agrees(with: $0) } }
    }
}
