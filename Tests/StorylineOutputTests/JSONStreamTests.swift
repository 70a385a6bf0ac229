import Foundation
import StorylineExtraction
import StorylineModel
import StorylineOutput
import StorylineTestSupport
import Testing

/// The streamed JSON is byte for byte what `StoryJSON(...).encoded()` and `print` give.
@Suite struct JSONStreamTests {
    /// The streamed bytes, through a writer flushing every `chunkSize` bytes.
    static func streamed(_ story: Story, actorFilter: Set<Int> = [], chunkSize: Int = 64 * 1024) throws -> [UInt8] {
        var writer = JSONStreamWriter(sink: JSONByteArraySink(), chunkSize: chunkSize)
        try StoryJSON.write(story, actorFilter: actorFilter, to: &writer)
        return writer.sink.bytes
    }

    /// What `storyline timeline --json` printed before streaming: the encoded document and a line break.
    static func encoded(_ story: Story, actorFilter: Set<Int> = []) throws -> [UInt8] {
        Array((try StoryJSON(story, actorFilter: actorFilter).encoded() + "\n").utf8)
    }

    /// Expects equal bytes, naming the first difference (strings would compare canonically).
    static func expectSameBytes(_ story: Story, actorFilter: Set<Int> = [], chunkSize: Int = 64 * 1024) throws {
        let expected = try encoded(story, actorFilter: actorFilter)
        let actual = try streamed(story, actorFilter: actorFilter, chunkSize: chunkSize)
        let first = expected.indices.first { $0 >= actual.count || expected[$0] != actual[$0] } ?? min(expected.count, actual.count)
        let context = { (bytes: [UInt8]) in
            String(decoding: bytes[max(0, first - 80)..<min(bytes.count, first + 80)], as: UTF8.self)
        }
        #expect(actual == expected, "first difference at byte \(first): expected …\(context(expected))… got …\(context(actual))…")
    }

    /// The seed articles, built as `storyline` builds them (warnings included).
    static let seedStory: Story = {
        let corpus = ArticleLoader.load(paths: [RepositoryPaths.seeds.path])
        var story = StoryBuilder().build(corpus)
        story.warnings = corpus.warnings
        return story
    }()

    @Test func seedArticlesMatch() throws {
        let story = Self.seedStory
        #expect(story.events.count > 3)
        try Self.expectSameBytes(story)
        // Tiny chunks: every flush boundary lands somewhere new.
        try Self.expectSameBytes(story, chunkSize: 1)
        try Self.expectSameBytes(story, chunkSize: 997)
    }

    @Test func actorFiltersMatch() throws {
        let story = Self.seedStory
        let busiest = story.actors.map(\.id).max { a, b in
            story.events.filter { $0.involves(a) }.count < story.events.filter { $0.involves(b) }.count
        }
        let actor = try #require(busiest)
        try Self.expectSameBytes(story, actorFilter: [actor])
        try Self.expectSameBytes(story, actorFilter: Set(story.actors.prefix(3).map(\.id)))
        // An id no actor has: no events and no quotes, empty arrays.
        try Self.expectSameBytes(story, actorFilter: [Int.max])
    }

    @Test func fixtureStoryMatches() throws {
        try Self.expectSameBytes(StoryFixture.story)
        try Self.expectSameBytes(StoryFixture.story, actorFilter: [0])
        try Self.expectSameBytes(StoryFixture.large(events: 300), chunkSize: 4096)
    }

    @Test func craftedStoryWithAwkwardTextMatches() throws {
        let story = CraftedStory.story
        try Self.expectSameBytes(story)
        try Self.expectSameBytes(story, actorFilter: [1])
        try Self.expectSameBytes(story, chunkSize: 3)
    }

    @Test func emptyStoryMatches() throws {
        try Self.expectSameBytes(Story(name: ""))
        try Self.expectSameBytes(Story(name: "Only a name \u{0}"), actorFilter: [0])
    }

    @Test func generatedCorpusMatches() throws {
        let folder = try TemporaryFolder("json-stream-corpus")
        defer { folder.remove() }
        _ = try CorpusRun.generate(megabytes: 0.3, seed: 5, into: folder.url)
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        var story = StoryBuilder().build(corpus)
        story.warnings = corpus.warnings
        #expect(story.events.count > 20)
        try Self.expectSameBytes(story)
        let actor = try #require(story.actors.first?.id)
        try Self.expectSameBytes(story, actorFilter: [actor])
    }
}

/// A hand-made story whose strings hold quotes, backslashes, slashes, control characters,
/// DEL, line separators and emoji, with nil fields, empty lists, undated events and
/// references to sentences that do not exist.
enum CraftedStory {
    /// Text with every character JSON escaping cares about.
    static let awkward = "a \"quoted\" \\ back/slash \u{0}\u{1}\u{8}\t\n\u{B}\u{C}\r\u{1F}\u{7F} \u{80}\u{9B} \u{2028}\u{2029} é e\u{301} 🎉👩‍👩‍👧 \u{FEFF}\r\n end"

    /// The story.
    static var story: Story {
        let first = "First \"line\" with \\ and /.\n\(awkward)\nTab\there."
        var sentences: [Sentence] = []
        var offset = 0
        for line in first.split(separator: "\n", omittingEmptySubsequences: false) {
            let range = TextRange(start: offset, end: offset + line.utf8.count)
            sentences.append(Sentence(document: 0, index: sentences.count, paragraph: 0, range: range))
            offset += line.utf8.count + 1
        }
        let documents = [
            Document(id: "doc/\"one\"", path: "a\\b/c.txt", title: awkward, outlet: nil,
                     published: CalendarDay(year: 1999, month: 12, day: 31), publishedSource: .frontMatter,
                     url: "https://example.org/a?b=c&d=\"e\"", text: first),
            // No sentences list for this one: "sentences" is 0.
            Document(id: "doc-two", path: "two.md", title: nil, text: "Second."),
        ]
        let actors = [
            Actor(id: 0, name: "Zoë \"Z\" Ñ", kind: .person, aliases: []),
            Actor(id: 1, name: "Back\\slash Org", kind: .organisation, aliases: ["B/S", awkward, ""]),
        ]
        let mentions = [
            Mention(actor: 1, document: 0, sentence: 0, range: TextRange(start: 0, end: 5)),
            Mention(actor: 1, document: 0, sentence: 1, range: TextRange(start: 0, end: 1)),
        ]
        let quotes = [
            Quote(id: 0, text: awkward, kind: .quote, speaker: 1, document: 0, sentence: 1, range: TextRange(start: 2, end: 9), cue: "said \"softly\""),
            Quote(id: 1, text: "", kind: .phrase, speaker: nil, document: 1, sentence: 0, range: TextRange(start: 0, end: 0), cue: nil),
            Quote(id: 2, text: "no cue", kind: .quote, speaker: 0, document: 0, sentence: 2, range: TextRange(start: 0, end: 3)),
        ]
        let day = CalendarDay(year: 2030, month: 2, day: 28)
        // A time's words are its document's text at its range: the first one's are `awkward`.
        let awkwardStart = first.utf8.count - awkward.utf8.count - "\nTab\there.".utf8.count
        let times = [
            TimeExpression(value: "2030-02-28", precision: .day, interval: DayInterval(day: day ?? CalendarDay(daysSinceEpoch: 0)),
                           relation: .before, assumed: true, document: 0, sentence: 1,
                           range: TextRange(start: awkwardStart, end: awkwardStart + awkward.utf8.count)),
            TimeExpression(value: "", precision: .unknown, interval: DayInterval(earliest: nil, latest: day),
                           document: 1, sentence: 0, range: TextRange(start: 0, end: 1)),
            TimeExpression(value: "X", precision: .year, interval: DayInterval(earliest: nil, latest: nil),
                           document: 0, sentence: 0, range: TextRange(start: 0, end: 0)),
        ]
        let events = [
            Event(id: "ev-\"1\"", title: awkward, kind: .statement,
                  date: EventDate(value: "2030-02", interval: DayInterval(earliest: day, latest: day), precision: .month,
                                  derivation: "stated \"then\" \\ \u{2028}", assumed: true),
                  actors: [EventActor(actor: 1, role: .agent), EventActor(actor: 0, role: .target)],
                  evidence: [SentenceRef(document: 0, sentence: 1), SentenceRef(document: 0, sentence: 99), SentenceRef(document: 5, sentence: 0)],
                  quotes: [0, 2], triggers: ["said", awkward]),
            Event(id: "ev-2", title: "", kind: .other, date: .undated, actors: [], evidence: [], quotes: [], triggers: []),
            Event(id: "ev-3", title: "Open end", kind: .meeting,
                  date: EventDate(value: nil, interval: DayInterval(earliest: nil, latest: day), precision: .year, derivation: ""),
                  actors: [EventActor(actor: 0, role: .agent)], evidence: [SentenceRef(document: 0, sentence: 0)], quotes: [], triggers: []),
        ]
        let warnings = [InputWarning(path: "bad\u{7}.txt", message: "not \"UTF-8\" \\ at all")]
        return Story(name: "Crafted \"story\" \\ /", documents: documents, sentences: [sentences], actors: actors, mentions: mentions,
                     quotes: quotes, times: times, events: events, warnings: warnings)
    }
}
