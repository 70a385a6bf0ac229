import StorylineModel

/// Dates whole clusters as `EventDating.merge` of their members' constraints does, writing
/// source texts only for the constraints the derivation names, in reused lists.
struct ClusterDating: Sendable {
    /// One constraint before its source text is written.
    private struct Pending: Sendable {
        /// The days allowed.
        var interval: DayInterval
        /// Finer, two-sided constraints first (as `EventDating` ranks them).
        var rank: Int
        /// Position among all the cluster's constraints (ties keep it).
        var position: Int
        /// Index into `Story.times`, or -1 for an office-term constraint.
        var time: Int
        /// The member mention an office-term constraint belongs to.
        var member: Int
        /// Which of the member's office-term constraints.
        var term: Int
    }

    /// The cluster's constraints.
    private var pending: [Pending] = []
    /// Positions in `pending` of the constraints used, then of those left out.
    private var used: [Int] = []
    private var conflicts: [Int] = []
    /// The sources the derivation names (capacity kept from cluster to cluster).
    private var parts: [DerivationPart] = []

    /// The date of the event made of `cluster` (indices into `mentions`).
    mutating func date(of cluster: ClusterMembers, mentions: MentionView, story: Story) -> EventDate {
        var (date, parts) = dateAndSources(of: cluster, mentions: mentions, story: story)
        if let parts { date.derivation = DerivationText.render(parts, sources: DerivationSources(times: story.times, documents: story.documents)) }
        return date
    }

    /// The date of the event made of `cluster`, and the sources its derivation names (nil
    /// when undated: the date then holds its derivation text); with sources, the date's own
    /// derivation is left empty, so events keep the sources instead of ~80 bytes of text.
    mutating func dateAndSources(of cluster: ClusterMembers, mentions: MentionView, story: Story) -> (EventDate, [DerivationPart]?) {
        pending.removeAll(keepingCapacity: true)
        used.removeAll(keepingCapacity: true)
        conflicts.removeAll(keepingCapacity: true)
        for member in cluster {
            for (k, term) in mentions[member].termConstraints.enumerated() {
                pending.append(Pending(
                    interval: term.interval, rank: rank(term.interval, term.precision), position: pending.count,
                    time: -1, member: member, term: k))
            }
            for id in mentions[member].times {
                guard let interval = EventDating.timeInterval(id, story: story) else { continue }
                pending.append(Pending(
                    interval: interval, rank: rank(interval, story.times[id].precision), position: pending.count,
                    time: id, member: member, term: 0))
            }
        }
        guard !pending.isEmpty else { return (.undated, nil) }
        pending.sort { ($0.rank, $0.position) < ($1.rank, $1.position) }
        let pending = self.pending
        // Large clusters look repeats up by hash: comparing each constraint with every one
        // used before would be quadratic in the cluster's size.
        let interval = pending.count <= 8
            ? EventDating.meet(
                pending.indices, interval: { pending[$0].interval }, sameSource: { Self.sameSource(pending[$0], pending[$1], mentions, story) },
                used: &used, conflicts: &conflicts)
            : meetHashed(pending, mentions, story)
        guard let first = used.first else { return (.undated, nil) }
        let best = pending[first]
        parts.removeAll(keepingCapacity: true)
        for i in used { parts.append(Self.part(pending[i], mentions)) }
        if !conflicts.isEmpty {
            parts.append(.conflicts)
            for i in conflicts { parts.append(Self.part(pending[i], mentions)) }
        }
        let value: String, precision: TimePrecision, assumed: Bool
        if best.time >= 0 {
            (value, precision, assumed) = (story.times[best.time].datingValue, story.times[best.time].precision, story.times[best.time].assumed)
        } else {
            let term = mentions[best.member].termConstraints[best.term]
            (value, precision, assumed) = (term.value, term.precision, term.assumed)
        }
        let twoSided = best.interval.earliest != nil && best.interval.latest != nil && precision != .reference
        let date = EventDate(value: value, interval: interval, precision: twoSided ? precision : .reference, derivation: "", assumed: assumed)
        return (date, parts)
    }

    /// `EventDating.meet` of all pending constraints, finding repeats (same source text and
    /// days) through a hash of both; sources that are not ASCII (whose equal strings may
    /// differ in bytes) are compared with every constraint used.
    private mutating func meetHashed(_ pending: [Pending], _ mentions: MentionView, _ story: Story) -> DayInterval {
        var days = DayInterval(earliest: nil, latest: nil)
        var head: [UInt64: Int] = [:]
        var chain = [Int](repeating: -1, count: pending.count)
        var unhashed: [Int] = []
        for (i, candidate) in pending.enumerated() {
            let key = Self.sourceKey(candidate, mentions, story)
            func repeats(_ j: Int) -> Bool {
                pending[j].interval == candidate.interval && Self.sameSource(pending[j], candidate, mentions, story)
            }
            var repeated = false
            if let key {
                var j = head[key] ?? -1
                while j >= 0 && !repeated {
                    repeated = repeats(j)
                    j = chain[j]
                }
                repeated = repeated || unhashed.contains(where: repeats)
            } else {
                repeated = used.contains(where: repeats)
            }
            if repeated { continue }
            guard let both = days.intersection(candidate.interval) else {
                conflicts.append(i)
                continue
            }
            days = both
            used.append(i)
            if let key {
                chain[i] = head[key] ?? -1
                head[key] = i
            } else {
                unhashed.append(i)
            }
        }
        return days
    }

    /// A hash of a constraint's days and source text bytes; nil when the text is not ASCII.
    private static func sourceKey(_ constraint: Pending, _ mentions: MentionView, _ story: Story) -> UInt64? {
        var hash = WordHash.offset
        var ascii = true
        func add<S: Sequence<UInt8>>(_ bytes: S) {
            for byte in bytes {
                if byte >= 0x80 { ascii = false }
                hash = (hash ^ UInt64(byte)) &* WordHash.prime
            }
        }
        if constraint.time >= 0 {
            // The bytes of "'text' in label", as `EventDating.source(ofTime:)` writes them.
            let document = story.times[constraint.time].document
            add(CollectionOfOne(UInt8(ascii: "'")))
            add(story.utf8(of: story.times[constraint.time]))
            add("' in ".utf8)
            if story.documents.indices.contains(document) { add(story.documents[document].id.utf8) } else { add("document \(document)".utf8) }
        } else {
            add(mentions[constraint.member].termConstraints[constraint.term].source.utf8)
        }
        guard ascii else { return nil }
        hash = (hash ^ UInt64(bitPattern: Int64(constraint.interval.earliest?.daysSinceEpoch ?? Int.min))) &* WordHash.prime
        hash = (hash ^ UInt64(bitPattern: Int64(constraint.interval.latest?.daysSinceEpoch ?? Int.min))) &* WordHash.prime
        return hash
    }

    /// `EventDating`'s rank of a constraint.
    private func rank(_ interval: DayInterval, _ precision: TimePrecision) -> Int {
        let bounded = interval.earliest != nil && interval.latest != nil
        return (bounded ? 0 : 100) + precision.rank
    }

    /// Whether two constraints have the same source text, mostly without writing it.
    private static func sameSource(_ a: Pending, _ b: Pending, _ mentions: MentionView, _ story: Story) -> Bool {
        switch (a.time >= 0, b.time >= 0) {
        case (false, false):
            return mentions[a.member].termConstraints[a.term].source == mentions[b.member].termConstraints[b.term].source
        case (true, true):
            if a.time == b.time { return true }
            guard story.utf8(of: story.times[a.time]).elementsEqual(story.utf8(of: story.times[b.time])) else { return false }
            let da = story.times[a.time].document, db = story.times[b.time].document
            if da == db { return true }
            if story.documents.indices.contains(da) && story.documents.indices.contains(db) {
                return story.documents[da].id == story.documents[db].id
            }
            return EventDating.source(ofTime: a.time, story: story) == EventDating.source(ofTime: b.time, story: story)
        case (true, false), (false, true):
            let (time, term) = a.time >= 0 ? (a, b) : (b, a)
            let termSource = mentions[term.member].termConstraints[term.term].source
            // Time sources open with a quote mark; office terms ("while …", "before …") do not.
            guard termSource.utf8.first == UInt8(ascii: "'") else { return false }
            return termSource == EventDating.source(ofTime: time.time, story: story)
        }
    }

    /// The derivation part naming a constraint's source.
    private static func part(_ constraint: Pending, _ mentions: MentionView) -> DerivationPart {
        constraint.time >= 0 ? .time(constraint.time) : .text(mentions[constraint.member].termConstraints[constraint.term].source)
    }
}
