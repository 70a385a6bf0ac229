import Testing
import StorylineBrowser
import StorylineModel
import StorylineTestSupport

@Suite struct MouseResizeTests {
    @Test func clickSelectsATimelineRowAndFocusesPanes() throws {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        let content = try #require(state.layout.content(of: .timeline))
        state.handle(.mouse(MouseEvent(x: content.x + 3, y: content.y + 2, kind: .click)))
        #expect(state.selectedEvent?.id == "e-critics")
        let source = try #require(state.layout.content(of: .source))
        state.handle(.mouse(MouseEvent(x: source.x + 1, y: source.y + 1, kind: .click)))
        #expect(state.focus == .source)
        let quotes = try #require(state.layout.content(of: .quotes))
        state.handle(.mouse(MouseEvent(x: quotes.x + 1, y: quotes.y + 2, kind: .click)))  // row 1 is the first quote's other wording
        #expect(state.focus == .quotes)
        #expect(state.quotes.selected == 1)
    }

    @Test func doubleClickActsAsEnter() throws {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        let content = try #require(state.layout.content(of: .timeline))
        state.handle(.mouse(MouseEvent(x: content.x + 3, y: content.y + 1, kind: .doubleClick)))
        #expect(state.focus == .source)
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 1))
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        var state = BrowserState(story: StoryFixture.large(events: 200), width: 120, height: 40)
        let timeline = try #require(state.layout.content(of: .timeline))
        state.handle(.mouse(MouseEvent(x: timeline.x, y: timeline.y, kind: .wheelDown)))
        #expect(state.timeline.top == 3)
        #expect(state.timeline.selected == 3)
        #expect(state.focus == .timeline)
        let source = try #require(state.layout.content(of: .source))
        let before = state.source.top
        state.handle(.mouse(MouseEvent(x: source.x, y: source.y, kind: .wheelDown)))
        #expect(state.source.top == before + 3)
        #expect(state.focus == .timeline)
        state.handle(.mouse(MouseEvent(x: source.x, y: source.y, kind: .wheelUp)))
        #expect(state.source.top == before)
    }

    @Test func resizeKeepsSelectionAndScroll() {
        var state = BrowserState(story: StoryFixture.large(events: 200), width: 120, height: 40)
        state.press(.pageDown, .pageDown, .character("j"))
        let selected = state.selectedEvent?.id
        let top = state.timeline.top
        state.handle(.resize(width: 160, height: 50))
        #expect(state.selectedEvent?.id == selected)
        #expect(state.timeline.top == top)
        state.handle(.resize(width: 80, height: 24))
        #expect(state.selectedEvent?.id == selected)
        let rows = state.paneRows(.timeline)
        #expect(state.timeline.selected >= state.timeline.top && state.timeline.selected < state.timeline.top + rows)
    }

    @Test func resizeRewrapsTheSourceAndKeepsItsFirstLine() throws {
        var state = BrowserState(story: StoryFixture.large(events: 100), width: 120, height: 40)
        state.press(.character("2"), .pageDown, .pageDown)
        let text = try #require(state.source.text)
        let firstByte = text.lines[state.source.top].range.start
        state.handle(.resize(width: 90, height: 30))
        let rewrapped = try #require(state.source.text)
        #expect(rewrapped.width == state.paneColumns(.source))
        let shown = rewrapped.lines[state.source.top].range
        #expect(shown.start <= firstByte && firstByte <= shown.end + 1)
    }

    @Test func layoutBySize() {
        #expect(Layout(width: 200, height: 50, focus: .timeline).mode == .wide)
        #expect(Layout(width: 120, height: 40, focus: .timeline).mode == .wide)
        #expect(Layout(width: 119, height: 40, focus: .timeline).mode == .stacked)
        #expect(Layout(width: 80, height: 24, focus: .timeline).mode == .stacked)
        #expect(Layout(width: 79, height: 24, focus: .timeline).mode == .single)
        #expect(Layout(width: 60, height: 16, focus: .source).frames.keys.sorted { $0.rawValue < $1.rawValue } == [.source])
        #expect(Layout(width: 30, height: 8, focus: .timeline).mode == .single)
        #expect(Layout(width: 29, height: 8, focus: .timeline).mode == .tooSmall)
        let wide = Layout(width: 200, height: 50, focus: .timeline)
        let timeline = wide.frame(of: .timeline)
        #expect(timeline?.width == 80)
        #expect(wide.frame(of: .quotes)?.y ?? 0 > wide.frame(of: .source)?.y ?? 0)
        #expect(wide.frame(of: .source)?.x == 80)
    }
}

@Suite struct SourceClickTests {
    @Test func clickingASentenceInTheSourceHighlightsIt() throws {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("j"), .enter)
        let text = try #require(state.source.text)
        let content = try #require(state.layout.content(of: .source))
        // The line showing the parade sentence (sentence 4 of the first article).
        let parade = try #require(state.story.sentence(SentenceRef(document: 0, sentence: 4)))
        let line = text.line(containing: parade.range.start)
        state.handle(.mouse(MouseEvent(x: content.x + 5, y: content.y + line - state.source.top, kind: .click)))
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 4))
        #expect(state.focus == .source)
        // A click on a header line leaves the highlight alone.
        state.handle(.mouse(MouseEvent(x: content.x + 1, y: content.y, kind: .click)))
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 4))
    }
}
