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
    }

    /// Frees the word hashes: merging reads them, building events does not, and the events
    /// grow while the mentions are still alive. Every mention's hash lists read empty after.
    mutating func dropHashes() {
        hashes = []
        for i in records.indices {
            records[i].hashStart = 0
            records[i].hashEnds = (0, 0, 0, 0)
        }
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
            ref: ref, range: range, kind: kind, agent: agent, target: target, triggerStart: triggerStart,
            background: background, continues: continues, verbal: verbal, agentNamed: agentNamed)
        let idStart = ids.count
        record.idStart = UInt32(truncatingIfNeeded: idStart)
        record.idEnds.0 = Self.appendCapped(actors.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        record.idEnds.1 = Self.appendCapped(people.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        record.idEnds.2 = Self.appendCapped(times.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        record.idEnds.3 = Self.appendCapped(quotes.lazy.map { Int32(truncatingIfNeeded: $0) }, to: &ids, recordStart: idStart)
        for trigger in triggerRanges where ids.count - idStart + 2 <= Int(UInt16.max) {
            ids.append(Int32(truncatingIfNeeded: trigger.start))
            ids.append(Int32(truncatingIfNeeded: trigger.end))
        }
        record.idEnds.4 = UInt16(ids.count - idStart)
        let hashStart = hashes.count
        record.hashStart = UInt32(truncatingIfNeeded: hashStart)
        record.hashEnds.0 = Self.appendCapped(triggerStems.lazy.map(Self.stored), to: &hashes, recordStart: hashStart)
        record.hashEnds.1 = Self.appendCapped(stems.lazy.map(Self.stored), to: &hashes, recordStart: hashStart)
        record.hashEnds.2 = Self.appendCapped(quoteShingles.lazy.map(Self.stored), to: &hashes, recordStart: hashStart)
        record.hashEnds.3 = Self.appendCapped(quotePhrases.lazy.map(Self.stored), to: &hashes, recordStart: hashStart)
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
                            try body(MentionView(records: records, ids: ids, hashes: hashes, terms: terms, termSpans: termSpans))
                        }
                    }
                }
            }
        }
    }
}
