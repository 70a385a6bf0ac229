import StorylineModel

/// Runs every extraction stage over a loaded corpus and returns the event model.
public struct StoryBuilder: Sendable {
    public init() {}

    /// Builds the story from `corpus`.
    public func build(_ corpus: LoadedCorpus) -> Story {
        var story = Story(name: corpus.name, documents: corpus.documents, warnings: corpus.warnings)
        let segmenter = Segmenter()
        var resolver = ActorResolver(known: corpus.storyFile.actors)
        let quoteExtractor = QuoteExtractor()
        let normalizer = TimeNormalizer(references: corpus.storyFile.references)
        for (index, document) in corpus.documents.enumerated() {
            let segmented = segmenter.segment(document, documentIndex: index)
            story.sentences.append(segmented.sentences)
            story.furniture += segmented.furniture
            let mentions = resolver.resolve(document, documentIndex: index, sentences: segmented.sentences)
            story.mentions += mentions
            story.quotes += quoteExtractor.extract(
                document, documentIndex: index, sentences: segmented.sentences,
                mentions: mentions, actors: resolver.actors, firstID: story.quotes.count)
            story.times += normalizer.normalize(
                document, documentIndex: index, sentences: segmented.sentences,
                anchor: document.published, assumed: document.publishedSource == .assumed)
        }
        story.actors = resolver.actors
        story.events = EventBuilder().events(in: story)
        return story
    }
}
