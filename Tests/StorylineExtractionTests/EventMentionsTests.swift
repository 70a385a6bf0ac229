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
        // Office terms are looked up aside, so the record stays small.
        #expect(MemoryLayout<MentionRecord>.stride == 56)
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

    @Test func anEmptyStoreHasNoMentions() {
        EventMentions().withView { view in
            #expect(view.count == 0 && view.indices.isEmpty)
        }
        EventMentions([mention(0)]).withView { view in
            #expect(view[0].actors.isEmpty && view[0].termConstraints.isEmpty)
        }
    }
}
