import StorylineExtraction
import StorylineModel

/// Times each extraction stage on its own by running the stages the way `StoryBuilder` does.
///
/// The authoritative figure is `StoryBuilder.build`; this split only says where the time goes,
/// and may miss work the builder adds between stages.
enum StageTimer {
    /// Seconds per stage, in pipeline order.
    static func time(_ corpus: LoadedCorpus) -> [(String, Double)] {
        var segment = 0.0, actors = 0.0, quotes = 0.0, times = 0.0
        var story = Story(name: corpus.name, documents: corpus.documents, warnings: corpus.warnings)
        let segmenter = Segmenter()
        var resolver = ActorResolver(known: corpus.storyFile.actors)
        let quoteExtractor = QuoteExtractor()
        let normalizer = TimeNormalizer(references: corpus.storyFile.references)
        for (index, document) in corpus.documents.enumerated() {
            var start = Clock.now()
            let segmented = segmenter.segment(document, documentIndex: index)
            var end = Clock.now()
            segment += end - start
            start = end
            let mentions = resolver.resolve(document, documentIndex: index, sentences: segmented.sentences)
            end = Clock.now()
            actors += end - start
            start = end
            let found = quoteExtractor.extract(
                document, documentIndex: index, sentences: segmented.sentences,
                mentions: mentions, actors: resolver.actors, firstID: story.quotes.count)
            end = Clock.now()
            quotes += end - start
            start = end
            let normalized = normalizer.normalize(
                document, documentIndex: index, sentences: segmented.sentences,
                anchor: document.published, assumed: document.publishedSource == .assumed)
            times += Clock.now() - start
            story.sentences.append(segmented.sentences)
            story.furniture += segmented.furniture
            story.mentions += mentions
            story.quotes += found
            story.times += normalized
        }
        story.actors = resolver.actors
        let (_, events) = Clock.time { EventBuilder().events(in: story) }
        return [("segment", segment), ("actors", actors), ("quotes", quotes), ("times", times), ("events", events)]
    }
}
