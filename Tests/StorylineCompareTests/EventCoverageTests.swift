import StorylineCompare
import StorylineModel
import Testing

@Suite struct EventCoverageTests {
    @Test func differencesAttachToTheEventOfTheirSentences() throws {
        let event = Event(
            id: "e1", title: "Leaders met", kind: .meeting, date: .undated, actors: [],
            evidence: [SentenceRef(document: 0, sentence: 0), SentenceRef(document: 1, sentence: 0)],
            quotes: [], triggers: ["met"])
        var story = StoryFixture.story(
            ["The two leaders had met three times before the talks collapsed.\nThe envoy flew home to report to parliament.",
             "The two leaders had met twice before the talks collapsed.\nThe envoy flew home to report to the parliament."],
            events: [event])
        Comparer().annotate(&story)
        let coverage = try #require(Comparer.coverage(of: story).first)
        #expect(coverage.event == "e1")
        #expect(coverage.documents == [0, 1])
        #expect(coverage.hasDifferences)
        #expect(coverage.differences.map(\.kind) == [.number])
        #expect(coverage.alignments.count == 1)
        #expect(story.differences.filter { $0.event == nil }.allSatisfy { $0.kind != .number })
    }

    @Test func emptyStoryHasNothingToCompare() {
        var story = Story(name: "empty")
        Comparer().annotate(&story)
        #expect(story.alignments.isEmpty)
        #expect(story.differences.isEmpty)
        #expect(Comparer.coverage(of: story).isEmpty)
    }
}

@Suite struct QuoteVariantTests {
    @Test func quotesWithOtherWordingsGetTheOtherArticlesWords() throws {
        var story = StoryFixture.story([
            #"Union leader Maria Costa said workers were "ready to strike until every demand is met" at the rally."#,
            #"Union leader Maria Costa told the rally that workers were "prepared to strike until all demands are met"."#,
        ])
        let first = story.documents[0].text, second = story.documents[1].text
        func range(_ text: String, _ words: String) throws -> TextRange {
            let found = try #require(text.range(of: words))
            let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
            return TextRange(start: start, end: start + words.utf8.count)
        }
        story.quotes = [
            Quote(id: 0, text: "ready to strike until every demand is met", kind: .quote, speaker: nil, document: 0, sentence: 0,
                  range: try range(first, "ready to strike until every demand is met")),
            Quote(id: 1, text: "prepared to strike until all demands are met", kind: .quote, speaker: nil, document: 1, sentence: 0,
                  range: try range(second, "prepared to strike until all demands are met")),
        ]
        Comparer().annotate(&story)
        let variants = Comparer.quoteVariants(in: story)
        #expect(variants[0] == [QuoteWording(text: "prepared to strike until all demands are met", sentence: SentenceRef(document: 1, sentence: 0))])
        #expect(variants[1]?.map(\.text) == ["ready to strike until every demand is met"])
    }
}
