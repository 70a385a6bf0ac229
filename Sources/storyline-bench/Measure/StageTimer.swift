import StorylineExtraction
import StorylineModel

/// Times each extraction stage on its own by running the public stages in `StoryBuilder`'s order.
///
/// The authoritative figure is `StoryBuilder.build`; this split only says where the time goes.
/// Internal steps the builder runs between stages (title fallback, anchoring undated articles)
/// are not called here: their share is the build time minus the sum of these stages.
enum StageTimer {
    /// CPU seconds per stage (steadier than wall time on a shared machine), in pipeline order,
    /// with the resident memory and the live heap after each stage.
    static func time(_ corpus: LoadedCorpus) -> [(stage: String, seconds: Double, resident: Int, live: Int)] {
        var resident: [Int] = []
        var live: [Int] = []
        var story = Story(name: corpus.name, documents: corpus.documents, warnings: corpus.warnings)
        let (_, segment) = Clock.cpuTime {
            let segmenter = Segmenter()
            for (index, document) in story.documents.enumerated() {
                let segmented = segmenter.segment(document, documentIndex: index)
                story.sentences.append(segmented.sentences)
                story.furniture += segmented.furniture
            }
        }
        resident.append(ResourceUse.residentBytes()); live.append(ResourceUse.liveHeapBytes())
        // Mentions are kept once, with each document's slice, as `StoryBuilder` keeps them.
        var mentionRanges: [Range<Int>] = []
        let (_, actors) = Clock.cpuTime {
            var resolver = ActorResolver(known: corpus.storyFile.actors)
            for (index, document) in story.documents.enumerated() {
                let start = story.mentions.count
                story.mentions += resolver.resolve(document, documentIndex: index, sentences: story.sentences[index])
                mentionRanges.append(start..<story.mentions.count)
            }
            story.mentions = story.mentions.withUnsafeBufferPointer { Array($0) }  // spare capacity dropped
            story.actors = resolver.actors
        }
        resident.append(ResourceUse.residentBytes()); live.append(ResourceUse.liveHeapBytes())
        let (_, quotes) = Clock.cpuTime {
            let extractor = QuoteExtractor()
            for (index, document) in story.documents.enumerated() {
                story.quotes += extractor.extract(
                    document, documentIndex: index, sentences: story.sentences[index],
                    mentions: Array(story.mentions[mentionRanges[index]]), actors: story.actors, firstID: story.quotes.count)
            }
        }
        resident.append(ResourceUse.residentBytes()); live.append(ResourceUse.liveHeapBytes())
        let (_, times) = Clock.cpuTime {
            let normalizer = TimeNormalizer(references: corpus.storyFile.references)
            for (index, document) in story.documents.enumerated() {
                story.times += normalizer.normalize(
                    document, documentIndex: index, sentences: story.sentences[index],
                    anchor: document.published, assumed: document.publishedSource == .assumed)
            }
        }
        resident.append(ResourceUse.residentBytes()); live.append(ResourceUse.liveHeapBytes())
        // As `StoryBuilder` does before events, the peak of memory.
        story.quotes = story.quotes.withUnsafeBufferPointer { Array($0) }
        story.times = story.times.withUnsafeBufferPointer { Array($0) }
        let (events, eventSeconds) = Clock.cpuTime {
            EventBuilder(known: corpus.storyFile.actors, actors: story.actors).events(in: story)
        }
        resident.append(ResourceUse.residentBytes()); live.append(ResourceUse.liveHeapBytes())
        withExtendedLifetime(events) {}
        let seconds = [segment, actors, quotes, times, eventSeconds]
        return zip(["segment", "actors", "quotes", "times", "events"], zip(seconds, zip(resident, live))).map { ($0, $1.0, $1.1.0, $1.1.1) }
    }
}
