/// One real-world happening, with every sentence in every article that reports it.
///
/// The variable-size fields live in a payload buffer shared with other events of the same
/// build (see `EventWriter`): reading one decodes it, setting one writes the event anew.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// The buffer holding the id (unless packed), title, date value and derivation,
    /// triggers, actors, evidence and quotes.
    private var payload: EventPayload
    /// The id packed (`EventID`), else where the id string starts in `payload`.
    private var packedID: UInt64
    /// Where the other fields start in `payload`.
    private var offsets: EventOffsets
    /// The date's interval of possible days.
    private var dateInterval: DayInterval
    /// How precisely the date is known.
    private var datePrecision: TimePrecision
    /// Whether the date rests on an assumed publication date.
    private var dateAssumed: Bool
    /// What sort of happening.
    public var kind: EventKind

    public init(
        id: String, title: String, kind: EventKind, date: EventDate, actors: [EventActor],
        evidence: [SentenceRef], quotes: [Int], triggers: [String]
    ) {
        var writer = EventWriter(chunkCapacity: 0)
        self = writer.event(id: id, title: title, kind: kind, date: date, actors: actors, evidence: evidence, quotes: quotes, triggers: triggers)
    }

    /// An event whose id is `packedID` and whose variable-size fields `payload` holds at
    /// `offsets` (made by `EventWriter`).
    init(packedID: UInt64, kind: EventKind, date: EventDate, payload: EventPayload, offsets: EventOffsets) {
        self.packedID = packedID
        self.kind = kind
        dateInterval = date.interval
        datePrecision = date.precision
        dateAssumed = date.assumed
        self.payload = payload
        self.offsets = offsets
    }

    /// Stable identifier (derived from the content, not from list position).
    public var id: String {
        get {
            packedID & EventID.packedFlag != 0
                ? EventID.format(packedID) : payload.string(at: UInt32(truncatingIfNeeded: packedID))
        }
        set {
            if let packed = EventID.pack(newValue) { packedID = packed } else { rewrite { $0.id = newValue } }
        }
    }

    /// Short title made from the text (at most 60 characters).
    public var title: String {
        get { payload.string(at: offsets.title) }
        set { rewrite { $0.title = newValue } }
    }

    /// When it happened, and how that was worked out.
    public var date: EventDate {
        get {
            var date = dateWithoutDerivation
            date.derivation = payload.derivation(at: offsets.derivation)
            return date
        }
        set { rewrite { $0.date = newValue } }
    }

    /// The date without how it was worked out (`derivation` left empty): the derivation is
    /// the dear part to read, and labels, column widths and ordering do not show it.
    public var dateWithoutDerivation: EventDate {
        EventDate(
            value: offsets.value == EventOffsets.none ? nil : payload.string(at: offsets.value), interval: dateInterval,
            precision: datePrecision, derivation: "", assumed: dateAssumed)
    }

    /// Who took part, and how.
    public var actors: [EventActor] {
        get { lists().actors }
        set { rewrite { $0.actors = newValue } }
    }

    /// Sentences that report it, in document then text order.
    public var evidence: [SentenceRef] {
        get { lists().evidence }
        set { rewrite { $0.evidence = newValue } }
    }

    /// Quote ids said in or about it.
    public var quotes: [Int] {
        get { lists().quotes }
        set { rewrite { $0.quotes = newValue } }
    }

    /// The words that marked it as an event ("parade", "said").
    public var triggers: [String] {
        get {
            var reader = payload.reader(at: offsets.triggers)
            return (0..<reader.count()).map { _ in reader.string() }
        }
        set { rewrite { $0.triggers = newValue } }
    }

    /// Documents that report the event, in index order, without repeats.
    public var documents: [Int] {
        var seen = Set<Int>()
        return evidence.compactMap { seen.insert($0.document).inserted ? $0.document : nil }
    }

    /// Whether `actor` takes part in any role.
    public func involves(_ actor: Int) -> Bool { actors.contains { $0.actor == actor } }

    /// Every field as plain values.
    private struct Fields {
        var id: String
        var title: String
        var date: EventDate
        var actors: [EventActor]
        var evidence: [SentenceRef]
        var quotes: [Int]
        var triggers: [String]
    }

    /// The three lists, decoded in one pass.
    private func lists() -> (actors: [EventActor], evidence: [SentenceRef], quotes: [Int]) {
        var reader = payload.reader(at: offsets.lists)
        let actorCount = reader.count(), evidenceCount = reader.count(), quoteCount = reader.count()
        let actors = (0..<actorCount).map { _ in
            let packed = reader.signed()
            return EventActor(actor: packed >> 2, role: ActorRole(code: packed))
        }
        let evidence = (0..<evidenceCount).map { _ in
            let document = reader.signed()
            return SentenceRef(document: document, sentence: reader.signed())
        }
        let quotes = (0..<quoteCount).map { _ in reader.signed() }
        return (actors, evidence, quotes)
    }

    /// Writes the event anew with `change` made to its fields (setters are rare: the
    /// shared payload is never changed in place).
    private mutating func rewrite(_ change: (inout Fields) -> Void) {
        let lists = lists()
        var fields = Fields(id: id, title: title, date: date, actors: lists.actors, evidence: lists.evidence, quotes: lists.quotes, triggers: triggers)
        change(&fields)
        self = Event(
            id: fields.id, title: fields.title, kind: kind, date: fields.date, actors: fields.actors, evidence: fields.evidence,
            quotes: fields.quotes, triggers: fields.triggers)
    }

    public static func == (lhs: Event, rhs: Event) -> Bool {
        guard lhs.kind == rhs.kind, lhs.dateInterval == rhs.dateInterval, lhs.datePrecision == rhs.datePrecision,
              lhs.dateAssumed == rhs.dateAssumed else { return false }
        if lhs.payload === rhs.payload && lhs.offsets == rhs.offsets && lhs.packedID == rhs.packedID { return true }
        guard lhs.id == rhs.id, lhs.dateWithoutDerivation.value == rhs.dateWithoutDerivation.value else { return false }
        // Strings compare as strings (canonically equivalent ones are equal), lists as values.
        return lhs.title == rhs.title && lhs.date.derivation == rhs.date.derivation && lhs.triggers == rhs.triggers
            && lhs.lists() == rhs.lists()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(date)
        hasher.combine(kind)
        let lists = lists()
        hasher.combine(lists.actors)
        hasher.combine(lists.evidence)
        hasher.combine(lists.quotes)
        hasher.combine(triggers)
    }

    /// The JSON keys, those of the plain stored fields this type once had.
    private enum CodingKeys: String, CodingKey {
        case id, title, date, kind, actors, evidence, quotes, triggers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
            kind: try container.decode(EventKind.self, forKey: .kind), date: try container.decode(EventDate.self, forKey: .date),
            actors: try container.decode([EventActor].self, forKey: .actors),
            evidence: try container.decode([SentenceRef].self, forKey: .evidence),
            quotes: try container.decode([Int].self, forKey: .quotes), triggers: try container.decode([String].self, forKey: .triggers))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let lists = lists()
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(kind, forKey: .kind)
        try container.encode(lists.actors, forKey: .actors)
        try container.encode(lists.evidence, forKey: .evidence)
        try container.encode(lists.quotes, forKey: .quotes)
        try container.encode(triggers, forKey: .triggers)
    }
}

/// An actor's part in an event.
public struct EventActor: Hashable, Sendable, Codable {
    /// Actor id.
    @CompactIndex public var actor: Int
    /// The role played.
    public var role: ActorRole

    public init(actor: Int, role: ActorRole) {
        self.actor = actor
        self.role = role
    }
}

/// The part an actor plays in an event.
public enum ActorRole: String, Hashable, Sendable, Codable {
    /// Who acted or spoke.
    case agent
    /// Towards whom it was aimed.
    case target
    /// Otherwise involved.
    case participant
}

/// An event's date: a TIMEX3-style value, the interval it stands for, and its derivation.
public struct EventDate: Hashable, Sendable, Codable {
    /// TIMEX3-style value ("2019-03", "2019-W11", "PAST_REF"), or nil when undated.
    public var value: String?
    // The strings first, then the interval and the two bytes: 48 bytes instead of 56.
    /// How the date was worked out ("stated in 000: 'in April'", "publication week of 002").
    public var derivation: String
    /// The interval of possible days.
    public var interval: DayInterval
    /// How precisely it is known.
    public var precision: TimePrecision
    /// Whether it rests on an assumed publication date.
    public var assumed: Bool

    public init(value: String?, interval: DayInterval, precision: TimePrecision, derivation: String, assumed: Bool = false) {
        self.value = value
        self.interval = interval
        self.precision = precision
        self.derivation = derivation
        self.assumed = assumed
    }

    /// No date known.
    public static let undated = EventDate(value: nil, interval: DayInterval(earliest: nil, latest: nil), precision: .unknown, derivation: "no time expression")

    /// Whether anything is known.
    public var isDated: Bool { precision != .unknown }
}
