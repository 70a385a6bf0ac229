import StorylineModel
import Testing
@testable import StorylineExtraction

/// Grouping a document's mentions read in place from a slice of the story's mentions.
@Suite struct MentionSliceTests {
    /// Mentions of (document, sentence) pairs, each naming actor = its position.
    func mentions(_ pairs: [(Int, Int)]) -> [Mention] {
        pairs.enumerated().map { offset, pair in
            Mention(actor: offset, document: pair.0, sentence: pair.1, range: TextRange(start: offset, end: offset + 1))
        }
    }

    @Test func aSliceGroupsAsTheSameMentionsInAnArrayOfTheirOwn() {
        // Document 1's mentions sit in the middle of the story's list: grouped in order, then out of order.
        for pairs in [[(0, 0), (0, 1), (1, 0), (1, 0), (1, 2), (2, 0)], [(0, 0), (1, 2), (1, 0), (1, 2), (1, -1), (2, 1)]] {
            let all = mentions(pairs)
            let slice = all[2..<5]
            let fromSlice = MentionsBySentence(slice, document: 1, sentences: 3)
            let fromArray = MentionsBySentence(Array(slice), document: 1, sentences: 3)
            for sentence in -1...3 {
                #expect(fromSlice[sentence].map(\.actor) == fromArray[sentence].map(\.actor))
            }
        }
        let grouped = MentionsBySentence(mentions([(0, 0), (1, 0), (1, 0), (1, 2), (2, 0)])[1..<4], document: 1, sentences: 3)
        #expect(grouped[0].map(\.actor) == [1, 2] && grouped[1].isEmpty && grouped[2].map(\.actor) == [3])
    }

    @Test func shrinkingDropsSpareCapacityOnlyBeyondTheAllowance() {
        var values: [Int] = []
        values.reserveCapacity(100)
        values += [1, 2, 3]
        values.shrinkToFit(minimumSpare: 200)
        #expect(values.capacity >= 100)
        values.shrinkToFit(minimumSpare: 4)
        #expect(values == [1, 2, 3] && values.capacity < 100)
    }
}

/// Quote words kept as slices of the document's text.
@Suite struct QuoteTextSliceTests {
    @Test func aSliceHoldsTheSameWordsAsACopyOfTheBytes() {
        let texts = ["He said \"no\" twice.", "Zoë said “ja” — “nöt now”.", "日本 “東京” 語", ""]
        for text in texts {
            TextBytes.with(text) { bytes in
                for start in -1...(bytes.count + 1) {
                    for end in start...(bytes.count + 2) {
                        let slice = QuoteExtractor.slice(of: text, bytes, TextRange(start: start, end: end))
                        let copy = TextBytes.string(bytes, start, max(start, end))
                        #expect(String(slice) == copy && Array(slice.utf8) == Array(copy.utf8))
                    }
                }
            }
        }
    }

    @Test func extractedQuotesAreTheDocumentTextInTheirRange() {
        let run = StagesRun("Mayor Ada Kent said \u{201C}the budget is fixed for all of next year\u{201D} and \"no more\".")
        #expect(run.quotes.map(\.text) == ["the budget is fixed for all of next year", "no more"])
        #expect(run.quotes.allSatisfy { run.documents[0].text(in: $0.range) == $0.text })
    }
}
