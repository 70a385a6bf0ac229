import Testing
import StorylineBrowser
import StorylineModel
import StorylineTestSupport

@Suite struct NavigationTests {
    func large(_ count: Int = 100, width: Int = 120, height: Int = 40) -> BrowserState {
        BrowserState(story: StoryFixture.large(events: count), width: width, height: height)
    }

    @Test func jAndDownMoveDownKAndUpMoveUp() {
        var state = large()
        state.press(.character("j"), .down)
        #expect(state.timeline.selected == 2)
        state.press(.character("k"))
        #expect(state.timeline.selected == 1)
        state.press(.up, .up, .up)
        #expect(state.timeline.selected == 0)
    }

    @Test func pageKeysMoveByThePaneHeight() {
        var state = large()
        let rows = state.paneRows(.timeline)
        for key in [Key.pageDown, .character(" "), .control("f")] {
            state.press(.character("g"), key)
            #expect(state.timeline.selected == rows, "\(key)")
        }
        for key in [Key.pageUp, .character("b"), .control("b")] {
            state.press(.character("g"), .pageDown, .pageDown, key)
            #expect(state.timeline.selected == rows, "\(key)")
        }
    }

    @Test func halfPagesMoveHalfThePane() {
        var state = large()
        let half = state.paneRows(.timeline) / 2
        state.press(.control("d"))
        #expect(state.timeline.selected == half)
        state.press(.control("d"), .control("u"))
        #expect(state.timeline.selected == half)
    }

    @Test func endsAndSelectionStaysVisible() {
        var state = large()
        state.press(.character("G"))
        #expect(state.timeline.selected == 99)
        #expect(state.timeline.top == 100 - state.paneRows(.timeline))
        state.press(.character("g"))
        #expect(state.timeline.selected == 0 && state.timeline.top == 0)
        state.press(.end)
        #expect(state.selectedEvent?.id == "e99")
        state.press(.home)
        #expect(state.selectedEvent?.id == "e0")
    }

    @Test func movingPastTheEndsClamps() {
        var state = large(3)
        state.press(.character("k"))
        #expect(state.timeline.selected == 0)
        state.press(.pageDown, .pageDown, .character("j"))
        #expect(state.timeline.selected == 2)
    }

    @Test func tabCyclesAndNumbersFocusPanes() {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        #expect(state.focus == .timeline)
        state.press(.tab)
        #expect(state.focus == .source)
        state.press(.tab, .tab)
        #expect(state.focus == .timeline)
        state.press(.backTab)
        #expect(state.focus == .quotes)
        state.press(.character("1"))
        #expect(state.focus == .timeline)
        state.press(.character("2"))
        #expect(state.focus == .source)
        state.press(.character("3"))
        #expect(state.focus == .quotes)
    }

    @Test func sourcePaneKeysScrollTheArticle() {
        var state = large(100, width: 120, height: 40)
        state.press(.character("2"), .character("g"))
        #expect(state.source.top == 0)
        state.press(.character("j"), .character("j"))
        #expect(state.source.top == 2)
        state.press(.pageDown)
        #expect(state.source.top == 2 + state.paneRows(.source))
        state.press(.character("G"))
        let lines = state.source.text?.lines.count ?? 0
        #expect(state.source.top == lines - state.paneRows(.source))
    }

    @Test func emptyStoryDoesNotCrash() {
        var state = BrowserState(story: Story(name: "empty"), width: 80, height: 24)
        state.press(.character("j"), .pageDown, .character("G"), .enter, .character("]"), .character("s"),
                    .tab, .character("j"), .tab, .enter, .character("a"), .character("/"), .character("x"), .enter,
                    .character("n"), .character("c"), .character("?"), .escape)
        #expect(state.selectedEvent == nil)
        #expect(!state.requests.contains(.quit))
    }
}
