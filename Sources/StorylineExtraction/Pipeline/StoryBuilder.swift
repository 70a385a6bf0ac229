import StorylineModel

/// Runs every extraction stage over a loaded corpus and returns the event model.
///
/// Order: segment every document (an undated one takes the date of its own "Published …"
/// line); resolve actors in all of them; anchor undated articles on
/// the dated article they overlap most; then quotes and times per document; then events
/// across the corpus. Every step is linear in corpus size.
public struct StoryBuilder: Sendable {
    public init() {}

    /// Builds the story from `corpus`.
    public func build(_ corpus: LoadedCorpus) -> Story {
        var story = Story(name: corpus.name, documents: corpus.documents, warnings: corpus.warnings)
        if CountryTable.path == nil {
            story.warnings.append(InputWarning(
                path: BundledData.bundleName + "/" + CountryTable.fileName,
                message: "world table not found beside the executable: only the story file's countries are known"))
        }
        let segmenter = Segmenter()
        story.sentences.reserveCapacity(story.documents.count)
        for (index, document) in story.documents.enumerated() {
            let segmented = segmenter.segment(document, documentIndex: index)
            // Sentence lists are kept to the end: a list grown by doubling is copied to its size.
            var sentences = segmented.sentences
            sentences.shrinkToFit(minimumSpare: sentences.count / 8 + 4)
            story.sentences.append(sentences)
            if document.published == nil,
               let day = PublishedLine.date(in: document, documentIndex: index, furniture: segmented.furniture, sentences: sentences) {
                story.documents[index].published = day
                story.documents[index].publishedSource = .articleText
            }
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
        // Relatives named by a relation learnt later ("the sister of Y" before "X, the sister of Y").
        let late = resolver.lateRelativeMentions()
        if !late.isEmpty { Self.insert(late, into: &story.mentions, ranges: &mentionRanges) }
        story.mentions.shrinkToFit()
        story.actors = resolver.actors

        DocumentAnchoring().anchor(&story)

        let quoteExtractor = QuoteExtractor()
        let normalizer = TimeNormalizer(references: corpus.storyFile.references)
        for (index, document) in story.documents.enumerated() {
            let sentences = story.sentences[index]
            story.quotes += quoteExtractor.extract(
                document, documentIndex: index, sentences: sentences,
                mentions: story.mentions[mentionRanges[index]], actors: story.actors, firstID: story.quotes.count)
            story.times += normalizer.normalize(
                document, documentIndex: index, sentences: sentences,
                anchor: document.published, assumed: document.publishedSource == .assumed)
        }
        // The events stage is the peak of memory: drop the spare capacity that appending left.
        story.quotes.shrinkToFit()
        story.times.shrinkToFit()
        story.events = EventBuilder(known: corpus.storyFile.actors, actors: story.actors).events(in: story)
        return story
    }
}

extension StoryBuilder {
    /// Adds `late` mentions to their documents' slices of `mentions` (each slice kept in text
    /// order), moving the slices' `ranges` along.
    static func insert(_ late: [Mention], into mentions: inout [Mention], ranges: inout [Range<Int>]) {
        var rebuilt: [Mention] = []
        rebuilt.reserveCapacity(mentions.count + late.count)
        for document in ranges.indices {
            let start = rebuilt.count
            var slice = Array(mentions[ranges[document]])
            let added = late.filter { $0.document == document }
            if !added.isEmpty {
                slice += added
                slice.sort { $0.range < $1.range }
            }
            rebuilt += slice
            ranges[document] = start..<rebuilt.count
        }
        mentions = rebuilt
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
