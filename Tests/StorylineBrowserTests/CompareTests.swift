import Testing
import StorylineBrowser
import StorylineModel
import StorylineTestSupport

@Suite struct CompareTests {
    func onCritics() -> BrowserState {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("j"), .character("j"))
        return state
    }

    @Test func eventsWithDifferencesAreIndexed() {
        let state = onCritics()
        #expect(state.index.eventsWithDifferences == ["e-critics"])
        #expect(state.compareDifferences.map(\.kind) == [.quoteWording])
    }

    @Test func pairsComeFromAlignmentsAndUnalignedEvidence() {
        var state = onCritics()
        #expect(state.comparePairs == [ComparePair(a: SentenceRef(document: 0, sentence: 3),
                                                   b: SentenceRef(document: 1, sentence: 2), score: 0.7)])
        state.press(.character("j"))
        #expect(state.comparePairs == [ComparePair(a: SentenceRef(document: 0, sentence: 4), b: nil, score: nil)])
    }

    @Test func enterJumpsToEitherSentence() {
        var state = onCritics()
        state.press(.character("c"))
        #expect(state.overlay == .compare)
        state.press(.enter)
        #expect(state.overlay == nil)
        #expect(state.focus == .source)
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 3))
        state.press(.escape, .character("c"), .tab, .enter)
        #expect(state.source.highlighted == SentenceRef(document: 1, sentence: 2))
        #expect(state.source.document == 1)
        #expect(state.source.evidence == 1)
    }

    @Test func compareKeysMoveTheRowAndEscCloses() {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("c"), .character("j"))
        #expect(state.compareSelection == 1)
        #expect(state.timeline.selected == 0)
        state.press(.character("j"), .character("k"), .character("k"), .character("k"))
        #expect(state.compareSelection == 0)
        state.press(.character("q"))
        #expect(state.overlay == nil)
        #expect(!state.requests.contains(.quit))
    }

    @Test func quotesShowTheOtherArticlesWording() {
        let state = onCritics()
        let quote = state.story.quotes[1]
        let others = QuoteText.otherWordings(of: quote, in: state.story, index: state.index)
        #expect(others == ["≠ River Post: “much too high”"])
        let lines = QuoteText.lines(quote, in: state.story, index: state.index, width: 80)
        #expect(lines.map(\.isOtherWording) == [false, true])
    }
}

@Suite struct CompareOnOpenTests {
    @Test func anUncomparedStoryIsComparedWhenOpened() {
        var story = StoryFixture.story
        story.alignments = []
        story.differences = []
        let state = BrowserState(story: story, width: 120, height: 40)
        #expect(!state.story.alignments.isEmpty)
        #expect(state.story.alignments.contains {
            $0.a == SentenceRef(document: 0, sentence: 1) && $0.b == SentenceRef(document: 1, sentence: 1)
        })
    }

    @Test func aComparedStoryIsLeftAsItIs() {
        let story = StoryFixture.story
        let state = BrowserState(story: story, width: 120, height: 40)
        #expect(state.story.alignments == story.alignments)
        #expect(state.story.differences == story.differences)
    }
}
