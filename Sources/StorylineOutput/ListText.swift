import StorylineModel

/// Quotes as text, grouped by speaker.
public struct QuoteListText: Sendable {
    public var actorFilter: Set<Int>

    public init(actorFilter: Set<Int> = []) { self.actorFilter = actorFilter }

    public func render(_ story: Story) -> String {
        let quotes = story.quotes.filter { actorFilter.isEmpty || ($0.speaker.map(actorFilter.contains) ?? false) }
        var out = "\(quotes.count) quotes\n"
        for quote in quotes {
            let speaker = quote.speaker.map { story.actors[$0].name } ?? "(unattributed)"
            let doc = story.documents[quote.document].id
            let mark = quote.kind == .phrase ? " (phrase)" : ""
            out += "\(PlainText.safe(speaker)): “\(PlainText.safe(quote.text))”\(mark)  — \(doc) sentence \(quote.sentence + 1)\n"
        }
        return out
    }
}

/// Actors as text with counts.
public struct ActorListText: Sendable {
    public var actorFilter: Set<Int>

    public init(actorFilter: Set<Int> = []) { self.actorFilter = actorFilter }

    public func render(_ story: Story) -> String {
        var mentions = [Int: Int](), events = [Int: Int](), quotes = [Int: Int]()
        var documents = [Int: Set<Int>]()
        for mention in story.mentions {
            mentions[mention.actor, default: 0] += 1
            documents[mention.actor, default: []].insert(mention.document)
        }
        for event in story.events { for actor in Set(event.actors.map(\.actor)) { events[actor, default: 0] += 1 } }
        for quote in story.quotes { if let s = quote.speaker { quotes[s, default: 0] += 1 } }
        let actors = story.actors.filter { actorFilter.isEmpty || actorFilter.contains($0.id) }
        var out = "\(actors.count) actors\n"
        for actor in actors.sorted(by: { (mentions[$0.id] ?? 0, $1.name) > (mentions[$1.id] ?? 0, $0.name) }) {
            let aliases = actor.aliases.isEmpty ? "" : " (also: \(actor.aliases.joined(separator: ", ")))"
            let docs = (documents[actor.id] ?? []).sorted().map { story.documents[$0].id }.joined(separator: ", ")
            out += "\(PlainText.safe(actor.name)) [\(actor.kind.rawValue)]\(PlainText.safe(aliases)): "
            out += [
                PlainText.count(mentions[actor.id] ?? 0, "mention"),
                PlainText.count(events[actor.id] ?? 0, "event"),
                PlainText.count(quotes[actor.id] ?? 0, "quote"),
            ].joined(separator: ", ")
            out += docs.isEmpty ? "\n" : " — in \(docs)\n"
        }
        return out
    }
}
