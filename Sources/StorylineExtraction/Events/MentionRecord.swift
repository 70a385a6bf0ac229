import StorylineModel

/// A mention's fixed-size fields and where its lists lie in the pools of `EventMentions`.
///
/// 40 bytes, narrow: the records are the largest array alive while mentions merge and events
/// are assembled, the two peaks of a build's memory. A mention whose sentence number, clause
/// length, trigger offset, actor numbers or list lengths do not fit (a very long article or
/// sentence) is marked `wide` and reads those fields from its `WideFields` instead.
struct MentionRecord: Sendable {
    /// The article.
    var document: Int32
    /// Where the clause starts.
    var rangeStart: Int32
    /// First of its numbers in the id pool, and first of its hashes in the hash pool.
    var idStart: UInt32 = 0
    var hashStart: UInt32 = 0
    /// Agent then target actor number, 24 bits each, little end first (all ones: none).
    var actors: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0)
    /// Sentence within the article, clause length, and first trigger's offset in the clause.
    var sentence: UInt16 = 0
    var rangeLength: UInt16 = 0
    var triggerOffset: UInt16 = 0
    /// Ends of actors, people, times, quotes and trigger ranges, counted from `idStart`.
    var idEnds: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
    /// Ends of trigger stems, stems, shingles and phrases, counted from `hashStart`.
    var hashEnds: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    /// Main kind.
    var kind: EventKind
    /// `background`, `continues`, `verbal`, `hasTerms`, `agentNamed` and `wide`, one bit each.
    var flags: UInt8

    /// The flag of a mention with office-term constraints (rare: they are looked up in
    /// `EventMentions.termSpans` rather than costing every record a start and a count).
    static let hasTerms: UInt8 = 8
    /// The flag of a mention whose agent the clause names by a name (not only a pronoun).
    static let agentNamed: UInt8 = 16
    /// The flag of a mention whose fields did not fit: they are in `WideFields`, and its
    /// trigger ranges are start and end pairs rather than packed offsets.
    static let wide: UInt8 = 32

    /// The largest actor number the narrow fields hold; all ones means none.
    static let actorLimit = (1 << 24) - 1

    /// A record of the article, clause start, kind and flags, its other fields still zero.
    init(document: Int, rangeStart: Int, kind: EventKind, background: Bool, continues: Bool, verbal: Bool, agentNamed: Bool) {
        self.document = Int32(truncatingIfNeeded: document)
        self.rangeStart = Int32(truncatingIfNeeded: rangeStart)
        self.kind = kind
        flags = (background ? 1 : 0) | (continues ? 2 : 0) | (verbal ? 4 : 0) | (agentNamed ? Self.agentNamed : 0)
    }

    /// Agent (`which` 0) or target (1), nil when there is none.
    @inline(__always)
    func actor(_ which: Int) -> Int? {
        let value = withUnsafeBytes(of: actors) { bytes in
            Int(bytes[3 * which]) | Int(bytes[3 * which + 1]) << 8 | Int(bytes[3 * which + 2]) << 16
        }
        return value == Self.actorLimit ? nil : value
    }

    /// Sets the agent and target numbers (each under `actorLimit`, or nil).
    mutating func setActors(agent: Int?, target: Int?) {
        let a = agent ?? Self.actorLimit, t = target ?? Self.actorLimit
        actors = (
            UInt8(truncatingIfNeeded: a), UInt8(truncatingIfNeeded: a >> 8), UInt8(truncatingIfNeeded: a >> 16),
            UInt8(truncatingIfNeeded: t), UInt8(truncatingIfNeeded: t >> 8), UInt8(truncatingIfNeeded: t >> 16))
    }

    /// The end of id list `k` (0 actors … 4 trigger ranges), counted from `idStart`.
    @inline(__always)
    func idEnd(_ k: Int) -> Int { withUnsafeBytes(of: idEnds) { Int($0[k]) } }

    /// The end of hash list `k` (0 trigger stems … 3 phrases), counted from `hashStart`.
    @inline(__always)
    func hashEnd(_ k: Int) -> Int { withUnsafeBytes(of: hashEnds) { Int($0[k]) } }
}

/// The full fields of a wide mention, kept aside in mention order.
struct WideFields: Sendable {
    /// Index of the mention.
    var mention: UInt32
    /// Sentence within the article, clause end and first trigger's offset in the article.
    var sentence: Int32
    var rangeEnd: Int32
    var triggerStart: Int32
    /// Actor numbers (-1: none).
    var agent: Int32
    var target: Int32
    /// Ends of the id lists and of the hash lists, as in the record.
    var idEnds: (UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0)
    var hashEnds: (UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0)

    /// The end of id list `k`.
    @inline(__always)
    func idEnd(_ k: Int) -> Int { withUnsafeBytes(of: idEnds) { Int($0.load(fromByteOffset: 2 * k, as: UInt16.self)) } }

    /// The end of hash list `k`.
    @inline(__always)
    func hashEnd(_ k: Int) -> Int { withUnsafeBytes(of: hashEnds) { Int($0.load(fromByteOffset: 2 * k, as: UInt16.self)) } }
}
