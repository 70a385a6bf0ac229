import StorylineCompare
import StorylineModel

/// The differences between articles as text, grouped by event.
public struct CompareText: Sendable {
    /// Only events involving one of these actors (empty: all).
    public var actorFilter: Set<Int>

    public init(actorFilter: Set<Int> = []) {
        self.actorFilter = actorFilter
    }

    /// Renders `story`'s differences (fill them with `Comparer().annotate` first).
    public func render(_ story: Story) -> String {
        let groups = CompareGroups(story, actorFilter: actorFilter)
        let shown = groups.events.reduce(0) { $0 + $1.differences.count } + groups.unattached.count
        var out = "\(PlainText.safe(story.name)) — \(shown) \(shown == 1 ? "difference" : "differences") between \(story.documents.count) articles"
        out += " (\(story.alignments.count) aligned sentence pairs)\n"
        for document in story.documents {
            out += "  \(PlainText.safe(document.id)): \(PlainText.safe(document.label))\n"
        }
        for group in groups.events where !group.differences.isEmpty {
            let reporters = group.event.documents.map { story.documents[$0].id }.joined(separator: ", ")
            out += "\n\(group.event.dateWithoutDerivation.label)  \(PlainText.safe(group.event.title))  — reported by \(reporters)\n"
            out += group.differences.map { line($0, story) }.joined()
        }
        if !groups.unattached.isEmpty {
            out += "\nNot tied to an event\n"
            out += groups.unattached.map { line($0, story) }.joined()
        }
        return out
    }

    /// One difference: kind, then each side's article, sentence and differing words.
    func line(_ difference: Difference, _ story: Story) -> String {
        let kind = PlainText.pad(difference.kind.rawValue, to: 21)
        let a = side(difference.a, difference.aText, story)
        guard let b = difference.b else {
            return "  \(kind)only in \(a)\n"
        }
        if difference.kind == .onlyInOne {
            return difference.aText.isEmpty
                ? "  \(kind)only in \(side(b, difference.bText, story))  (not in \(place(difference.a, story)))\n"
                : "  \(kind)only in \(a)  (not in \(place(b, story)))\n"
        }
        return "  \(kind)\(a)  ↔  \(side(b, difference.bText, story))\n"
    }

    func side(_ ref: SentenceRef, _ text: String, _ story: Story) -> String {
        let words = text.isEmpty ? "(not stated)" : "“\(PlainText.safe(text))”"
        return "\(place(ref, story)): \(words)"
    }

    func place(_ ref: SentenceRef, _ story: Story) -> String {
        let id = story.documents.indices.contains(ref.document) ? story.documents[ref.document].id : "?"
        return "\(PlainText.safe(id)) s\(ref.sentence + 1)"
    }
}

/// Differences grouped by event in timeline order, and those tied to no event.
struct CompareGroups {
    var events: [(event: Event, differences: [Difference])] = []
    var unattached: [Difference] = []

    init(_ story: Story, actorFilter: Set<Int>) {
        let kept = story.events.filter { actorFilter.isEmpty || $0.actors.contains { actorFilter.contains($0.actor) } }
        var byEvent: [String: [Difference]] = [:]
        for difference in story.differences {
            if let id = difference.event { byEvent[id, default: []].append(difference) } else if actorFilter.isEmpty { unattached.append(difference) }
        }
        events = kept.map { ($0, byEvent[$0.id] ?? []) }
    }
}
