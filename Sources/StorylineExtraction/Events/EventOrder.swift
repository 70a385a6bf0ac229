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

    /// Sorts `events` by `keys` (stable, as `sorted`), moving events in place rather than
    /// copying the array at the peak of memory use.
    static func sort(_ events: inout [Event], by keys: [Key]) {
        // order[k]: the index of the event that belongs at position k.
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] && order[start] < events.count {
            // Follow the cycle through `start`: each swap puts one event in its place.
            var position = start
            while true {
                placed[position] = true
                let source = order[position]
                if source == start || source >= events.count { break }
                events.swapAt(position, source)
                position = source
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
    /// "ev-" and 16 hex digits of kind, main actors and the first six title words
    /// (lower case, punctuation ignored).
    static func id(of event: Event, story: Story) -> String {
        var hash = WordHash.offset
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* WordHash.prime }
        for byte in event.kind.rawValue.utf8 { add(byte) }
        let names = event.actors.filter { $0.role != .participant }.compactMap {
            story.actors.indices.contains($0.actor) ? story.actors[$0.actor].name : nil
        }.sorted()
        for name in names {
            add(0x7C)
            for byte in name.utf8 { add(byte) }
        }
        var words = 0
        var inWord = false
        for byte in event.title.utf8 {
            let isWordByte = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0xC0
            if isWordByte {
                if !inWord {
                    words += 1
                    if words > 6 { break }
                    add(0x7C)
                }
                add(WordHash.lowered(byte))
            }
            inWord = isWordByte
        }
        let hex = String(hash, radix: 16)
        return "ev-" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// `id`, or `id-2`, `id-3`… when taken; `used` keeps the last suffix per id.
    static func unique(_ id: String, among used: inout [String: Int]) -> String {
        guard let last = used[id] else {
            used[id] = 1
            return id
        }
        var n = last + 1
        var candidate = "\(id)-\(n)"
        while used[candidate] != nil {
            n += 1
            candidate = "\(id)-\(n)"
        }
        used[id] = n
        used[candidate] = 1
        return candidate
    }
}
