import StorylineModel

/// Builds an event model directly from generated articles and their ground truth, without
/// running extraction: for interface benchmarks that need a given number of events.
public enum ModelGenerator {
    /// A story with `events` events, dated and sourced
    /// the way the extraction pipeline would report them.
    public static func story(events wanted: Int, seed: UInt64 = 1) -> Story {
        var story = Story(name: "Generated model, \(wanted) events")
        var events: [Event] = []
        var worldRandom = SplitMix64(seed: seed)
        let world = CorpusWorld(random: &worldRandom)
        _ = CorpusGenerator(seed: seed).forEachStory(compact: true, until: { _, _ in events.count >= wanted }) { plan, articles in
            // Evidence of each planned happening across this story's articles.
            var evidence = Array(repeating: [SentenceRef](), count: plan.events.count)
            var quotes = Array(repeating: [Int](), count: plan.events.count)
            for article in articles {
                let documentIndex = story.documents.count
                story.documents.append(Document(
                    id: article.fileName, path: article.fileName, title: article.title, outlet: article.outlet,
                    published: article.published, publishedSource: .frontMatter, text: article.text, bodyStart: article.bodyStart))
                var sentences: [Sentence] = []
                for (index, written) in article.sentences.enumerated() {
                    sentences.append(Sentence(document: documentIndex, index: index, paragraph: written.paragraph, range: written.range, kind: written.kind))
                    if let event = written.event { evidence[event].append(SentenceRef(document: documentIndex, sentence: index)) }
                }
                story.sentences.append(sentences)
                story.furniture += article.furniture.map { Furniture(document: documentIndex, range: $0) }
                for quote in article.quotes {
                    let id = story.quotes.count
                    let text = story.documents[documentIndex].text(in: quote.range)
                    story.quotes.append(Quote(id: id, text: text, kind: quote.isLabel ? .phrase : .quote, speaker: quote.speaker,
                                              document: documentIndex, sentence: quote.sentence, range: quote.range, cue: "said"))
                    if let event = article.sentences[quote.sentence].event { quotes[event].append(id) }
                }
            }
            for (index, planned) in plan.events.enumerated() where !evidence[index].isEmpty {
                events.append(event(planned, evidence: evidence[index], quotes: quotes[index], world: world, in: story))
            }
        }
        story.actors = world.actors.map { Actor(id: $0.id, name: $0.name, kind: $0.kind, aliases: world.aliases(of: $0)) }
        events = Array(events.prefix(max(0, wanted)))
        // Every generated event has a day; ties keep generation order.
        let day = { (event: Event) in event.dateWithoutDerivation.interval.earliest?.daysSinceEpoch ?? Int.max }
        story.events = events.enumerated().sorted { (day($0.element), $0.offset) < (day($1.element), $1.offset) }.map(\.element)
        for index in story.events.indices { story.events[index].id = "e\(index)" }
        return story
    }

    private static func event(_ planned: PlannedEvent, evidence: [SentenceRef], quotes: [Int], world: CorpusWorld, in story: Story) -> Event {
        let first = story.text(of: evidence[0])
        let title = first.count > 60 ? String(first.prefix(59)) + "…" : first
        return Event(
            id: "", title: title, kind: planned.kind.eventKind,
            date: EventDate(value: planned.date.iso, interval: DayInterval(day: planned.date), precision: .day, derivation: "generated"),
            actors: [EventActor(actor: planned.agent, role: .agent), EventActor(actor: world.countries[planned.targetCountry].actor, role: .target)],
            evidence: evidence, quotes: quotes, triggers: [])
    }
}

