/// Makes events whose variable-size fields share payload buffers of `chunkCapacity` bytes:
/// the events of a build then cost one allocation per chunk instead of five per event, and
/// a title, trigger list or short derivation repeated within a chunk is stored once.
///
/// Not `Sendable` on purpose: it appends to buffers its events share (see `EventPayload`).
package struct EventWriter {
    /// Bytes per shared buffer (0: one buffer of exactly the needed size per event).
    private let chunkCapacity: Int
    /// What coded derivations name.
    private let sources: DerivationSources?
    /// The buffer being filled.
    private var payload: EventPayload
    /// Where each field written to `payload` for sharing starts, by a hash of its bytes.
    private var known: [Int: UInt32] = [:]

    /// Derivations up to this length are looked up for repeats ("no time expression", most
    /// coded ones); longer ones rarely repeat, so they are not worth an index entry.
    private static let sharedDerivationLength = 32

    /// A writer filling buffers of `chunkCapacity` bytes, whose coded derivations name `sources`.
    package init(chunkCapacity: Int = 1 << 22, sources: DerivationSources? = nil) {
        self.chunkCapacity = max(chunkCapacity, 0)
        self.sources = sources
        payload = EventPayload(capacity: 0)
    }

    /// The event with these fields. With `derivation` parts (time ids of `sources`), the
    /// date's derivation is kept as those and written out when read; else as its text.
    package mutating func event(
        id: String, title: String, kind: EventKind, date: EventDate, derivation parts: [DerivationPart]? = nil,
        actors: [EventActor], evidence: [SentenceRef], quotes: [Int],
        triggers: [String]
    ) -> Event {
        // Ids of the pipeline's form are packed into the event; others are kept as strings.
        event(
            id: EventID.pack(id).map(Identifier.packed) ?? .text(id), title: title, kind: kind, date: date, derivation: parts,
            actors: actors, evidence: evidence, quotes: quotes, triggers: triggers)
    }

    /// The event with these fields whose id is "ev-" and the low 48 bits of `packedID` in hex
    /// (the pipeline's form, given as its value: no string is made and read back).
    package mutating func event(
        packedID: UInt64, title: String, kind: EventKind, date: EventDate, derivation parts: [DerivationPart]? = nil,
        actors: [EventActor], evidence: [SentenceRef], quotes: [Int],
        triggers: [String]
    ) -> Event {
        event(
            id: .packed(EventID.packedFlag | packedID & EventID.valueMask), title: title, kind: kind, date: date, derivation: parts,
            actors: actors, evidence: evidence, quotes: quotes, triggers: triggers)
    }

    /// An id as an event keeps it.
    private enum Identifier {
        /// Packed, with `EventID.packedFlag` set.
        case packed(UInt64)
        /// Of another form: kept as written.
        case text(String)
    }

    private mutating func event(
        id identifier: Identifier, title: String, kind: EventKind, date: EventDate, derivation parts: [DerivationPart]?,
        actors: [EventActor], evidence: [SentenceRef], quotes: [Int],
        triggers: [String]
    ) -> Event {
        let parts = sources == nil ? nil : parts
        let varint = PayloadCursor.varintBound
        // Room for every field at most (each written straight into the buffer).
        let titleBound = PayloadCursor.bound(title)
        let derivationBound = PayloadCursor.bound(derivation: date.derivation, parts: parts)
        let triggersBound = triggers.reduce(varint) { $0 + PayloadCursor.bound($1) }
        let listsBound = varint * (3 + actors.count + 2 * evidence.count + quotes.count)
        let packedID: UInt64?, id: String
        switch identifier {
        case .packed(let value): (packedID, id) = (value, "")
        case .text(let text): (packedID, id) = (nil, text)
        }
        let idBound = packedID == nil ? PayloadCursor.bound(id) : 0
        let valueBound = date.value.map(PayloadCursor.bound) ?? 0
        let needed = titleBound + derivationBound + triggersBound + listsBound + idBound + valueBound
        if needed > payload.free {
            payload = EventPayload(capacity: max(chunkCapacity, needed), sources: sources)
            known.removeAll(keepingCapacity: true)
        }
        let titleOffset = place(bound: titleBound, shared: true) { $0.string(title) }
        let derivationOffset = place(bound: derivationBound, shared: derivationBound <= Self.sharedDerivationLength) {
            $0.derivation(date.derivation, parts: parts)
        }
        let triggersOffset = place(bound: triggersBound, shared: true) { cursor in
            cursor.varint(UInt64(triggers.count))
            for trigger in triggers { cursor.string(trigger) }
        }
        let listsOffset = payload.write(bound: listsBound) { cursor in
            Self.writeLists(actors: actors, evidence: evidence, quotes: quotes, to: &cursor)
        }
        let valueOffset = date.value.map { value in place(bound: valueBound, shared: true) { $0.string(value) } } ?? EventOffsets.none
        let idWord = packedID ?? UInt64(payload.write(bound: idBound) { $0.string(id) })
        return Event(
            packedID: idWord, kind: kind, date: date, payload: payload,
            offsets: EventOffsets(
                title: titleOffset, derivation: derivationOffset, triggers: triggersOffset, lists: listsOffset, value: valueOffset))
    }

    /// Writes a field to the buffer; when `shared`, an earlier field with the same bytes is
    /// used instead (and the new copy dropped).
    private mutating func place(bound: Int, shared: Bool, _ body: (inout PayloadCursor) -> Void) -> UInt32 {
        let offset = payload.write(bound: bound, body)
        guard shared else { return offset }
        let bytes = payload.written(from: offset)
        let key = PayloadBytes.hash(bytes)
        // An earlier field with the same length prefix and bytes ends before this one.
        if let earlier = known[key], earlier < offset, payload.holds(bytes, at: earlier) {
            payload.truncate(to: offset)
            return earlier
        }
        known[key] = offset
        return offset
    }

    /// Writes the counts of the three lists, then actors (id and role in one varint),
    /// evidence (document, sentence) and quote ids.
    static func writeLists(
        actors: [EventActor], evidence: [SentenceRef], quotes: [Int],
        to cursor: inout PayloadCursor
    ) {
        cursor.varint(UInt64(actors.count))
        cursor.varint(UInt64(evidence.count))
        cursor.varint(UInt64(quotes.count))
        for actor in actors { cursor.signed(actor.actor << 2 | actor.role.code) }
        for ref in evidence {
            cursor.signed(ref.document)
            cursor.signed(ref.sentence)
        }
        for quote in quotes { cursor.signed(quote) }
    }
}

/// Where an event's fields start in its payload.
struct EventOffsets: Hashable, Sendable {
    /// The title string.
    var title: UInt32
    /// The date's derivation string.
    var derivation: UInt32
    /// The trigger count, then each trigger string.
    var triggers: UInt32
    /// The counts of actors, evidence and quotes, then their entries.
    var lists: UInt32
    /// The date's value string, `none` when the date has no value.
    var value: UInt32

    /// Marks a field that is absent.
    static let none = UInt32.max
}

extension ActorRole {
    /// The role as two bits (stored beside the actor id).
    var code: Int {
        switch self {
        case .agent: 0
        case .target: 1
        case .participant: 2
        }
    }

    /// The role stored as `code`.
    init(code: Int) {
        switch code & 3 {
        case 0: self = .agent
        case 1: self = .target
        default: self = .participant
        }
    }
}
