import StorylineModel

/// Works out event dates from their mentions' time expressions and office terms.
enum EventDating {
    /// Date constraints of one mention. A bare "recently"/"previously" (PAST_REF without
    /// bounds) means before the article's publication day.
    static func constraints(of mention: MentionRef, story: Story) -> [DateConstraint] {
        constraints(of: mention, story: story, sourced: true)
    }

    /// The days a mention's constraints allow, worked out without their source texts
    /// (merging needs only the days; sources are written for the final events).
    static func interval(of mention: MentionRef, story: Story) -> DayInterval {
        // Most mentions have at most one constraint: no list to build or sort.
        var only: DayInterval?
        var count = mention.termConstraints.count
        if let term = mention.termConstraints.first { only = term.interval }
        for id in mention.times where count < 2 {
            guard let interval = timeInterval(id, story: story) else { continue }
            count += 1
            only = interval
        }
        let unbounded = DayInterval(earliest: nil, latest: nil)
        if count == 0 { return unbounded }
        if count == 1, let only { return unbounded.intersection(only) ?? unbounded }
        return interval(of: constraints(of: mention, story: story, sourced: false))
    }

    /// The days time expression `id` allows an event, nil when it says nothing of when
    /// it happened (an intention, or an unbounded value other than PAST_REF).
    static func timeInterval(_ id: Int, story: Story) -> DayInterval? {
        guard story.times.indices.contains(id) else { return nil }
        // "… would continue in the future" is an intention, not when the event happened.
        if story.times[id].value == "FUTURE_REF" { return nil }
        let interval = story.times[id].interval
        guard interval.isUnbounded else { return interval }
        let document = story.times[id].document
        guard story.times[id].value == "PAST_REF", story.documents.indices.contains(document),
              let published = story.documents[document].published else { return nil }
        return DayInterval(earliest: nil, latest: published.adding(days: -1))
    }

    /// `constraints`, with empty sources unless `sourced`.
    private static func constraints(of mention: MentionRef, story: Story, sourced: Bool) -> [DateConstraint] {
        var result = Array(mention.termConstraints)
        // Fields are read in place: copying a whole time would retain its strings.
        for id in mention.times {
            guard let interval = timeInterval(id, story: story) else { continue }
            result.append(DateConstraint(
                interval: interval, value: story.times[id].datingValue, precision: story.times[id].precision,
                source: sourced ? source(ofTime: id, story: story) : "", assumed: story.times[id].assumed))
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
        var used: [DateConstraint] = []
        var conflicts: [DateConstraint] = []
        let interval = meet(ordered, interval: \.interval, sameSource: { $0.source == $1.source }, used: &used, conflicts: &conflicts)
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

    /// The days `ordered` constraints allow, finest first: each is used when it meets the
    /// ones used before, skipped when it repeats one (same source and days), else left out.
    static func meet<C>(
        _ ordered: some Sequence<C>, interval: (C) -> DayInterval, sameSource: (C, C) -> Bool, used: inout [C], conflicts: inout [C]
    ) -> DayInterval {
        var days = DayInterval(earliest: nil, latest: nil)
        for constraint in ordered {
            let allowed = interval(constraint)
            if used.contains(where: { interval($0) == allowed && sameSource($0, constraint) }) { continue }
            if let both = days.intersection(allowed) {
                days = both
                used.append(constraint)
            } else {
                conflicts.append(constraint)
            }
        }
        return days
    }

    /// Finer, two-sided constraints first; then the narrower.
    private static func rank(_ constraint: DateConstraint) -> Int {
        let bounded = constraint.interval.earliest != nil && constraint.interval.latest != nil
        return (bounded ? 0 : 100) + constraint.precision.rank
    }

    /// Where a time constraint comes from: "'in April' in doc-7".
    static func source(ofTime id: Int, story: Story) -> String {
        var text = ""
        appendSource(ofTime: id, story: story, to: &text)
        return text
    }

    /// Appends `source(ofTime:)` to `text` without building it apart.
    static func appendSource(ofTime id: Int, story: Story, to text: inout String) {
        DerivationText.appendTime(words: story.text(of: story.times[id]), document: story.times[id].document, documents: story.documents, to: &text)
    }
}
