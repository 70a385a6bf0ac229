import StorylineExtraction
import StorylineModel

/// Small helpers for the extraction tests: documents from literals, sentence texts.
enum ExtractionFixture {
    /// A document made from `text`.
    static func document(_ text: String, id: String = "test") -> Document {
        Document(id: id, path: "\(id).txt", text: text)
    }

    /// Sentence texts of `text`.
    static func sentenceTexts(_ text: String) -> [String] {
        let document = document(text)
        return Segmenter().segment(document, documentIndex: 0).sentences.map { document.text(in: $0.range) }
    }
}

/// The three stages over short texts, with readable views of the results.
struct StagesRun {
    var documents: [Document] = []
    var mentions: [Mention] = []
    var quotes: [Quote] = []
    var actors: [Actor] = []

    /// Runs segmentation, actors and quotes over `texts` (one document each).
    init(_ texts: [String], known: [KnownActor] = [], outlets: [String] = []) {
        var resolver = ActorResolver(known: known)
        resolver.noteOutlets(outlets)
        for (index, text) in texts.enumerated() {
            let document = ExtractionFixture.document(text, id: "doc\(index)")
            let sentences = Segmenter().segment(document, documentIndex: index).sentences
            let found = resolver.resolve(document, documentIndex: index, sentences: sentences)
            quotes += QuoteExtractor().extract(
                document, documentIndex: index, sentences: sentences, mentions: found,
                actors: resolver.actors, firstID: quotes.count)
            documents.append(document)
            mentions += found
        }
        actors = resolver.actors
    }

    /// Runs the stages over one text.
    init(_ text: String, known: [KnownActor] = [], outlets: [String] = []) { self.init([text], known: known, outlets: outlets) }

    /// "mention text → actor name" for every mention, in order.
    var mentionPairs: [String] {
        mentions.map { "\(documents[$0.document].text(in: $0.range)) → \(actors[$0.actor].name)" }
    }

    /// The canonical name of the actor mentioned by `text` (first such mention).
    func actorName(mentionedAs text: String) -> String? {
        mentions.first { documents[$0.document].text(in: $0.range) == text }.map { actors[$0.actor].name }
    }

    /// The speaker's name of the quote whose text contains `fragment`.
    func speaker(ofQuoteContaining fragment: String) -> String? {
        quotes.first { $0.text.contains(fragment) }?.speaker.map { actors[$0].name }
    }

    /// The actor named `name`.
    func actor(named name: String) -> Actor? { actors.first { $0.name == name } }
}
