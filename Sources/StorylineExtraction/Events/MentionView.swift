import CCacheHints
import StorylineModel

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
    /// The full fields of the wide mentions, by mention.
    let wides: UnsafeBufferPointer<WideFields>

    /// How many mentions there are.
    var count: Int { records.count }
    /// Their indices.
    var indices: Range<Int> { 0..<records.count }

    /// Mention `i` (which must exist, as for an array).
    @inline(__always)
    subscript(i: Int) -> MentionRef {
        guard let base = records.baseAddress, i >= 0, i < records.count else { preconditionFailure("mention \(i) out of range") }
        let record = base + i
        let flags = record.pointee.flags
        return MentionRef(
            record: record, wide: flags & MentionRecord.wide == 0 ? nil : wideFields(of: i),
            ids: ids.baseAddress.map { $0 + Int(record.pointee.idStart) },
            hashes: hashes.baseAddress.map { $0 + Int(record.pointee.hashStart) },
            terms: flags & MentionRecord.hasTerms == 0 ? .init(start: nil, count: 0) : termConstraints(of: i))
    }

    /// Starts loading mention `i`'s record into the cache (a hint: nothing is read).
    @inline(__always)
    func prefetch(_ i: Int) {
        guard let base = records.baseAddress, i >= 0, i < records.count else { return }
        storyline_prefetch(base + i)
        // A 40-byte record starts in one cache line and ends in the next one time in two: its
        // last byte (the flags, read first) is asked for too.
        storyline_prefetch(UnsafeRawPointer(base + i) + (MemoryLayout<MentionRecord>.size - 1))
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
        guard let k = Self.entry(of: i, in: termSpans, mention: \.mention), let base = terms.baseAddress else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: base + Int(termSpans[k].start), count: Int(termSpans[k].count))
    }

    /// The full fields of wide mention `i` (a binary search: few mentions are wide).
    private func wideFields(of i: Int) -> UnsafePointer<WideFields>? {
        guard let k = Self.entry(of: i, in: wides, mention: \.mention), let base = wides.baseAddress else { return nil }
        return base + k
    }

    /// Where mention `i`'s entry is in `entries`, which are sorted by `mention`.
    private static func entry<Entry>(of i: Int, in entries: UnsafeBufferPointer<Entry>, mention: KeyPath<Entry, UInt32>) -> Int? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if Int(entries[middle][keyPath: mention]) < i { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && Int(entries[low][keyPath: mention]) == i ? low : nil
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
    /// Its record, its full fields when it is wide, and where its lists begin in each pool
    /// (nil: the pool is empty).
    private let record: UnsafePointer<MentionRecord>
    private let wide: UnsafePointer<WideFields>?
    private let ids: UnsafePointer<Int32>?
    private let hashes: UnsafePointer<UInt32>?
    private let terms: UnsafeBufferPointer<DateConstraint>

    /// A mention whose lists begin at `ids` and `hashes`, with office-term constraints `terms`.
    init(
        record: UnsafePointer<MentionRecord>, wide: UnsafePointer<WideFields>?, ids: UnsafePointer<Int32>?, hashes: UnsafePointer<UInt32>?,
        terms: UnsafeBufferPointer<DateConstraint>
    ) {
        self.record = record
        self.wide = wide
        self.ids = ids
        self.hashes = hashes
        self.terms = terms
    }

    /// The sentence it comes from.
    var ref: SentenceRef {
        SentenceRef(document: Int(record.pointee.document), sentence: wide.map { Int($0.pointee.sentence) } ?? Int(record.pointee.sentence))
    }
    /// Byte range of the clause (the whole sentence when it was not split).
    var range: TextRange {
        let start = Int(record.pointee.rangeStart)
        return TextRange(start: start, end: wide.map { Int($0.pointee.rangeEnd) } ?? start + Int(record.pointee.rangeLength))
    }
    /// Main kind (the most specific trigger).
    var kind: EventKind { record.pointee.kind }
    /// Who acted or spoke.
    var agent: Int? {
        guard let wide else { return record.pointee.actor(0) }
        return wide.pointee.agent < 0 ? nil : Int(wide.pointee.agent)
    }
    /// Towards whom.
    var target: Int? {
        guard let wide else { return record.pointee.actor(1) }
        return wide.pointee.target < 0 ? nil : Int(wide.pointee.target)
    }
    /// Byte offset of the first trigger (for titles).
    var triggerStart: Int { wide.map { Int($0.pointee.triggerStart) } ?? Int(record.pointee.rangeStart) + Int(record.pointee.triggerOffset) }
    /// Reported as background: pluperfect or "previously".
    var background: Bool { record.pointee.flags & 1 != 0 }
    /// Opens like a continuation of the previous sentence.
    var continues: Bool { record.pointee.flags & 2 != 0 }
    /// Whether the main trigger is a verb rather than a noun.
    var verbal: Bool { record.pointee.flags & 4 != 0 }
    /// Whether the agent is named in the clause by a name, not only by a pronoun.
    var agentNamed: Bool { record.pointee.flags & MentionRecord.agentNamed != 0 }

    /// Every actor named in the clause.
    var actors: IDList { idList(0, idEnd(0)) }
    /// The people among them, sorted.
    var people: IDList { idList(idEnd(0), idEnd(1)) }
    /// Indices into `Story.times` of the clause's time expressions.
    var times: IDList { idList(idEnd(1), idEnd(2)) }
    /// Quote ids opening in the clause.
    var quotes: IDList { idList(idEnd(2), idEnd(3)) }
    /// Byte ranges of the trigger words, in text order.
    var triggerRanges: TriggerRanges {
        let lower = idEnd(3), upper = idEnd(4)
        let stored = UnsafeBufferPointer(start: ids.map { $0 + lower }, count: upper - lower)
        return wide == nil ? TriggerRanges(packed: stored, base: Int(record.pointee.rangeStart)) : TriggerRanges(pairs: stored)
    }

    /// Sorted, unique stems of the trigger words.
    var triggerStems: HashList { hashList(0, hashEnd(0)) }
    /// Sorted, unique content-word stems (names of actors and function words left out).
    var stems: HashList { hashList(hashEnd(0), hashEnd(1)) }
    /// Hashes of three-word shingles of quoted words.
    var quoteShingles: HashList { hashList(hashEnd(1), hashEnd(2)) }
    /// Hashes of whole short quoted phrases (one or two words, e.g. a label).
    var quotePhrases: HashList { hashList(hashEnd(2), hashEnd(3)) }
    /// Extra date constraints worked out from office terms.
    var termConstraints: UnsafeBufferPointer<DateConstraint> { terms }

    /// The lists merging compares.
    var lists: MentionLists {
        MentionLists(actors: actors, people: people, stems: stems, shingles: quoteShingles, phrases: quotePhrases)
    }

    @inline(__always)
    private func idEnd(_ k: Int) -> Int { wide.map { $0.pointee.idEnd(k) } ?? record.pointee.idEnd(k) }

    @inline(__always)
    private func hashEnd(_ k: Int) -> Int { wide.map { $0.pointee.hashEnd(k) } ?? record.pointee.hashEnd(k) }

    @inline(__always)
    private func idList(_ lower: Int, _ upper: Int) -> IDList {
        IDList(UnsafeBufferPointer(start: ids.map { $0 + lower }, count: upper - lower))
    }

    @inline(__always)
    private func hashList(_ lower: Int, _ upper: Int) -> HashList {
        HashList(UnsafeBufferPointer(start: hashes.map { $0 + lower }, count: upper - lower))
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

/// Trigger byte ranges stored packed (offset from the clause start in the high 16 bits,
/// length in the low 16) or, for a wide mention, as start and end pairs.
struct TriggerRanges: RandomAccessCollection {
    /// The stored numbers.
    let stored: UnsafeBufferPointer<Int32>
    /// The clause start packed offsets count from; nil: pairs.
    let base: Int?

    /// Ranges packed as offsets from `base` and lengths.
    init(packed: UnsafeBufferPointer<Int32>, base: Int) {
        stored = packed
        self.base = base
    }

    /// Ranges stored as starts and ends, interleaved.
    init(pairs: UnsafeBufferPointer<Int32>) {
        stored = pairs
        base = nil
    }

    /// Whether `range` packs against the clause start `base`.
    static func packs(_ range: TextRange, base: Int) -> Bool {
        range.start >= base && range.start - base <= Int(UInt16.max) && (0...Int(UInt16.max)).contains(range.count)
    }

    /// `range` packed against the clause start `base` (which it must pack against).
    static func pack(_ range: TextRange, base: Int) -> Int32 {
        Int32(bitPattern: UInt32(truncatingIfNeeded: range.start - base) << 16 | UInt32(truncatingIfNeeded: range.count))
    }

    /// The first position.
    var startIndex: Int { 0 }
    /// One past the last position.
    var endIndex: Int { base == nil ? stored.count / 2 : stored.count }
    /// The range at `position`.
    subscript(position: Int) -> TextRange {
        guard let base else { return TextRange(start: Int(stored[2 * position]), end: Int(stored[2 * position + 1])) }
        let packed = UInt32(bitPattern: stored[position])
        let start = base + Int(packed >> 16)
        return TextRange(start: start, end: start + Int(packed & 0xFFFF))
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
