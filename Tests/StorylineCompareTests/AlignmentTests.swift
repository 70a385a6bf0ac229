import StorylineCompare
import StorylineModel
import Testing

@Suite struct AlignmentTests {
    let first = """
        The city council approved a new budget for the harbour district on Monday.
        Mayor Ana Lopez said the plan would fund three new ferry terminals.
        Critics warned that the cost of the terminals could double within a decade.
        Local fishermen staged a protest outside the town hall.
        """
    let second = """
        Fishermen from the area protested in front of the town hall.
        On Monday the council of the city passed a fresh budget for the harbour district.
        Opponents cautioned that the terminals' cost might double over ten years.
        Mayor Ana Lopez stated that the plan would pay for three new ferry terminals.
        """

    @Test func paraphrasedSentencesAlignAcrossReordering() {
        let (_, alignments, _) = StoryFixture.compare([first, second])
        let pairs = Set(alignments.map { [$0.a.sentence, $0.b.sentence] })
        #expect(pairs.contains([0, 1]))
        #expect(pairs.contains([1, 3]))
        #expect(pairs.contains([2, 2]))
        #expect(pairs.contains([3, 0]))
        #expect(alignments.allSatisfy { $0.a.document == 0 && $0.b.document == 1 })
        #expect(alignments.allSatisfy { $0.score > 0 && $0.score <= 1 })
        // No sentence aligns with an unrelated one.
        #expect(!pairs.contains([1, 0]))
        #expect(!pairs.contains([0, 3]))
    }

    @Test func unrelatedArticlesDoNotAlign() {
        let other = """
            The football club signed a striker from Brazil for a record fee.
            The coach praised the young player's speed and vision.
            """
        let (_, alignments, differences) = StoryFixture.compare([first, other])
        #expect(alignments.isEmpty)
        // Articles that do not report the same story have no "only in" sentences.
        #expect(differences.isEmpty)
    }

    @Test func sentenceWithNoCounterpartIsOnlyInItsArticle() {
        let extra = second + "\nThe harbour authority also announced record cargo volumes for the spring season."
        let (_, _, differences) = StoryFixture.compare([first, extra])
        let only = differences.filter { $0.kind == .onlyInOne && $0.b == nil }
        #expect(only.count == 1)
        #expect(only.first?.a == SentenceRef(document: 1, sentence: 4))
        #expect(only.first?.aText.contains("cargo volumes") == true)
    }

    @Test func oneSentenceMayAlignWithTwo() {
        let merged = "The council approved the harbour budget on Monday, and Mayor Ana Lopez said it would fund three ferry terminals."
        let split = """
            The council approved the harbour budget on Monday.
            Mayor Ana Lopez said the budget would fund three ferry terminals.
            """
        let (_, alignments, _) = StoryFixture.compare([merged, split])
        let pairs = Set(alignments.map { [$0.a.sentence, $0.b.sentence] })
        #expect(pairs == [[0, 0], [0, 1]])
    }

    @Test func candidatesComeFromAnIndexNotFromEveryPair() {
        // Two hundred articles about different things plus one paraphrased pair: the pair is
        // found among them, and nothing else aligns.
        var articles: [String] = []
        for n in 0..<200 {
            articles.append("Report \(n) covers topic\(n) with keyword\(n) and detail\(n) about place\(n).")
        }
        articles.append("The bridge over the Vell river collapsed after heavy flooding in the valley.")
        articles.append("Heavy flooding in the valley caused the Vell river bridge to collapse.")
        let (_, alignments, _) = StoryFixture.compare(articles)
        #expect(alignments.count == 1)
        #expect(alignments.first?.a.document == 200)
        #expect(alignments.first?.b.document == 201)
    }
}
