import StorylineModel
@testable import StorylineExtraction

// The events stage reads mentions in place from `EventMentions`; tests describe them as
// standalone `EventMention` values. These wrap such values in a store for one call.

extension EventMerger {
    /// `clusters` of standalone mentions.
    func clusters(_ mentions: [EventMention], intervals: [DayInterval], anchors: [Int?] = []) -> [[Int]] {
        let days = anchors.map { $0.map { Int32(clamping: $0) } ?? DatedUnionFind.noAnchor }
        return EventMentions(mentions).withView { clusters($0, intervals: intervals, anchors: days).map(Array.init) }
    }

    /// `similar` of two standalone mentions.
    static func similar(_ a: EventMention, _ b: EventMention) -> Bool {
        EventMentions([a, b]).withView { similar($0[0], $0[1]) }
    }

    /// `continues` of two standalone mentions.
    static func continues(_ previous: EventMention, _ next: EventMention) -> Bool {
        EventMentions([previous, next]).withView { continues($0[0], $0[1]) }
    }
}

extension EventDating {
    /// `constraints(of:story:)` of a standalone mention.
    static func constraints(of mention: EventMention, story: Story) -> [DateConstraint] {
        EventMentions([mention]).withView { constraints(of: $0[0], story: story) }
    }

    /// `interval(of:story:)` of a standalone mention.
    static func interval(of mention: EventMention, story: Story) -> DayInterval {
        EventMentions([mention]).withView { interval(of: $0[0], story: story) }
    }
}

extension ClusterDating {
    /// `date(of:mentions:story:)` of standalone mentions.
    mutating func date(of cluster: [Int], mentions: [EventMention], story: Story) -> EventDate {
        EventMentions(mentions).withView { date(of: ClusterMembers(cluster), mentions: $0, story: story) }
    }

    /// `dateAndSources(of:mentions:story:)` of standalone mentions.
    mutating func dateAndSources(of cluster: [Int], mentions: [EventMention], story: Story) -> (EventDate, [DerivationPart]?) {
        EventMentions(mentions).withView { dateAndSources(of: ClusterMembers(cluster), mentions: $0, story: story) }
    }
}

extension EventAssembler {
    /// `event(of:mentions:)` of standalone mentions.
    mutating func event(of cluster: [Int], mentions: [EventMention]) -> (event: Event, key: EventOrder.Key) {
        EventMentions(mentions).withView { event(of: ClusterMembers(cluster), mentions: $0) }
    }
}

extension EventTitler {
    /// `title(kind:mentions:story:)` of standalone mentions.
    func title(kind: EventKind, mentions: [EventMention], story: Story) -> String {
        EventMentions(mentions).withView { title(kind: kind, mentions: $0, story: story) }
    }
}
