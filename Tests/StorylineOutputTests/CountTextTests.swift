import StorylineExtraction
import StorylineModel
import StorylineOutput
import Testing

/// Counts in headers take the noun's number from the count.
@Suite struct CountTextTests {
    @Test func oneIsSingularAndOthersPlural() {
        #expect(CountText.of(1, "article", "articles") == "1 article")
        #expect(CountText.of(0, "event", "events") == "0 events")
        #expect(CountText.of(7, "event", "events") == "7 events")
    }

    @Test func aTimelineOfOneArticleSaysSo() {
        let story = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", text: "Jo Bloggs said on Monday that the talks had failed."),
        ]))
        let header = TimelineText().render(story).split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasSuffix("1 event from 1 article"), "\(header)")
    }
}
