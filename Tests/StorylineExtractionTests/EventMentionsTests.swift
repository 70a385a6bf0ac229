import StorylineModel
import Testing
@testable import StorylineExtraction

/// The pooled mention store gives back every field and list as it was appended.
@Suite struct EventMentionsTests {
    func mention(_ n: Int, terms: [DateConstraint] = [], stems: [UInt64]? = nil) -> EventMention {
        EventMention(
            ref: SentenceRef(document: n, sentence: n + 1), range: TextRange(start: 10 * n, end: 10 * n + 9),
            kind: EventKind.allCases[n % EventKind.allCases.count],
            triggerRanges: (0..<(n % 3)).map { TextRange(start: 10 * n + $0, end: 10 * n + $0 + 1) },
            agent: n % 2 == 0 ? n : nil, target: n % 3 == 0 ? nil : n + 100,
            actors: Array(0..<(n % 4)), people: Array(0..<(n % 2)), times: n % 5 == 0 ? [n, n + 1] : [],
            termConstraints: terms, quotes: Array(repeating: n, count: n % 3),
            triggerStems: [UInt64(n) << 32], stems: stems ?? (0..<UInt64(n % 6)).map { ($0 * 7 + 1) << 32 | $0 },
            quoteShingles: n % 2 == 0 ? [3 << 32, UInt64.max] : [], quotePhrases: n % 3 == 0 ? [9 << 40] : [],
            background: n % 2 == 1, continues: n % 3 == 1, triggerStart: 10 * n + 2, verbal: n % 4 == 0)
    }

    func expectSame(_ ref: MentionRef, _ m: EventMention) {
        #expect(ref.ref == m.ref && ref.range == m.range && ref.kind == m.kind)
        #expect(ref.agent == m.agent && ref.target == m.target && ref.triggerStart == m.triggerStart)
        #expect(ref.background == m.background && ref.continues == m.continues && ref.verbal == m.verbal)
        #expect(Array(ref.actors) == Array(m.actors) && Array(ref.people) == Array(m.people))
        #expect(Array(ref.times) == Array(m.times) && Array(ref.quotes) == Array(m.quotes))
        #expect(Array(ref.triggerRanges) == m.triggerRanges)
        // Hashes keep their high 32 bits.
        func kept(_ hashes: [UInt64]) -> [UInt64] { hashes.map { $0 >> 32 } }
        #expect(Array(ref.triggerStems) == kept(m.triggerStems) && Array(ref.stems) == kept(m.stems))
        #expect(Array(ref.quoteShingles) == kept(m.quoteShingles) && Array(ref.quotePhrases) == kept(m.quotePhrases))
        #expect(Array(ref.termConstraints) == m.termConstraints)
        #expect(Array(ref.lists.stems) == kept(m.stems) && Array(ref.lists.people) == Array(m.people))
    }

    @Test func everyFieldAndListReadsBackAsAppended() {
        let term = DateConstraint(
            interval: DayInterval(earliest: nil, latest: CalendarDay(year: 2020, month: 1, day: 2)), value: "2020-01-02",
            precision: .reference, source: "before X took office", assumed: false)
        let mentions = (0..<40).map { mention($0, terms: $0 % 7 == 3 ? [term, term] : []) }
        let store = EventMentions(mentions)
        #expect(store.count == mentions.count)
        // Office terms and wide fields are looked up aside, so the record stays small.
        #expect(MemoryLayout<MentionRecord>.stride == 40)
        store.withView { view in
            #expect(view.count == mentions.count)
            for i in view.indices { expectSame(view[i], mentions[i]) }
        }
    }

    @Test func appendingGivesTheSameAsBuildingFromAList() {
        var store = EventMentions()
        store.reserveCapacity(2, ids: 1, hashes: 1)
        for n in 0..<12 { store.append(mention(n)) }
        store.withView { view in
            for i in view.indices { expectSame(view[i], mention(i)) }
        }
    }

    @Test func overlongListsKeepWhatSixteenBitsCountAndLeaveTheNextMentionIntact() {
        let long = mention(2, stems: (0..<70_000).map { UInt64($0) << 32 })
        EventMentions([long, mention(1)]).withView { view in
            #expect(view[0].triggerStems.count == 1)
            #expect(view[0].stems.count == Int(UInt16.max) - 1)
            #expect(Array(view[0].stems.prefix(3)) == [0, 1, 2])
            #expect(view[0].stems.last == UInt64(UInt16.max) - 2)
            #expect(view[0].quoteShingles.isEmpty && view[0].quotePhrases.isEmpty)
            expectSame(view[1], mention(1))
        }
    }

    @Test func mentionsTooWideForARecordReadBackInFullBetweenNarrowOnes() {
        func widened(_ n: Int, _ change: (inout EventMention) -> Void) -> EventMention {
            var m = mention(n)
            change(&m)
            return m
        }
        let wide = [
            widened(3) { $0.ref = SentenceRef(document: 3, sentence: 70_000) },
            widened(4) { $0.range = TextRange(start: 40, end: 100_040) },
            widened(5) { $0.triggerStart = $0.range.start + 70_000; $0.range = TextRange(start: 50, end: 100_050) },
            widened(6) { $0.triggerStart = 10 },
            widened(7) { $0.agent = 1 << 24; $0.target = (1 << 24) - 1 },
            widened(8) { $0.actors = Array(0..<300) },
            widened(9) { $0.quoteShingles = (0..<256).map { UInt64($0) << 32 } },
            widened(10) { $0.triggerRanges = [TextRange(start: 20, end: 22), TextRange(start: 101, end: 103)] },
            widened(11) { $0.triggerRanges = [TextRange(start: 110, end: 110 + 70_000)] },
        ]
        // Narrow neighbours at the edges of what a record holds.
        let edge = [
            widened(12) { $0.ref = SentenceRef(document: 12, sentence: 65_535); $0.agent = (1 << 24) - 2 },
            widened(13) { $0.actors = Array(0..<255); $0.triggerRanges = [] },
            widened(14) { $0.range = TextRange(start: 0, end: 65_535); $0.triggerStart = 65_535 },
        ]
        let all = [mention(1)] + wide.flatMap { [$0, mention(2)] } + edge
        let store = EventMentions(all)
        store.withView { view in
            for i in view.indices { expectSame(view[i], all[i]) }
        }
    }

    @Test func anEmptyStoreHasNoMentions() {
        EventMentions().withView { view in
            #expect(view.count == 0 && view.indices.isEmpty)
        }
        EventMentions([mention(0)]).withView { view in
            #expect(view[0].actors.isEmpty && view[0].termConstraints.isEmpty)
        }
    }
}
