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
        // Each article's publication day, read through the mention's article.
        let published = story.documents.map { document in
            document.published.map { Int32(clamping: $0.daysSinceEpoch) } ?? DatedUnionFind.noAnchor
        }
        let clusters = mentions.withView { mentions in
            // Constraints with their source texts are made per cluster, when its event is built.
            EventMerger().clusters(
                mentions, interval: { EventDating.interval(of: mentions[$0], story: story) },
                anchor: { i in
                    let document = mentions[i].ref.document
                    return published.indices.contains(document) ? published[document] : DatedUnionFind.noAnchor
                })
        }
        // The events grow from here on, the mentions' words are no longer needed.
        mentions.dropHashes()
        var events: [Event] = []
        var keys: [EventOrder.Key] = []
        mentions.withView { mentions in
            var assembler = EventAssembler(story: story, index: index)
            // Events and their sort keys side by side, sorted through indices: no array of
            // (event, key) pairs copied twice at the peak of memory use.
            events.reserveCapacity(clusters.count)
            keys.reserveCapacity(clusters.count)
            for c in clusters.indices {
                // A cluster's members lie anywhere in the corpus: the records of the cluster
                // after next, then the word lists of the next one, are asked for ahead.
                if c + 2 < clusters.endIndex { for member in clusters[c + 2] { mentions.prefetch(member) } }
                if c + 1 < clusters.endIndex { for member in clusters[c + 1] { mentions.prefetchLists(member) } }
                let (event, key) = assembler.event(of: clusters[c], mentions: mentions)
                keys.append(key)
                events.append(event)
            }
        }
        // The mentions are done with: the sort's scratch may reuse their memory.
        mentions = EventMentions()
        EventOrder.sort(&events, by: keys)
        return events
    }
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
