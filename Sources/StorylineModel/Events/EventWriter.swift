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
    /// Where each string written to `payload` starts, by a hash of its bytes.
    private var known: [Int: UInt32] = [:]
    /// Each field's bytes, before they go into the buffer (reused).
    private var title: [UInt8] = []
    private var derivation: [UInt8] = []
    private var triggers: [UInt8] = []
    private var lists: [UInt8] = []

    /// Derivations up to this length are looked up for repeats ("no time expression");
    /// longer ones name sources and rarely repeat, so they are not worth an index entry.
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
        actors: some Collection<EventActor>, evidence: some Collection<SentenceRef>, quotes: some Collection<Int>,
        triggers: some Collection<String>
    ) -> Event {
        self.title.removeAll(keepingCapacity: true)
        PayloadEncoding.appendString(title, to: &self.title)
        derivation.removeAll(keepingCapacity: true)
        PayloadEncoding.appendDerivation(date.derivation, parts: sources == nil ? nil : parts, to: &derivation)
        self.triggers.removeAll(keepingCapacity: true)
        PayloadEncoding.appendVarint(UInt64(triggers.count), to: &self.triggers)
        for trigger in triggers { PayloadEncoding.appendString(trigger, to: &self.triggers) }
        lists.removeAll(keepingCapacity: true)
        Self.appendLists(actors: actors, evidence: evidence, quotes: quotes, to: &lists)

        let needed = self.title.count + derivation.count + self.triggers.count + lists.count
        if needed > payload.free {
            payload = EventPayload(capacity: max(chunkCapacity, needed), sources: sources)
            known.removeAll(keepingCapacity: true)
        }
        let titleOffset = place(self.title, shared: true)
        let derivationOffset = place(derivation, shared: derivation.count <= Self.sharedDerivationLength)
        let triggersOffset = place(self.triggers, shared: true)
        let listsOffset = place(lists, shared: false)
        return Event(
            id: id, kind: kind, date: date, payload: payload,
            offsets: EventOffsets(title: titleOffset, derivation: derivationOffset, triggers: triggersOffset, lists: listsOffset))
    }

    /// Writes `bytes` to the buffer, or finds them there already when `shared`.
    private mutating func place(_ bytes: [UInt8], shared: Bool) -> UInt32 {
        bytes.withUnsafeBufferPointer { bytes in
            guard shared else { return payload.append(bytes) }
            var hasher = Hasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            let key = hasher.finalize()
            if let offset = known[key], payload.holds(bytes, at: offset) { return offset }
            let offset = payload.append(bytes)
            known[key] = offset
            return offset
        }
    }

    /// Appends the counts of the three lists, then actors (id and role in one varint),
    /// evidence (document, sentence) and quote ids.
    static func appendLists(
        actors: some Collection<EventActor>, evidence: some Collection<SentenceRef>, quotes: some Collection<Int>, to bytes: inout [UInt8]
    ) {
        PayloadEncoding.appendVarint(UInt64(actors.count), to: &bytes)
        PayloadEncoding.appendVarint(UInt64(evidence.count), to: &bytes)
        PayloadEncoding.appendVarint(UInt64(quotes.count), to: &bytes)
        for actor in actors { PayloadEncoding.appendSigned(actor.actor << 2 | actor.role.code, to: &bytes) }
        for ref in evidence {
            PayloadEncoding.appendSigned(ref.document, to: &bytes)
            PayloadEncoding.appendSigned(ref.sentence, to: &bytes)
        }
        for quote in quotes { PayloadEncoding.appendSigned(quote, to: &bytes) }
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
