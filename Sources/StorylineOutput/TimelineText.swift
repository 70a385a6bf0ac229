import StorylineModel

/// The timeline as plain text, one event a line.
public struct TimelineText: Sendable {
    /// Only events involving one of these actors (empty: all).
    public var actorFilter: Set<Int>

    public init(actorFilter: Set<Int> = []) {
        self.actorFilter = actorFilter
    }

    /// Renders `story` as lines: date, title, actors, number of articles.
    public func render(_ story: Story) -> String {
        let events = story.events.filter { actorFilter.isEmpty || $0.actors.contains { actorFilter.contains($0.actor) } }
        let dateWidth = min(18, events.map { $0.dateWithoutDerivation.label.count }.max() ?? 8)
        var out = "\(story.name) — \(CountText.of(events.count, "event", "events")) from \(CountText.of(story.documents.count, "article", "articles"))\n"
        for event in events {
            let date = PlainText.pad(event.dateWithoutDerivation.label, to: dateWidth)
            let names = event.actors.prefix(3).map { story.actors[$0.actor].name }.joined(separator: ", ")
            let count = event.documents.count
            let articles = PlainText.count(count, "article")
            out += "\(date)  \(PlainText.safe(event.title))"
            if !names.isEmpty { out += "  [\(PlainText.safe(names))]" }
            out += "  (\(articles))\n"
        }
        return out
    }
}
