import StorylineModel

/// Lookups computed once when the browser opens, so filtering, navigation and search
/// cost O(visible) instead of O(story) per key.
public struct StoryIndex: Sendable {
    /// `eventsByActor[a]`: indices into `Story.events` of the events actor `a` takes part in, ascending.
    public var eventsByActor: [[Int]]
    /// `quotesByActor[a]`: quote ids spoken by actor `a`, ascending.
    public var quotesByActor: [[Int]]
    /// Quote ids opening in each sentence.
    public var quotesBySentence: [SentenceRef: [Int]]
    /// Event titles, folded, for search.
    public var titles: TitleIndex
    /// Width of the widest date label (capped), so timeline columns line up.
    public var dateColumnWidth: Int
    /// Event ids with at least one cross-article difference.
    public var eventsWithDifferences: Set<String>
    /// Sentences involved in a difference.
    public var differingSentences: Set<SentenceRef>
    /// Indices into `Story.differences` of quote-wording differences, by each side's sentence.
    public var quoteWordingBySentence: [SentenceRef: [Int]]
    /// Indices into `Story.differences` by event id.
    public var differencesByEvent: [String: [Int]]
    /// Indices into `Story.alignments` by each side's sentence.
    public var alignmentsBySentence: [SentenceRef: [Int]]
    /// `quotesByDocument[d]`: quote ids of document `d`, by start offset.
    public var quotesByDocument: [[Int]]
    /// `furnitureByDocument[d]`: furniture ranges of document `d`, by start offset.
    public var furnitureByDocument: [[TextRange]]
    /// Actor ids, most events first (then most quotes, then name): the picker's order.
    public var actorsByRank: [Int]
    /// Actor names and aliases folded for the picker's narrowing, by actor id.
    public var foldedActorNames: [[UInt8]]

    /// Builds the index of `story` in one pass over events and quotes.
    public init(story: Story) {
        var eventsByActor = Array(repeating: [Int](), count: story.actors.count)
        var dateWidth = 7
        for (position, event) in story.events.enumerated() {
            // An actor can hold several roles; count the event once (events have few actors,
            // so a look back beats allocating a set per event).
            // Read once: an event's lists are decoded each time they are read.
            let actors = event.actors
            for (slot, participant) in actors.enumerated() where eventsByActor.indices.contains(participant.actor) {
                if !actors[..<slot].contains(where: { $0.actor == participant.actor }) {
                    eventsByActor[participant.actor].append(position)
                }
            }
            dateWidth = max(dateWidth, StoryIndex.labelWidth(of: event.dateWithoutDerivation))
        }
        var quotesByActor = Array(repeating: [Int](), count: story.actors.count)
        var quotesBySentence: [SentenceRef: [Int]] = [:]
        // Quotes are referred to by position in `Story.quotes` (which their ids should equal).
        for (position, quote) in story.quotes.enumerated() {
            if let speaker = quote.speaker, quotesByActor.indices.contains(speaker) {
                quotesByActor[speaker].append(position)
            }
            quotesBySentence[SentenceRef(document: quote.document, sentence: quote.sentence), default: []].append(position)
        }
        var differing = Set<String>()
        var differingSentences = Set<SentenceRef>()
        var quoteWording: [SentenceRef: [Int]] = [:]
        var differencesByEvent: [String: [Int]] = [:]
        var unassigned: [SentenceRef: [Int]] = [:]
        for (position, difference) in story.differences.enumerated() {
            let sides = [difference.a] + (difference.b.map { [$0] } ?? [])
            differingSentences.formUnion(sides)
            if let event = difference.event {
                differing.insert(event)
                differencesByEvent[event, default: []].append(position)
            } else {
                for side in sides { unassigned[side, default: []].append(position) }
            }
            if difference.kind == .quoteWording {
                for side in sides { quoteWording[side, default: []].append(position) }
            }
        }
        if !unassigned.isEmpty {
            // Differences without an event id belong to the events citing their sentences.
            for event in story.events {
                var found: [Int] = []
                for ref in event.evidence { found += unassigned[ref] ?? [] }
                guard !found.isEmpty else { continue }
                differing.insert(event.id)
                var seen = Set(differencesByEvent[event.id] ?? [])
                for position in found where seen.insert(position).inserted {
                    differencesByEvent[event.id, default: []].append(position)
                }
            }
        }
        var alignmentsBySentence: [SentenceRef: [Int]] = [:]
        for (position, alignment) in story.alignments.enumerated() {
            alignmentsBySentence[alignment.a, default: []].append(position)
            alignmentsBySentence[alignment.b, default: []].append(position)
        }
        self.quoteWordingBySentence = quoteWording
        self.differencesByEvent = differencesByEvent
        self.alignmentsBySentence = alignmentsBySentence
        self.eventsByActor = eventsByActor
        self.quotesByActor = quotesByActor
        self.quotesBySentence = quotesBySentence
        self.titles = TitleIndex(titles: story.events.map(\.title))
        self.dateColumnWidth = dateWidth
        self.eventsWithDifferences = differing
        self.differingSentences = differingSentences
        var quotesByDocument = Array(repeating: [Int](), count: story.documents.count)
        for (position, quote) in story.quotes.enumerated() where quotesByDocument.indices.contains(quote.document) {
            quotesByDocument[quote.document].append(position)
        }
        self.quotesByDocument = quotesByDocument.map { ids in
            ids.sorted { story.quotes[$0].range.start < story.quotes[$1].range.start }
        }
        var furnitureByDocument = Array(repeating: [TextRange](), count: story.documents.count)
        for item in story.furniture where furnitureByDocument.indices.contains(item.document) {
            furnitureByDocument[item.document].append(item.range)
        }
        self.furnitureByDocument = furnitureByDocument.map { $0.sorted() }
        self.actorsByRank = story.actors.indices.sorted { a, b in
            let left = (eventsByActor[a].count, quotesByActor[a].count)
            let right = (eventsByActor[b].count, quotesByActor[b].count)
            if left != right { return left > right }
            return story.actors[a].name < story.actors[b].name
        }
        self.foldedActorNames = story.actors.map { actor in
            TextSearch.folded(([actor.name] + actor.aliases).joined(separator: "\n"))
        }
    }

    /// Cells the date label of `date` takes (capped at 18), without formatting the common
    /// precisions: building a hundred thousand labels would slow opening the browser.
    static func labelWidth(of date: EventDate) -> Int {
        switch date.precision {
        case .day where date.interval.earliest != nil: return 10
        case .month where date.interval.earliest != nil: return 8
        case .year where date.interval.earliest != nil: return 4
        case .unknown: return 7
        default: return min(18, DisplayWidth.of(date.label))
        }
    }

    /// Event positions involving any actor of `actors`, ascending, without repeats
    /// (a merge of the per-actor lists: O(result)).
    public func events(involvingAny actors: [Int]) -> [Int] {
        let lists = actors.filter { eventsByActor.indices.contains($0) }.map { eventsByActor[$0] }
        if lists.count == 1 { return lists[0] }
        var cursors = Array(repeating: 0, count: lists.count)
        var merged: [Int] = []
        while true {
            var smallest = Int.max
            for (i, list) in lists.enumerated() where cursors[i] < list.count {
                smallest = min(smallest, list[cursors[i]])
            }
            if smallest == Int.max { break }
            merged.append(smallest)
            for (i, list) in lists.enumerated() where cursors[i] < list.count && list[cursors[i]] == smallest {
                cursors[i] += 1
            }
        }
        return merged
    }
}
