import StorylineModel

extension StoryJSON {
    /// Writes the JSON of `story` to `writer`, byte for byte as `StoryJSON(story, actorFilter:).encoded()`
    /// followed by a line break, without building the whole document: one element at a time.
    public static func write<Sink>(
        _ story: Story, actorFilter: Set<Int> = [], to writer: inout JSONStreamWriter<Sink>
    ) throws {
        try StoryJSONWalk(story: story, actorFilter: actorFilter).write(to: &writer)
        try writer.finish()
    }

    /// Streams the JSON of `story` to standard output. Not generic, so the writer is specialized
    /// for the descriptor sink inside this module (a generic call from another module is not).
    public static func writeToStandardOutput(_ story: Story, actorFilter: Set<Int> = []) throws {
        var writer = JSONStreamWriter(sink: JSONFileDescriptorSink())
        try write(story, actorFilter: actorFilter, to: &writer)
    }
}

/// The schema walk behind `StoryJSON.write`: reads the model as `StoryJSON.init` does and
/// writes each field under its coding key, keys in sorted order.
struct StoryJSONWalk {
    /// The story written.
    let story: Story
    /// Actor ids events and quotes must involve (all when empty).
    let actorFilter: Set<Int>

    /// Writes the top-level object.
    func write<Sink>(to writer: inout JSONStreamWriter<Sink>) throws {
        try writer.object(StoryJSON.CodingKeys.self) { writer, key in
            switch key {
            case .schema: try writer.field(key, 1)
            case .story: try writer.field(key, story.name)
            case .documents: try writeDocuments(under: key, to: &writer)
            case .actors: try writeActors(under: key, to: &writer)
            case .quotes: try writeQuotes(under: key, to: &writer)
            case .times: try writeTimes(under: key, to: &writer)
            case .events: try writeEvents(under: key, to: &writer)
            case .warnings: try writer.field(key, story.warnings.map(\.description))
            }
        }
    }

    /// The id of document `index` ("" when there is none).
    private func documentID(_ index: Int) -> String {
        story.documents.indices.contains(index) ? story.documents[index].id : ""
    }

    /// The name of actor `index`, if there is one.
    private func actorName(_ index: Int) -> String? {
        story.actors.indices.contains(index) ? story.actors[index].name : nil
    }

    /// Writes `documents`.
    private func writeDocuments<Sink>(under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>) throws {
        try writer.key(name.stringValue)
        try writer.objects(story.documents.enumerated(), StoryJSON.DocumentJSON.CodingKeys.self) { writer, element, key in
            let (index, document) = element
            switch key {
            case .id: try writer.field(key, document.id)
            case .path: try writer.field(key, document.path)
            case .title: try writer.field(key, document.title)
            case .outlet: try writer.field(key, document.outlet)
            case .published: try writer.field(key, document.published?.iso)
            case .publishedSource: try writer.field(key, document.publishedSource.rawValue)
            case .url: try writer.field(key, document.url)
            case .sentences:
                try writer.field(key, story.sentences.indices.contains(index) ? story.sentences[index].count : 0)
            }
        }
    }

    /// Writes `actors`, each with its number of mentions.
    private func writeActors<Sink>(under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>) throws {
        let mentionCounts = story.mentions.reduce(into: [Int: Int]()) { $0[$1.actor, default: 0] += 1 }
        try writer.key(name.stringValue)
        try writer.objects(story.actors, StoryJSON.ActorJSON.CodingKeys.self) { writer, actor, key in
            switch key {
            case .id: try writer.field(key, actor.id)
            case .name: try writer.field(key, actor.name)
            case .kind: try writer.field(key, actor.kind.rawValue)
            case .aliases: try writer.field(key, actor.aliases)
            case .mentions: try writer.field(key, mentionCounts[actor.id] ?? 0)
            }
        }
    }

    /// Writes `quotes` whose speaker passes the filter.
    private func writeQuotes<Sink>(under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>) throws {
        // The speaker is read once: a quote's fields are unpacked on every read.
        let kept = story.quotes.lazy.map { (quote: $0, speaker: $0.speaker) }.filter { quote in
            actorFilter.isEmpty || (quote.speaker.map(actorFilter.contains) ?? false)
        }
        try writer.key(name.stringValue)
        try writer.objects(kept, StoryJSON.QuoteJSON.CodingKeys.self) { writer, element, key in
            let quote = element.quote
            switch key {
            case .id: try writer.field(key, quote.id)
            case .text: try writer.field(key, quote.text)
            case .kind: try writer.field(key, quote.kind.rawValue)
            case .speaker: try writer.field(key, element.speaker.flatMap(actorName))
            case .cue: try writer.field(key, quote.cue)
            case .document: try writer.field(key, documentID(quote.document))
            case .sentence: try writer.field(key, quote.sentence)
            case .start: try writer.field(key, quote.range.start)
            case .end: try writer.field(key, quote.range.end)
            }
        }
    }

    /// Writes `times`.
    private func writeTimes<Sink>(under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>) throws {
        try writer.key(name.stringValue)
        try writer.objects(story.times, StoryJSON.TimeJSON.CodingKeys.self) { writer, time, key in
            switch key {
            case .text: try writer.field(key, story.text(of: time))
            case .value: try writer.field(key, time.value)
            case .precision: try writer.field(key, time.precision.rawValue)
            case .relation: try writer.field(key, time.relation.rawValue)
            case .earliest: try writer.field(key, time.interval.earliest?.iso)
            case .latest: try writer.field(key, time.interval.latest?.iso)
            case .assumed: try writer.field(key, time.assumed)
            case .document: try writer.field(key, documentID(time.document))
            case .sentence: try writer.field(key, time.sentence)
            }
        }
    }

    /// Writes `events` that involve an actor of the filter.
    private func writeEvents<Sink>(under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>) throws {
        // Each list and the date are read once: a packed event decodes its payload on every read.
        let kept = story.events.lazy.map { (event: $0, actors: $0.actors) }.filter { event in
            actorFilter.isEmpty || event.actors.contains { actorFilter.contains($0.actor) }
        }
        try writer.key(name.stringValue)
        try writer.objects(kept, StoryJSON.EventJSON.CodingKeys.self) { writer, element, key in
            let event = element.event
            switch key {
            case .id: try writer.field(key, event.id)
            case .title: try writer.field(key, event.title)
            case .kind: try writer.field(key, event.kind.rawValue)
            case .date: try writeDate(event.date, under: key, to: &writer)
            case .actors: try writeEventActors(element.actors, under: key, to: &writer)
            case .evidence: try writeEvidence(event.evidence, under: key, to: &writer)
            case .quotes: try writer.field(key, event.quotes)
            case .triggers: try writer.field(key, event.triggers)
            }
        }
    }

    /// Writes an event's date object.
    private func writeDate<Sink>(_ date: EventDate, under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>) throws {
        try writer.key(name.stringValue)
        try writer.object(StoryJSON.DateJSON.CodingKeys.self) { writer, key in
            switch key {
            case .value: try writer.field(key, date.value)
            case .label: try writer.field(key, date.label)
            case .earliest: try writer.field(key, date.interval.earliest?.iso)
            case .latest: try writer.field(key, date.interval.latest?.iso)
            case .precision: try writer.field(key, date.precision.rawValue)
            case .derivation: try writer.field(key, date.derivation)
            case .assumed: try writer.field(key, date.assumed)
            }
        }
    }

    /// Writes an event's actors with their roles.
    private func writeEventActors<Sink>(
        _ actors: [EventActor], under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>
    ) throws {
        try writer.key(name.stringValue)
        try writer.objects(actors, StoryJSON.EventActorJSON.CodingKeys.self) { writer, actor, key in
            switch key {
            case .name: try writer.field(key, actorName(actor.actor) ?? "")
            case .role: try writer.field(key, actor.role.rawValue)
            }
        }
    }

    /// Writes an event's evidence: the sentences that exist, with their text.
    private func writeEvidence<Sink>(
        _ evidence: [SentenceRef], under name: some CodingKey, to writer: inout JSONStreamWriter<Sink>
    ) throws {
        let found = evidence.lazy.compactMap { ref in story.sentence(ref).map { (ref: ref, range: $0.range) } }
        try writer.key(name.stringValue)
        try writer.objects(found, StoryJSON.EvidenceJSON.CodingKeys.self) { writer, element, key in
            switch key {
            case .document: try writer.field(key, documentID(element.ref.document))
            case .sentence: try writer.field(key, element.ref.sentence)
            case .start: try writer.field(key, element.range.start)
            case .end: try writer.field(key, element.range.end)
            case .text: try writer.field(key, story.text(of: element.ref))
            }
        }
    }
}
