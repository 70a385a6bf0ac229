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
