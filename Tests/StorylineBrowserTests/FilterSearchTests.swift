import Testing
import StorylineBrowser
import StorylineModel
import StorylineTestSupport

@Suite struct ActorFilterTests {
    func fixture() -> BrowserState {
        BrowserState(story: StoryFixture.story, width: 120, height: 40)
    }

    @Test func pickerListsActorsMostEventsFirstAndTypingNarrows() throws {
        var state = fixture()
        state.press(.character("a"))
        let picker = try #require(state.picker)
        #expect(picker.shown.first == 0)  // Zoë Álvarez takes part in three events
        #expect(Set(picker.shown) == [0, 1, 2, 3])
        state.type("coun")
        #expect(state.picker?.shown == [1])
        state.press(.backspace, .backspace, .backspace, .backspace)
        state.type("東京")
        #expect(state.picker?.shown == [2])
    }

    @Test func enterAppliesHighlightedActorAndFilterRestrictsEverything() {
        var state = fixture()
        state.press(.character("a"))
        state.type("zo")
        state.press(.enter)
        #expect(state.picker == nil)
        #expect(state.actorFilter == [0])
        #expect(state.visibleEvents.map { state.story.events[$0].id } == ["e-opening", "e-critics", "e-library"])
        #expect(state.message?.contains("Zoë Álvarez") == true)
        // Navigation stays inside the filter.
        state.press(.character("G"))
        #expect(state.selectedEvent?.id == "e-library")
        state.press(.character("g"), .character("j"))
        #expect(state.selectedEvent?.id == "e-critics")
        // The quotes pane shows only the filtered actors' quotes.
        #expect(state.eventQuotes.isEmpty)
        state.press(.character("k"))
        #expect(state.eventQuotes.allSatisfy { state.story.quotes[$0].speaker == 0 })
        #expect(state.eventQuotes.count == 2)
    }

    @Test func spaceTogglesSeveralActors() {
        var state = fixture()
        state.press(.character("a"))
        state.type("council")
        state.press(.character(" "), .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        state.type("resid")
        state.press(.character(" "), .enter)
        #expect(state.actorFilter == [1, 3])
        #expect(state.visibleEvents.map { state.story.events[$0].id } == ["e-council", "e-parade"])
        #expect(state.actorFilterNames == ["Town Council", "Residents"])
    }

    @Test func escCancelsThePickerAndCapitalAClears() {
        var state = fixture()
        state.press(.character("a"), .escape)
        #expect(state.picker == nil && state.actorFilter.isEmpty)
        state.apply(.setActorFilter([3]))
        #expect(state.visibleEvents.count == 1)
        state.press(.character("A"))
        #expect(state.actorFilter.isEmpty)
        #expect(state.visibleEvents.count == state.story.events.count)
        #expect(state.message == "filter cleared")
    }

    @Test func filterKeepsTheSelectedEventWhenItStaysVisible() {
        var state = fixture()
        state.press(.character("j"), .character("j"))
        #expect(state.selectedEvent?.id == "e-critics")
        state.apply(.setActorFilter([0]))
        #expect(state.selectedEvent?.id == "e-critics")
    }

    @Test func startingWithAFilter() {
        let state = BrowserState(story: StoryFixture.story, actorFilter: [2], width: 120, height: 40)
        #expect(state.visibleEvents.map { state.story.events[$0].id } == ["e-critics"])
        #expect(state.source.highlighted == SentenceRef(document: 0, sentence: 3))
    }

    @Test func filterOverManyEventsMergesPerActorLists() {
        let story = StoryFixture.large(events: 700)
        var state = BrowserState(story: story, width: 120, height: 40)
        state.apply(.setActorFilter([2, 5]))
        #expect(state.visibleEvents.count == 200)
        #expect(state.visibleEvents == state.visibleEvents.sorted())
        #expect(state.visibleEvents.allSatisfy { $0 % 7 == 2 || $0 % 7 == 5 })
        state.press(.character("G"))
        #expect(state.selectedEvent?.id == "e698")
    }
}

@Suite struct SearchTests {
    func fixture() -> BrowserState {
        BrowserState(story: StoryFixture.story, width: 120, height: 40)
    }

    @Test func typingSearchesTimelineTitlesIncrementally() throws {
        var state = fixture()
        state.press(.character("/"))
        state.type("b")
        #expect(state.search?.matches == [0, 1, 2, 3, 4])  // bridge ×3, celebrate, library
        state.type("ri")
        let narrowed = try #require(state.search)
        #expect(narrowed.matches == [0, 1, 2])
        state.type("dge p")
        #expect(state.search?.matches == [0])
        #expect(state.search?.summary == "match 1 of 1")
        state.press(.backspace, .backspace)
        #expect(state.search?.matches == [0, 1, 2])
        #expect(state.search?.summary == "match 1 of 3")
        #expect(state.message == nil)
    }

    @Test func nAndCapitalNStepThroughMatchesAndWrap() {
        var state = fixture()
        state.press(.character("/"))
        state.type("the")
        state.press(.enter)
        #expect(state.search?.isEditing == false)
        #expect(state.search?.matches == [0, 1, 2])
        #expect(state.timeline.selected == 0)
        state.press(.character("n"))
        #expect(state.timeline.selected == 1)
        #expect(state.message == "match 2 of 3")
        state.press(.character("n"), .character("n"))
        #expect(state.timeline.selected == 0)
        state.press(.character("N"))
        #expect(state.timeline.selected == 2)
    }

    @Test func escCancelsAndRestoresTheSelection() {
        var state = fixture()
        state.press(.character("j"), .character("/"))
        state.type("resid")
        #expect(state.selectedEvent?.id == "e-parade")
        state.press(.escape)
        #expect(state.search == nil)
        #expect(state.selectedEvent?.id == "e-opening")
    }

    @Test func searchTheSourcePaneFindsArticleText() throws {
        var state = fixture()
        state.press(.enter, .character("/"))
        state.type("RIVER")
        let search = try #require(state.search)
        #expect(search.pane == .source)
        #expect(search.matches.count == 2)
        state.press(.enter, .character("n"))
        #expect(state.search?.current == 1)
    }

    @Test func searchTheQuotesPaneMatchesTextAndSpeakers() {
        var state = fixture()
        state.press(.character("j"), .character("j"), .character("3"), .character("/"))
        state.type("unattr")
        #expect(state.search?.matches == [1])
        #expect(state.quotes.selected == 1)
    }

    @Test func searchWithinAFilterOnlyFindsFilteredEvents() {
        var state = fixture()
        state.apply(.setActorFilter([0]))
        state.press(.character("/"))
        state.type("bridge")
        #expect(state.search?.matches.count == 2)
        state.press(.enter, .character("n"))
        #expect(state.selectedEvent?.id == "e-critics")
        state.press(.character("n"))
        #expect(state.selectedEvent?.id == "e-opening")
        state.press(.character("n"), .character("j"), .character("j"))
        #expect(state.selectedEvent?.id == "e-library")
    }

    @Test func longerQueriesNarrowFewMatchesAndSweepMany() {
        var state = BrowserState(story: StoryFixture.large(events: 700), width: 120, height: 40)
        state.press(.character("/"))
        state.type("number 6")
        #expect(state.search?.matches.count == 111)  // 6, 60–69, 600–699
        state.type("9")
        #expect(state.search?.matches == [69] + Array(690...699))
        state.type("9")
        #expect(state.search?.matches == [699])
        #expect(state.selectedEvent?.id == "e699")
        state.press(.backspace, .backspace)
        #expect(state.search?.matches.count == 111)
    }

    @Test func nWithoutSearchSaysSo() {
        var state = fixture()
        state.press(.character("n"))
        #expect(state.message == "no search: press / first")
    }
}

@Suite struct PickerOrderTests {
    @Test func wordStartsComeBeforeSubstrings() {
        var story = StoryFixture.story
        story.actors.append(Actor(id: 4, name: "Nikita Rios", kind: .person))
        story.actors.append(Actor(id: 5, name: "Ray Kinsey", kind: .person))
        var state = BrowserState(story: story, width: 120, height: 40)
        state.press(.character("a"))
        state.type("ki")
        #expect(state.picker?.shown == [5, 4])
    }
}
