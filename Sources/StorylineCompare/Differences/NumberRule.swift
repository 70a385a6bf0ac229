import StorylineModel

/// Number or count changed: a count in one sentence and a different count in its counterpart
/// ("three times" / "twice"), whatever way each is written.
enum NumberRule {
    static func apply(_ pair: AlignedPair, _ context: ComparisonContext, _ list: inout DifferenceList) {
        let a = pair.a, b = pair.b
        guard !a.numbers.isEmpty, !b.numbers.isEmpty else { return }
        var onlyA = unmatched(a, against: pair.othersOfA)
        var onlyB = unmatched(b, against: pair.othersOfB)
        // Same unit first ("three times" / "twice"), then a single leftover on each side.
        for (i, x) in onlyA.enumerated().reversed() where x.unit != 0 {
            if let j = onlyB.firstIndex(where: { $0.unit == x.unit }) {
                list.add(.number, a.ref, context.text(a.ref, x.range), b.ref, context.text(b.ref, onlyB[j].range))
                onlyA.remove(at: i)
                onlyB.remove(at: j)
            }
        }
        if onlyA.count == 1, onlyB.count == 1 {
            list.add(.number, a.ref, context.text(a.ref, onlyA[0].range), b.ref, context.text(b.ref, onlyB[0].range))
        }
    }

    /// Numbers of `profile` that none of `others` gives with the same value and unit (a
    /// missing unit matches any).
    static func unmatched(_ profile: SentenceProfile, against others: [SentenceProfile]) -> [NumberMention] {
        let given = others.flatMap(\.numbers)
        return profile.numbers.filter { number in
            !given.contains { $0.value == number.value && ($0.unit == number.unit || $0.unit == 0 || number.unit == 0) }
        }
    }
}
