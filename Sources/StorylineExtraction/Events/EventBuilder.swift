import StorylineModel

/// Detects event mentions in sentences and merges those that report the same happening.
public struct EventBuilder: Sendable {
    /// Offices held per actor id (from the story file), for "X's predecessor Y" dating.
    public var terms: [Int: [OfficeTerm]]

    /// A builder that knows the office terms of some actors.
    public init(terms: [Int: [OfficeTerm]] = [:]) {
        self.terms = terms
    }

    /// A builder taking office terms from a story file's actors, matched by name to `actors`.
    public init(known: [KnownActor], actors: [Actor]) {
        var terms: [Int: [OfficeTerm]] = [:]
        for knownActor in known where !knownActor.terms.isEmpty {
            if let actor = actors.first(where: { $0.isNamed(knownActor.name) }) { terms[actor.id] = knownActor.terms }
        }
        self.terms = terms
    }

    /// Events of the analysed story, ordered by date.
    public func events(in story: Story) -> [Event] {
        let index = SentenceIndex(story)
        let mentions = EventDetector(terms: terms).mentions(in: story, index: index)
        let constraints = mentions.map { EventDating.constraints(of: $0, story: story) }
        let clusters = EventMerger().clusters(mentions, intervals: constraints.map(EventDating.interval(of:)))
        let titler = EventTitler(story: story, index: index)
        var events: [(event: Event, order: EventOrder.Key)] = []
        var usedIDs: [String: Int] = [:]
        for cluster in clusters {
            let members = cluster.map { mentions[$0] }
            var event = assemble(members, constraints: cluster.flatMap { constraints[$0] }, titler: titler, story: story)
            event.id = EventIdentity.unique(EventIdentity.id(of: event, story: story), among: &usedIDs)
            events.append((event, EventOrder.key(event, mentions: members, story: story)))
        }
        return events.sorted { $0.order < $1.order }.map(\.event)
    }

    /// One event from the mentions of a cluster.
    private func assemble(_ members: [EventMention], constraints: [DateConstraint], titler: EventTitler, story: Story) -> Event {
        let kind = members.map(\.kind).min { EventKindTable.rank($0) < EventKindTable.rank($1) } ?? .other
        var evidence = Set<SentenceRef>()
        var quotes = Set<Int>()
        var triggers: [String] = []
        var seenTriggers = Set<String>()
        for member in members {
            evidence.insert(member.ref)
            quotes.formUnion(member.quotes)
            for trigger in member.triggers where seenTriggers.insert(trigger).inserted { triggers.append(trigger) }
        }
        let representative = titler.representative(kind: kind, mentions: members, story: story)
        let title = representative.map { titler.title(of: $0, story: story) } ?? kind.rawValue
        return Event(
            id: "", title: title, kind: kind,
            date: EventDating.merge(constraints), actors: Self.actors(of: members, lead: representative?.agent),
            evidence: evidence.sorted(), quotes: quotes.sorted(), triggers: triggers)
    }

    /// Actors with their strongest role: agents (the title's subject `lead` first, then the
    /// most frequent), then targets, then others.
    static func actors(of members: [EventMention], lead: Int?) -> [EventActor] {
        var agentCount: [Int: Int] = [:]
        var targetCount: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        var order = 0
        for member in members {
            if let agent = member.agent { agentCount[agent, default: 0] += 1 }
            if let target = member.target { targetCount[target, default: 0] += 1 }
            for actor in [member.agent, member.target].compactMap({ $0 }) + member.actors where firstSeen[actor] == nil {
                firstSeen[actor] = order
                order += 1
            }
        }
        func role(_ actor: Int) -> ActorRole {
            if agentCount[actor] != nil { return .agent }
            if targetCount[actor] != nil { return .target }
            return .participant
        }
        func weight(_ actor: Int) -> (Int, Int, Int, Int) {
            let r = role(actor)
            let rank = r == .agent ? 0 : r == .target ? 1 : 2
            let count = agentCount[actor] ?? targetCount[actor] ?? 0
            return (rank, actor == lead ? 0 : 1, -count, firstSeen[actor] ?? 0)
        }
        return firstSeen.keys.sorted { weight($0) < weight($1) }.map { EventActor(actor: $0, role: role($0)) }
    }
}
