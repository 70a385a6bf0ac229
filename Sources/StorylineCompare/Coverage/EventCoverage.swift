import StorylineModel

/// How the articles cover one event: which report it, which of its sentences align, and
/// where they differ.
public struct EventCoverage: Hashable, Sendable {
    /// Event id.
    public var event: String
    /// Documents that report it (index order).
    public var documents: [Int]
    /// Alignments between its evidence sentences.
    public var alignments: [SentenceAlignment]
    /// Differences attached to it.
    public var differences: [Difference]

    /// Coverage of `event` by `documents`.
    public init(event: String, documents: [Int], alignments: [SentenceAlignment], differences: [Difference]) {
        self.event = event
        self.documents = documents
        self.alignments = alignments
        self.differences = differences
    }

    /// Whether the articles differ about the event.
    public var hasDifferences: Bool { !differences.isEmpty }
}

extension Comparer {
    /// Coverage of every event of `story`, in timeline order (uses `story.alignments` and
    /// `story.differences`, so call `annotate` first).
    public static func coverage(of story: Story) -> [EventCoverage] {
        var differencesByEvent: [String: [Difference]] = [:]
        for difference in story.differences {
            if let event = difference.event { differencesByEvent[event, default: []].append(difference) }
        }
        var alignmentsBySentence: [SentenceRef: [Int]] = [:]
        for (index, alignment) in story.alignments.enumerated() {
            alignmentsBySentence[alignment.a, default: []].append(index)
            alignmentsBySentence[alignment.b, default: []].append(index)
        }
        return story.events.map { event in
            let indices = Set(event.evidence.flatMap { alignmentsBySentence[$0] ?? [] }).sorted()
            return EventCoverage(
                event: event.id, documents: event.documents,
                alignments: indices.map { story.alignments[$0] },
                differences: differencesByEvent[event.id] ?? [])
        }
    }
}
