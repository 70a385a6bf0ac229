import StorylineModel

/// Sentences and page furniture of one document.
public struct SegmentedDocument: Sendable {
    /// Sentences in text order.
    public var sentences: [Sentence]
    /// Page-furniture lines, kept out of sentences.
    public var furniture: [Furniture]

    /// Creates a segmented document.
    public init(sentences: [Sentence] = [], furniture: [Furniture] = []) {
        self.sentences = sentences
        self.furniture = furniture
    }
}

/// Splits a document's body into paragraphs and sentences with exact byte ranges.
public struct Segmenter: Sendable {
    /// Longest line, in words, still taken as a headline when it lacks closing punctuation.
    public var headlineMaxWords: Int

    /// Creates a segmenter.
    public init(headlineMaxWords: Int = 25) {
        self.headlineMaxWords = headlineMaxWords
    }

    /// Segments `document`, which has index `documentIndex` in the story.
    public func segment(_ document: Document, documentIndex: Int) -> SegmentedDocument {
        TextBytes.with(document.text) { bytes in
            var builder = SegmentBuilder(bytes: bytes, document: documentIndex, headlineMaxWords: headlineMaxWords)
            builder.run(from: min(max(0, document.bodyStart), bytes.count))
            return builder.result
        }
    }
}
