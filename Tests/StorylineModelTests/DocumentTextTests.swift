import Testing
@testable import StorylineModel

/// Reading a document's text and a time expression's words by byte range.
@Suite("Document text by range")
struct DocumentTextTests {
    @Test("A range gives exactly its bytes, clamped to the text; a cut character reads as a replacement")
    func exactBytes() {
        let document = Document(id: "d", path: "d.txt", text: "Né en 2019")
        #expect(document.text(in: TextRange(start: 0, end: 3)) == "Né")
        #expect(document.text(in: TextRange(start: 7, end: 99)) == "2019")
        #expect(document.text(in: TextRange(start: 5, end: 2)) == "")
        // "é" is two bytes: a range ending inside it keeps its first byte, as UTF-8 decoding does.
        #expect(document.text(in: TextRange(start: 0, end: 2)) == "N\u{FFFD}")
        #expect(Array(document.utf8(in: TextRange(start: 1, end: 3))) == [0xC3, 0xA9])
    }

    @Test("A time expression's words are its document's text at its range")
    func timeWords() {
        var story = Story(name: "s")
        story.documents = [Document(id: "d", path: "d.txt", text: "It opened in 2019.")]
        let time = TimeExpression(
            value: "2019", precision: .year, interval: DayInterval(earliest: nil, latest: nil), document: 0, sentence: 0,
            range: TextRange(start: 10, end: 17))
        #expect(story.text(of: time) == "in 2019")
        var elsewhere = time
        elsewhere.document = 3
        #expect(story.text(of: elsewhere) == "")
    }
}
