import StorylineModel

/// Where an event goes on the timeline.
enum EventOrder {
    /// Sort key: a day (nil: unplaceable, goes last), then the first evidence sentence.
    struct Key: Comparable, Sendable {
        var day: Int?
        var first: SentenceRef

        static func < (lhs: Key, rhs: Key) -> Bool {
            switch (lhs.day, rhs.day) {
            case let (l?, r?) where l != r: return l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.first < rhs.first
            }
        }
    }

    /// Days an event known only as "before X" is placed ahead of X, so that it precedes
    /// the events of X's own week.
    static let beforeLead = 7

    /// Dated events sort by their earliest day ("before X" a week ahead of X). Undated ones
    /// are placed by relative cues: background ("had met", "previously") just before the
    /// publication week of their article, others at its publication day; with no
    /// publication date they go last, in text order.
    static func key(_ event: Event, mentions: [EventMention], story: Story) -> Key {
        let first = event.evidence.first ?? SentenceRef(document: 0, sentence: 0)
        if let earliest = event.date.interval.earliest { return Key(day: earliest.daysSinceEpoch, first: first) }
        if let latest = event.date.interval.latest { return Key(day: latest.daysSinceEpoch - beforeLead, first: first) }
        let published = event.documents.compactMap { story.documents.indices.contains($0) ? story.documents[$0].published : nil }.min()
        guard let published else { return Key(day: nil, first: first) }
        let background = mentions.contains { $0.background }
        return Key(day: published.daysSinceEpoch - (background ? beforeLead + 1 : 0), first: first)
    }
}

/// Stable event identifiers: a hash of what the event is, not of where it is listed.
enum EventIdentity {
    /// "ev-" and 12 hex digits of kind, main actors and the first title words.
    static func id(of event: Event, story: Story) -> String {
        let names = event.actors.filter { $0.role != .participant }.compactMap {
            story.actors.indices.contains($0.actor) ? story.actors[$0.actor].name : nil
        }.sorted()
        let words = event.title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(6)
        let text = ([event.kind.rawValue] + names + words.map(String.init)).joined(separator: "|")
        var hash = WordHash.offset
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* WordHash.prime }
        let hex = String(hash, radix: 16)
        return "ev-" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// `id`, or `id-2`, `id-3`… when taken.
    static func unique(_ id: String, among used: inout Set<String>) -> String {
        var candidate = id
        var n = 2
        while used.contains(candidate) {
            candidate = "\(id)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
