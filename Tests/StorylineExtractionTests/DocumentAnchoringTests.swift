import StorylineModel
import Testing
@testable import StorylineExtraction

/// The anchoring's one-pass shingle scanner against the general path it replaces: words from
/// `EventWordScanner`, content words by length and stop words, stems rolled three at a time.
@Suite struct DocumentAnchoringTests {
    /// Shingles the way the general word scanner yields them (every one kept).
    func reference(_ story: Story, _ document: Int) -> [UInt64] {
        TextBytes.with(story.documents[document].text) { bytes in
            var result: [UInt64] = []
            for sentence in story.sentences[document] {
                var first: UInt64 = 0, second: UInt64 = 0, content = 0
                for word in EventWordScanner.words(in: bytes, range: sentence.range)
                where word.length >= 3 && !EventCueLexicon.stopWords.contains(word.key) {
                    content += 1
                    if content >= 3 { result.append(WordHash.combine(WordHash.combine(first, second), word.stem)) }
                    first = second
                    second = word.stem
                }
            }
            return result
        }
    }

    func story(_ sentences: [String]) -> Story {
        var fixture = EventFixture()
        fixture.articles = [.init(id: "a", sentences: sentences)]
        return fixture.story()
    }

    @Test func scannerYieldsTheGeneralPathsShingles() {
        let story = story([
            "The ferry operators’ union rejected the “final” offer — again — after talks collapsed.",
            "Cross-border trains, buses and well-known ferries resumed: 1,200 passengers waited at Köln-Deutz.",
            "Ministers said the deal's costs were “unaffordable” … critics disagreed.",
            "Plans, plans, plans: is it news?",
            "Résumé writers-in-residence met co-op leaders -- and 3rd-quarter figures -x rose.",
            "Short",
            "Gas bus news ties ideas buses classes ABCS statements STATES Ships' chess-players pass kiss gases tasks.",
            "Naïve cafés’ crêpes ÉCOLES über-fans Größes crisis-hit stats dogs cats eggs sails.",
        ])
        var scanner = ShingleScanner(rate: 1)
        let expected = reference(story, 0)
        #expect(expected.count > 10)
        #expect(scanner.shingles(story, 0) == expected)
    }

    @Test func samplingKeepsTheShinglesWhoseHashIsAMultipleOfTheRate() {
        let story = story([
            "Harbour officials approved the revised ferry timetable after residents complained about cancelled crossings.",
            "Island councillors welcomed extra sailings while operators warned about rising fuel costs.",
        ])
        for rate: UInt64 in [3, 4, 8] {
            var scanner = ShingleScanner(rate: rate)
            #expect(scanner.shingles(story, 0) == reference(story, 0).filter { $0 % rate == 0 }, "rate \(rate)")
        }
    }

    @Test func scannerSkipsMissingDocumentsAndEmptyRanges() {
        var story = story(["Harbour officials approved the revised ferry timetable."])
        story.sentences[0].append(Sentence(document: 0, index: 1, paragraph: 1, range: TextRange(start: 5, end: 2), kind: .body))
        var scanner = ShingleScanner(rate: 1)
        #expect(scanner.shingles(story, 0) == reference(story, 0))
        #expect(scanner.shingles(story, 7).isEmpty)
    }

    @Test func indexCountsEachShingleOncePerDocument() {
        var index = ShingleIndex([[1, 2, 2], [2, 3]])
        #expect(index.firstSighting(of: 2, in: 10) == [0, 1])
        #expect(index.firstSighting(of: 2, in: 10).isEmpty)
        #expect(index.firstSighting(of: 1, in: 10) == [0])
        #expect(index.firstSighting(of: 4, in: 10).isEmpty)
        #expect(index.firstSighting(of: 2, in: 11) == [0, 1])
    }
}
