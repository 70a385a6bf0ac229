/// The whole event model of a set of articles.
public struct Story: Sendable {
    /// Name of the story (from story.yaml, else the folder name).
    public var name: String
    /// Articles, in the order read.
    public var documents: [Document]
    /// Sentences of each document: `sentences[d][i]` is sentence i of document d.
    public var sentences: [[Sentence]]
    /// Page furniture kept out of sentences.
    public var furniture: [Furniture]
    /// Actors; `actors[i].id == i`.
    public var actors: [Actor]
    /// Every actor mention.
    public var mentions: [Mention]
    /// Quotes; `quotes[i].id == i`.
    public var quotes: [Quote]
    /// Normalized time expressions.
    public var times: [TimeExpression]
    /// Events ordered by date.
    public var events: [Event]
    /// Cross-article sentence alignment (filled by the compare stage).
    public var alignments: [SentenceAlignment]
    /// Typed differences between articles (filled by the compare stage).
    public var differences: [Difference]
    /// Problems met while reading the input (non-fatal).
    public var warnings: [InputWarning]

    public init(
        name: String, documents: [Document] = [], sentences: [[Sentence]] = [], furniture: [Furniture] = [],
        actors: [Actor] = [], mentions: [Mention] = [], quotes: [Quote] = [], times: [TimeExpression] = [],
        events: [Event] = [], alignments: [SentenceAlignment] = [], differences: [Difference] = [],
        warnings: [InputWarning] = []
    ) {
        self.name = name
        self.documents = documents
        self.sentences = sentences
        self.furniture = furniture
        self.actors = actors
        self.mentions = mentions
        self.quotes = quotes
        self.times = times
        self.events = events
        self.alignments = alignments
        self.differences = differences
        self.warnings = warnings
    }

    /// The sentence a reference points at, if it exists.
    public func sentence(_ ref: SentenceRef) -> Sentence? {
        guard sentences.indices.contains(ref.document),
              sentences[ref.document].indices.contains(ref.sentence) else { return nil }
        return sentences[ref.document][ref.sentence]
    }

    /// The text of the sentence a reference points at ("" when it does not exist).
    public func text(of ref: SentenceRef) -> String {
        guard let sentence = sentence(ref) else { return "" }
        return documents[ref.document].text(in: sentence.range)
    }

    /// The words a time expression came from ("" when its document does not exist).
    public func text(of time: TimeExpression) -> String {
        String(decoding: utf8(of: time), as: UTF8.self)
    }

    /// The bytes of `text(of:)`, read in place.
    public func utf8(of time: TimeExpression) -> Substring.UTF8View {
        guard documents.indices.contains(time.document) else { return ""[...].utf8 }
        return documents[time.document].utf8(in: time.range)
    }

    /// The actor a user means by `name`, ignoring case: a canonical name or alias first,
    /// else the only actor one of whose names ends with that word sequence ("Okafor").
    public func actor(named name: String) -> Actor? {
        if let exact = actors.first(where: { $0.isNamed(name) }) { return exact }
        let wanted = name.lowercased().split(whereSeparator: { $0 == " " })
        guard !wanted.isEmpty else { return nil }
        let matches = actors.filter { actor in
            ([actor.name] + actor.aliases).contains { candidate in
                let words = candidate.lowercased().split(whereSeparator: { $0 == " " })
                return words.count > wanted.count && Array(words.suffix(wanted.count)) == wanted
            }
        }
        return matches.count == 1 ? matches.first : nil
    }
}

/// A non-fatal problem with one input file.
public struct InputWarning: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file concerned.
    public var path: String
    /// One line saying what is wrong (and, where it helps, the line number).
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
