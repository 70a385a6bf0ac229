import StorylineCompare
import StorylineExtraction
import StorylineModel
import StorylineTestSupport
import Testing

/// The seeds: 000 paraphrases 002 and changes quotes, a count, a title and some claims.
@Suite struct SeedCompareTests {
    let story: Story = {
        var story = StoryBuilder().build(ArticleLoader.load(paths: [RepositoryPaths.seeds.path]))
        Comparer().annotate(&story)
        return story
    }()

    /// Index of the seed document whose id starts with `prefix`.
    func document(_ prefix: String) throws -> Int {
        try #require(story.documents.firstIndex { $0.id.hasPrefix(prefix) })
    }

    /// Differences of `kind`, as (text in 000, text in 002).
    func texts(_ kind: DifferenceKind) throws -> [(String, String)] {
        let blog = try document("000"), bbc = try document("002")
        return story.differences.filter { $0.kind == kind }.map { difference in
            difference.a.document == blog || difference.b?.document == bbc
                ? (difference.aText, difference.bText) : (difference.bText, difference.aText)
        }
    }

    @Test func quoteWordingChangesAreFound() throws {
        let quotes = try texts(.quoteWording)
        #expect(quotes.contains { $0.0 == "dialogue as well as confrontation" && $0.1 == "dialogue and confrontation" })
        #expect(quotes.contains { $0.0 == "continue enforcing the hostile policy" && $0.1 == "keep enforcing the hostile policy" })
        // Quotes both articles give word for word are not differences.
        for same in ["sharply and promptly", "serious threat", "practical progress"] {
            #expect(!quotes.contains { $0.0 == same || $0.1 == same })
        }
    }

    @Test func countConflictIsFound() throws {
        #expect(try texts(.number).contains { $0.0 == "three times" && $0.1 == "twice" })
    }

    @Test func titleConflictIsFound() throws {
        #expect(try texts(.titleOrRole).contains { $0.0 == "Vice President Biden" && $0.1 == "President Joe Biden" })
    }

    @Test func claimsInOnlyOneArticleAreFound() throws {
        let blog = try document("000"), bbc = try document("002")
        let claims = story.differences.filter { $0.kind == .onlyInOne }
        #expect(claims.contains { $0.a.document == blog && $0.aText.contains("thug") && $0.bText.isEmpty })
        #expect(claims.contains { ($0.a.document == bbc || $0.b?.document == bbc) && ($0.aText + $0.bText).contains("food shortages") })
        let times = try texts(.dateOrTime)
        #expect(times.contains { $0.0 == "in April" && $0.1.isEmpty })
    }

    @Test func everyCitedWordIsInItsSentence() {
        for difference in story.differences {
            #expect(difference.aText.isEmpty || story.text(of: difference.a).contains(difference.aText))
            if let b = difference.b { #expect(difference.bText.isEmpty || story.text(of: b).contains(difference.bText)) }
            #expect(!(difference.aText.isEmpty && difference.bText.isEmpty))
            #expect(difference.a.document != difference.b?.document)
        }
    }

    @Test func pairedSentencesAreAligned() throws {
        let blog = try document("000"), bbc = try document("002")
        #expect(story.alignments.count >= 10)
        #expect(story.alignments.allSatisfy { $0.a.document == blog && $0.b.document == bbc })
        let numberPair = try #require(story.differences.first { $0.kind == .number })
        let b = try #require(numberPair.b)
        #expect(story.alignments.contains { $0.a == numberPair.a && $0.b == b })
    }
}
