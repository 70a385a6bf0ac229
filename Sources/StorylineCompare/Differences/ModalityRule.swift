import StorylineModel

/// Negation or modality changed: "not"/"never" on one side only, or a different modal verb
/// ("will" / "would", "may" / "must"). Words quoted on one side match the other side's words,
/// but only words outside quotes are reported (quotes have their own rule).
enum ModalityRule {
    static func apply(_ pair: AlignedPair, _ context: ComparisonContext, _ list: inout DifferenceList) {
        let a = pair.a, b = pair.b
        let othersOfA = pair.othersOfA
        let othersOfB = pair.othersOfB
        let negationA = a.negations.first { a.tokens[$0].quote < 0 }
        let negationB = b.negations.first { b.tokens[$0].quote < 0 }
        if let negationA, !othersOfA.contains(where: { !$0.negations.isEmpty }) {
            list.add(.negationOrModality, a.ref, phrase(a, negationA, context), b.ref, "")
        }
        if let negationB, !othersOfB.contains(where: { !$0.negations.isEmpty }) {
            list.add(.negationOrModality, a.ref, "", b.ref, phrase(b, negationB, context))
        }
        let modalsA = Set(othersOfA.flatMap { $0.modals.map(\.modal) })
        let modalsB = Set(othersOfB.flatMap { $0.modals.map(\.modal) })
        var onlyA = a.modals.filter { !modalsA.contains($0.modal) && a.tokens[$0.token].quote < 0 }
        var onlyB = b.modals.filter { !modalsB.contains($0.modal) && b.tokens[$0.token].quote < 0 }
        while let x = onlyA.first, let y = onlyB.first {
            list.add(.negationOrModality, a.ref, phrase(a, x.token, context), b.ref, phrase(b, y.token, context))
            onlyA.removeFirst()
            onlyB.removeFirst()
        }
        for x in onlyA { list.add(.negationOrModality, a.ref, phrase(a, x.token, context), b.ref, "") }
        for y in onlyB { list.add(.negationOrModality, a.ref, "", b.ref, phrase(b, y.token, context)) }
    }

    /// The modal or negator with the word after it ("must prepare", "not focus").
    static func phrase(_ profile: SentenceProfile, _ token: Int, _ context: ComparisonContext) -> String {
        var last = token
        while last + 1 < profile.tokens.count, last - token < 2, profile.tokens[last + 1].quote == profile.tokens[token].quote {
            last += 1
            if profile.tokens[last].isContent { break }
        }
        return context.text(profile, token, last)
    }
}
