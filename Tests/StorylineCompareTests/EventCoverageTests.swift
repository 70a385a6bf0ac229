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
