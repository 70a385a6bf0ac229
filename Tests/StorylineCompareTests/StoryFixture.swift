import StorylineCompare
import StorylineModel

/// Stories built by hand for the compare tests: every line of an article is one sentence.
enum StoryFixture {
    /// A story of `articles` (one string each, sentences on separate lines).
    static func story(_ articles: [String], events: [Event] = []) -> Story {
        var documents: [Document] = []
        var sentences: [[Sentence]] = []
        for (d, text) in articles.enumerated() {
            documents.append(Document(id: "doc\(d)", path: "doc\(d).txt", text: text))
            var list: [Sentence] = []
            var offset = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let length = line.utf8.count
                if !line.isEmpty {
                    list.append(Sentence(document: d, index: list.count, paragraph: list.count, range: TextRange(start: offset, end: offset + length)))
                }
                offset += length + 1
            }
            sentences.append(list)
        }
        var story = Story(name: "test", documents: documents, sentences: sentences)
        story.events = events
        return story
    }

    /// Alignments and differences of `articles`.
    static func compare(_ articles: [String]) -> (story: Story, alignments: [SentenceAlignment], differences: [Difference]) {
        var story = story(articles)
        let result = Comparer().compare(story)
        story.alignments = result.0
        story.differences = result.1
        return (story, result.0, result.1)
    }
}
