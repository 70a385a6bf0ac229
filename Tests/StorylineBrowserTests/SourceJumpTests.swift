import Testing
import StorylineBrowser
import StorylineModel
import StorylineTestSupport

@Suite struct SourceJumpTests {
    func fixture(width: Int = 120, height: Int = 40) -> BrowserState {
        BrowserState(story: StoryFixture.story, width: width, height: height)
    }

    /// Whether the highlighted sentence's lines are all inside the source pane's rows.
    func highlightIsVisible(_ state: BrowserState) -> Bool {
        guard let ref = state.source.highlighted, let sentence = state.story.sentence(ref),
              let text = state.source.text else { return false }
        let lines = text.lines(covering: sentence.range)
        return lines.lowerBound >= state.source.top && lines.upperBound < state.source.top + state.paneRows(.source)
    }

    @Test func enterOnEventFocusesSourceOnFirstEvidence() {
        var state = fixture()
        state.press(.character("j"), .character("j"), .enter)
        #expect(state.focus == .source)
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 3))
        #expect(state.source.document == 0)
        #expect(highlightIsVisible(state))
    }

    @Test func evidenceIsScrolledIntoViewInASmallPane() {
        var state = BrowserState(story: StoryFixture.large(events: 60), width: 80, height: 24)
        state.press(.character("G"), .enter)
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 59))
        #expect(highlightIsVisible(state))
        #expect(state.source.top > 0)
    }

    @Test func bracketsStepThroughEvidenceAcrossArticles() {
        var state = fixture()
        state.press(.character("j"), .enter)
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 1))
        state.press(.character("]"))
        #expect(state.source.highlighted == SentenceRef(document: 1, sentence: 1))
        #expect(state.source.document == 1)
        #expect(state.message == "evidence 2 of 2")
        state.press(.character("]"))
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 1))
        state.press(.character("["))
        #expect(state.source.document == 1)
        #expect(highlightIsVisible(state))
    }

    @Test func sCyclesTheArticlesReportingTheEvent() {
        var state = fixture()
        state.press(.character("j"), .character("j"))
        #expect(state.source.document == 0)
        state.press(.character("s"))
        #expect(state.source.document == 1)
        #expect(state.source.highlighted == SentenceRef(document: 1, sentence: 2))
        state.press(.character("s"))
        #expect(state.source.document == 0)
        state.press(.character("j"), .character("s"))
        #expect(state.message == "only one article reports this event")
    }

    @Test func enterOnQuoteJumpsToItsSentence() {
        var state = fixture()
        state.press(.character("j"), .character("j"), .character("3"), .character("j"))
        #expect(state.selectedQuote?.document == 1)
        state.press(.enter)
        #expect(state.focus == .source)
        #expect(state.source.highlighted == SentenceRef(document: 1, sentence: 2))
        #expect(highlightIsVisible(state))
    }

    @Test func quotesListFullQuotesBeforePhrasesAndFollowSelection() {
        var state = fixture()
        state.press(.character("j"))
        #expect(state.eventQuotes == [0, 3])
        state.press(.character("j"), .character("j"), .character("j"))
        #expect(state.selectedEvent?.id == "e-library")
        #expect(state.eventQuotes.map { state.story.quotes[$0].kind } == [.phrase])
        state.press(.character("j"))
        #expect(state.eventQuotes.isEmpty)
    }

    @Test func escAndQGoBackQQuitsOnTimeline() {
        var state = fixture()
        state.press(.enter)
        #expect(state.focus == .source)
        state.press(.escape)
        #expect(state.focus == .timeline)
        state.press(.character("3"), .character("q"))
        #expect(state.focus == .timeline)
        #expect(!state.requests.contains(.quit))
        state.press(.character("q"))
        #expect(state.requests.contains(.quit))
    }

    @Test func helpScrollsWithMovementKeysWhenItDoesNotFit() {
        var state = fixture(width: 60, height: 16)
        state.press(.character("?"), .character("j"), .character("j"))
        #expect(state.overlay == .help)
        #expect(state.helpTop == 2)
        #expect(state.timeline.selected == 0)
        state.press(.character("G"))
        #expect(state.helpTop > 2)
        state.press(.enter)
        #expect(state.overlay == nil)
    }

    @Test func sourceSearchEndsWhenTheArticleChanges() {
        var state = fixture()
        state.press(.character("j"), .enter, .character("/"))
        state.type("bridge")
        state.press(.enter)
        #expect(state.search?.pane == .source)
        state.press(.character("]"))
        #expect(state.source.document == 1)
        #expect(state.search == nil)
    }

    @Test func capitalQAndControlCQuitAnywhere() {
        var state = fixture()
        state.press(.character("2"), .character("Q"))
        #expect(state.requests.contains(.quit))
        var other = fixture()
        other.press(.character("a"), .control("c"))
        #expect(other.requests.contains(.quit))
        var searching = fixture()
        searching.press(.character("/"), .control("c"))
        #expect(searching.requests.contains(.quit))
    }

    @Test func redrawSuspendHelpAndCompareRequests() {
        var state = fixture()
        state.press(.control("l"))
        #expect(state.requests.contains(.redraw))
        state.press(.control("z"))
        #expect(state.requests.contains(.suspend))
        state.press(.character("?"))
        #expect(state.overlay == .help)
        state.press(.character("x"))
        #expect(state.overlay == nil)
        #expect(state.timeline.selected == 0)
        state.press(.character("c"))
        #expect(state.overlay == .compare)
        state.press(.escape)
        #expect(state.overlay == nil)
    }
}
