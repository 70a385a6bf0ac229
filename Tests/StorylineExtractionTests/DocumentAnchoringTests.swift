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

    @Test func scannerMatchesTheGeneralPathWhereRangesCutWords() {
        var story = story(["Overworked harbourmasters re-timetabled crossings, ferry-operators’ unions grumbled endlessly"])
        let text = story.documents[0].text.utf8.count
        // Ranges ending inside a stem, past a stem, on a hyphen and on a multi-byte mark.
        for end in [14, 20, 33, 35, 36, 58, 61, 62, text - 3, text] {
            story.sentences[0] = [Sentence(document: 0, index: 0, paragraph: 0, range: TextRange(start: 0, end: end), kind: .body)]
            var scanner = ShingleScanner(rate: 1)
            #expect(scanner.shingles(story, 0) == reference(story, 0), "end \(end)")
        }
        #expect(reference(story, 0).count >= 5)
    }

    @Test func indexCountsEachShingleOncePerDocument() {
        var index = ShingleIndex([[1, 2, 2], [2, 3]])
        #expect(index.count == 3)
        let two = index.firstSighting(of: 2, in: 10)
        #expect(two.map(index.holders) == [0, 1])
        #expect(index.firstSighting(of: 2, in: 10) == nil)
        #expect(index.firstSighting(of: 1, in: 10).map(index.holders) == [0])
        #expect(index.firstSighting(of: 4, in: 10) == nil)
        #expect(index.firstSighting(of: 2, in: 11) == two)
    }

    @Test func indexLeavesOutShinglesWithTooManyHolders() {
        var index = ShingleIndex([[1, 2], [2, 3], [2, 3, 3]], maximumHolders: 2)
        #expect(index.count == 2)
        #expect(index.firstSighting(of: 2, in: 0) == nil)
        #expect(index.firstSighting(of: 3, in: 0).map(index.holders) == [1, 2])
        #expect(index.firstSighting(of: 1, in: 0).map(index.holders) == [0])
    }

    /// Wording every dated article shares (stock phrases).
    static let stock = [
        "Harbour officials approved the revised ferry timetable after residents complained loudly.",
        "Island councillors welcomed extra sailings while operators warned about rising fuel costs.",
    ]
    /// Wording one dated article shares.
    static let rare = "Glassblowers in Vellmoor unveiled a cobalt lantern mosaic beside the granary."

    @Test func sightingsCountDatedHoldersAndWeighRareShinglesMore() {
        var fixture = EventFixture()
        let day = EventFixture.day(2022, 2, 14)
        fixture.articles = (0..<4).map { .init(id: "d\($0)", published: day, sentences: Self.stock) }
        fixture.articles.append(.init(id: "r", published: day, sentences: [Self.rare]))
        let story = fixture.story()
        var scanner = ShingleScanner(rate: 1)
        var index = ShingleIndex([scanner.shingles(story, 0) + scanner.shingles(story, 4)])
        let sightings = DatedSightings(story, &scanner, &index)
        #expect(sightings.documents == [0, 1, 2, 3, 4])
        #expect(sightings.entries(0).count == scanner.shingles(story, 0).count)
        #expect(sightings.entries(0) == sightings.entries(3))
        let weights = sightings.weights()
        let stockWeights = Set(sightings.entries(0).map { weights[Int($0)] })
        let rareWeights = Set(sightings.entries(4).map { weights[Int($0)] })
        #expect(stockWeights.count == 1 && rareWeights.count == 1)
        #expect((stockWeights.first ?? 0) > 0)
        #expect((stockWeights.first ?? 0) < (rareWeights.first ?? 0))
    }

    @Test func rareSharedWordingOutweighsStockWording() {
        var fixture = EventFixture()
        fixture.articles = (0..<4).map { .init(id: "d\($0)", published: EventFixture.day(2022, 2, 10 + $0), sentences: Self.stock) }
        fixture.articles.append(.init(id: "r", published: EventFixture.day(2022, 3, 1), sentences: [Self.rare]))
        fixture.articles.append(.init(id: "u", sentences: Self.stock + [Self.rare]))
        var story = fixture.story()
        // Six stock shingles shared with every "d" article against three rare ones with "r".
        #expect(DocumentAnchoring().anchors(in: story).map(\.anchor) == [4])
        DocumentAnchoring().anchor(&story)
        #expect(story.documents[5].published == EventFixture.day(2022, 3, 1))
        #expect(story.documents[5].publishedSource == .assumed)
    }

    @Test func aSingleDatedDocumentStillAnchors() {
        var fixture = EventFixture()
        fixture.articles = [
            .init(id: "d", published: EventFixture.day(2022, 2, 14), sentences: Self.stock),
            .init(id: "u", sentences: [Self.stock[0]]),
        ]
        #expect(DocumentAnchoring().anchors(in: fixture.story()).map(\.anchor) == [0])
    }
}
