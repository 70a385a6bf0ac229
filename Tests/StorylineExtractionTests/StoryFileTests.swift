import StorylineModel
import StorylineTestSupport
import Testing
@testable import StorylineExtraction

@Suite struct StoryFileTests {
    @Test func parsesTheWholeSchema() throws {
        let parsed = StoryFileParser.parse("""
            name: Harbour dispute
            articles:
              one:
                title: Ships wait
                outlet: Port News
                published: 2020-07-01
                url: https://port.test/1
              two.md:
            references:
              - name: Harbour strike
                date: 2020-06-15
                phrases: [the strike, The Walkout]
              - name: Port opening
                date: 2019-01-01
            actors:
              - name: Maria Costa
                kind: person
                aliases: [Ms Costa]
                terms:
                  - {office: Harbour Master, from: 2018-01-01, until: 2020-12-31}
              - name: Dockers Union
                kind: organization
            """)
        let file = try #require(parsed.file)
        #expect(parsed.problems.isEmpty)
        #expect(file.name == "Harbour dispute")
        #expect(file.articles["one"] == ArticleInfo(title: "Ships wait", outlet: "Port News", published: CalendarDay(year: 2020, month: 7, day: 1), url: "https://port.test/1"))
        #expect(file.articles["two.md"] == ArticleInfo())
        #expect(file.references.map(\.phrases) == [["the strike", "the walkout"], ["port opening"]])
        #expect(file.actors.first?.terms == [OfficeTerm(office: "Harbour Master", from: CalendarDay(year: 2018, month: 1, day: 1), until: CalendarDay(year: 2020, month: 12, day: 31))])
        #expect(file.actors.last?.kind == .organisation)
    }

    @Test func syntaxErrorMakesTheFileMalformedWithItsLine() {
        let parsed = StoryFileParser.parse("name: x\narticles:\n  a:\n    title: ok\n   outlet: bad indent\n")
        #expect(parsed.file == nil)
        #expect(parsed.problems.count == 1)
        #expect(parsed.problems.first?.hasPrefix("line 5:") == true)
    }

    @Test func unknownKeysAndBadDatesAreWarnedWithLines() throws {
        let parsed = StoryFileParser.parse("""
            name: x
            colour: blue
            articles:
              a:
                publshed: 2020-01-01
            references:
              - name: Vote
                date: 2020-02-30
            actors:
              - name: Bo
                kind: robot
            """)
        let file = try #require(parsed.file)
        #expect(file.references.isEmpty)
        #expect(file.actors.first?.kind == .person)
        #expect(parsed.problems == [
            "line 2: unknown key 'colour' in the story file (known: name, articles, references, actors)",
            "line 5: unknown key 'publshed' in an article entry (known: title, outlet, published, url)",
            "line 8: date '2020-02-30' is not a valid YYYY-MM-DD date",
            "line 7: reference 'Vote' has no valid date; ignored",
            "line 11: kind 'robot' is not one of person, organisation, country; person assumed",
        ])
    }

    @Test func topLevelThatIsNotAMappingIsMalformed() {
        let parsed = StoryFileParser.parse("- just\n- a list\n")
        #expect(parsed.file == nil)
        #expect(parsed.problems.first?.hasPrefix("line 1: the story file should be a mapping") == true)
    }

    @Test func malformedStoryFileIsIgnoredAndTheArticlesStillLoad() throws {
        let folder = try TemporaryFolder("storyfile")
        defer { folder.remove() }
        try folder.write("a.txt", "Text.\n")
        try folder.write("story.yaml", "name: [broken\n")
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        #expect(corpus.documents.count == 1)
        #expect(corpus.name == folder.url.lastPathComponent)
        let warning = try #require(corpus.warnings.first)
        #expect(warning.path.hasSuffix("story.yaml"))
        #expect(warning.message.hasPrefix("line "))
        #expect(warning.message.hasSuffix("story file ignored"))
    }

    @Test func articleKeysWithoutAFileAreWarned() throws {
        let folder = try TemporaryFolder("storyfile")
        defer { folder.remove() }
        try folder.write("real.txt", "Text.\n")
        try folder.write("story.yaml", "articles:\n  real: {outlet: A}\n  typo: {outlet: B}\n")
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        #expect(corpus.warnings.map(\.message) == ["line 3: no article file named 'typo' beside it"])
    }

    @Test func valuesThatLookLikeNumbersOrDatesStayText() throws {
        let parsed = StoryFileParser.parse("name: 2024\narticles:\n  2024-01-02:\n    title: yes\n    outlet: 0x1F\n")
        let file = try #require(parsed.file)
        #expect(parsed.problems.isEmpty)
        #expect(file.name == "2024")
        #expect(file.articles["2024-01-02"] == ArticleInfo(title: "yes", outlet: "0x1F"))
    }

    @Test func theSameKeyPlainAndQuotedIsADuplicate() {
        // Keys are compared as text: `2024-01-02` and "2024-01-02" name the same article.
        let parsed = StoryFileParser.parse("articles:\n  2024-01-02:\n    title: A\n  \"2024-01-02\":\n    title: B\n")
        #expect(parsed.file == nil)
        #expect(parsed.problems == ["line 2: duplicate key '2024-01-02'"])
    }
}
