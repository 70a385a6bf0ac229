import StorylineModel

/// Where an event goes on the timeline.
enum EventOrder {
    /// Sort key: a day (nil: unplaceable, goes last), then the first evidence sentence.
    /// 16 bytes (an optional day would take 24): every event of the corpus has one.
    struct Key: Comparable, Sendable {
        /// The day, or `Int64.max` for none (so that undated keys sort last).
        private var rank: Int64
        /// The first evidence sentence.
        var first: SentenceRef

        /// A key placing an event on `day` (nil: unplaceable).
        init(day: Int?, first: SentenceRef) {
            rank = day.map { Int64(clamping: min($0, Int(Int64.max - 1))) } ?? .max
            self.first = first
        }

        /// The day the event is placed on, nil when unplaceable.
        var day: Int? { rank == .max ? nil : Int(rank) }

        static func < (lhs: Key, rhs: Key) -> Bool {
            lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.first < rhs.first
        }
    }

    /// Sorts `events` by `keys` (stable, as `sorted`), moving events in place rather than
    /// copying the array at the peak of memory use.
    static func sort(_ events: inout [Event], by keys: [Key]) {
        // order[k]: the index of the event that belongs at position k; ties keep the index
        // order. Indices are sorted, not copies of the keys: 8 bytes an event at the peak.
        var order = Array(keys.indices)
        keys.withUnsafeBufferPointer { keys in
            order.sort { a, b in keys[a] < keys[b] || (!(keys[b] < keys[a]) && a < b) }
        }
        var placed = [Bool](repeating: false, count: order.count)
        // Swapped through a buffer pointer: moved, not copied and released field by field.
        events.withUnsafeMutableBufferPointer { events in
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
    }

    /// Days an event known only as "before X" is placed ahead of X, so that it precedes
    /// the events of X's own week.
    static let beforeLead = 7

    /// Dated events sort by their earliest day ("before X" a week ahead of X). Undated ones
    /// are placed by relative cues: background ("had met", "previously") just before the
    /// publication week of their article, others at its publication day; with no
    /// publication date they go last, in text order.
    static func key(interval: DayInterval, evidence: [SentenceRef], background: Bool, story: Story) -> Key {
        let first = evidence.first ?? SentenceRef(document: 0, sentence: 0)
        if let earliest = interval.earliest { return Key(day: earliest.daysSinceEpoch, first: first) }
        if let latest = interval.latest { return Key(day: latest.daysSinceEpoch - beforeLead, first: first) }
        // The earliest publication day among the evidence's documents.
        var published: CalendarDay?
        for ref in evidence where story.documents.indices.contains(ref.document) {
            guard let day = story.documents[ref.document].published else { continue }
            if let earliest = published, !(day < earliest) { continue }
            published = day
        }
        guard let published else { return Key(day: nil, first: first) }
        return Key(day: published.daysSinceEpoch - (background ? beforeLead + 1 : 0), first: first)
    }
}

/// Stable event identifiers: a hash of what the event is, not of where it is listed.
enum EventIdentity {
    /// "ev-" and 12 hex digits of kind, main actors and the first six title words
    /// (lower case, punctuation ignored): 15 bytes, which Swift keeps inline (no allocation
    /// per event).
    static func id(of event: Event, story: Story) -> String {
        format(hash(of: event, story: story))
    }

    /// The hash `id` writes out.
    static func hash(of event: Event, story: Story) -> UInt64 {
        hash(kind: event.kind, actors: event.actors, title: event.title, story: story)
    }

    /// `hash(of:story:)` of an event with this kind, actors and title.
    static func hash(kind: EventKind, actors eventActors: [EventActor], title: String, story: Story) -> UInt64 {
        var hash = WordHash.offset
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* WordHash.prime }
        for byte in kind.rawValue.utf8 { add(byte) }
        func addName(_ name: String) {
            add(0x7C)
            for byte in name.utf8 { add(byte) }
        }
        // Mostly one main actor: no list of names to sort. (Actors are read from `story.actors`
        // directly: a closure capturing `story` would copy it.)
        let actors = story.actors
        var named = 0, only = -1
        for actor in eventActors where actor.role != .participant && actors.indices.contains(actor.actor) {
            named += 1
            only = actor.actor
        }
        if named == 1 {
            addName(actors[only].name)
        } else if named > 1 {
            var names: [String] = []
            for actor in eventActors where actor.role != .participant && actors.indices.contains(actor.actor) {
                names.append(actors[actor.actor].name)
            }
            for name in names.sorted() { addName(name) }
        }
        var words = 0
        var inWord = false
        for byte in title.utf8 {
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
        return hash
    }

    /// "ev-" and the top 48 bits of the hash in 12 hex digits.
    static func format(_ hash: UInt64) -> String {
        EventID.format(hash >> 16)
    }

    /// Hands out ids: an event whose written hash (the top 48 bits) is taken gets the hash
    /// rehashed with a count, until a free one is found — every id keeps 15 bytes. The count
    /// goes on from where the last event with the same hash stopped: a corpus repeating one
    /// report thousands of times must not retry every count for every repeat.
    struct Counter: Sendable {
        /// Written hashes handed out (already hashes: no hashing again).
        private var used = HashKeySet()
        /// The next count to try per original hash, for hashes met more than once.
        private var next: [UInt64: UInt64] = [:]

        /// The id of the next event with `hash`.
        mutating func id(for hash: UInt64) -> String {
            EventID.format(written(for: hash))
        }

        /// The 48 bits the id of the next event with `hash` writes out (packed into the event as
        /// they are, with no string made and read back).
        mutating func written(for hash: UInt64) -> UInt64 {
            if used.insert(hash >> 16) { return hash >> 16 }
            var attempt = next[hash] ?? 2
            var candidate = Self.rehash(hash, attempt)
            while !used.insert(candidate >> 16) {
                attempt += 1
                candidate = Self.rehash(hash, attempt)
            }
            next[hash] = attempt + 1
            return candidate >> 16
        }

        /// `hash` and a count mixed into a new hash (SplitMix64's finaliser): consecutive
        /// counts must land far apart, or the set's probes would pile up.
        static func rehash(_ hash: UInt64, _ attempt: UInt64) -> UInt64 {
            var z = hash &+ attempt &* 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
