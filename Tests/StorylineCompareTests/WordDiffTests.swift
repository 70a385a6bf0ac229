import StorylineCompare
import StorylineModel
import Testing

@Suite struct WordDiffTests {
    /// The words of each run, per side.
    func runs(_ a: String, _ b: String) -> [(DiffOpKind, String, String)] {
        WordDiff.diff(a, b).map { op in
            let left = String(decoding: Array(a.utf8)[op.a], as: UTF8.self)
            let right = String(decoding: Array(b.utf8)[op.b], as: UTF8.self)
            return (op.kind, left, right)
        }
    }

    @Test func insertionsAndDeletionsAreWordRuns() {
        let result = runs("prepare for dialogue as well as confrontation", "prepare for dialogue and confrontation")
        #expect(result.map(\.0) == [.equal, .delete, .insert, .equal])
        #expect(result[1].1 == "as well as")
        #expect(result[2].2 == "and")
        #expect(result[3].1 == "confrontation")
    }

    @Test func caseAndPunctuationDoNotCount() {
        let result = runs("Mr. Kim said: \"yes.\"", "mr Kim said yes")
        #expect(result.map(\.0) == [.equal])
    }

    @Test func emptySidesAreAllInsertOrDelete() {
        #expect(runs("", "two words").map(\.0) == [.insert])
        #expect(runs("two words", "").map(\.0) == [.delete])
        #expect(WordDiff.diff("", "").isEmpty)
    }

    @Test func sentenceDiffUsesDocumentOffsets() throws {
        let story = StoryFixture.story(["Intro line here.\nThe talks stalled in May.", "The talks collapsed in May."])
        let ops = WordDiff.diff(story, SentenceRef(document: 0, sentence: 1), SentenceRef(document: 1, sentence: 0))
        let deleted = try #require(ops.first { $0.kind == .delete })
        let text = story.documents[0].text(in: TextRange(start: deleted.a.lowerBound, end: deleted.a.upperBound))
        #expect(text == "stalled")
    }
}
