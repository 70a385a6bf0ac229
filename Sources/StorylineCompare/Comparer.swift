import StorylineModel

/// Aligns sentences across articles and types the differences between aligned sentences.
public struct Comparer: Sendable {
    /// Lowest alignment score kept (0…1).
    public var threshold: Double

    /// A comparer keeping alignments scored at least `threshold`.
    public init(threshold: Double = 0.34) {
        self.threshold = threshold
    }

    /// Alignments and differences for `story` (its events are used to attach differences).
    public func compare(_ story: Story) -> (alignments: [SentenceAlignment], differences: [Difference]) {
        let alignments = align(story)
        return (alignments, differences(story, alignments: alignments))
    }

    /// Fills `story.alignments` and `story.differences`: the one call every command makes
    /// after building the story.
    public func annotate(_ story: inout Story) {
        (story.alignments, story.differences) = compare(story)
    }

    /// Sentences of different articles that report the same content, with their scores,
    /// ordered by side a then side b.
    public func align(_ story: Story) -> [SentenceAlignment] {
        let features = SentenceFeatures(story)
        var aligner = SentenceAligner()
        aligner.threshold = threshold
        return aligner.align(features).map { pair in
            SentenceAlignment(a: features.refs[pair.i], b: features.refs[pair.j], score: (pair.score * 1000).rounded() / 1000)
        }
    }

    /// Typed differences between the aligned sentences of `story`, plus the sentences only one
    /// article of a story has; each attached to the event whose evidence holds it.
    public func differences(_ story: Story, alignments: [SentenceAlignment]) -> [Difference] {
        let lookup = StoryLookup(story: story, alignments: alignments)
        var list = DifferenceList()
        // One pair of articles at a time: only their aligned sentences are profiled at once.
        var groups: [[Int]: [SentenceAlignment]] = [:]
        for alignment in alignments { groups[[alignment.a.document, alignment.b.document], default: []].append(alignment) }
        // Side a's article is the same for consecutive groups: its profiles are kept meanwhile.
        var kept: (document: Int, profiles: [SentenceRef: SentenceProfile]) = (-1, [:])
        for (key, group) in groups.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            if kept.document != key[0] { kept = (key[0], [:]) }
            let context = ComparisonContext(story: story, lookup: lookup, alignments: group, reusing: kept.profiles)
            for (ref, profile) in context.profiles where ref.document == key[0] { kept.profiles[ref] = profile }
            compare(group, context, &list)
        }
        let context = ComparisonContext(story: story, lookup: lookup, alignments: [])
        let pairs = Self.sameStoryPairs(story, alignments)
        TitleRule.apply(documentPairs: pairs, context, &list)
        OnlyInRule.apply(documentPairs: pairs, context, &list)
        return Self.attachEvents(Self.withoutTimesInsideClaims(list.items), story)
    }

    /// Runs the pairwise rules over the alignments of one pair of articles.
    func compare(_ alignments: [SentenceAlignment], _ context: ComparisonContext, _ list: inout DifferenceList) {
        for alignment in alignments {
            guard let a = context.profiles[alignment.a], let b = context.profiles[alignment.b] else { continue }
            let pair = AlignedPair(
                a: a, b: b, othersOfA: context.counterparts(of: a.ref, in: b.ref.document),
                othersOfB: context.counterparts(of: b.ref, in: a.ref.document))
            QuoteRule.apply(pair, context, &list)
            QuoteRule.apply(pair.swapped, context, &list)
            NumberRule.apply(pair, context, &list)
            TimeRule.apply(pair, context, &list)
            ModalityRule.apply(pair, context, &list)
            ClaimRule.apply(pair, context, &list)
        }
    }

    /// Pairs of articles that report the same story: enough of their sentences align.
    static func sameStoryPairs(_ story: Story, _ alignments: [SentenceAlignment]) -> [(Int, Int)] {
        var counts: [[Int]: Set<SentenceRef>] = [:]
        for alignment in alignments {
            counts[[alignment.a.document, alignment.b.document], default: []].formUnion([alignment.a, alignment.b])
        }
        let sizes = story.sentences.map(\.count)
        return counts.compactMap { key, sentences -> (Int, Int)? in
            let smaller = min(sizes.indices.contains(key[0]) ? sizes[key[0]] : 0, sizes.indices.contains(key[1]) ? sizes[key[1]] : 0)
            let inFirst = sentences.filter { $0.document == key[0] }.count
            return inFirst >= 2 && Double(inFirst) >= 0.2 * Double(smaller) ? (key[0], key[1]) : nil
        }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// Drops one-sided time differences that lie inside a claim only one article makes.
    static func withoutTimesInsideClaims(_ differences: [Difference]) -> [Difference] {
        var claims: [SentenceRef: [String]] = [:]
        for claim in differences where claim.kind == .onlyInOne {
            guard let b = claim.b else { continue }
            if !claim.aText.isEmpty { claims[claim.a, default: []].append(claim.aText) }
            if !claim.bText.isEmpty { claims[b, default: []].append(claim.bText) }
        }
        return differences.filter { difference in
            guard difference.kind == .dateOrTime, difference.aText.isEmpty || difference.bText.isEmpty else { return true }
            let (ref, text) = difference.aText.isEmpty ? (difference.b, difference.bText) : (difference.a, difference.aText)
            guard let ref else { return true }
            return !(claims[ref] ?? []).contains { $0.contains(text) }
        }
    }

    /// Sets each difference's event from the events' evidence: the event both sentences report,
    /// or for a claim only one side makes, the event only that side reports; else the event
    /// of side a, then of side b.
    static func attachEvents(_ differences: [Difference], _ story: Story) -> [Difference] {
        var eventsOf: [SentenceRef: [String]] = [:]
        for event in story.events {
            for ref in Set(event.evidence) { eventsOf[ref, default: []].append(event.id) }
        }
        return differences.map { difference in
            var difference = difference
            let eventsA = eventsOf[difference.a] ?? []
            let eventsB = difference.b.flatMap { eventsOf[$0] } ?? []
            if difference.kind == .onlyInOne, difference.b != nil {
                let (own, other) = difference.aText.isEmpty ? (eventsB, eventsA) : (eventsA, eventsB)
                difference.event = own.first { !other.contains($0) } ?? own.first ?? other.first
            } else {
                difference.event = eventsA.first { eventsB.contains($0) } ?? eventsA.first ?? eventsB.first
            }
            return difference
        }
    }
}
