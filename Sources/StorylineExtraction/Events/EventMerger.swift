import CCacheHints
import StorylineModel

/// Groups mentions that report the same happening: follow-up sentences within an article,
/// then similar mentions anywhere, found through an inverted index (never all pairs).
struct EventMerger: Sendable {
    /// Postings longer than this are too common to find candidates with.
    var postingCap = 200
    /// How many of a mention's rarest content words look for candidates (more found the
    /// same merges, measured against the generator's truth, at the cost of more comparisons).
    var rareWords = 3
    /// Candidates examined per posting list.
    var candidatesPerPosting = 64
    /// The keyed search of large corpora.
    var blocking = EventBlocking()

    /// Clusters of mention indices, each in mention order, ordered by first mention.
    /// `interval(i)` gives the days mention i allows; `anchor(i)` its article's publication day
    /// (`DatedUnionFind.noAnchor` when unknown), which places undated mentions for the keyed
    /// search of large corpora. Both are read as needed, not stored per mention, and the word
    /// index is let go (all but its counts) before the keys are made, to keep the peak of
    /// memory low.
    func clusters(_ mentions: MentionView, interval: (Int) -> DayInterval, anchor: (Int) -> Int32) -> MentionClusters {
        var sets = DatedUnionFind(count: mentions.count, interval: interval, anchor: anchor)
        joinFollowUps(mentions, &sets)
        var byStem = Postings(count: mentions.count, listCap: postingCap) { mentions[$0].stems }
        let kinds = KindMatcher(mentions)
        let acrossTime = joinSimilar(mentions, byStem: byStem, kinds: kinds, &sets)
        // The keys only need word counts: the item lists go before the keys are made.
        byStem.dropItems()
        blocking.join(mentions, anchor: anchor, kinds: kinds, byStem: byStem, &sets)
        // An outlet looking back weeks later on a dated remark or parade: joined last, once the
        // reports near in time (and their follow-ups) have joined, so they come along; a set
        // spread over weeks would keep them out.
        for pair in acrossTime where sets.canJoinAcrossTime(Int(pair.first), Int(pair.second), quoted: pair.quoted) {
            _ = sets.union(Int(pair.first), Int(pair.second), acrossTime: true)
        }
        return MentionClusters(count: mentions.count) { sets.find($0) }
    }

    /// `clusters` with each mention's days and publication day given in lists.
    func clusters(_ mentions: MentionView, intervals: [DayInterval], anchors: [Int32] = []) -> MentionClusters {
        clusters(mentions, interval: { intervals[$0] }, anchor: { anchors.indices.contains($0) ? anchors[$0] : DatedUnionFind.noAnchor })
    }

    /// A sentence continuing the previous event of its article ("He also said …") joins it.
    /// Background (pluperfect) mentions continue only background ones, and the other way round.
    private func joinFollowUps(_ mentions: MentionView, _ sets: inout DatedUnionFind) {
        var lastForeground: Int?
        var lastBackground: Int?
        var document = -1
        for i in mentions.indices {
            let mention = mentions[i]
            if mention.ref.document != document {
                document = mention.ref.document
                lastForeground = nil
                lastBackground = nil
            }
            if let p = mention.background ? lastBackground : lastForeground {
                let previous = mentions[p]
                let gap = mention.ref.sentence - previous.ref.sentence
                if gap >= 1 && gap <= 3 && Self.continues(previous, mention) { sets.union(p, i) }
            }
            if mention.background { lastBackground = i } else { lastForeground = i }
        }
    }

    /// Whether `next` continues `previous` (a nearby earlier mention of its article): a
    /// continuation cue, the same kind about the same actors or words, or a word naming
    /// the previous event ("… policy." → "… 'our policy …', she said"); never when the two
    /// are acts of different countries or bodies.
    static func continues(_ previous: MentionRef, _ next: MentionRef) -> Bool {
        guard EventKindTable.compatible(previous.kind, next.kind), !disjointBodies(previous, next) else { return false }
        // Two named speakers make two remarks, whatever links them ("Y also said", '"This is …," said Y').
        if differentSpeakers(previous, next) { return false }
        // A named speaker after a remark of someone else ("The prime minister accepted the
        // resignation and said …" / "Labour leader Jo Roe said …") begins a remark of their own,
        // whatever actors the two name; when both are people and the second is named, even if
        // the second talks about the first or opens with a pronoun ('"It is unusual for X to
        // …," said Jo Roe'; '"We will …," he said' and "The country … / Its leader later said"
        // still go on).
        let newSpeaker = EventDetector.isSpeechKind(next.kind) && EventDetector.isSpeechKind(previous.kind)
            && next.agent.map { $0 != previous.agent && !previous.actors.contains($0) } ?? false
        // The same after a remark of no one named ('"Nobody expected a reset," the official
        // said.' / '"This was …," said Ada Lintz'), and when both are people even if the second
        // is a pronoun read as someone else ('"I did what I came to do," he said').
        if newSpeaker {
            let previousPerson = previous.agent.map { previous.people.contains($0) } ?? false
            let nextPerson = next.agent.map { next.people.contains($0) } ?? false
            if (next.agentNamed && (previousPerson || previous.agent == nil)) || (previousPerson && nextPerson) { return false }
        }
        if next.continues { return true }
        if newSpeaker { return false }
        // A report goes on about its disaster, launch or parade in other words ("An earthquake
        // struck …" / "The quake hit at 04:12 …", "… test-fired its largest missile" / "The
        // projectile was launched on Thursday …"); one of another day is kept apart by the dates.
        if previous.kind == next.kind, Self.singleHappenings.contains(next.kind) { return true }
        if previous.kind == next.kind && shareActor(previous, next) { return true }
        // Two people each doing the same kind of thing, one after the other, are two events
        // ("X said …" / "Y is expected to …, a spokesman said") unless a cue links them.
        if differentPeople(previous, next) { return false }
        if previous.kind == next.kind && sharedCount(previous.stems, next.stems) >= 1 { return true }
        return sharedCount(previous.triggerStems, next.stems) > 0 || sharedCount(next.triggerStems, previous.stems) > 0
    }

    /// Kinds of which nearby mentions in one article tell the same happening.
    static let singleHappenings: Set<EventKind> = [.disaster, .weaponsTest, .parade]

    /// Mentions anywhere that are similar enough (words, quotes, actors, kind) join; returns the
    /// pairs that tell one remark or parade from articles far apart in time, to be joined last.
    private func joinSimilar(
        _ mentions: MentionView, byStem: Postings, kinds: KindMatcher, _ sets: inout DatedUnionFind
    ) -> [RetellingPair] {
        let byQuote = Postings(count: mentions.count, listCap: postingCap) { QuoteKeys(mentions[$0]) }
        // Scratch reused for every mention (sorted and deduplicated, so the order of
        // comparisons is the same as a sorted set's).
        var candidates: [Int32] = []
        var rare: [(count: Int, stem: UInt64)] = []
        var acrossTime: [RetellingPair] = []
        for i in mentions.indices {
            candidates.removeAll(keepingCapacity: true)
            for key in QuoteKeys(mentions[i]) {
                guard byQuote.count(of: key) <= postingCap else { continue }
                for other in byQuote[key].prefix(candidatesPerPosting) where Int(other) > i { candidates.append(other) }
            }
            Rarest.select(mentions[i].stems, limit: rareWords, into: &rare) { stem in
                let count = byStem.count(of: stem)
                return count > 1 && count <= postingCap ? count : nil
            }
            for entry in rare {
                for other in byStem[entry.stem].prefix(candidatesPerPosting) where Int(other) > i { candidates.append(other) }
            }
            candidates.sort()
            var previous: Int32 = -1
            for candidate in candidates where candidate != previous {
                previous = candidate
                let other = Int(candidate)
                if sets.canJoin(i, other) {
                    if kinds.similar(mentions, i, other) { _ = sets.union(i, other) }
                } else if Self.mayBeRetelling(mentions[i], mentions[other]) {
                    let quoted = Self.quoteWordsShared(mentions[i], mentions[other])
                    if sets.canJoinAcrossTime(i, other, quoted: quoted), Self.isRetelling(mentions[i], mentions[other]) {
                        acrossTime.append(RetellingPair(first: Int32(truncatingIfNeeded: i), second: candidate, quoted: quoted))
                    }
                }
            }
        }
        return acrossTime
    }

    /// Whether two mentions quote the same words (a three-word shingle in common).
    static func quoteWordsShared(_ a: MentionRef, _ b: MentionRef) -> Bool {
        sharedCount(a.lists.shingles, b.lists.shingles) > 0
    }

    /// The cheap half of `isRetelling`: the same speaker and kind of saying, or two parades.
    @inline(__always)
    static func mayBeRetelling(_ a: MentionRef, _ b: MentionRef) -> Bool {
        guard a.kind == b.kind else { return false }
        return a.kind == .parade || (a.agent != nil && a.agent == b.agent && EventDetector.isSpeechKind(a.kind))
    }

    /// Whether two mentions tell one remark (the same speaker and kind, a quoted phrase in
    /// common) or one parade (the same actors), and are similar as any two mentions must be.
    static func isRetelling(_ a: MentionRef, _ b: MentionRef) -> Bool {
        guard mayBeRetelling(a, b) else { return false }
        // A parade (a country holds few, months apart) told on its day and weeks later by its
        // month: the same actors in both, and words as alike as any two reports'.
        if a.kind == .parade { return shareActor(a, b) && judge(a, b, specificSameKind: true) }
        let la = a.lists, lb = b.lists
        guard sharedCount(la.shingles, lb.shingles) > 0 || sharedCount(la.phrases, lb.phrases) > 0 else { return false }
        return judge(a, b, specificSameKind: false)
    }

    /// Whether two mentions report the same happening, judging kind, words, quotes and actors.
    static func similar(_ a: MentionRef, _ b: MentionRef) -> Bool {
        guard EventKindTable.compatible(a.kind, b.kind) else { return false }
        let specificSameKind = a.kind == b.kind && EventKindTable.specific.contains(a.kind)
        return judge(a, b, specificSameKind: specificSameKind)
    }

    /// `similar` once the kinds are known to be compatible.
    @inline(__always)
    static func judge(_ a: MentionRef, _ b: MentionRef, specificSameKind: Bool) -> Bool {
        judge(a, a.lists, b, b.lists, specificSameKind: specificSameKind)
    }

    /// `judge` with both mentions' lists read in place.
    private static func judge(
        _ a: MentionRef, _ la: MentionLists, _ b: MentionRef, _ lb: MentionLists, specificSameKind: Bool
    ) -> Bool {
        let shared = sharedCount(la.stems, lb.stems)
        let union = la.stems.count + lb.stems.count - shared
        let jaccard = union == 0 ? 0 : Double(shared) / Double(union)
        let shingles = sharedCount(la.shingles, lb.shingles)
        // A stock opening ("we will never …") is one shingle: the same words need more.
        let fewer = min(la.shingles.count, lb.shingles.count)
        let quoteShared = shingles > 0 && (shingles >= 2 || fewer <= 2) && shingles * 3 >= fewer
        let phraseShared = sharedCount(la.phrases, lb.phrases) > 0
        // Both quote words and none of them are the same: two different remarks.
        let aQuotes = !la.shingles.isEmpty || !la.phrases.isEmpty
        let bQuotes = !lb.shingles.isEmpty || !lb.phrases.isEmpty
        if aQuotes && bQuotes && shingles == 0 && !phraseShared { return false }
        guard jaccard >= 0.08 || quoteShared else { return false }
        // Reports naming different people describe different events, however alike the wording
        // ("X held talks with Y, their first meeting …" / "Z held talks with W, their first …").
        if !quoteShared && !la.people.isEmpty && !lb.people.isEmpty && !la.people.contains(where: lb.people.contains) {
            return false
        }
        let agentA = a.agent, agentB = b.agent
        // Reports of acts by other countries or bodies describe other events, however alike the
        // wording ("The military of A launched …" / "The military of B launched …"). A person and
        // a country may be one side ("Mr X" / "X's country"), so only bodies are compared.
        if let agentA, let agentB, agentA != agentB, !la.people.contains(agentA), !lb.people.contains(agentB),
           !lb.actors.contains(agentA), !la.actors.contains(agentB)
        {
            return false
        }
        let kind = a.kind
        var score = jaccard
        if quoteShared { score += 0.4 }
        if phraseShared { score += 0.2 }
        if let agent = agentA, agent == agentB {
            score += 0.15
        } else if (agentA != nil && agentA == b.target) || (agentB != nil && agentB == a.target) {
            score += 0.1  // The same two parties seen from either side ("A met B" / "B held talks with A").
        }
        if la.actors.contains(where: lb.actors.contains) { score += 0.05 }
        if kind == b.kind { score += specificSameKind ? 0.15 : 0.05 }
        return score >= (specificSameKind ? 0.3 : 0.45)
    }

    /// Whether the mentions are done by different countries or bodies, neither named in the other.
    static func disjointBodies(_ a: MentionRef, _ b: MentionRef) -> Bool {
        guard let agentA = a.agent, let agentB = b.agent, agentA != agentB,
              !a.people.contains(agentA), !b.people.contains(agentB) else { return false }
        return !b.actors.contains(agentA) && !a.actors.contains(agentB)
    }

    /// Whether the mentions' agents are two people, neither named by the other mention.
    static func differentPeople(_ a: MentionRef, _ b: MentionRef) -> Bool {
        guard let agentA = a.agent, let agentB = b.agent, agentA != agentB,
              a.people.contains(agentA), b.people.contains(agentB) else { return false }
        return !b.actors.contains(agentA) && !a.actors.contains(agentB)
    }

    /// Whether both mentions are sayings by different agents, neither named by the other
    /// mention ("The command said …" / '"…," said an analyst, Jo Roe'): two remarks.
    static func differentSpeakers(_ a: MentionRef, _ b: MentionRef) -> Bool {
        guard EventDetector.isSpeechKind(a.kind), EventDetector.isSpeechKind(b.kind),
              let agentA = a.agent, let agentB = b.agent, agentA != agentB else { return false }
        return !b.actors.contains(agentA) && !a.actors.contains(agentB)
    }

    /// Whether the mentions name a common actor.
    static func shareActor(_ a: MentionRef, _ b: MentionRef) -> Bool {
        a.actors.contains { b.actors.contains($0) }
    }

    /// Number of values two sorted lists share.
    @inline(__always)
    static func sharedCount<A: RandomAccessCollection, B: RandomAccessCollection>(_ a: A, _ b: B) -> Int
    where A.Element == UInt64, B.Element == UInt64, A.Index == Int, B.Index == Int {
        var i = a.startIndex, j = b.startIndex, count = 0
        while i < a.endIndex && j < b.endIndex {
            let x = a[i], y = b[j]
            if x == y {
                count += 1
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}

/// Picks a mention's rarest stems without sorting them all (this runs for every mention).
enum Rarest {
    /// The `limit` stems with the smallest (count, stem), in that order, in `best` (emptied
    /// first); `count` gives a stem's count, or nil to leave it out.
    static func select(
        _ stems: some Collection<UInt64>, limit: Int, into best: inout [(count: Int, stem: UInt64)], count: (UInt64) -> Int?
    ) {
        best.removeAll(keepingCapacity: true)
        guard limit > 0 else { return }
        for stem in stems {
            guard let c = count(stem) else { continue }
            if best.count == limit {
                guard let last = best.last, (c, stem) < (last.count, last.stem) else { continue }
                best.removeLast()
            }
            // Shifted into place by hand: `insert` takes a generic path, slow for three elements.
            best.append((c, stem))
            var at = best.count - 1
            while at > 0 && (c, stem) < (best[at - 1].count, best[at - 1].stem) {
                best[at] = best[at - 1]
                at -= 1
            }
            best[at] = (c, stem)
        }
    }
}

/// Kind checks of `EventMerger.similar` for many pairs: each mention's kind rank and the
/// compatibility table read once, so a pair costs two bit tests (no hashing, no table lookups).
struct KindMatcher: Sendable {
    private let ranks: [UInt8]
    private let compatible: [UInt32]
    private let specific: UInt32

    /// Ranks of the kinds of `mentions`.
    init(_ mentions: MentionView) {
        let priority = EventKindTable.priority
        var compatible = [UInt32](repeating: 0, count: priority.count + 1)
        var specific: UInt32 = 0
        for (q, a) in priority.enumerated() {
            if EventKindTable.specific.contains(a) { specific |= 1 << q }
            for (r, b) in priority.enumerated() where EventKindTable.compatible(a, b) { compatible[q] |= 1 << r }
        }
        self.compatible = compatible
        self.specific = specific
        ranks = mentions.indices.map { UInt8(min(EventKindTable.rank(mentions[$0].kind), priority.count)) }
    }

    /// `EventMerger.similar` of mentions `i` and `j` of the buffer at `base`.
    @inline(__always)
    func similar(_ mentions: MentionView, _ i: Int, _ j: Int) -> Bool {
        let a = ranks[i], b = ranks[j]
        guard compatible[Int(a)] >> b & 1 == 1 else { return false }
        return EventMerger.judge(mentions[i], mentions[j], specificSameKind: a == b && specific >> a & 1 == 1)
    }
}

/// Two mentions that tell one remark or parade from articles far apart in time.
struct RetellingPair: Sendable {
    var first: Int32
    var second: Int32
    /// Whether their quotes share words (see `DatedUnionFind.canJoinAcrossTime`).
    var quoted: Bool
}

/// Union-find whose sets carry the days all their members allow; sets whose days do not
/// meet are never joined (a date stated anywhere constrains the whole event).
/// Sets also carry the publication days of their articles, which may spread over at most
/// `maxSpread` days: outlets report a happening within days of each other, so a chain of
/// look-alike reports weeks apart (the same actors, the same stock phrases) stays apart —
/// unless the reports share a date stated to the day or week: an article looking back
/// months later on a dated happening reports the same happening.
struct DatedUnionFind: Sendable {
    /// Parent, days and publication spread of each member, side by side: candidate checks
    /// read two random members, one cache line each.
    private var nodes: [Node]
    /// Widest spread of publication days within one set.
    var maxSpread = 4
    /// The anchor of a member whose publication day is unknown.
    static let noAnchor = Int32.min

    /// One member: its parent, and (when it is a root) its set's days and publication spread,
    /// in 16 bytes (a hundred thousand mentions and more are alive at the peak of memory).
    private struct Node: Sendable {
        var parent: Int32
        /// Days since the epoch the set allows (`Int32.min` / `Int32.max`: open).
        var earliest: Int32
        var latest: Int32
        /// Earliest and latest publication day, in days after the earliest of all members
        /// (`none`: none known). Articles 179 years apart count as `UInt16.max - 1` days apart: far over
        /// any spread, which is all that is asked of them.
        var publishedLow: UInt16
        var publishedHigh: UInt16

        /// No publication day known.
        static let none = UInt16.max
    }

    /// Singleton sets with the days each member allows and its article's publication day
    /// (days since the epoch, `noAnchor` when unknown).
    init(_ intervals: [DayInterval], anchors: [Int32] = []) {
        self.init(count: intervals.count, interval: { intervals[$0] }, anchor: { anchors.indices.contains($0) ? anchors[$0] : Self.noAnchor })
    }

    /// Singleton sets of members `0..<count`, with the days `interval(i)` allows and the
    /// publication day `anchor(i)`, read member by member (no list of them is kept).
    init(count: Int, interval: (Int) -> DayInterval, anchor: (Int) -> Int32) {
        var first = Int32.max
        for i in 0..<count where anchor(i) != Self.noAnchor { first = min(first, anchor(i)) }
        let base = first == Int32.max ? 0 : first
        nodes = (0..<count).map { i in
            let days = interval(i)
            let published = anchor(i)
            let offset = published == Self.noAnchor ? Node.none : UInt16(clamping: min(Int(published) - Int(base), Int(Node.none) - 1))
            return Node(
                parent: Int32(truncatingIfNeeded: i),
                earliest: days.earliest.map { Int32(clamping: $0.daysSinceEpoch) } ?? Int32.min,
                latest: days.latest.map { Int32(clamping: $0.daysSinceEpoch) } ?? Int32.max,
                publishedLow: offset, publishedHigh: offset)
        }
    }

    /// Starts loading member `i` into the cache (a hint: nothing is read or changed).
    @inline(__always)
    func prefetch(_ i: Int) {
        nodes.withUnsafeBufferPointer { nodes in
            if let base = nodes.baseAddress, i >= 0, i < nodes.count { storyline_prefetch(base + i) }
        }
    }

    /// Starts loading the parent of `i` (read `i` first: prefetch it), where `find` goes next.
    @inline(__always)
    func prefetchParent(_ i: Int) {
        guard nodes.indices.contains(i) else { return }
        let parent = Int(nodes[i].parent)
        if parent != i { prefetch(parent) }
    }

    /// The representative of `i`'s set.
    mutating func find(_ i: Int) -> Int {
        var root = i
        while Int(nodes[root].parent) != root { root = Int(nodes[root].parent) }
        var node = i
        while Int(nodes[node].parent) != root {
            let next = Int(nodes[node].parent)
            nodes[node].parent = Int32(truncatingIfNeeded: root)
            node = next
        }
        return root
    }

    /// The days `i`'s set allows.
    mutating func days(of i: Int) -> DayInterval {
        let (earliest, latest) = dayNumbers(of: i)
        return DayInterval(earliest: earliest.map(CalendarDay.init(daysSinceEpoch:)), latest: latest.map(CalendarDay.init(daysSinceEpoch:)))
    }

    /// The days `i`'s set allows, as days since the epoch (nil: open).
    mutating func dayNumbers(of i: Int) -> (earliest: Int?, latest: Int?) {
        let root = nodes[find(i)]
        return (root.earliest == Int32.min ? nil : Int(root.earliest), root.latest == Int32.max ? nil : Int(root.latest))
    }

    /// Whether the sets of `a` and `b` could be joined (their days meet, their articles are
    /// near in time): checked before comparing the mentions, which is dearer.
    mutating func canJoin(_ a: Int, _ b: Int) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return false }
        let x = nodes[ra], y = nodes[rb]
        guard max(x.earliest, y.earliest) <= min(x.latest, y.latest) else { return false }
        // Both must state the date: an undated report merely allowing that day stays bound by the spread.
        if Self.pinned(x) && Self.pinned(y) { return true }
        if x.publishedLow != Node.none && y.publishedLow != Node.none {
            return Int(max(x.publishedHigh, y.publishedHigh)) - Int(min(x.publishedLow, y.publishedLow)) <= maxSpread
        }
        return true
    }

    /// Whether the sets of `a` and `b` may join although their articles are far apart in time:
    /// one states a day or week, the other a bounded period holding it ("on Wednesday" in a
    /// report of the day, "in April" in one weeks later). Asked only for a retelling.
    /// `quoted`: the two quote the same words (three or more), which lets two reports that both
    /// give only the month join ("warned … against 'causing a stink'" in March, twice).
    mutating func canJoinAcrossTime(_ a: Int, _ b: Int, quoted: Bool = false) -> Bool {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return false }
        let x = nodes[ra], y = nodes[rb]
        guard max(x.earliest, y.earliest) <= min(x.latest, y.latest) else { return false }
        // A month at most: "in 2020" holds too many remarks and parades to say which.
        func bounded(_ node: Node) -> Bool { node.earliest != Int32.min && node.latest != Int32.max && Int(node.latest) - Int(node.earliest) <= 31 }
        if quoted && bounded(x) && bounded(y) { return true }
        return (Self.pinned(x) && bounded(y)) || (Self.pinned(y) && bounded(x))
    }

    /// Joins the sets of `a` and `b` when their days meet; returns whether they are one set.
    /// `acrossTime`: whatever the spread of their publication days (see `canJoinAcrossTime`).
    @discardableResult
    mutating func union(_ a: Int, _ b: Int, acrossTime: Bool = false) -> Bool {
        let ra = find(a), rb = find(b)
        if ra == rb { return true }
        let x = nodes[ra], y = nodes[rb]
        let earliest = max(x.earliest, y.earliest), latest = min(x.latest, y.latest)
        guard earliest <= latest else { return false }
        var (low, high) = x.publishedLow == Node.none ? (y.publishedLow, y.publishedHigh) : (x.publishedLow, x.publishedHigh)
        if x.publishedLow != Node.none && y.publishedLow != Node.none {
            low = min(x.publishedLow, y.publishedLow)
            high = max(x.publishedHigh, y.publishedHigh)
            guard acrossTime || Int(high) - Int(low) <= maxSpread || (Self.pinned(x) && Self.pinned(y)) else { return false }
        }
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        nodes[child].parent = Int32(truncatingIfNeeded: root)
        nodes[root].earliest = earliest
        nodes[root].latest = latest
        nodes[root].publishedLow = low
        nodes[root].publishedHigh = high
        return true
    }

    /// Whether a set's days are a stated day or week (both bounds known): a month is too
    /// coarse, since one country may hold two parades or tests within a month.
    private static func pinned(_ node: Node) -> Bool {
        node.earliest != Int32.min && node.latest != Int32.max && Int(node.latest) - Int(node.earliest) <= 6
    }
}

/// A mention's quote keys: its shingles, then its phrases (offset by one, so a one-word
/// phrase never meets a shingle of the same hash), read in place.
struct QuoteKeys: Sequence {
    /// Hashes of three-word shingles of quoted words.
    let shingles: HashList
    /// Hashes of short quoted phrases.
    let phrases: HashList

    /// The quote keys of `mention`.
    init(_ mention: MentionRef) {
        shingles = mention.quoteShingles
        phrases = mention.quotePhrases
    }

    /// Walks the shingles, then the phrases.
    struct Iterator: IteratorProtocol {
        let keys: QuoteKeys
        var position = 0

        mutating func next() -> UInt64? {
            defer { position += 1 }
            if position < keys.shingles.count { return keys.shingles[position] }
            let phrase = position - keys.shingles.count
            return phrase < keys.phrases.count ? keys.phrases[phrase] &+ 1 : nil
        }
    }

    func makeIterator() -> Iterator { Iterator(keys: self) }
}
