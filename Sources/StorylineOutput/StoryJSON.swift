import Foundation
import StorylineModel

/// The stable JSON schema of the event model (documented in the README).
public struct StoryJSON: Codable, Sendable {
    public var schema: Int
    public var story: String
    public var documents: [DocumentJSON]
    public var actors: [ActorJSON]
    public var quotes: [QuoteJSON]
    public var times: [TimeJSON]
    public var events: [EventJSON]
    public var warnings: [String]

    /// The JSON keys (JSONStreamWriter writes them in sorted order).
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schema, story, documents, actors, quotes, times, events, warnings
    }

    public struct DocumentJSON: Codable, Sendable {
        public var id: String
        public var path: String
        public var title: String?
        public var outlet: String?
        public var published: String?
        public var publishedSource: String
        public var url: String?
        public var sentences: Int

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, path, title, outlet, published, publishedSource, url, sentences
        }
    }

    public struct ActorJSON: Codable, Sendable {
        public var id: Int
        public var name: String
        public var kind: String
        public var aliases: [String]
        public var mentions: Int

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, kind, aliases, mentions
        }
    }

    public struct QuoteJSON: Codable, Sendable {
        public var id: Int
        public var text: String
        public var kind: String
        public var speaker: String?
        public var cue: String?
        public var document: String
        public var sentence: Int
        public var start: Int
        public var end: Int

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, text, kind, speaker, cue, document, sentence, start, end
        }
    }

    public struct TimeJSON: Codable, Sendable {
        public var text: String
        public var value: String
        public var precision: String
        public var relation: String
        public var earliest: String?
        public var latest: String?
        public var assumed: Bool
        public var document: String
        public var sentence: Int

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case text, value, precision, relation, earliest, latest, assumed, document, sentence
        }
    }

    public struct EventJSON: Codable, Sendable {
        public var id: String
        public var title: String
        public var kind: String
        public var date: DateJSON
        public var actors: [EventActorJSON]
        public var evidence: [EvidenceJSON]
        public var quotes: [Int]
        public var triggers: [String]

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, kind, date, actors, evidence, quotes, triggers
        }
    }

    public struct DateJSON: Codable, Sendable {
        public var value: String?
        public var label: String
        public var earliest: String?
        public var latest: String?
        public var precision: String
        public var derivation: String
        public var assumed: Bool

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case value, label, earliest, latest, precision, derivation, assumed
        }
    }

    public struct EventActorJSON: Codable, Sendable {
        public var name: String
        public var role: String

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, role
        }
    }

    public struct EvidenceJSON: Codable, Sendable {
        public var document: String
        public var sentence: Int
        public var start: Int
        public var end: Int
        public var text: String

        /// The JSON keys (JSONStreamWriter writes them in sorted order).
        enum CodingKeys: String, CodingKey, CaseIterable {
            case document, sentence, start, end, text
        }
    }
}

extension StoryJSON {
    /// The JSON view of `story`, restricted to events and quotes involving `actorFilter` when not empty.
    public init(_ story: Story, actorFilter: Set<Int> = []) {
        let docID = { (index: Int) in story.documents[index].id }
        let mentionCounts = story.mentions.reduce(into: [Int: Int]()) { $0[$1.actor, default: 0] += 1 }
        schema = 1
        self.story = story.name
        documents = story.documents.enumerated().map { index, doc in
            DocumentJSON(
                id: doc.id, path: doc.path, title: doc.title, outlet: doc.outlet,
                published: doc.published?.iso, publishedSource: doc.publishedSource.rawValue,
                url: doc.url, sentences: story.sentences.indices.contains(index) ? story.sentences[index].count : 0)
        }
        actors = story.actors.map {
            ActorJSON(id: $0.id, name: $0.name, kind: $0.kind.rawValue, aliases: $0.aliases, mentions: mentionCounts[$0.id] ?? 0)
        }
        let keptQuotes = story.quotes.filter { actorFilter.isEmpty || ($0.speaker.map(actorFilter.contains) ?? false) }
        quotes = keptQuotes.map { quote in
            QuoteJSON(
                id: quote.id, text: quote.text, kind: quote.kind.rawValue,
                speaker: quote.speaker.map { story.actors[$0].name }, cue: quote.cue,
                document: docID(quote.document), sentence: quote.sentence,
                start: quote.range.start, end: quote.range.end)
        }
        times = story.times.map { time in
            TimeJSON(
                text: story.text(of: time), value: time.value, precision: time.precision.rawValue,
                relation: time.relation.rawValue, earliest: time.interval.earliest?.iso,
                latest: time.interval.latest?.iso, assumed: time.assumed,
                document: docID(time.document), sentence: time.sentence)
        }
        let keptEvents = story.events.filter { actorFilter.isEmpty || $0.actors.contains { actorFilter.contains($0.actor) } }
        events = keptEvents.map { event in
            // Read once: an event's date writes out its derivation each time it is read.
            let date = event.date
            return EventJSON(
                id: event.id, title: event.title, kind: event.kind.rawValue,
                date: DateJSON(
                    value: date.value, label: date.label,
                    earliest: date.interval.earliest?.iso, latest: date.interval.latest?.iso,
                    precision: date.precision.rawValue, derivation: date.derivation,
                    assumed: date.assumed),
                actors: event.actors.map { EventActorJSON(name: story.actors[$0.actor].name, role: $0.role.rawValue) },
                evidence: event.evidence.compactMap { ref in
                    guard let sentence = story.sentence(ref) else { return nil }
                    return EvidenceJSON(
                        document: docID(ref.document), sentence: ref.sentence,
                        start: sentence.range.start, end: sentence.range.end, text: story.text(of: ref))
                },
                quotes: event.quotes, triggers: event.triggers)
        }
        warnings = story.warnings.map(\.description)
    }

    /// Pretty-printed JSON with sorted keys, so output is stable across runs.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
