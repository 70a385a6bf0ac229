import StorylineModel

/// Finds merge candidates in a large corpus, where the meaningful words (a country, "summit",
/// "sanctions") are all common: each mention gets a few selective keys (a person or the
/// acting pair with the kind's group, pairs of its rarest words, its quoted words), and
/// within each key is compared only with its nearest neighbours in date order. Every
/// mention is compared a bounded number of times, however common its words are.
struct EventBlocking: Sendable {
    /// Later entries of the same key each entry is compared with, in date order.
    var window = 3
    /// How many of a mention's rarest content stems are paired into keys.
    var pairedStems = 3
    /// How many quote shingles of a mention become keys.
    var quoteKeys = 2

    /// One key of one mention, placed by the day its set is dated to.
    private struct Entry: Comparable {
        var key: UInt64
        /// Day (shifted to stay positive) in the high half, mention index in the low half.
        var order: UInt64

        /// By key, then by order.
        @inline(__always)
        static func < (a: Entry, b: Entry) -> Bool { a.key != b.key ? a.key < b.key : a.order < b.order }
    }

    /// Joins similar mentions found through the keys; `anchors` places undated mentions
    /// (their article's publication day, or nil); `byStem` counts words for the keys.
    func join(
        _ mentions: MentionView, anchors: [Int32], kinds: KindMatcher, byStem: consuming Postings,
        _ sets: inout DatedUnionFind
    ) {
        var entries: [Entry] = []
        // Room for every key the loop below can make: growing would copy the largest array
        // of the stage while both copies are alive.
        var bound = 0
        for i in mentions.indices {
            let mention = mentions[i]
            let pairs = min(mention.stems.count, pairedStems)
            bound += min(mention.people.count, 2) + 2 + pairs * (pairs - 1) / 2 + min(mention.quoteShingles.count, quoteKeys)
        }
        entries.reserveCapacity(bound)
        var rare: [(count: Int, stem: UInt64)] = []
        for i in mentions.indices {
            let mention = mentions[i]
            let days = sets.dayNumbers(of: i)
            let anchor = anchors.indices.contains(i) && anchors[i] != DatedUnionFind.noAnchor ? Int(anchors[i]) : nil
            let day = Self.sortDay(earliest: days.earliest, latest: days.latest, anchor: anchor)
            let order = UInt64(UInt32(truncatingIfNeeded: day)) << 32 | UInt64(UInt32(truncatingIfNeeded: i))
            let group = UInt64(EventKindTable.group(mention.kind))
            for person in mention.people.prefix(2) {
                entries.append(Entry(key: WordHash.combine(Self.personTag &+ group, UInt64(person)), order: order))
            }
            if let agent = mention.agent {
                let acting = WordHash.combine(Self.agentTag &+ group, UInt64(agent))
                entries.append(Entry(key: acting, order: order))
                if let target = mention.target { entries.append(Entry(key: WordHash.combine(acting, UInt64(target) &+ 1), order: order)) }
            }
            Rarest.select(mention.stems, limit: pairedStems, into: &rare) { stem in
                let count = byStem[stem].count
                return count > 1 ? count : nil
            }
            let paired = rare
            for (a, first) in paired.enumerated() {
                for second in paired.dropFirst(a + 1) {
                    let (low, high) = first.stem < second.stem ? (first.stem, second.stem) : (second.stem, first.stem)
                    entries.append(Entry(key: WordHash.combine(WordHash.combine(Self.pairTag, low), high), order: order))
                }
            }
            for shingle in mention.quoteShingles.prefix(quoteKeys) {
                entries.append(Entry(key: WordHash.combine(Self.quoteTag, shingle), order: order))
            }
        }
        _ = consume byStem  // Only the keys need word counts: let the index go before sorting.
        // Equal entries are the same key of the same mention: an unstable sort gives the same order.
        InPlaceSort.sort(&entries)
        let byMention = Self.positions(entries, mentions: mentions.count)
        // Each mention gathers the later neighbours of all its keys, compared once each
        // (a pair sharing several keys would otherwise be judged again and again).
        var candidates: [Int32] = []
        entries.withUnsafeBufferPointer { entries in
            for i in mentions.indices {
                candidates.removeAll(keepingCapacity: true)
                for p in byMention.slots[Int(byMention.starts[i])..<Int(byMention.starts[i + 1])] {
                    let k = Int(p)
                    let key = entries[k].key
                    var next = k + 1
                    while next < entries.count && next <= k + window && entries[next].key == key {
                        candidates.append(Int32(truncatingIfNeeded: entries[next].order))
                        next += 1
                    }
                }
                candidates.sort()
                var previous: Int32 = -1
                for candidate in candidates where candidate != previous {
                    previous = candidate
                    let j = Int(candidate)
                    guard i != j, sets.canJoin(i, j) else { continue }
                    let (a, b) = i < j ? (i, j) : (j, i)
                    if kinds.similar(mentions, a, b) { sets.union(a, b) }
                }
            }
        }
    }

    /// Positions in the sorted `entries` of each mention's keys: those of mention i are
    /// `slots[starts[i]..<starts[i + 1]]` (a counting sort, no array per mention).
    private static func positions(_ entries: [Entry], mentions: Int) -> (starts: [Int32], slots: [Int32]) {
        var starts = [Int32](repeating: 0, count: mentions + 1)
        for entry in entries { starts[Int(UInt32(truncatingIfNeeded: entry.order)) + 1] += 1 }
        for i in 0..<mentions { starts[i + 1] += starts[i] }
        var fill = starts
        var slots = [Int32](repeating: 0, count: entries.count)
        for (k, entry) in entries.enumerated() {
            let mention = Int(UInt32(truncatingIfNeeded: entry.order))
            slots[Int(fill[mention])] = Int32(truncatingIfNeeded: k)
            fill[mention] += 1
        }
        return (starts, slots)
    }

    /// The day a set sorts by (days since the epoch, nil: open): the middle of its interval,
    /// the bound it has, else the anchor.
    static func sortDay(earliest: Int?, latest: Int?, anchor: Int?) -> Int {
        let shift = 1 << 30  // keeps days positive in the order's high half
        switch (earliest, latest) {
        case let (earliest?, latest?): return shift + (earliest + latest) / 2
        case let (earliest?, nil): return shift + earliest
        case let (nil, latest?): return shift + latest - EventOrder.beforeLead
        case (nil, nil): return anchor.map { shift + $0 } ?? Int(UInt32.max)
        }
    }

    // Tags keep the kinds of key apart.
    private static let personTag: UInt64 = 0x7065_7273_6f6e_0000
    private static let agentTag: UInt64 = 0x6167_656e_7400_0000
    private static let pairTag: UInt64 = 0x7061_6972_0000_0000
    private static let quoteTag: UInt64 = 0x7175_6f74_6500_0000
}
