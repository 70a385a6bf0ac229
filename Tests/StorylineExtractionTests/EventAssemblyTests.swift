import StorylineModel
import Testing
@testable import StorylineExtraction

/// Event assembly's fast paths give what the plain ones give.
@Suite struct EventAssemblyTests {
    /// A mention of sentence `sentence` of document `document` with the given times and lists.
    func mention(
        _ document: Int, _ sentence: Int, range: TextRange, kind: EventKind = .meeting, triggers: [TextRange] = [],
        times: [Int] = [], terms: [DateConstraint] = [], quotes: [Int] = [], agent: Int? = nil, background: Bool = false
    ) -> EventMention {
        EventMention(
            ref: SentenceRef(document: document, sentence: sentence), range: range, kind: kind, triggerRanges: triggers,
            agent: agent, target: nil, actors: agent.map { [$0] } ?? [], people: [], times: times, termConstraints: terms,
            quotes: quotes, triggerStems: [], stems: [], quoteShingles: [], quotePhrases: [],
            background: background, continues: false, triggerStart: triggers.first?.start ?? range.start, verbal: true)
    }

    /// A story whose times cover repeats, conflicts, intentions and bare "recently".
    func datedStory() -> Story {
        var fixture = EventFixture()
        fixture.times = [
            .init(text: "in April", value: "2021-04", precision: .month, interval: EventFixture.month(2021, 4)),
            .init(text: "on 5 March", value: "2021-03-05", precision: .day, interval: DayInterval(day: EventFixture.day(2021, 3, 5))),
            .init(text: "recently", value: "PAST_REF", precision: .reference, interval: DayInterval(earliest: nil, latest: nil)),
            .init(text: "in future", value: "FUTURE_REF", precision: .reference, interval: DayInterval(earliest: nil, latest: nil)),
            .init(text: "à Pâques", value: "2021-04", precision: .month, interval: EventFixture.month(2021, 4)),
        ]
        fixture.articles = [
            .init(id: "a", published: EventFixture.day(2021, 4, 20), sentences: ["They met in April and in April.", "They met on 5 March."]),
            .init(id: "b", published: nil, sentences: ["They met recently, in April, and will meet in future."]),
            .init(id: "a", published: EventFixture.day(2021, 4, 22), sentences: ["They met in April recently à Pâques."]),
        ]
        return fixture.story()
    }

    @Test func clusterDatesMatchMergingTheMembersConstraints() {
        let story = datedStory()
        func times(_ document: Int) -> [Int] { story.times.indices.filter { story.times[$0].document == document } }
        let term = DateConstraint(
            interval: DayInterval(earliest: nil, latest: EventFixture.day(2021, 3, 31)), value: "2021-04-01", precision: .reference,
            source: "before X became minister (predecessor)", assumed: false)
        let quoted = DateConstraint(
            interval: EventFixture.month(2021, 4), value: "2021-04", precision: .month, source: "'in April' in a", assumed: true)
        let mentions = [
            mention(0, 0, range: TextRange(start: 0, end: 31), times: times(0).filter { story.times[$0].sentence == 0 }),
            mention(0, 1, range: TextRange(start: 32, end: 52), times: times(0).filter { story.times[$0].sentence == 1 }),
            mention(1, 0, range: TextRange(start: 0, end: 52), times: times(1), terms: [term]),
            mention(2, 0, range: TextRange(start: 0, end: 36), times: times(2), terms: [term, quoted]),
            mention(1, 0, range: TextRange(start: 0, end: 52)),
        ]
        // Large clusters (over eight constraints) find repeats by hash.
        let clusters = [[0], [0, 1], [1, 0], [2], [0, 2, 3], [3, 2, 1, 0], [4], [4, 2], [3, 3], [3, 0, 3, 2, 0, 3, 4, 2], [1, 3, 3, 0, 3, 3, 2]]
        #expect(clusters.contains { cluster in cluster.flatMap { EventDating.constraints(of: mentions[$0], story: story) }.count > 8 })
        var dating = ClusterDating()
        var writer = EventWriter(chunkCapacity: 256, sources: DerivationSources(times: story.times, documents: story.documents))
        for cluster in clusters {
            let expected = EventDating.merge(cluster.flatMap { EventDating.constraints(of: mentions[$0], story: story) })
            #expect(dating.date(of: cluster, mentions: mentions, story: story) == expected, "cluster \(cluster)")
            // Events keep the derivation as the sources it names, and read back the same text.
            let (date, parts) = dating.dateAndSources(of: cluster, mentions: mentions, story: story)
            let event = writer.event(
                id: "e", title: "t", kind: .meeting, date: date, derivation: parts, actors: [], evidence: [], quotes: [], triggers: [])
            #expect(event.date == expected && (parts == nil) == !expected.isDated, "cluster \(cluster)")
        }
        #expect(dating.date(of: [0, 1], mentions: mentions, story: story).derivation.contains("conflicting, left out: 'in April' in a"))
        for m in mentions {
            #expect(EventDating.interval(of: m, story: story) == EventDating.interval(of: EventDating.constraints(of: m, story: story)))
        }
    }

    @Test func longTitlesStopReadingOnceSettledAndCutAlike() {
        // ASCII throughout, non-ASCII past the settled part, and non-ASCII early (character path).
        #expect(EventTitler.clean("Officials said the delegation would return next week after talks and the ministers agreed on new terms for trade", trigger: "said")
            == "Officials said the delegation would return next week after…")
        #expect(EventTitler.clean("Officials said the delegation would return next week after talks and the ministers agreed on neue Maßnahmen für Handel", trigger: "said")
            == "Officials said the delegation would return next week after…")
        #expect(EventTitler.clean("Officials said the délégation would return next week after talks and the ministers agreed", trigger: "said")
            == "Officials said the délégation would return next week after…")
        // A clause break after the trigger still cuts the title short, and honorifics go.
        #expect(EventTitler.clean("Mr Smith, a retired commander, has said the talks would resume, officials added", trigger: "said")
            == "Smith said the talks would resume")
    }

    @Test func idsAreHashesInHexRehashedWhenTaken() {
        #expect(EventIdentity.format(0xAB << 16 | 0xFFFF) == "ev-0000000000ab")
        #expect(EventIdentity.format(UInt64.max) == "ev-ffffffffffff")
        // Repeats, and hashes that differ only in bits not written, still get distinct ids,
        // the same ones on every run.
        let hashes: [UInt64] = [1 << 16, 2 << 16, 1 << 16, 1 << 16, 5 << 16, 5 << 16 | 1]
        var counter = EventIdentity.Counter()
        let ids = hashes.map { counter.id(for: $0) }
        #expect(Set(ids).count == hashes.count && ids.allSatisfy { $0.utf8.count == 15 && $0.hasPrefix("ev-") })
        #expect(ids[0] == "ev-000000000001" && ids[1] == "ev-000000000002" && ids[4] == "ev-000000000005")
        var again = EventIdentity.Counter()
        #expect(hashes.map { again.id(for: $0) } == ids)
        // A report repeated thousands of times: every repeat gets an id of its own.
        var repeated = EventIdentity.Counter()
        let many = (0..<20_000).map { _ in repeated.id(for: 9 << 16) }
        #expect(Set(many).count == many.count && many[0] == "ev-000000000009")
        let story = datedStory()
        let event = Event(id: "", title: "Talks resume", kind: .talks, date: .undated, actors: [], evidence: [], quotes: [], triggers: [])
        let hash = EventIdentity.hash(of: event, story: story)
        let hex = String(hash >> 16, radix: 16)
        let id = EventIdentity.id(of: event, story: story)
        #expect(id == "ev-" + String(repeating: "0", count: 12 - hex.count) + hex)
        #expect(id.utf8.count == 15)
    }

    @Test func assembledEventsListTriggersOnceInLowerCaseAndSortedEvidence() {
        var fixture = EventFixture()
        fixture.actors = [("Jane Doe", .person, [])]
        fixture.articles = [
            .init(id: "a", published: EventFixture.day(2021, 4, 20), sentences: ["Jane Doe Met them, met again, MET and ÉTÉ.", "Jane Doe met."]),
        ]
        let story = fixture.story()
        let text = story.documents[0].text
        func range(_ word: String, from: Int = 0) -> TextRange {
            let bytes = Array(text.utf8), needle = Array(word.utf8)
            let start = (from...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle } ?? 0
            return TextRange(start: start, end: start + needle.count)
        }
        let first = story.sentences[0][0].range, second = story.sentences[0][1].range
        let mentions = [
            mention(0, 1, range: second, triggers: [range("met", from: second.start)], quotes: [4, 2], agent: 0, background: true),
            mention(0, 0, range: first, triggers: [range("Met"), range("met"), range("MET"), range("ÉTÉ")], quotes: [2], agent: 0),
        ]
        var assembler = EventAssembler(story: story, index: SentenceIndex(story))
        let (event, key) = assembler.event(of: [0, 1], mentions: mentions)
        #expect(event.triggers == ["met", "été"])
        #expect(event.evidence == [SentenceRef(document: 0, sentence: 0), SentenceRef(document: 0, sentence: 1)])
        #expect(event.quotes == [2, 4])
        #expect(event.actors == [EventActor(actor: 0, role: .agent)])
        #expect(event.title == EventTitler(story: story, index: SentenceIndex(story)).title(kind: .meeting, mentions: mentions, story: story))
        #expect(event.title == "Jane Doe Met them, met again")
        // Undated background: placed just before its article's publication week.
        #expect(key.day == EventFixture.day(2021, 4, 20).daysSinceEpoch - EventOrder.beforeLead - 1)
        // The same cluster again takes another id.
        let again = assembler.event(of: [0, 1], mentions: mentions).event.id
        #expect(again != event.id && again.utf8.count == 15)
    }
}
