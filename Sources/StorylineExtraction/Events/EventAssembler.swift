import StorylineModel

/// Turns merged clusters into events: kind, title, date, actors, evidence, quotes,
/// triggers, id and timeline key. Members are read in place by index and the working
/// lists are reused from one cluster to the next: strings are made only for the events.
/// Not `Sendable`: its writer appends to payload buffers that its events share.
struct EventAssembler {
    /// The analysed story.
    let story: Story
    /// Makes the titles.
    let titler: EventTitler
    /// Ids handed out so far.
    private var identities = EventIdentity.Counter()
    /// Writes the events' variable-size fields into shared buffers.
    private var writer: EventWriter
    /// Reused lists.
    private var titles = TitleScratch()
    private var dating = ClusterDating()
    private var refs: [SentenceRef] = []
    private var quotes: [Int] = []
    private var tallies: [ActorTally] = []
    private var order: [Int] = []
    private var eventActors: [EventActor] = []
    private var triggerList: [String] = []
    private var lowered: [UInt8] = []
    /// Where each trigger found so far lies in `lowered` (nil: not ASCII).
    private var spans: [Range<Int>?] = []

    /// An assembler for the events of `story`.
    init(story: Story, index: SentenceIndex) {
        self.story = story
        titler = EventTitler(story: story, index: index)
        // Derivations are kept as time ids, written out from the story's own arrays when read.
        writer = EventWriter(sources: DerivationSources(times: story.times, documents: story.documents))
    }

    /// The event of `cluster` (indices into `mentions`) with its place on the timeline.
    mutating func event(of cluster: ClusterMembers, mentions: MentionView) -> (event: Event, key: EventOrder.Key) {
        // The most specific kind (ranks are distinct: the first minimum is the only one).
        var kind = EventKind.other
        var kindRank = Int.max
        for member in cluster where mentions[member].kind != kind || kindRank == Int.max {
            let rank = EventKindTable.rank(mentions[member].kind)
            if rank < kindRank { (kind, kindRank) = (mentions[member].kind, rank) }
        }
        let representative = titler.representative(of: cluster, mentions: mentions, kind: kind, story: story, scratch: &titles)
        let title = representative.map { titler.title(of: $0.member, in: mentions, subject: $0.subject, story: story, scratch: &titles) } ?? kind.rawValue
        let (date, derivation) = dating.dateAndSources(of: cluster, mentions: mentions, story: story)
        // The lists stay in the reused buffers: the writer copies them into the shared payload.
        collectActors(of: cluster, mentions: mentions, lead: representative.flatMap { mentions[$0.member].agent })
        collectEvidence(of: cluster, mentions: mentions)
        collectQuotes(of: cluster, mentions: mentions)
        let id = identities.written(for: EventIdentity.hash(kind: kind, actors: eventActors, title: title, story: story))
        let event = writer.event(
            packedID: id, title: title, kind: kind, date: date, derivation: derivation, actors: eventActors, evidence: refs, quotes: quotes,
            triggers: collectTriggers(of: cluster, mentions: mentions))
        let background = cluster.contains { mentions[$0].background }
        return (event, EventOrder.key(interval: date.interval, evidence: refs, background: background, story: story))
    }

    /// The members' sentences, sorted, without repeats, in `refs`.
    private mutating func collectEvidence(of cluster: ClusterMembers, mentions: MentionView) {
        refs.removeAll(keepingCapacity: true)
        for member in cluster { refs.append(mentions[member].ref) }
        refs.sort()
        refs.removeAdjacentRepeats()
    }

    /// The members' quote ids, sorted, without repeats, in `quotes`.
    private mutating func collectQuotes(of cluster: ClusterMembers, mentions: MentionView) {
        quotes.removeAll(keepingCapacity: true)
        for member in cluster { quotes.append(contentsOf: mentions[member].quotes) }
        quotes.sort()
        quotes.removeAdjacentRepeats()
    }

    /// Trigger words, lower case, first seen first. ASCII words are lowered and compared as
    /// bytes (kept side by side in `lowered`), so a string is made only for a new word.
    private mutating func collectTriggers(of cluster: ClusterMembers, mentions: MentionView) -> [String] {
        // The list is reused (the writer copies its words): taken out so that appending to it
        // does not copy it.
        var triggers = triggerList
        triggerList = []
        defer { triggerList = triggers }
        triggers.removeAll(keepingCapacity: true)
        lowered.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        for member in cluster {
            let document = mentions[member].ref.document
            guard story.documents.indices.contains(document) else { continue }
            let ranges = mentions[member].triggerRanges
            TextBytes.with(story.documents[document].text) { bytes in
                for range in ranges {
                    let lower = min(max(0, range.start), bytes.count), upper = min(max(lower, range.end), bytes.count)
                    let start = lowered.count
                    var ascii = true
                    for byte in bytes[lower..<upper] {
                        if byte >= 0x80 { ascii = false }
                        lowered.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    }
                    let word = start..<lowered.count
                    if !ascii {
                        lowered.removeSubrange(word)
                        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self).lowercased()
                        if triggers.contains(text) { continue }
                        triggers.append(text)
                        spans.append(nil)
                        continue
                    }
                    if spans.contains(where: { span in span.map { lowered[$0].elementsEqual(lowered[word]) } ?? false }) {
                        lowered.removeSubrange(word)
                        continue
                    }
                    let text = String(decoding: lowered[word], as: UTF8.self)
                    // A non-ASCII trigger may still equal it as a string (canonical equivalence).
                    if spans.indices.contains(where: { spans[$0] == nil && triggers[$0] == text }) {
                        lowered.removeSubrange(word)
                        continue
                    }
                    triggers.append(text)
                    spans.append(word)
                }
            }
        }
        return triggers
    }

    /// Actors with their strongest role, in `eventActors`: agents (the title's subject `lead`
    /// first, then the most frequent), then targets, then others.
    private mutating func collectActors(of cluster: ClusterMembers, mentions: MentionView, lead: Int?) {
        // An event names few actors: a small list in first-seen order beats three dictionaries.
        tallies.removeAll(keepingCapacity: true)
        func slot(_ actor: Int) -> Int {
            if let index = tallies.firstIndex(where: { $0.actor == actor }) { return index }
            tallies.append(ActorTally(actor: actor))
            return tallies.count - 1
        }
        for member in cluster {
            if let agent = mentions[member].agent { tallies[slot(agent)].agents += 1 }
            if let target = mentions[member].target { tallies[slot(target)].targets += 1 }
            for actor in mentions[member].actors { _ = slot(actor) }
        }
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: tallies.indices)
        let counted = tallies
        func weight(_ index: Int) -> (Int, Int, Int, Int) {
            let tally = counted[index]
            let rank = tally.agents > 0 ? 0 : tally.targets > 0 ? 1 : 2
            let count = tally.agents > 0 ? tally.agents : tally.targets
            return (rank, tally.actor == lead ? 0 : 1, -count, index)
        }
        order.sort { weight($0) < weight($1) }
        eventActors.removeAll(keepingCapacity: true)
        for index in order {
            let tally = counted[index]
            eventActors.append(EventActor(actor: tally.actor, role: tally.agents > 0 ? .agent : tally.targets > 0 ? .target : .participant))
        }
    }
}

/// How often one actor of an event acts and is acted on.
private struct ActorTally: Sendable {
    var actor: Int
    var agents = 0
    var targets = 0
}
