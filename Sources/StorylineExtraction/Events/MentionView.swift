import CCacheHints
import StorylineModel

/// A mention's fixed-size fields and where its lists lie in the pools of `EventMentions`.
struct MentionRecord: Sendable {
    /// The sentence it comes from.
    var ref: SentenceRef
    /// Byte range of the clause.
    var range: TextRange
    /// First of its numbers in the id pool, and first of its hashes in the hash pool.
    var idStart: UInt32 = 0
    var hashStart: UInt32 = 0
    /// Actor ids and trigger offset in 32 bits (-1: no actor).
    var agent: Int32
    var target: Int32
    var triggerStart: Int32
    /// Ends of actors, people, times, quotes and trigger ranges, counted from `idStart`.
    var idEnds: (UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0)
    /// Ends of trigger stems, stems, shingles and phrases, counted from `hashStart`.
    var hashEnds: (UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0)
    /// Main kind.
    var kind: EventKind
    /// `background`, `continues`, `verbal`, `hasTerms` and `agentNamed`, one bit each.
    var flags: UInt8

    /// The flag of a mention with office-term constraints (rare: they are looked up in
    /// `EventMentions.termSpans` rather than costing every record a start and a count).
    static let hasTerms: UInt8 = 8
    /// The flag of a mention whose agent the clause names by a name (not only a pronoun).
    static let agentNamed: UInt8 = 16

    /// A record without lists.
    init(
        ref: SentenceRef, range: TextRange, kind: EventKind, agent: Int?, target: Int?, triggerStart: Int,
        background: Bool, continues: Bool, verbal: Bool, agentNamed: Bool = false
    ) {
        self.ref = ref
        self.range = range
        self.kind = kind
        self.agent = agent.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.target = target.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.triggerStart = Int32(truncatingIfNeeded: triggerStart)
        flags = (background ? 1 : 0) | (continues ? 2 : 0) | (verbal ? 4 : 0) | (agentNamed ? Self.agentNamed : 0)
    }
}

/// Every mention of an `EventMentions`, read in place; valid only inside its `withView`.
struct MentionView {
    /// The records.
    let records: UnsafeBufferPointer<MentionRecord>
    /// The pools.
    let ids: UnsafeBufferPointer<Int32>
    let hashes: UnsafeBufferPointer<UInt32>
    let terms: UnsafeBufferPointer<DateConstraint>
    /// Where the mentions that have office-term constraints find them, by mention.
    let termSpans: UnsafeBufferPointer<TermSpan>

    /// How many mentions there are.
    var count: Int { records.count }
    /// Their indices.
    var indices: Range<Int> { 0..<records.count }

    /// Mention `i` (which must exist, as for an array).
    @inline(__always)
    subscript(i: Int) -> MentionRef {
        guard let base = records.baseAddress, i >= 0, i < records.count else { preconditionFailure("mention \(i) out of range") }
        let record = base + i
        return MentionRef(
            record: record, ids: ids.baseAddress.map { $0 + Int(record.pointee.idStart) },
            hashes: hashes.baseAddress.map { $0 + Int(record.pointee.hashStart) },
            terms: record.pointee.flags & MentionRecord.hasTerms == 0 ? .init(start: nil, count: 0) : termConstraints(of: i))
    }

    /// Starts loading mention `i`'s record into the cache (a hint: nothing is read).
    @inline(__always)
    func prefetch(_ i: Int) {
        if let base = records.baseAddress, i >= 0, i < records.count { storyline_prefetch(base + i) }
    }

    /// Starts loading the lists of mention `i` (its record is read: prefetch that first).
    @inline(__always)
    func prefetchLists(_ i: Int) {
        guard let base = records.baseAddress, i >= 0, i < records.count else { return }
        let record = base + i
        if let ids = ids.baseAddress, Int(record.pointee.idStart) < self.ids.count { storyline_prefetch(ids + Int(record.pointee.idStart)) }
        if let hashes = hashes.baseAddress, Int(record.pointee.hashStart) < self.hashes.count {
            storyline_prefetch(hashes + Int(record.pointee.hashStart))
        }
    }

    /// The office-term constraints of mention `i` (a binary search: few mentions have any).
    private func termConstraints(of i: Int) -> UnsafeBufferPointer<DateConstraint> {
        var low = 0, high = termSpans.count
        while low < high {
            let middle = (low + high) / 2
            if Int(termSpans[middle].mention) < i { low = middle + 1 } else { high = middle }
        }
        guard low < termSpans.count, Int(termSpans[low].mention) == i, let base = terms.baseAddress else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: base + Int(termSpans[low].start), count: Int(termSpans[low].count))
    }
}

/// Where one mention's office-term constraints lie in the terms pool.
struct TermSpan: Sendable {
    /// Index of the mention.
    var mention: UInt32
    /// First constraint in the pool, and how many.
    var start: UInt32
    var count: UInt32
}

/// One mention read in place: its fields, and its lists as buffers into the pools.
struct MentionRef {
    /// Its record, and where its lists begin in each pool (nil: the pool is empty).
    private let record: UnsafePointer<MentionRecord>
    private let ids: UnsafePointer<Int32>?
    private let hashes: UnsafePointer<UInt32>?
    private let terms: UnsafeBufferPointer<DateConstraint>

    /// A mention whose lists begin at `ids` and `hashes`, with office-term constraints `terms`.
    init(record: UnsafePointer<MentionRecord>, ids: UnsafePointer<Int32>?, hashes: UnsafePointer<UInt32>?, terms: UnsafeBufferPointer<DateConstraint>) {
        self.record = record
        self.ids = ids
        self.hashes = hashes
        self.terms = terms
    }

    /// The sentence it comes from.
    var ref: SentenceRef { record.pointee.ref }
    /// Byte range of the clause (the whole sentence when it was not split).
    var range: TextRange { record.pointee.range }
    /// Main kind (the most specific trigger).
    var kind: EventKind { record.pointee.kind }
    /// Who acted or spoke.
    var agent: Int? { record.pointee.agent < 0 ? nil : Int(record.pointee.agent) }
    /// Towards whom.
    var target: Int? { record.pointee.target < 0 ? nil : Int(record.pointee.target) }
    /// Byte offset of the first trigger (for titles).
    var triggerStart: Int { Int(record.pointee.triggerStart) }
    /// Reported as background: pluperfect or "previously".
    var background: Bool { record.pointee.flags & 1 != 0 }
    /// Opens like a continuation of the previous sentence.
    var continues: Bool { record.pointee.flags & 2 != 0 }
    /// Whether the main trigger is a verb rather than a noun.
    var verbal: Bool { record.pointee.flags & 4 != 0 }
    /// Whether the agent is named in the clause by a name, not only by a pronoun.
    var agentNamed: Bool { record.pointee.flags & MentionRecord.agentNamed != 0 }

    /// Every actor named in the clause.
    var actors: IDList { idList(0, record.pointee.idEnds.0) }
    /// The people among them, sorted.
    var people: IDList { idList(record.pointee.idEnds.0, record.pointee.idEnds.1) }
    /// Indices into `Story.times` of the clause's time expressions.
    var times: IDList { idList(record.pointee.idEnds.1, record.pointee.idEnds.2) }
    /// Quote ids opening in the clause.
    var quotes: IDList { idList(record.pointee.idEnds.2, record.pointee.idEnds.3) }
    /// Byte ranges of the trigger words, in text order.
    var triggerRanges: TriggerRanges {
        let lower = Int(record.pointee.idEnds.3), upper = Int(record.pointee.idEnds.4)
        return TriggerRanges(bounds: UnsafeBufferPointer(start: ids.map { $0 + lower }, count: upper - lower))
    }

    /// Sorted, unique stems of the trigger words.
    var triggerStems: HashList { hashList(0, record.pointee.hashEnds.0) }
    /// Sorted, unique content-word stems (names of actors and function words left out).
    var stems: HashList { hashList(record.pointee.hashEnds.0, record.pointee.hashEnds.1) }
    /// Hashes of three-word shingles of quoted words.
    var quoteShingles: HashList { hashList(record.pointee.hashEnds.1, record.pointee.hashEnds.2) }
    /// Hashes of whole short quoted phrases (one or two words, e.g. a label).
    var quotePhrases: HashList { hashList(record.pointee.hashEnds.2, record.pointee.hashEnds.3) }
    /// Extra date constraints worked out from office terms.
    var termConstraints: UnsafeBufferPointer<DateConstraint> { terms }

    /// The lists merging compares.
    var lists: MentionLists {
        MentionLists(actors: actors, people: people, stems: stems, shingles: quoteShingles, phrases: quotePhrases)
    }

    @inline(__always)
    private func idList(_ lower: UInt16, _ upper: UInt16) -> IDList {
        IDList(UnsafeBufferPointer(start: ids.map { $0 + Int(lower) }, count: Int(upper) - Int(lower)))
    }

    @inline(__always)
    private func hashList(_ lower: UInt16, _ upper: UInt16) -> HashList {
        HashList(UnsafeBufferPointer(start: hashes.map { $0 + Int(lower) }, count: Int(upper) - Int(lower)))
    }
}

/// Numbers stored narrower than they are read, in place.
struct WidenedList<Stored: FixedWidthInteger, Element: FixedWidthInteger>: RandomAccessCollection {
    /// The stored numbers.
    let values: UnsafeBufferPointer<Stored>

    /// The numbers of `values`.
    init(_ values: UnsafeBufferPointer<Stored>) { self.values = values }

    /// The first position.
    var startIndex: Int { 0 }
    /// One past the last position.
    var endIndex: Int { values.count }
    /// The number at `position`, widened.
    @inline(__always)
    subscript(position: Int) -> Element { Element(truncatingIfNeeded: values[position]) }
}

/// Actor, time or quote numbers stored in 32 bits, read as `Int`.
typealias IDList = WidenedList<Int32, Int>

/// Word hashes stored as their high 32 bits (`EventMentions.stored`), read as `UInt64`.
typealias HashList = WidenedList<UInt32, UInt64>

/// Trigger byte ranges stored as start and end pairs.
struct TriggerRanges: RandomAccessCollection {
    /// Starts and ends, interleaved.
    let bounds: UnsafeBufferPointer<Int32>

    /// The first position.
    var startIndex: Int { 0 }
    /// One past the last position.
    var endIndex: Int { bounds.count / 2 }
    /// The range at `position`.
    subscript(position: Int) -> TextRange {
        TextRange(start: Int(bounds[2 * position]), end: Int(bounds[2 * position + 1]))
    }
}

/// The lists of one mention that merging compares, valid only inside `EventMentions.withView`.
struct MentionLists {
    /// Every actor named in the clause.
    var actors: IDList
    /// The people among them, sorted.
    var people: IDList
    /// Sorted, unique content-word stems.
    var stems: HashList
    /// Hashes of three-word shingles of quoted words.
    var shingles: HashList
    /// Hashes of whole short quoted phrases.
    var phrases: HashList
}
