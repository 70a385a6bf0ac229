import StorylineModel

/// Every event mention of a story, with all their lists in a few shared pools.
///
/// Hundreds of thousands of mentions are alive while they are merged: one fixed-size record
/// each, and their actor, time, quote and trigger numbers and word hashes appended to pools
/// in 32 bits, so a mention costs no allocation of its own. Read them through `withView`.
///
/// A hash keeps its high 32 bits: sorted lists stay sorted, and two words of one corpus
/// rarely meet (tens of thousands of distinct stems among four billion values), which at
/// worst adds a comparison that the merge checks then judge.
struct EventMentions: Sendable {
    /// Fixed-size fields and where each mention's lists lie in the pools.
    private var records: [MentionRecord] = []
    /// Actors, people, times, quotes, then trigger ranges (start and end), mention after mention.
    private var ids: [Int32] = []
    /// Trigger stems, stems, quote shingles, then quote phrases (high 32 bits), mention after mention.
    private var hashes: [UInt32] = []
    /// Office-term constraints (rare), mention after mention.
    private var terms: [DateConstraint] = []
    /// Which mentions have office-term constraints, and where, in mention order.
    private var termSpans: [TermSpan] = []
    /// The full fields of the mentions too wide for a record (rare), in mention order.
    private var wides: [WideFields] = []

    /// No mentions.
    init() {}

    /// The mentions `mentions`, in order.
    init(_ mentions: [EventMention]) {
        for mention in mentions { append(mention) }
        shrinkToFit()
    }

    /// How many mentions there are.
    var count: Int { records.count }

    /// Room for `count` mentions with `ids` numbers and `hashes` hashes in all.
    mutating func reserveCapacity(_ count: Int, ids: Int, hashes: Int) {
        records.reserveCapacity(count)
        self.ids.reserveCapacity(ids)
        self.hashes.reserveCapacity(hashes)
    }

    /// Drops the spare capacity appending left (the pools are the largest arrays of the stage).
    mutating func shrinkToFit() {
        records.shrinkToFit()
        ids.shrinkToFit()
        hashes.shrinkToFit()
        terms.shrinkToFit()
        termSpans.shrinkToFit()
        wides.shrinkToFit()
    }

    /// Frees the word hashes: merging reads them, building events does not, and the events
    /// grow while the mentions are still alive. Every mention's hash lists read empty after.
    mutating func dropHashes() {
        hashes = []
        for i in records.indices {
            records[i].hashStart = 0
            records[i].hashEnds = (0, 0, 0, 0)
        }
        for i in wides.indices { wides[i].hashEnds = (0, 0, 0, 0) }
    }

    /// Appends a standalone mention.
    mutating func append(_ mention: EventMention) {
        append(
            ref: mention.ref, range: mention.range, kind: mention.kind, triggerRanges: mention.triggerRanges,
            agent: mention.agent, target: mention.target, actors: mention.actors, people: mention.people,
            times: mention.times, termConstraints: mention.termConstraints, quotes: mention.quotes,
            triggerStems: mention.triggerStems, stems: mention.stems, quoteShingles: mention.quoteShingles,
            quotePhrases: mention.quotePhrases, background: mention.background, continues: mention.continues,
            triggerStart: mention.triggerStart, verbal: mention.verbal, agentNamed: mention.agentNamed)
    }

    /// Appends a mention, copying its lists into the pools (a list longer than a record can
    /// count, 65,535, keeps its first values).
    mutating func append<I: Collection<Int>, H: Collection<UInt64>>(
        ref: SentenceRef, range: TextRange, kind: EventKind, triggerRanges: [TextRange], agent: Int?, target: Int?,
        actors: I, people: I, times: some Collection<Int>, termConstraints: [DateConstraint], quotes: some Collection<Int>,
        triggerStems: H, stems: H, quoteShingles: H, quotePhrases: H,
        background: Bool, continues: Bool, triggerStart: Int, verbal: Bool, agentNamed: Bool = false
    ) {
        var record = MentionRecord(
            document: ref.document, rangeStart: range.start, kind: kind, background: background, continues: continues, verbal: verbal,
            agentNamed: agentNamed)
        let idStart = ids.count
        record.idStart = UInt32(truncatingIfNeeded: idStart)
        let actorsEnd = Self.appendCapped(actors.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        let peopleEnd = Self.appendCapped(people.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        let timesEnd = Self.appendCapped(times.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        let quotesEnd = Self.appendCapped(quotes.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        let hashStart = hashes.count
        record.hashStart = UInt32(truncatingIfNeeded: hashStart)
        let hashEnds = (
            Self.appendCapped(triggerStems.lazy.map(Self.stored), to: &hashes, recordStart: hashStart),
            Self.appendCapped(stems.lazy.map(Self.stored), to: &hashes, recordStart: hashStart),
            Self.appendCapped(quoteShingles.lazy.map(Self.stored), to: &hashes, recordStart: hashStart),
            Self.appendCapped(quotePhrases.lazy.map(Self.stored), to: &hashes, recordStart: hashStart))
        // Narrow when every field fits its record field; otherwise the full fields go aside.
        let byte = Int(UInt8.max), short = Int(UInt16.max)
        let narrow = ref.sentence <= short && (0...short).contains(range.count)
            && (range.start...range.start + short).contains(triggerStart)
            && (agent ?? 0) < MentionRecord.actorLimit && (target ?? 0) < MentionRecord.actorLimit
            && Int(quotesEnd) + triggerRanges.count <= byte && Int(hashEnds.3) <= byte
            && triggerRanges.allSatisfy { TriggerRanges.packs($0, base: range.start) }
        if narrow {
            for trigger in triggerRanges { ids.append(TriggerRanges.pack(trigger, base: range.start)) }
            record.sentence = UInt16(truncatingIfNeeded: ref.sentence)
            record.rangeLength = UInt16(truncatingIfNeeded: range.count)
            record.triggerOffset = UInt16(truncatingIfNeeded: triggerStart - range.start)
            record.setActors(agent: agent, target: target)
            record.idEnds = (
                UInt8(truncatingIfNeeded: actorsEnd), UInt8(truncatingIfNeeded: peopleEnd), UInt8(truncatingIfNeeded: timesEnd),
                UInt8(truncatingIfNeeded: quotesEnd), UInt8(truncatingIfNeeded: ids.count - idStart))
            record.hashEnds = (
                UInt8(truncatingIfNeeded: hashEnds.0), UInt8(truncatingIfNeeded: hashEnds.1), UInt8(truncatingIfNeeded: hashEnds.2),
                UInt8(truncatingIfNeeded: hashEnds.3))
        } else {
            for trigger in triggerRanges where ids.count - idStart + 2 <= short {
                ids.append(Int32(truncatingIfNeeded: trigger.start))
                ids.append(Int32(truncatingIfNeeded: trigger.end))
            }
            record.flags |= MentionRecord.wide
            wides.append(WideFields(
                mention: UInt32(truncatingIfNeeded: records.count), sentence: Int32(truncatingIfNeeded: ref.sentence),
                rangeEnd: Int32(truncatingIfNeeded: range.end), triggerStart: Int32(truncatingIfNeeded: triggerStart),
                agent: agent.map { Int32(truncatingIfNeeded: $0) } ?? -1, target: target.map { Int32(truncatingIfNeeded: $0) } ?? -1,
                idEnds: (actorsEnd, peopleEnd, timesEnd, quotesEnd, UInt16(ids.count - idStart)), hashEnds: hashEnds))
        }
        if !termConstraints.isEmpty {
            record.flags |= MentionRecord.hasTerms
            termSpans.append(TermSpan(
                mention: UInt32(truncatingIfNeeded: records.count), start: UInt32(truncatingIfNeeded: terms.count),
                count: UInt32(truncatingIfNeeded: termConstraints.count)))
            terms += termConstraints
        }
        records.append(record)
    }

    /// The part of a hash the pool keeps.
    @inline(__always)
    static func stored(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// Appends `values` while the record's lists in `pool` (from `recordStart`) stay countable
    /// in 16 bits; returns where the list ends, counted from `recordStart`.
    private static func appendCapped<T>(_ values: some Sequence<T>, to pool: inout [T], recordStart: Int) -> UInt16 {
        var room = Int(UInt16.max) - (pool.count - recordStart)
        for value in values {
            guard room > 0 else { break }
            pool.append(value)
            room -= 1
        }
        return UInt16(pool.count - recordStart)
    }

    /// Calls `body` with a view of every mention, valid only inside `body`.
    func withView<R>(_ body: (MentionView) throws -> R) rethrows -> R {
        try records.withUnsafeBufferPointer { records in
            try ids.withUnsafeBufferPointer { ids in
                try hashes.withUnsafeBufferPointer { hashes in
                    try terms.withUnsafeBufferPointer { terms in
                        try termSpans.withUnsafeBufferPointer { termSpans in
                            try wides.withUnsafeBufferPointer { wides in
                                try body(MentionView(records: records, ids: ids, hashes: hashes, terms: terms, termSpans: termSpans, wides: wides))
                            }
                        }
                    }
                }
            }
        }
    }
}
