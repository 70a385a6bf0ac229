import StorylineModel
import Testing
@testable import StorylineExtraction

/// The faster paths of the events stage give what the plain ones give.
@Suite struct EventSpeedPathTests {
    func day(_ n: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: 18_000 + n) }

    @Test func intervalWithoutDerivationMatchesMerge() {
        let constraints = [
            DateConstraint(interval: DayInterval(earliest: day(0), latest: day(30)), value: "m", precision: .month, source: "a", assumed: false),
            DateConstraint(interval: DayInterval(earliest: nil, latest: day(10)), value: "r", precision: .reference, source: "b", assumed: false),
            DateConstraint(interval: DayInterval(day: day(40)), value: "d", precision: .day, source: "c", assumed: false),
            DateConstraint(interval: DayInterval(earliest: day(35), latest: day(45)), value: "w", precision: .week, source: "d", assumed: false),
        ]
        #expect(EventDating.interval(of: constraints) == EventDating.merge(constraints).interval)
        #expect(EventDating.interval(of: constraints) == DayInterval(day: day(40)))
        #expect(EventDating.interval(of: []) == EventDate.undated.interval)
    }

    @Test func intersectionIsSymmetricAndInsideBoth() {
        let intervals = [
            DayInterval(earliest: nil, latest: nil), DayInterval(day: day(3)), DayInterval(earliest: day(1), latest: nil),
            DayInterval(earliest: nil, latest: day(2)), DayInterval(earliest: day(5), latest: day(9)),
        ]
        for a in intervals {
            for b in intervals {
                #expect(a.intersection(b) == b.intersection(a))
                guard let both = a.intersection(b) else { continue }
                #expect(both.intersection(a) == both && both.intersection(b) == both)
            }
        }
        #expect(DayInterval(day: day(3)).intersection(DayInterval(earliest: day(5), latest: day(9))) == nil)
    }

    @Test func asciiTruncationCutsAtAWordLikeTheCharacterPath() {
        let long = "Officials said the delegation would return next week, after talks; the ministers agreed"
        let cut = EventTitler.truncate(long)
        #expect(cut == "Officials said the delegation would return next week…")
        #expect(cut.count <= EventTitler.maxLength)
        // Text with a non-ASCII letter takes the character path and counts characters.
        let accented = String(repeating: "é", count: 70)
        #expect(EventTitler.truncate(accented).count == EventTitler.maxLength)
        #expect(EventTitler.truncate("Short title") == "Short title")
    }

    @Test func eventsSortInPlaceLikeAStableSort() {
        let keys = [3, 1, 2, 1, 0, 3].enumerated().map { index, day in
            EventOrder.Key(day: day == 0 ? nil : day, first: SentenceRef(document: 0, sentence: index % 2))
        }
        var events = keys.indices.map { index in
            Event(id: "e\(index)", title: "t", kind: .statement, date: .undated, actors: [], evidence: [], quotes: [], triggers: [])
        }
        let expected = keys.indices.sorted { keys[$0] < keys[$1] }.map { "e\($0)" }
        EventOrder.sort(&events, by: keys)
        #expect(events.map(\.id) == expected)
        // Keys keep their day (none included) in 16 bytes; no day sorts after every day.
        #expect(MemoryLayout<EventOrder.Key>.stride == 16)
        let first = SentenceRef(document: 1, sentence: 2)
        for day in [0, -5, 20_000, Int.max, Int.min] {
            let key = EventOrder.Key(day: day, first: first)
            #expect(key.day == (day == Int.max ? Int(Int64.max - 1) : day) && key.first == first)
            #expect(key < EventOrder.Key(day: nil, first: SentenceRef(document: 0, sentence: 0)))
        }
        #expect(EventOrder.Key(day: nil, first: first).day == nil)
        #expect(EventOrder.Key(day: nil, first: SentenceRef(document: 0, sentence: 9)) < EventOrder.Key(day: nil, first: first))
    }

    @Test func surnameAfterHonorificReadsBytesLikeCharacters() {
        let text = "Mr Smith met Dr  Jones and Ms Ana María Ruiz; Dr Müller and Smith Jones."
        let document = Document(id: "d", path: "d.txt", text: text)
        func surname(_ phrase: String) -> String? {
            guard let start = text.range(of: phrase)?.lowerBound else { return nil }
            let offset = text.utf8.distance(from: text.startIndex, to: start)
            return EventTitler.surnameAfterHonorific(document, TextRange(start: offset, end: offset + phrase.utf8.count))
        }
        #expect(surname("Mr Smith") == "Smith")
        #expect(surname("Dr  Jones") == "Jones")
        #expect(surname("Ms Ana María Ruiz") == nil)
        #expect(surname("Dr Müller") == "Müller")
        #expect(surname("Smith Jones") == nil)
        #expect(EventTitler.surnameAfterHonorific(document, TextRange(start: 500, end: 520)) == nil)
    }

    @Test func standaloneMentionReadsBackAsGiven() {
        var empty = EventMention.empty
        var fixture = EventFixture()
        fixture.articles = [.init(id: "a", published: nil, sentences: ["Officials met and talked."])]
        let story = fixture.story()
        var mention = EventMention(
            ref: SentenceRef(document: 0, sentence: 0), range: TextRange(start: 0, end: 25), kind: .meeting,
            triggerRanges: [TextRange(start: 10, end: 13), TextRange(start: 18, end: 24)], agent: 3, target: nil,
            actors: [3, 4], people: [4], times: [], termConstraints: [], quotes: [7, 8, 9],
            triggerStems: [1], stems: [2, 5, 6], quoteShingles: [], quotePhrases: [11, 12],
            background: false, continues: true, triggerStart: 10, verbal: true)
        #expect(mention.agent == 3 && mention.target == nil && mention.triggerStart == 10)
        mention.target = 0
        mention.agent = nil
        #expect(mention.agent == nil && mention.target == 0)
        #expect(Array(mention.actors) == [3, 4])
        #expect(Array(mention.people) == [4])
        #expect(mention.times.isEmpty)
        #expect(Array(mention.quotes) == [7, 8, 9])
        #expect(mention.triggers(in: story) == ["met", "talked"])
        #expect(Array(mention.triggerStems) == [1])
        #expect(Array(mention.stems) == [2, 5, 6])
        #expect(mention.quoteShingles.isEmpty)
        #expect(Array(mention.quotePhrases) == [11, 12])
        swap(&mention, &empty)
        #expect(mention.actors.isEmpty && mention.stems.isEmpty && mention.quotePhrases.isEmpty && mention.triggerRanges.isEmpty)
        #expect(Array(empty.actors) == [3, 4])
    }

    /// Three articles whose names lie in some sentences, with sentences and a whole article between them without any.
    private static func threeArticlesWithGaps() -> Story {
        var fixture = EventFixture()
        fixture.actors = [("Jane Doe", .person, []), ("Ruritania", .country, [])]
        fixture.articles = [
            .init(id: "a", published: nil, sentences: ["Nothing here.", "Jane Doe met Ruritania.", "Still nothing.", "Ruritania and Ruritania spoke."]),
            .init(id: "b", published: nil, sentences: ["No names at all.", "None again."]),
            .init(id: "c", published: nil, sentences: ["Jane Doe left.", "Quiet.", "Quiet.", "Jane Doe returned and Ruritania waved."]),
        ]
        let story = fixture.story()
        return story
    }

    @Test func orderedSentenceIndexFindsEachSentencesRunAcrossDocuments() {
        let story = Self.threeArticlesWithGaps()
        let index = SentenceIndex(story)
        var seen = 0
        for (d, sentences) in story.sentences.enumerated() {
            for sentence in sentences {
                let expected = story.mentions.indices.filter { story.mentions[$0].document == d && story.mentions[$0].sentence == sentence.index }
                #expect(Array(index.mentions(sentence.ref)) == expected)
                seen += expected.count
            }
            // One past the document's last sentence names no sentence.
            #expect(index.mentions(SentenceRef(document: d, sentence: sentences.count)).isEmpty)
        }
        #expect(seen == story.mentions.count && seen >= 7)
    }

    @Test func aCursorFindsTheSameItemsWalkingOnAsTheSearchDoes() {
        let story = Self.threeArticlesWithGaps()
        let index = SentenceIndex(story)
        let refs = story.sentences.flatMap { $0.map(\.ref) }
        // In order, each sentence asked twice (once per clause), some skipped, then backwards
        // and across documents: the walk gives what the search gives.
        var cursor = SentenceCursor()
        let visits = refs.flatMap { [$0, $0] }.enumerated().filter { $0.offset % 5 != 3 }.map(\.element) + refs.reversed() + [refs[6], refs[1], refs[9]]
        for ref in visits {
            #expect(Array(index.mentions(ref, cursor: &cursor)) == Array(index.mentions(ref)))
            #expect(Array(index.times(ref, cursor: &cursor)) == Array(index.times(ref)))
            #expect(Array(index.quotes(ref, cursor: &cursor)) == Array(index.quotes(ref)))
        }
        #expect(refs.reduce(0) { $0 + index.mentions($1).count } == story.mentions.count)
        #expect(index.mentions(SentenceRef(document: 3, sentence: 0), cursor: &cursor).isEmpty)
    }

    @Test func flatSentenceIndexGroupsItemsBySentenceInOrder() {
        var fixture = EventFixture()
        fixture.actors = [("Jane Doe", .person, []), ("Ruritania", .country, [])]
        fixture.articles = [
            .init(id: "a", published: nil, sentences: ["Jane Doe met Ruritania and Jane Doe left.", "Nothing here."]),
            .init(id: "b", published: nil, sentences: ["Ruritania spoke."]),
        ]
        let story = fixture.story()
        let index = SentenceIndex(story)
        for (d, sentences) in story.sentences.enumerated() {
            for sentence in sentences {
                let expected = story.mentions.indices.filter { story.mentions[$0].document == d && story.mentions[$0].sentence == sentence.index }
                #expect(Array(index.mentions(sentence.ref)) == expected)
            }
        }
        #expect(index.mentions(SentenceRef(document: 0, sentence: 0)).count == 3)
        // Items out of sentence order (not as the pipeline makes them) are stored, and group the same way.
        var shuffled = story
        shuffled.mentions.reverse()
        let stored = SentenceIndex(shuffled)
        for (d, sentences) in shuffled.sentences.enumerated() {
            for sentence in sentences {
                let expected = shuffled.mentions.indices.filter {
                    shuffled.mentions[$0].document == d && shuffled.mentions[$0].sentence == sentence.index
                }
                #expect(Array(stored.mentions(sentence.ref)) == expected)
            }
        }
        #expect(index.mentions(SentenceRef(document: 0, sentence: 1)).isEmpty)
        #expect(index.mentions(SentenceRef(document: 5, sentence: 0)).isEmpty)
        #expect(index.times(SentenceRef(document: 1, sentence: 9)).isEmpty)
        #expect(index.quotes(SentenceRef(document: -1, sentence: 0)).isEmpty)
    }

    @Test func sortedListsDropRepeatsLikeASet() {
        var values = [5, 1, 3, 3, 1, 9, 5, 5]
        values.sort()
        values.removeAdjacentRepeats()
        #expect(values == Set([5, 1, 3, 9]).sorted())
        var empty: [Int] = []
        empty.removeAdjacentRepeats()
        #expect(empty.isEmpty)
        #expect(EventDetector.sortedUnique([4, 4, 2, 8, 2]) == [2, 4, 8])
    }
}
