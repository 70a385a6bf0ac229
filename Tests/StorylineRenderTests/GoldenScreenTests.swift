import Testing
import StorylineBrowser
import StorylineModel
import StorylineRender
import StorylineTestSupport

/// The sizes the issue asks for.
let screenSizes = [(200, 50), (120, 40), (80, 24), (60, 16), (30, 8), (20, 5)]

@Suite struct GoldenScreenTests {
    @Test(arguments: screenSizes)
    func firstScreenAndJumpToSource(width: Int, height: Int) {
        var state = BrowserState(story: StoryFixture.story, width: width, height: height)
        let first = BrowserView.render(state)
        if let problem = GoldenScreens.mismatch(first.text, name: "first-\(width)x\(height)") {
            Issue.record(Comment(rawValue: problem))
        }
        state.press(.character("j"), .character("j"), .enter)
        let jumped = BrowserView.render(state)
        if let problem = GoldenScreens.mismatch(jumped.text, name: "jump-\(width)x\(height)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func filterAndHelpScreens(width: Int, height: Int) {
        var state = BrowserState(story: StoryFixture.story, width: width, height: height)
        state.apply(.setActorFilter([0]))
        if let problem = GoldenScreens.mismatch(BrowserView.render(state).text, name: "filter-\(width)x\(height)") {
            Issue.record(Comment(rawValue: problem))
        }
        state.press(.character("?"))
        if let problem = GoldenScreens.mismatch(BrowserView.render(state).text, name: "help-\(width)x\(height)") {
            Issue.record(Comment(rawValue: problem))
        }
    }
}

@Suite struct ScreenContentTests {
    /// Text of the cells drawn in `role`'s style inside `rect`, row by row.
    func text(in grid: Grid, rect: Rect, where wanted: (CellStyle) -> Bool) -> String {
        var out = ""
        for y in rect.y..<(rect.y + rect.height) {
            for x in rect.x..<(rect.x + rect.width) where wanted(grid[x, y].style) {
                out += grid[x, y].text
            }
            out += " "
        }
        return out
    }

    @Test(arguments: screenSizes.filter { $0.0 >= 30 })
    func highlightedSentenceIsInsideTheVisibleSourceArea(width: Int, height: Int) throws {
        var state = BrowserState(story: StoryFixture.story, width: width, height: height)
        state.press(.character("j"), .character("j"), .enter)
        let grid = BrowserView.render(state)
        let content = try #require(state.layout.content(of: .source))
        let evidence = Theme.color.style(.evidence)
        let highlighted = text(in: grid, rect: content) { $0.background == evidence.background }
        let words = highlighted.split(separator: " ").joined(separator: " ")
        #expect(words.hasPrefix("Critics from the 東京"), "\(words)")
        #expect(words.contains("town”."), "\(words)")
    }

    @Test(arguments: screenSizes)
    func everyRowIsExactlyTheScreenWide(width: Int, height: Int) {
        var state = BrowserState(story: StoryFixture.story, width: width, height: height)
        for keys in [[Key](), [.character("j"), .character("j"), .enter], [.character("3")], [.character("?")], [.character("a")]] {
            for key in keys { state.press(key) }
            let grid = BrowserView.render(state)
            for y in 0..<height {
                #expect(DisplayWidth.of(grid.line(y)) == width, "row \(y): \(grid.line(y))")
            }
        }
    }

    @Test func titlesTruncateByDisplayWidthWithEllipsis() throws {
        let state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        let grid = BrowserView.render(state)
        let content = try #require(state.layout.content(of: .timeline))
        var row = ""
        for x in content.x..<(content.x + content.width) { row += grid[x, content.y + 2].text }
        #expect(row.contains("Critics from the 東京 delegat…"))
        #expect(row.hasSuffix("[2]"))
        #expect(DisplayWidth.of(row) == content.width)
    }

    @Test func wideCharacterIsNeverCutInHalf() {
        var grid = Grid(size: GridSize(width: 10, height: 1))
        grid.draw("abc東京def", x: 0, y: 0, width: 4, style: .plain)
        #expect(grid.line(0).hasPrefix("abc…"))
        grid = Grid(size: GridSize(width: 10, height: 1))
        grid.draw("abc東京", x: 0, y: 0, width: 5, style: .plain)
        #expect(grid.line(0).hasPrefix("abc …"))
        grid = Grid(size: GridSize(width: 10, height: 1))
        grid.draw("ab東", x: 0, y: 0, width: 5, style: .plain)
        #expect(grid.line(0).hasPrefix("ab東 "))
        #expect(grid[3, 0].text == "")
    }

    @Test func filterShowsInTheTitleLine() {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.apply(.setActorFilter([0, 3]))
        let title = BrowserView.render(state).line(0)
        #expect(title.contains("filter: Zoë Álvarez, Residents"))
        #expect(title.contains("4 of 6 events"))
    }

    @Test func tooSmallTerminalShowsOnlyTheMessageAndRecovers() {
        var state = BrowserState(story: StoryFixture.story, width: 20, height: 5)
        let small = BrowserView.render(state).text
        #expect(small.split(whereSeparator: \.isWhitespace).joined(separator: " ") == "terminal too small (need 30×8)")
        state.handle(.resize(width: 30, height: 8))
        let enlarged = BrowserView.render(state).text
        #expect(!enlarged.contains("too small"))
        #expect(enlarged.contains("Timeline"))
    }

    @Test func helpOverlayIsGeneratedFromTheKeyMap() {
        var state = BrowserState(story: StoryFixture.story, width: 200, height: 50)
        state.press(.character("?"))
        let screen = BrowserView.render(state).text
        for binding in KeyMap.bindings {
            #expect(screen.contains(binding.help), "\(binding.help)")
        }
        #expect(screen.contains("Ctrl-F"))
    }

    @Test func helpThatDoesNotFitScrollsToItsLastLine() {
        var state = BrowserState(story: StoryFixture.story, width: 60, height: 16)
        state.press(.character("?"))
        #expect(!BrowserView.render(state).text.contains("suspend (fg resumes)"))
        state.press(.character("G"))
        let screen = BrowserView.render(state).text
        #expect(screen.contains("suspend (fg resumes)"))
        #expect(screen.contains("j/k scroll"))
    }

    @Test func pickerShowsEventAndQuoteCounts() {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("a"), .character(" "))
        let screen = BrowserView.render(state).text
        let row = screen.split(separator: "\n").first { $0.contains("Zoë Álvarez (person)") }
        #expect(row?.contains("[x]") == true)
        #expect(row?.contains("      3      3") == true)
    }

    @Test func escapeSequencesNeverReachTheGrid() {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("G"), .enter)
        let grid = BrowserView.render(state)
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        #expect(grid.text.contains("␛[31m"))
    }

    @Test func monochromeCarriesTheSameInformationWithAttributes() throws {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("j"), .enter)
        let grid = BrowserView.render(state, theme: .mono)
        #expect(grid.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        let content = try #require(state.layout.content(of: .source))
        let reversed = text(in: grid, rect: content) { $0.attributes.contains(.reverse) }
        #expect(reversed.contains("Tallow"))
        let timeline = try #require(state.layout.content(of: .timeline))
        let selection = text(in: grid, rect: timeline) { $0.attributes.contains(.underline) }
        #expect(selection.contains("Mayor opens"))
    }

    @Test func searchMatchesAreHighlightedAsYouType() throws {
        var state = BrowserState(story: StoryFixture.story, width: 200, height: 50)
        state.press(.character("/"))
        state.type("bridge")
        let grid = BrowserView.render(state)
        let content = try #require(state.layout.content(of: .timeline))
        let match = Theme.color.style(.searchMatch)
        let marked = text(in: grid, rect: content) { $0.background == match.background }
        #expect(marked.split(separator: " ").map { $0.lowercased() } == ["bridge", "bridge", "bridge"])
        #expect(grid.line(grid.height - 1).contains("match 1 of 3"))
        #expect(grid.line(grid.height - 1).contains("/bridge"))
    }
}

@Suite struct BrowserProgramTests {
    @Test func runsUntilQuitAndCarriesOutRequests() throws {
        let screen = EmbeddedScreen(width: 120, height: 40, events: [
            .key(.character("j")), .key(.enter), .key(.control("l")), .key(.control("z")),
            .resize(width: 80, height: 24), .key(.character("q")), .key(.character("q")), .key(.character("j")),
        ])
        let program = BrowserProgram(state: BrowserState(story: StoryFixture.story), screen: screen)
        let final = program.run()
        #expect(final.requests.contains(.quit))
        #expect(screen.pending == [.key(.character("j"))])
        #expect(screen.suspensions == 1)
        #expect(screen.invalidations == 2)
        #expect(screen.frames.count == 7)
        let last = try #require(screen.lastFrame)
        #expect(last.size == GridSize(width: 80, height: 24))
        #expect(final.selectedEvent?.id == "e-opening")
    }

    @Test func stepReturnsTheNextFrame() {
        var state = BrowserState(story: StoryFixture.story, width: 80, height: 24)
        let grid = BrowserProgram.step(&state, .key(.character("G")))
        #expect(state.timeline.selected == 5)
        #expect(grid.line(grid.height - 1).contains("6/6"))
    }
}

@Suite struct CompareScreenTests {
    @Test(arguments: [(120, 40), (80, 24)])
    func compareViewGolden(width: Int, height: Int) {
        var state = BrowserState(story: StoryFixture.story, width: width, height: height)
        state.press(.character("j"), .character("j"), .character("c"))
        let grid = BrowserView.render(state)
        if let problem = GoldenScreens.mismatch(grid.text, name: "compare-\(width)x\(height)") {
            Issue.record(Comment(rawValue: problem))
        }
        #expect(grid.text.contains("quote wording changed"))
    }

    @Test func wordLevelChangesAreHighlightedOnBothSides() {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("j"), .character("j"), .character("c"))
        let grid = BrowserView.render(state)
        var deleted = ""
        var inserted = ""
        for cell in grid.cells {
            if cell.style.foreground == Theme.color.style(.deleted).foreground, cell.style.attributes.contains(.underline) { deleted += cell.text }
            if cell.style.foreground == Theme.color.style(.inserted).foreground, cell.style.attributes.contains(.underline) { inserted += cell.text }
        }
        #expect(deleted.contains("far"))
        #expect(inserted.contains("much"))
        #expect(!deleted.contains("small"))
    }

    @Test func quotesPaneMarksDifferentWording() {
        var state = BrowserState(story: StoryFixture.story, width: 120, height: 40)
        state.press(.character("j"), .character("j"))
        let text = BrowserView.render(state).text
        #expect(text.contains("≠ River Post: “much too high”"))
    }
}

@Suite struct BadModelTests {
    /// A story whose references point nowhere: the browser must show what it can, not crash.
    var broken: Story {
        var story = StoryFixture.story
        story.events[0].evidence.append(SentenceRef(document: 7, sentence: 99))
        story.events[1].evidence.insert(SentenceRef(document: 0, sentence: 500), at: 0)
        story.events[1].actors.append(EventActor(actor: 42, role: .target))
        story.events[1].quotes.append(1000)
        story.quotes.append(Quote(id: 77, text: "lost", kind: .phrase, speaker: 9, document: 9, sentence: 9,
                                  range: TextRange(start: 5000, end: 5004)))
        story.alignments.append(SentenceAlignment(a: SentenceRef(document: 0, sentence: 1), b: SentenceRef(document: 8, sentence: 1), score: 0.5))
        story.differences.append(Difference(kind: .number, a: SentenceRef(document: 0, sentence: 1),
                                            b: SentenceRef(document: 6, sentence: 0), aText: "", bText: "two", event: "e-opening"))
        story.furniture.append(Furniture(document: 0, range: TextRange(start: 9000, end: 9100)))
        return story
    }

    @Test(arguments: screenSizes)
    func everyKeyOnABrokenModelDrawsAScreen(width: Int, height: Int) {
        var state = BrowserState(story: broken, width: width, height: height)
        let keys: [Key] = [.enter, .character("]"), .character("]"), .character("["), .character("s"), .character("j"),
                           .enter, .character("]"), .character("s"), .character("c"), .character("j"), .tab, .enter,
                           .character("3"), .character("j"), .enter, .character("G"), .character("/"), .character("o"),
                           .enter, .character("n"), .character("a"), .character(" "), .enter, .character("?"), .escape]
        for key in keys {
            state.press(key)
            let grid = BrowserView.render(state)
            #expect(grid.size == GridSize(width: width, height: height))
        }
    }
}

@Suite struct TitleLineTests {
    @Test func aLongStoryNameGivesWayToTheFilter() {
        var story = StoryFixture.story
        story.name = "A very long story name that would push everything else off an eighty column screen"
        var state = BrowserState(story: story, width: 80, height: 24)
        state.apply(.setActorFilter([0]))
        let title = BrowserView.render(state).line(0)
        #expect(title.contains("filter: Zoë Álvarez"))
        #expect(title.contains("Storyline: A very long"))
        #expect(title.contains("…"))
        #expect(DisplayWidth.of(title) == 80)
    }

    @Test func truncateCutsByDisplayWidth() {
        #expect(DisplayWidth.truncate("東京東京", to: 5) == "東京…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
    }
}

@Suite struct CompareDescriptionTests {
    @Test func aClaimWithoutWordsIsShownByItsSentence() {
        var story = StoryFixture.story
        story.differences.append(Difference(kind: .onlyInOne, a: SentenceRef(document: 0, sentence: 3), b: nil,
                                            aText: "", bText: "", event: "e-critics"))
        var state = BrowserState(story: story, width: 200, height: 50)
        state.press(.character("j"), .character("j"), .character("c"))
        let text = BrowserView.render(state).text
        #expect(text.contains("claim in one article only: only in Harbour Daily: “Critics from the 東京 delegation"))
    }
}
