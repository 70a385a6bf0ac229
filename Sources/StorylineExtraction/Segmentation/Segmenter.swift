import StorylineModel

/// Sentences and page furniture of one document.
public struct SegmentedDocument: Sendable {
    public var sentences: [Sentence]
    public var furniture: [Furniture]

    public init(sentences: [Sentence] = [], furniture: [Furniture] = []) {
        self.sentences = sentences
        self.furniture = furniture
    }
}

/// Splits a document's body into paragraphs and sentences with exact byte ranges.
public struct Segmenter: Sendable {
    public init() {}

    /// Segments `document`, which has index `documentIndex` in the story.
    public func segment(_ document: Document, documentIndex: Int) -> SegmentedDocument {
        // Placeholder until the segmentation stage lands: one sentence per non-empty line.
        var result = SegmentedDocument()
        let bytes = Array(document.text.utf8)
        var lineStart = document.bodyStart
        var paragraph = 0
        for i in document.bodyStart...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if i > lineStart {
                let range = TextRange(start: lineStart, end: i)
                result.sentences.append(Sentence(document: documentIndex, index: result.sentences.count, paragraph: paragraph, range: range))
                paragraph += 1
            }
            lineStart = i + 1
        }
        return result
    }
}
