import StorylineModel
import Testing
@testable import StorylineExtraction

@Suite struct PipelineTests {
    static let shared = "The harbour authority approved the new ferry timetable after months of complaints from island residents about cancelled crossings."

    func story(_ texts: [(String, CalendarDay?)]) -> Story {
        var fixture = EventFixture()
        fixture.articles = texts.enumerated().map { .init(id: "doc\($0.offset)", published: $0.element.1, sentences: [$0.element.0]) }
        return fixture.story()
    }

    @Test func undatedArticleIsAnchoredOnTheDatedOneItOverlapsMost() {
        var story = story([
            ("Farmers protested in the capital over the price of diesel and fertiliser.", EventFixture.day(2022, 1, 5)),
            (Self.shared, EventFixture.day(2022, 2, 14)),
            ("Residents said: " + Self.shared.lowercased(), nil),
            ("A completely different text about mountain goats and their winter habits.", nil),
        ])
        DocumentAnchoring().anchor(&story)
        #expect(story.documents[2].published == EventFixture.day(2022, 2, 14))
        #expect(story.documents[2].publishedSource == .assumed)
        #expect(story.documents[3].published == nil)
        #expect(story.documents[3].publishedSource == .unknown)
        #expect(story.documents[0].publishedSource == .frontMatter)
    }

    @Test func titleFallsBackToTheOpeningHeadlineOnly() {
        var fixture = EventFixture()
        fixture.articles = [
            .init(id: "a", sentences: ["Ferry timetable approved", "The authority approved it."], headlines: [0]),
            .init(id: "b", sentences: ["The authority approved it.", "A Section Heading"], headlines: [1]),
        ]
        var story = fixture.story()
        TitleFallback.apply(to: &story)
        #expect(story.documents[0].title == "Ferry timetable approved")
        #expect(story.documents[1].title == nil)
    }

    @Test func builderAnchorsUndatedDocumentsAndNeverTouchesDatedOnes() {
        let corpus = LoadedCorpus(documents: [
            Document(id: "dated", path: "dated.txt", published: EventFixture.day(2022, 2, 14), publishedSource: .frontMatter, text: Self.shared),
            Document(id: "undated", path: "undated.txt", text: Self.shared),
        ])
        let story = StoryBuilder().build(corpus)
        #expect(story.documents[0].publishedSource == .frontMatter)
        #expect(story.documents[1].published == EventFixture.day(2022, 2, 14))
        #expect(story.documents[1].publishedSource == .assumed)
        #expect(story.sentences.count == 2)
    }
}
