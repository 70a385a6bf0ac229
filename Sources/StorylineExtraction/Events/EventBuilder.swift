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
        var mentions = EventDetector(terms: terms).mentions(in: story, index: index)
        // Constraints with their source texts are made per cluster, when its event is built.
        let anchors = mentions.map { mention -> Int? in
            story.documents.indices.contains(mention.ref.document) ? story.documents[mention.ref.document].published?.daysSinceEpoch : nil
        }
        let clusters = EventMerger().clusters(
            mentions, intervals: mentions.map { EventDating.interval(of: $0, story: story) }, anchors: anchors)
        let titler = EventTitler(story: story, index: index)
        // Events and their sort keys side by side, sorted through indices: no array of
        // (event, key) pairs copied twice at the peak of memory use.
        var events: [Event] = []
        var keys: [EventOrder.Key] = []
        events.reserveCapacity(clusters.count)
        keys.reserveCapacity(clusters.count)
        var usedIDs: [String: Int] = [:]
        // Members are moved out of the mention list (swapped with an empty mention), not
        // copied: no buffer is retained per member, and each is freed with its event.
        let empty = EventMention.empty
        var members: [EventMention] = []
        for cluster in clusters {
            members.removeAll(keepingCapacity: true)
            for member in cluster {
                var taken = empty
                swap(&taken, &mentions[member])
                members.append(taken)
            }
            let constraints = members.flatMap { EventDating.constraints(of: $0, story: story) }
            var event = assemble(members, constraints: constraints, titler: titler, story: story)
            event.id = EventIdentity.unique(EventIdentity.id(of: event, story: story), among: &usedIDs)
            keys.append(EventOrder.key(event, mentions: members, story: story))
            events.append(event)
        }
        mentions = []
        EventOrder.sort(&events, by: keys)
        return events
    }

    /// One event from the mentions of a cluster.
    private func assemble(_ members: [EventMention], constraints: [DateConstraint], titler: EventTitler, story: Story) -> Event {
        let kind = members.map(\.kind).min { EventKindTable.rank($0) < EventKindTable.rank($1) } ?? .other
        // Sorted arrays without repeats rather than hashed sets: clusters are small.
        var evidence = members.map(\.ref)
        evidence.sort()
        evidence.removeAdjacentRepeats()
        var quotes: [Int] = []
        var triggers: [String] = []
        for member in members {
            quotes += member.quotes
            for trigger in member.triggers(in: story) where !triggers.contains(trigger) { triggers.append(trigger) }
        }
        quotes.sort()
        quotes.removeAdjacentRepeats()
        let representative = titler.representative(kind: kind, mentions: members, story: story)
        let title = representative.map { titler.title(of: $0, story: story) } ?? kind.rawValue
        return Event(
            id: "", title: title, kind: kind,
            date: EventDating.merge(constraints), actors: Self.actors(of: members, lead: representative?.agent),
            evidence: evidence, quotes: quotes, triggers: triggers)
    }

    /// Actors with their strongest role: agents (the title's subject `lead` first, then the
    /// most frequent), then targets, then others.
    static func actors(of members: [EventMention], lead: Int?) -> [EventActor] {
        // An event names few actors: a small array in first-seen order beats three dictionaries.
        var tallies: [ActorTally] = []
        func slot(_ actor: Int) -> Int {
            if let index = tallies.firstIndex(where: { $0.actor == actor }) { return index }
            tallies.append(ActorTally(actor: actor))
            return tallies.count - 1
        }
        for member in members {
            if let agent = member.agent { tallies[slot(agent)].agents += 1 }
            if let target = member.target { tallies[slot(target)].targets += 1 }
            for actor in member.actors { _ = slot(actor) }
        }
        func weight(_ index: Int) -> (Int, Int, Int, Int) {
            let tally = tallies[index]
            let rank = tally.agents > 0 ? 0 : tally.targets > 0 ? 1 : 2
            let count = tally.agents > 0 ? tally.agents : tally.targets
            return (rank, tally.actor == lead ? 0 : 1, -count, index)
        }
        return tallies.indices.sorted { weight($0) < weight($1) }.map { index in
            let tally = tallies[index]
            return EventActor(actor: tally.actor, role: tally.agents > 0 ? .agent : tally.targets > 0 ? .target : .participant)
        }
    }
}

/// How often one actor of an event acts and is acted on.
private struct ActorTally {
    var actor: Int
    var agents = 0
    var targets = 0
}

extension Array where Element: Equatable {
    /// Drops each element equal to the one before it (on a sorted array: the repeats).
    mutating func removeAdjacentRepeats() {
        var write = 0
        for read in indices where write == 0 || self[read] != self[write - 1] {
            self[write] = self[read]
            write += 1
        }
        removeLast(count - write)
    }
}
