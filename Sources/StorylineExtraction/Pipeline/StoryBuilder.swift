import StorylineModel

/// Runs every extraction stage over a loaded corpus and returns the event model.
///
/// Order: segment every document; resolve actors in all of them; anchor undated articles on
/// the dated article they overlap most; then quotes and times per document; then events
/// across the corpus. Every step is linear in corpus size.
public struct StoryBuilder: Sendable {
    public init() {}

    /// Builds the story from `corpus`.
    public func build(_ corpus: LoadedCorpus) -> Story {
        var story = Story(name: corpus.name, documents: corpus.documents, warnings: corpus.warnings)
        let segmenter = Segmenter()
        story.sentences.reserveCapacity(story.documents.count)
        for (index, document) in story.documents.enumerated() {
            let segmented = segmenter.segment(document, documentIndex: index)
            // Sentence lists are kept to the end: a list grown by doubling is copied to its size.
            var sentences = segmented.sentences
            sentences.shrinkToFit(minimumSpare: sentences.count / 8 + 4)
            story.sentences.append(sentences)
            story.furniture += segmented.furniture
        }
        story.furniture.shrinkToFit()
        TitleFallback.apply(to: &story)

        var resolver = ActorResolver(known: corpus.storyFile.actors)
        resolver.noteOutlets(story.documents.lazy.compactMap(\.outlet))
        // Each document's slice of `story.mentions`: the mentions are kept once, not also per document.
        var mentionRanges: [Range<Int>] = []
        mentionRanges.reserveCapacity(story.documents.count)
        for (index, document) in story.documents.enumerated() {
            let start = story.mentions.count
            story.mentions += resolver.resolve(document, documentIndex: index, sentences: story.sentences[index])
            mentionRanges.append(start..<story.mentions.count)
        }
        story.mentions.shrinkToFit()
        story.actors = resolver.actors

        DocumentAnchoring().anchor(&story)

        let quoteExtractor = QuoteExtractor()
        let normalizer = TimeNormalizer(references: corpus.storyFile.references)
        var timeTexts = StringInterner()
        for (index, document) in story.documents.enumerated() {
            let sentences = story.sentences[index]
            story.quotes += quoteExtractor.extract(
                document, documentIndex: index, sentences: sentences,
                mentions: story.mentions[mentionRanges[index]], actors: story.actors, firstID: story.quotes.count)
            let firstTime = story.times.count
            story.times += normalizer.normalize(
                document, documentIndex: index, sentences: sentences,
                anchor: document.published, assumed: document.publishedSource == .assumed)
            // The same phrases ("earlier this month") recur across articles: one string each.
            for time in firstTime..<story.times.count { timeTexts.intern(&story.times[time].text) }
        }
        // The events stage is the peak of memory: drop the spare capacity that appending left.
        story.quotes.shrinkToFit()
        story.times.shrinkToFit()
        story.events = EventBuilder(known: corpus.storyFile.actors, actors: story.actors).events(in: story)
        return story
    }
}

/// Gives documents without a title the headline that opens them.
enum TitleFallback {
    /// Only a headline before any body sentence counts: a sub-heading further down
    /// ("A Tense Relationship") names a section, not the article.
    static func apply(to story: inout Story) {
        for index in story.documents.indices where story.documents[index].title == nil {
            guard story.sentences.indices.contains(index),
                  let first = story.sentences[index].first, first.kind == .headline else { continue }
            let headline = story.documents[index].text(in: first.range)
            if !headline.isEmpty { story.documents[index].title = headline }
        }
    }
}

/// Makes equal strings share one heap buffer: a string too long to be stored inline
/// (over 15 UTF-8 bytes) whose bytes were met before is replaced by the first one.
struct StringInterner: Sendable {
    /// A string compared and hashed by its bytes (canonically equivalent strings with
    /// other bytes stay apart: an interned string keeps its exact bytes).
    private struct Bytes: Hashable, Sendable {
        let string: String

        static func == (lhs: Bytes, rhs: Bytes) -> Bool { lhs.string.utf8.elementsEqual(rhs.string.utf8) }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// The first string of each byte sequence met.
    private var known: Set<Bytes> = []

    /// Replaces `string` by the one with the same bytes met before, if any (short strings
    /// are left alone: they hold no buffer).
    mutating func intern(_ string: inout String) {
        guard string.utf8.count > 15 else { return }
        let (inserted, member) = known.insert(Bytes(string: string))
        if !inserted { string = member.string }
    }
}
