import StorylineModel

/// Works out event dates from their mentions' time expressions and office terms.
enum EventDating {
    /// Date constraints of one mention. A bare "recently"/"previously" (PAST_REF without
    /// bounds) means before the article's publication day.
    static func constraints(of mention: EventMention, story: Story) -> [DateConstraint] {
        constraints(of: mention, story: story, sourced: true)
    }

    /// The days a mention's constraints allow, worked out without their source texts
    /// (merging needs only the days; sources are written for the final events).
    static func interval(of mention: EventMention, story: Story) -> DayInterval {
        interval(of: constraints(of: mention, story: story, sourced: false))
    }

    /// `constraints`, with empty sources unless `sourced`.
    private static func constraints(of mention: EventMention, story: Story, sourced: Bool) -> [DateConstraint] {
        var result = mention.termConstraints
        if mention.times.isEmpty { return result }  // Most mentions: nothing more to read.
        // Fields are read in place: copying a whole time or document would retain all its strings.
        let times = story.times, documents = story.documents
        for id in mention.times where times.indices.contains(id) {
            // "… would continue in the future" is an intention, not when the event happened.
            if times[id].value == "FUTURE_REF" { continue }
            let d = times[id].document
            var interval = times[id].interval
            if interval.isUnbounded {
                guard times[id].value == "PAST_REF", documents.indices.contains(d), let published = documents[d].published else { continue }
                interval = DayInterval(earliest: nil, latest: published.adding(days: -1))
            }
            let source = sourced ? "'\(times[id].text)' in \(documents.indices.contains(d) ? documents[d].id : "document \(d)")" : ""
            result.append(DateConstraint(
                interval: interval, value: times[id].value, precision: times[id].precision, source: source, assumed: times[id].assumed))
        }
        return result
    }

    /// The days all of a mention's constraints allow (conflicting ones left out).
    /// Same days as `merge(constraints).interval`, without building the derivation text
    /// (this runs once per mention; derivations are only needed for final events).
    static func interval(of constraints: [DateConstraint]) -> DayInterval {
        var interval = DayInterval(earliest: nil, latest: nil)
        let ordered = constraints.indices.sorted { (rank(constraints[$0]), $0) < (rank(constraints[$1]), $1) }
        // A repeated constraint meets the running interval again unchanged, so repeats need no check.
        for i in ordered {
            if let meet = interval.intersection(constraints[i].interval) { interval = meet }
        }
        return interval
    }

    /// The narrowest interval consistent with the constraints, finest first; a constraint
    /// that conflicts with finer ones is left out and named in the derivation.
    static func merge(_ constraints: [DateConstraint]) -> EventDate {
        guard !constraints.isEmpty else { return .undated }
        let ordered = constraints.enumerated().sorted { lhs, rhs in
            (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
        }.map(\.element)
        var interval = DayInterval(earliest: nil, latest: nil)
        var used: [DateConstraint] = []
        var conflicts: [DateConstraint] = []
        for constraint in ordered {
            if used.contains(where: { $0.source == constraint.source && $0.interval == constraint.interval }) { continue }
            if let meet = interval.intersection(constraint.interval) {
                interval = meet
                used.append(constraint)
            } else {
                conflicts.append(constraint)
            }
        }
        guard let best = used.first else { return .undated }
        let twoSided = best.interval.earliest != nil && best.interval.latest != nil && best.precision != .reference
        var derivation = "from " + used.map(\.source).joined(separator: "; ")
        if !conflicts.isEmpty {
            derivation += "; conflicting, left out: " + conflicts.map(\.source).joined(separator: "; ")
        }
        return EventDate(
            value: best.value, interval: interval, precision: twoSided ? best.precision : .reference,
            derivation: derivation, assumed: best.assumed)
    }

    /// Finer, two-sided constraints first; then the narrower.
    private static func rank(_ constraint: DateConstraint) -> Int {
        let bounded = constraint.interval.earliest != nil && constraint.interval.latest != nil
        return (bounded ? 0 : 100) + constraint.precision.rank
    }
}
