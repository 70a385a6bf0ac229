/// One real-world happening, with every sentence in every article that reports it.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// Stable identifier (derived from the content, not from list position).
    public var id: String
    /// Short title made from the text (at most 60 characters).
    public var title: String
    // The date before the kind: the kind's byte then fills the date's last word (112 bytes
    // instead of 128).
    /// When it happened, and how that was worked out.
    public var date: EventDate
    /// What sort of happening.
    public var kind: EventKind
    /// Who took part, and how.
    public var actors: [EventActor]
    /// Sentences that report it, in document then text order.
    public var evidence: [SentenceRef]
    /// Quote ids said in or about it.
    public var quotes: [Int]
    /// The words that marked it as an event ("parade", "said"), kept as one string (most
    /// events have one or two short ones: no array of strings per event).
    @JoinedStrings public var triggers: [String]

    public init(
        id: String, title: String, kind: EventKind, date: EventDate, actors: [EventActor],
        evidence: [SentenceRef], quotes: [Int], triggers: [String]
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.kind = kind
        self.actors = actors
        self.evidence = evidence
        self.quotes = quotes
        self.triggers = triggers
    }

    /// Documents that report the event, in index order, without repeats.
    public var documents: [Int] {
        var seen = Set<Int>()
        return evidence.compactMap { seen.insert($0.document).inserted ? $0.document : nil }
    }

    /// Whether `actor` takes part in any role.
    public func involves(_ actor: Int) -> Bool { actors.contains { $0.actor == actor } }
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
