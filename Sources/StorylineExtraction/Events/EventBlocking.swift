import CCacheHints
import StorylineModel

/// Finds merge candidates in a large corpus, where the meaningful words (a country, "summit",
/// "sanctions") are all common: each mention gets a few selective keys (a person or the
/// acting pair with the kind's group, pairs of its rarest words; shingles of its quoted
/// words when `quoteKeys` asks for them), and within each key is compared only with its
/// nearest neighbours in date order. Every mention is compared a bounded number of times,
/// however common its words are.
struct EventBlocking: Sendable {
    /// Later entries of the same key each entry is compared with, in date order.
    var window = 3
    /// How many of a mention's rarest content stems are paired into keys.
    var pairedStems = 3
    /// Most bytes of keys of one kind made at once: more are made and walked in passes, each
    /// taking one range of key values (the keys are alive at the peak of memory of a large
    /// corpus; a small corpus makes them in one pass). The passes walk the keys in the order
    /// of a single pass, so the joins, and the clusters, are the same however many there are.
    var partBytes = 1 << 20
    /// Most passes per kind: beyond this the passes grow with the corpus instead of their
    /// number, so the time stays linear in corpus size (the keys alive at once are a fixed
    /// share of them); up to `markedParts`, later passes skip the mentions they do not concern.
    var maxParts = 12
    /// How many quote shingles of a mention become keys (none by default: quoted words
    /// already find each other through the merger's quote index, and as keys they joined
    /// look-alike remarks of other happenings; measured against the generator's truth).
    var quoteKeys = 0

    /// The kinds of key, made, sorted and walked one kind at a time: only one kind's
    /// entries are alive at once, and sets joined through one kind are already dated
    /// when the next kind's entries are placed.
    enum Family: CaseIterable, Sendable {
        /// A named person, the acting party, the acting pair: each with the kind's group.
        case actors
        /// Pairs of the mention's rarest content stems.
        case rareStems
        /// Shingles of its quoted words.
        case quotes
    }

    /// One key of one mention, placed by the day its set is dated to: 12 bytes, sorted
    /// as (key, day, mention).
    struct Entry: Comparable, Sendable {
        /// High 32 bits of the key.
        var keyHigh: UInt32
        /// The key's next 12 bits, then the day code (`dayBits`).
        var keyLowDay: UInt32
        /// Index of the mention.
        var mention: UInt32

        /// The entry of `mention` for `key` on the day coded `day`.
        init(key: UInt64, day: UInt32, mention: Int) {
            keyHigh = UInt32(truncatingIfNeeded: key >> 32)
            keyLowDay = UInt32(truncatingIfNeeded: key) & ~Self.dayMask | day & Self.dayMask
            self.mention = UInt32(truncatingIfNeeded: mention)
        }

        /// Bits of `keyLowDay` that hold the day.
        static let dayBits: UInt32 = 20
        /// Mask of those bits.
        static let dayMask: UInt32 = 1 << dayBits - 1

        /// Whether two entries have the same key (44 bits of it: a rare collision of two keys
        /// only adds a comparison that the merge checks then judge).
        @inline(__always)
        func sameKey(_ other: Entry) -> Bool {
            keyHigh == other.keyHigh && (keyLowDay ^ other.keyLowDay) & ~Self.dayMask == 0
        }

        /// By key, then day, then mention.
        @inline(__always)
        static func < (a: Entry, b: Entry) -> Bool {
            let x = UInt64(a.keyHigh) << 32 | UInt64(a.keyLowDay), y = UInt64(b.keyHigh) << 32 | UInt64(b.keyLowDay)
            return x != y ? x < y : a.mention < b.mention
        }
    }

    /// Joins similar mentions found through the keys; `anchor(i)` places undated mentions
    /// (their article's publication day, or `noAnchor`); `byStem` counts words for the keys
    /// (its item lists may already be dropped).
    func join(
        _ mentions: MentionView, anchor: (Int) -> Int32, kinds: KindMatcher, byStem: Postings, _ sets: inout DatedUnionFind
    ) {
        var scratch = PassScratch()
        for family in Family.allCases {
            var picks: RareStemPicks?
            let bound: Int
            if family == .rareStems {
                let picked = RareStemPicks(mentions, limit: pairedStems, byStem: byStem, scratch: &scratch.ranked)
                bound = picked.pairs
                picks = picked
            } else {
                bound = Self.bound(family, mentions, quoteKeys: quoteKeys)
            }
            guard bound > 0 else { continue }
            let parts = Self.parts(bound: bound, partBytes: partBytes, maxParts: maxParts)
            // Placed once for all passes: joins made in one pass must not move the next one's keys.
            var days = mentions.indices.map { i in
                let days = sets.dayNumbers(of: i)
                let published = anchor(i)
                return Self.dayCode(
                    earliest: days.earliest, latest: days.latest, anchor: published == DatedUnionFind.noAnchor ? nil : Int(published))
            }
            for part in 0..<parts {
                join(
                    family, part: part, of: parts, bound: bound, mentions, days: &days, picks: picks, kinds: kinds, byStem: byStem, &sets,
                    scratch: &scratch)
            }
        }
    }

    /// Lists reused by every mention of every pass.
    private struct PassScratch {
        /// Stems ranked by count while they are picked.
        var ranked: [(count: Int, stem: UInt64)] = []
        /// One mention's picked stems.
        var picked: [UInt64] = []
    }

    /// Most passes whose marks fit in a day code's spare bits (more are walked unmarked).
    static let markedParts = 32 - Int(Entry.dayBits)

    /// How many entries ahead of the walk their mentions are prefetched.
    static let prefetchDistance = 8

    /// How many passes `bound` keys take when a pass makes at most `partBytes` of them, and
    /// there are at most `maxParts` passes.
    static func parts(bound: Int, partBytes: Int, maxParts: Int = .max) -> Int {
        let bytes = bound * MemoryLayout<Entry>.stride
        return max(1, min((bytes + max(1, partBytes) - 1) / max(1, partBytes), maxParts))
    }

    /// The pass of `parts` that makes `key`: its high 32 bits (those entries sort by first)
    /// cut into equal ranges, so pass after pass walks the keys in sorted order.
    @inline(__always)
    static func part(of key: UInt64, parts: Int) -> Int {
        Int(truncatingIfNeeded: ((key >> 32) &* UInt64(truncatingIfNeeded: max(1, parts))) >> 32)
    }

    /// Makes, sorts and walks the keys of kind `family` in part `part` of `parts`.
    private func join(
        _ family: Family, part: Int, of parts: Int, bound: Int, _ mentions: MentionView, days: inout [UInt32], picks: RareStemPicks?,
        kinds: KindMatcher, byStem: Postings, _ sets: inout DatedUnionFind, scratch: inout PassScratch
    ) {
        var entries = self.entries(
            family, part: part, of: parts, bound: bound, mentions, days: &days, picks: picks, byStem: byStem, scratch: &scratch)
        // Equal entries are the same key of the same mention: an unstable sort gives the same order.
        InPlaceSort.sort(&entries) { UInt8(truncatingIfNeeded: $0.keyHigh >> 24) }
        // Walked in key order: each entry meets the next few of its key, read in sequence.
        entries.withUnsafeBufferPointer { entries in
            for k in entries.indices {
                // The mentions of an entry a few places on are random reads: started now, they
                // are in cache when it comes (only entries sharing their key are read at all).
                let ahead = k + 2 * Self.prefetchDistance
                if Self.sharesKey(entries, ahead) {
                    let m = Int(entries[ahead].mention)
                    sets.prefetch(m)
                    mentions.prefetch(m)
                }
                // Nearer: the records and nodes prefetched above are in cache, their lists and the
                // nodes' parents (where `find` goes) can be asked for.
                let near = k + Self.prefetchDistance
                if Self.sharesKey(entries, near) {
                    let m = Int(entries[near].mention)
                    mentions.prefetchLists(m)
                    sets.prefetchParent(m)
                }
                let entry = entries[k]
                let i = Int(entry.mention)
                var next = k + 1
                while next < entries.count && next <= k + window && entries[next].sameKey(entry) {
                    let j = Int(entries[next].mention)
                    next += 1
                    guard i != j, sets.canJoin(i, j) else { continue }
                    let (a, b) = i < j ? (i, j) : (j, i)
                    if kinds.similar(mentions, a, b) { sets.union(a, b) }
                }
            }
        }
    }

    /// Whether entry `k` (after the first, before the last) shares its key with a neighbour: only
    /// those entries' mentions are compared.
    @inline(__always)
    private static func sharesKey(_ entries: UnsafeBufferPointer<Entry>, _ k: Int) -> Bool {
        k >= 1 && k + 1 < entries.count && (entries[k].sameKey(entries[k + 1]) || entries[k].sameKey(entries[k - 1]))
    }

    /// Every key of kind `family` of every mention that falls in pass `part` of `parts`, each
    /// placed on its mention's day code in `days` (rare-word pairs from `picks`), in an array
    /// with room for them all: growing would copy the largest array of the stage while both
    /// copies are alive (pages never written stay unused).
    ///
    /// The first pass marks, in the spare high bits of each mention's day code, the passes its
    /// keys fall in; later passes skip the mentions they do not concern (most of them), so
    /// more passes cost little more than one.
    private func entries(
        _ family: Family, part: Int, of parts: Int, bound: Int, _ mentions: MentionView, days: inout [UInt32], picks: RareStemPicks?,
        byStem: Postings, scratch: inout PassScratch
    ) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(bound)
        let marked = parts > 1 && parts <= Self.markedParts
        func add(_ key: UInt64, _ i: Int) {
            guard parts > 1 else { return entries.append(Entry(key: key, day: days[i], mention: i)) }
            let keyPart = Self.part(of: key, parts: parts)
            if marked && part == 0 { days[i] |= 1 << (Entry.dayBits + UInt32(truncatingIfNeeded: keyPart)) }
            if keyPart == part { entries.append(Entry(key: key, day: days[i], mention: i)) }
        }
        // Whether mention `i` has keys in this pass (a later pass skips the others).
        func concerns(_ i: Int) -> Bool { !(marked && part > 0) || (days[i] >> Entry.dayBits) >> part & 1 != 0 }
        for i in mentions.indices {
            // The mentions a few places on are read out of order when passes skip: their records,
            // then their word lists, are asked for before they come.
            let ahead = i + 2 * Self.prefetchDistance, near = i + Self.prefetchDistance
            if ahead < mentions.count && concerns(ahead) { mentions.prefetch(ahead) }
            if near < mentions.count && concerns(near) { mentions.prefetchLists(near) }
            guard concerns(i) else { continue }
            let mention = mentions[i]
            switch family {
            case .actors:
                let group = UInt64(EventKindTable.group(mention.kind))
                for person in mention.people.prefix(2) { add(WordHash.combine(Self.personTag &+ group, UInt64(person)), i) }
                if let agent = mention.agent {
                    let acting = WordHash.combine(Self.agentTag &+ group, UInt64(agent))
                    add(acting, i)
                    if let target = mention.target { add(WordHash.combine(acting, UInt64(target) &+ 1), i) }
                }
            case .rareStems:
                guard let picks else { break }
                picks.stems(of: i, mentions, byStem: byStem, into: &scratch.picked, scratch: &scratch.ranked)
                let picked = scratch.picked
                for a in picked.indices {
                    for b in picked.indices.dropFirst(a + 1) {
                        let (low, high) = picked[a] < picked[b] ? (picked[a], picked[b]) : (picked[b], picked[a])
                        add(WordHash.combine(WordHash.combine(Self.pairTag, low), high), i)
                    }
                }
            case .quotes:
                for shingle in mention.quoteShingles.prefix(quoteKeys) { add(WordHash.combine(Self.quoteTag, shingle), i) }
            }
        }
        return entries
    }

    /// Most keys of kind `family` the mentions can make (rare-word pairs are counted exactly
    /// by `RareStemPicks` instead, as their stems are picked).
    static func bound(_ family: Family, _ mentions: MentionView, quoteKeys: Int) -> Int {
        var bound = 0
        for i in mentions.indices {
            let mention = mentions[i]
            switch family {
            case .actors:
                let acting = mention.agent == nil ? 0 : mention.target == nil ? 1 : 2
                bound += min(mention.people.count, 2) + acting
            case .rareStems: break
            case .quotes: bound += min(mention.quoteShingles.count, quoteKeys)
            }
        }
        return bound
    }

    /// The day a set sorts by, coded in `Entry.dayBits` bits: the middle of its interval, the
    /// bound it has, else the anchor (days since the epoch); the highest code when none is known.
    static func dayCode(earliest: Int?, latest: Int?, anchor: Int?) -> UInt32 {
        let day: Int
        switch (earliest, latest) {
        case let (earliest?, latest?): day = (earliest + latest) / 2
        case let (earliest?, nil): day = earliest
        case let (nil, latest?): day = latest - EventOrder.beforeLead
        case (nil, nil):
            guard let anchor else { return Entry.dayMask }
            day = anchor
        }
        // Days around the epoch, ±1,400 years; dates beyond sort at the ends.
        let middle = Int(Entry.dayMask / 2)
        return UInt32(min(max(day + middle, 0), Int(Entry.dayMask) - 1))
    }

    // Tags keep the kinds of key apart.
    private static let personTag: UInt64 = 0x7065_7273_6f6e_0000
    private static let agentTag: UInt64 = 0x6167_656e_7400_0000
    private static let pairTag: UInt64 = 0x7061_6972_0000_0000
    private static let quoteTag: UInt64 = 0x7175_6f74_6500_0000
}
