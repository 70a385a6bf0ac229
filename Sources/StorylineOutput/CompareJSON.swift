import Foundation
import StorylineCompare
import StorylineModel

/// The stable JSON schema of `storyline compare --json`.
public struct CompareJSON: Codable, Sendable {
    /// Schema version (1).
    public var schema: Int
    /// Story name.
    public var story: String
    /// The articles compared.
    public var documents: [DocumentJSON]
    /// Aligned sentence pairs.
    public var alignments: [AlignmentJSON]
    /// Events in timeline order, each with its differences.
    public var events: [EventJSON]
    /// Every difference: those of events first, then those tied to none.
    public var differences: [DifferenceJSON]

    /// An article.
    public struct DocumentJSON: Codable, Sendable {
        /// Stable identifier.
        public var id: String
        /// Title, when known.
        public var title: String?
        /// Outlet, when known.
        public var outlet: String?
        /// Number of sentences.
        public var sentences: Int
    }

    /// A sentence of an article.
    public struct SentenceJSON: Codable, Sendable {
        /// Article id.
        public var document: String
        /// Sentence index within the article (0-based).
        public var sentence: Int
        /// First byte of the sentence in the article file.
        public var start: Int
        /// One past its last byte.
        public var end: Int
        /// The sentence as written.
        public var text: String
    }

    /// Two aligned sentences and their similarity (0…1).
    public struct AlignmentJSON: Codable, Sendable {
        /// Sentence in the first article.
        public var a: SentenceJSON
        /// Sentence in the other article.
        public var b: SentenceJSON
        /// Similarity (0…1).
        public var score: Double
    }

    /// An event: which articles report it and the indices of its differences.
    public struct EventJSON: Codable, Sendable {
        /// Stable identifier.
        public var id: String
        /// Event title.
        public var title: String
        /// Date label at its precision.
        public var date: String
        /// Articles reporting it.
        public var documents: [String]
        /// Indices into `differences`.
        public var differences: [Int]
    }

    /// A typed difference; `b` is null for a sentence found in only one article.
    public struct DifferenceJSON: Codable, Sendable {
        /// Difference kind (quote-wording, number, title-or-role, date-or-time, negation-or-modality, only-in-one).
        public var kind: String
        /// Event id, when attached.
        public var event: String?
        /// Sentence in the first article.
        public var a: SentenceJSON
        /// Sentence in the other article; null for a sentence only one article has.
        public var b: SentenceJSON?
        /// Differing words on side a (empty: not stated there).
        public var aText: String
        /// Differing words on side b (empty: not stated there).
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
                id: group.event.id, title: group.event.title, date: group.event.dateWithoutDerivation.label,
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
