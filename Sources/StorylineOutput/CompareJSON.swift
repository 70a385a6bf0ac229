import Foundation
import StorylineCompare
import StorylineModel

/// The stable JSON schema of `storyline compare --json`.
public struct CompareJSON: Codable, Sendable {
    public var schema: Int
    public var story: String
    public var documents: [DocumentJSON]
    public var alignments: [AlignmentJSON]
    public var events: [EventJSON]
    public var differences: [DifferenceJSON]

    /// An article.
    public struct DocumentJSON: Codable, Sendable {
        public var id: String
        public var title: String?
        public var outlet: String?
        public var sentences: Int
    }

    /// A sentence of an article.
    public struct SentenceJSON: Codable, Sendable {
        public var document: String
        public var sentence: Int
        public var start: Int
        public var end: Int
        public var text: String
    }

    /// Two aligned sentences and their similarity (0…1).
    public struct AlignmentJSON: Codable, Sendable {
        public var a: SentenceJSON
        public var b: SentenceJSON
        public var score: Double
    }

    /// An event: which articles report it and the indices of its differences.
    public struct EventJSON: Codable, Sendable {
        public var id: String
        public var title: String
        public var date: String
        public var documents: [String]
        public var differences: [Int]
    }

    /// A typed difference; `b` is null for a sentence found in only one article.
    public struct DifferenceJSON: Codable, Sendable {
        public var kind: String
        public var event: String?
        public var a: SentenceJSON
        public var b: SentenceJSON?
        public var aText: String
        public var bText: String
    }
}

extension CompareJSON {
    /// The JSON view of `story`'s alignments and differences, restricted to events involving
    /// `actorFilter` when not empty.
    public init(_ story: Story, actorFilter: Set<Int> = []) {
        let sentence = { (ref: SentenceRef) -> SentenceJSON in
            let range = story.sentence(ref)?.range ?? TextRange(start: 0, end: 0)
            let id = story.documents.indices.contains(ref.document) ? story.documents[ref.document].id : ""
            return SentenceJSON(document: id, sentence: ref.sentence, start: range.start, end: range.end, text: story.text(of: ref))
        }
        let groups = CompareGroups(story, actorFilter: actorFilter)
        var differences: [DifferenceJSON] = []
        var events: [EventJSON] = []
        let toJSON = { (difference: Difference) in
            DifferenceJSON(
                kind: difference.kind.rawValue, event: difference.event, a: sentence(difference.a),
                b: difference.b.map(sentence), aText: difference.aText, bText: difference.bText)
        }
        for group in groups.events {
            let first = differences.count
            differences += group.differences.map(toJSON)
            events.append(EventJSON(
                id: group.event.id, title: group.event.title, date: group.event.date.label,
                documents: group.event.documents.map { story.documents[$0].id },
                differences: Array(first..<differences.count)))
        }
        differences += groups.unattached.map(toJSON)
        schema = 1
        self.story = story.name
        documents = story.documents.enumerated().map { index, document in
            DocumentJSON(
                id: document.id, title: document.title, outlet: document.outlet,
                sentences: story.sentences.indices.contains(index) ? story.sentences[index].count : 0)
        }
        alignments = story.alignments.map { AlignmentJSON(a: sentence($0.a), b: sentence($0.b), score: $0.score) }
        self.events = events
        self.differences = differences
    }

    /// Pretty-printed JSON with sorted keys, so output is stable across runs.
    public func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
