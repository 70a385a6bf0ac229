import StorylineModel
import Testing
@testable import StorylineExtraction

/// Keyed candidate search, publication-day spread and the merge checks added for large corpora.
@Suite struct EventBlockingTests {
    /// A mention of document `document` with the given kind, actors and stems.
    func mention(
        _ document: Int, kind: EventKind = .weaponsTest, agent: Int? = 1, actors: [Int] = [1], people: [Int] = [],
        stems: [UInt64] = [10, 11, 12, 13], shingles: [UInt64] = [], phrases: [UInt64] = []
    ) -> EventMention {
        EventMention(
            ref: SentenceRef(document: document, sentence: 0), range: TextRange(start: 0, end: 10), kind: kind, triggerRanges: [TextRange(start: 0, end: 5)],
            agent: agent, target: nil, actors: actors, people: people, times: [], termConstraints: [], quotes: [],
            // Small test hashes moved into the high 32 bits, the part the mention store keeps.
            triggerStems: [], stems: stems.map { $0 << 32 }, quoteShingles: shingles.map { $0 << 32 },
            quotePhrases: phrases.map { $0 << 32 }, background: false, continues: false,
            triggerStart: 0, verbal: true)
    }

    let open = DayInterval(earliest: nil, latest: nil)

    @Test func commonWordsStillFindTheSameHappeningThroughKeys() {
        // 300 look-alike reports: every word's posting passes the cap, so only keys find pairs.
        var mentions = (0..<300).map { mention($0, agent: 100 + $0, actors: [100 + $0]) }
        mentions.append(mention(300, agent: 7, actors: [7]))
        mentions.append(mention(301, agent: 7, actors: [7]))
        let clusters = EventMerger().clusters(mentions, intervals: mentions.map { _ in open }, anchors: mentions.map { _ in 19_000 })
        #expect(clusters.contains([300, 301]))
        #expect(clusters.count == 301)
    }

    @Test func reportsPublishedWeeksApartStayApart() {
        let mentions = [mention(0), mention(1), mention(2)]
        let clusters = EventMerger().clusters(mentions, intervals: [open, open, open], anchors: [19_000, 19_002, 19_030])
        #expect(clusters == [[0, 1], [2]])
    }

    @Test func unionFindKeepsThePublicationSpread() {
        var sets = DatedUnionFind([open, open, open], anchors: [10, 14, 16])
        let possible = (sets.canJoin(0, 1), sets.canJoin(0, 2), sets.canJoin(0, 0))
        #expect(possible == (true, false, false))
        let near = sets.union(0, 1)
        let far = sets.union(1, 2)  // 10…16 is wider than the spread allowed
        let same = sets.union(2, 2)
        #expect(near && !far && same)
        let days = sets.days(of: 1)
        #expect(days == open)
    }

    @Test func publicationDaysCenturiesApartStayApart() {
        // Kept as days after the first one in 16 bits: farther days are only "far".
        var sets = DatedUnionFind([open, open, open, open], anchors: [-40_000, 70_000, 70_003, DatedUnionFind.noAnchor])
        let possible = (sets.canJoin(0, 1), sets.canJoin(1, 2), sets.canJoin(0, 3))
        #expect(possible == (false, true, true))
        let joined = (sets.union(1, 2), sets.union(0, 2), sets.union(3, 2))
        #expect(joined == (true, false, true))
        let afterwards = sets.canJoin(0, 3)
        #expect(!afterwards)
    }

    @Test func actsOfDifferentCountriesAreDifferentEvents() {
        #expect(!EventMerger.similar(mention(0, agent: 1, actors: [1]), mention(1, agent: 2, actors: [2])))
        #expect(EventMerger.similar(mention(0, agent: 1, actors: [1]), mention(1, agent: 1, actors: [1])))
        // A person acting for a country is not a conflict.
        #expect(EventMerger.similar(mention(0, agent: 1, actors: [1]), mention(1, agent: 5, actors: [5], people: [5])))
    }

    @Test func differentQuotesAreDifferentRemarks() {
        let a = mention(0, kind: .statement, shingles: [1, 2, 3, 4, 5, 6])
        #expect(!EventMerger.similar(a, mention(1, kind: .statement, shingles: [7, 8, 9, 20, 21, 22])))
        #expect(EventMerger.similar(a, mention(1, kind: .statement, shingles: [2, 3, 4, 5])))
        // One shared stock opening among many words is not the same quote.
        #expect(!EventMerger.similar(
            mention(0, kind: .statement, stems: [40, 41], shingles: [1, 2, 3, 4, 5, 6]),
            mention(1, kind: .statement, stems: [50, 51], shingles: [1, 30, 31, 32, 33, 34])))
    }

    @Test func kindGroupsKeepFamiliesTogether() {
        #expect(EventKindTable.group(.meeting) == EventKindTable.group(.summit))
        #expect(EventKindTable.group(.statement) == EventKindTable.group(.criticism))
        #expect(EventKindTable.group(.parade) != EventKindTable.group(.meeting))
    }

    @Test func kindMatcherJudgesLikeSimilar() {
        // Every pair of kinds, with words alike enough that only the kinds decide.
        let mentions = EventKind.allCases.map { mention(0, kind: $0, agent: nil, actors: []) }
        EventMentions(mentions).withView { view in
            let kinds = KindMatcher(view)
            for i in view.indices {
                for j in view.indices {
                    #expect(kinds.similar(view, i, j) == EventMerger.similar(view[i], view[j]))
                }
            }
        }
    }

    @Test func rarestStemsAreTheFirstOfAFullSort() {
        let stems: [UInt64] = [9, 4, 7, 1, 12, 3, 8, 5, 2, 11, 6, 10]
        let counts: [UInt64: Int] = [9: 5, 4: 2, 7: 2, 1: 40, 12: 1, 3: 7, 8: 2, 5: 3, 2: 9, 11: 2, 6: 3, 10: 1]
        for limit in [0, 1, 3, 8, 20] {
            var best: [(count: Int, stem: UInt64)] = [(99, 99)]
            Rarest.select(stems[...], limit: limit, into: &best) { stem in
                guard let c = counts[stem], c > 1 else { return nil }
                return c
            }
            let sorted = stems.compactMap { s in counts[s].flatMap { $0 > 1 ? ($0, s) : nil } }.sorted { $0 < $1 }
            #expect(best.map(\.stem) == sorted.prefix(limit).map(\.1))
        }
    }

    @Test func postingsListEachKeysItemsInOrder() {
        // Enough keys to grow the table several times, a zero key, and keys shared by many items.
        let keys: [[UInt64]] = (0..<3_000).map { item in
            var list: [UInt64] = [UInt64(item % 7 + 2), UInt64(10_000 + item)]
            if item % 500 == 0 { list.append(0) }
            return list
        }
        let postings = Postings(keys)
        #expect(Array(postings[5]) == (0..<3_000).filter { $0 % 7 == 3 }.map(Int32.init))
        #expect(Array(postings[10_042]) == [42])
        #expect(Array(postings[0]) == (0..<3_000).filter { $0 % 500 == 0 }.map(Int32.init))
        #expect(postings[99_999].isEmpty)
        #expect(Postings([])[99].isEmpty)
    }

    @Test func postingsKeepTheirCountsWithoutTheirItems() {
        let keys: [[UInt64]] = (0..<1_000).map { [UInt64($0 % 3 + 2), UInt64(5_000 + $0)] }
        var postings = Postings(keys)
        let before = [2, 3, 4, 5_007, 77].map { postings.count(of: $0) }
        #expect(before == [334, 333, 333, 1, 0])
        postings.dropItems()
        #expect([2, 3, 4, 5_007, 77].map { postings.count(of: $0) } == before)
        #expect(postings[2].isEmpty && postings[5_007].isEmpty)
    }

    @Test func blockingEntriesSortByKeyThenDayThenMention() {
        typealias Entry = EventBlocking.Entry
        let key: UInt64 = 0xABCD_EF01_2345_6789
        let early = Entry(key: key, day: 100, mention: 9)
        let late = Entry(key: key, day: 101, mention: 3)
        let other = Entry(key: key &+ (1 << 20), day: 0, mention: 0)
        #expect(early < late && late < other)
        #expect(early.sameKey(late) && !late.sameKey(other))
        #expect(Entry(key: key, day: 100, mention: 1) < early)
        // The key's lowest 20 bits give way to the day.
        #expect(Entry(key: key ^ 0xF_FFFF, day: 5, mention: 0).sameKey(early))
        #expect(Entry(key: key, day: 0xFFFF_FFFF, mention: 0).keyLowDay & Entry.dayMask == Entry.dayMask)
    }

    @Test func passesOfKeysJoinWhatOnePassJoins() {
        // Look-alike reports on a few dates with words from a small vocabulary, so that keys
        // meet, sets gain dates as they join, and the order of the joins matters.
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % n
        }
        var mentions: [EventMention] = []
        var intervals: [DayInterval] = []
        var anchors: [Int?] = []
        for i in 0..<600 {
            let agent = next(6)
            let people = next(3) == 0 ? [10 + next(4)] : []
            let stems = Set((0..<5).map { _ in UInt64(100 + next(40)) }).sorted()
            mentions.append(mention(i / 3, kind: [.statement, .meeting, .weaponsTest][next(3)], agent: agent, actors: [agent] + people, people: people, stems: stems))
            let day = 19_000 + next(30)
            intervals.append(next(4) == 0 ? DayInterval(earliest: CalendarDay(daysSinceEpoch: day), latest: CalendarDay(daysSinceEpoch: day)) : open)
            anchors.append(19_000 + next(20))
        }
        var onePass = EventMerger()
        onePass.postingCap = 2  // every word too common: only the keys find candidates
        let expected = onePass.clusters(mentions, intervals: intervals, anchors: anchors)
        #expect(expected.count < mentions.count - 50)
        for (partBytes, maxParts) in [(120, Int.max), (1_200, Int.max), (120, 3), (120, 12)] {
            var passes = onePass
            passes.blocking.partBytes = partBytes
            passes.blocking.maxParts = maxParts
            #expect(EventBlocking.parts(bound: 600, partBytes: partBytes, maxParts: maxParts) > 1)
            #expect(
                passes.clusters(mentions, intervals: intervals, anchors: anchors) == expected,
                "part bytes \(partBytes), at most \(maxParts) passes")
        }
    }

    @Test func rareStemsArePickedOnceAsTheyWouldBeEachTime() {
        // Stems shared by more and more mentions; the last mention's 300 stems have their
        // rarest ones past the 254 places a byte keeps.
        var mentions = (0..<40).map { i in mention(i, stems: (0..<8).map { UInt64(1 + (i + $0 * 5) % 37) }.sorted()) }
        mentions.append(mention(40, stems: (0..<300).map { UInt64(1_000 + $0) }))
        mentions.append(mention(41, stems: [1_297, 1_298, 1_299]))
        mentions.append(mention(42, stems: [1_298, 1_299, 5_000]))
        EventMentions(mentions).withView { view in
            let byStem = Postings(count: view.count) { view[$0].stems }
            var scratch: [(count: Int, stem: UInt64)] = []
            let picks = RareStemPicks(view, limit: 3, byStem: byStem, scratch: &scratch)
            var expectedPairs = 0
            var picked: [UInt64] = []
            for i in view.indices {
                RareStemPicks.pick(view[i].stems, limit: 3, byStem: byStem, into: &scratch)
                let expected = scratch.map(\.stem)
                expectedPairs += expected.count * (expected.count - 1) / 2
                picks.stems(of: i, view, byStem: byStem, into: &picked, scratch: &scratch)
                #expect(picked.sorted() == expected.sorted(), "mention \(i)")
            }
            #expect(picks.pairs == expectedPairs)
            picks.stems(of: 40, view, byStem: byStem, into: &picked, scratch: &scratch)
            #expect(picked.sorted() == [1_297, 1_298, 1_299])
        }
    }

    @Test func keysArePassedOutInRangesOfTheirSortOrder() {
        let keys: [UInt64] = [0, 1 << 32, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF]
        #expect(keys.map { EventBlocking.part(of: $0, parts: 1) } == [0, 0, 0, 0, 0])
        #expect(keys.map { EventBlocking.part(of: $0, parts: 2) } == [0, 0, 0, 1, 1])
        #expect(keys.map { EventBlocking.part(of: $0, parts: 7) } == [0, 0, 3, 3, 6])
        let sorted = (0..<1_000).map { UInt64($0) &* 0x0123_4567_89AB_CDEF }.sorted()
        let parts = sorted.map { EventBlocking.part(of: $0, parts: 5) }
        #expect(parts == parts.sorted() && Set(parts).count == 5)
    }

    @Test func rareWordKeysAreMadeInAsManyPassesAsTheirBytesNeed() {
        let stride = MemoryLayout<EventBlocking.Entry>.stride
        #expect(stride == 12)
        #expect(EventBlocking.parts(bound: 0, partBytes: 1 << 20) == 1)
        #expect(EventBlocking.parts(bound: (1 << 20) / stride, partBytes: 1 << 20) == 1)
        #expect(EventBlocking.parts(bound: (1 << 20) / stride + 1, partBytes: 1 << 20) == 2)
        #expect(EventBlocking.parts(bound: 3_400_000, partBytes: 24 << 20) == 2)
        #expect(EventBlocking.parts(bound: 10, partBytes: 0) == 120)
    }

    @Test func passesStopAtTheirMostAndGrowInstead() {
        // Every pass reads every mention: a corpus ten times larger takes as many passes, each ten times larger.
        #expect(EventBlocking.parts(bound: 10, partBytes: 0, maxParts: 16) == 16)
        #expect(EventBlocking.parts(bound: 1_000_000, partBytes: 1 << 20, maxParts: 16) == 12)
        #expect(EventBlocking.parts(bound: 10_000_000, partBytes: 1 << 20, maxParts: 16) == 16)
        // The default passes all fit their marks in a day code.
        #expect(EventBlocking().maxParts <= EventBlocking.markedParts)
    }

    @Test func dayCodesFollowTheDaysAndPutUndatedSetsLast() {
        let undated = EventBlocking.dayCode(earliest: nil, latest: nil, anchor: nil)
        let anchored = EventBlocking.dayCode(earliest: nil, latest: nil, anchor: 19_000)
        let dated = EventBlocking.dayCode(earliest: 19_000, latest: 19_010, anchor: 1)
        let from = EventBlocking.dayCode(earliest: 19_001, latest: nil, anchor: nil)
        #expect(anchored < dated && dated > from && from > anchored && undated == EventBlocking.Entry.dayMask)
        #expect(dated == anchored + 5)
        // Far dates stay below the undated code, in order.
        let far = EventBlocking.dayCode(earliest: 10_000_000, latest: nil, anchor: nil)
        #expect(far < undated && far > dated)
        #expect(EventBlocking.dayCode(earliest: -10_000_000, latest: nil, anchor: nil) == 0)
    }

    @Test func followUpsOfAnotherCountrysActDoNotContinue() {
        var next = mention(0, agent: 2, actors: [2])
        next.continues = true
        #expect(!EventMerger.continues(mention(0, agent: 1, actors: [1]), next))
        #expect(EventMerger.continues(mention(0, agent: 2, actors: [2]), next))
    }
}
