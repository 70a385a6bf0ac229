import Foundation
import StorylineCompare
import StorylineModel
import StorylineOutput
import Testing

@Suite struct CompareOutputTests {
    /// Two short articles, one event covering their first sentences.
    func story() -> Story {
        let texts = [
            "The two leaders had met three times before the talks collapsed.\nThe envoy flew home to report to parliament on the failed talks.\nRebels also seized the northern airport and its fuel depot overnight.",
            "The two leaders had met twice before the talks collapsed.\nThe envoy flew home to report to the parliament on the failed talks.",
        ]
        var documents: [Document] = []
        var sentences: [[Sentence]] = []
        for (d, text) in texts.enumerated() {
            documents.append(Document(id: "art\(d)", path: "art\(d).txt", outlet: "Outlet \(d)", text: text))
            var offset = 0
            var list: [Sentence] = []
            for line in text.split(separator: "\n") {
                list.append(Sentence(document: d, index: list.count, paragraph: list.count, range: TextRange(start: offset, end: offset + line.utf8.count)))
                offset += line.utf8.count + 1
            }
            sentences.append(list)
        }
        let event = Event(
            id: "ev-meetings", title: "Leaders met", kind: .meeting, date: .undated, actors: [],
            evidence: [SentenceRef(document: 0, sentence: 0), SentenceRef(document: 1, sentence: 0)], quotes: [], triggers: ["met"])
        var story = Story(name: "Talks", documents: documents, sentences: sentences, events: [event])
        Comparer().annotate(&story)
        return story
    }

    @Test func textGroupsDifferencesByEventWithBothSides() {
        let text = CompareText().render(story())
        #expect(text.contains("Leaders met  — reported by art0, art1"))
        #expect(text.contains("number"))
        #expect(text.contains("art0 s1: “three times”  ↔  art1 s1: “twice”"))
        #expect(text.contains("Not tied to an event"))
        #expect(text.contains("only in art0 s3: “Rebels also seized the northern airport and its fuel depot overnight.”"))
    }

    @Test func jsonHasAStableSchemaThatRoundTrips() throws {
        let encoded = try CompareJSON(story()).encoded()
        let decoded = try JSONDecoder().decode(CompareJSON.self, from: Data(encoded.utf8))
        #expect(decoded.schema == 1)
        #expect(decoded.documents.map(\.id) == ["art0", "art1"])
        #expect(decoded.alignments.count == 2)
        let event = try #require(decoded.events.first)
        #expect(event.id == "ev-meetings")
        #expect(event.documents == ["art0", "art1"])
        let number = try #require(event.differences.first.map { decoded.differences[$0] })
        #expect(number.kind == "number")
        #expect(number.aText == "three times")
        #expect(number.bText == "twice")
        #expect(number.a.document == "art0")
        #expect(number.b?.text == "The two leaders had met twice before the talks collapsed.")
        let only = try #require(decoded.differences.first { $0.b == nil })
        #expect(only.kind == "only-in-one")
        #expect(only.event == nil)
        #expect(encoded.contains("\"aText\""))
    }
}
