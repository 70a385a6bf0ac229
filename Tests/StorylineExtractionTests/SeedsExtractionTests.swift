import Foundation
import StorylineExtraction
import StorylineModel
import StorylineTestSupport
import Testing

/// The seed articles through segmentation, actors and quotes.
enum SeedFixture {
    /// The actors story.yaml names (written here so this test does not depend on the loader).
    static let known: [KnownActor] = [
        KnownActor(name: "Kim Jong-un", kind: .person, aliases: ["North Korean leader", "Kim Jong Un"]),
        KnownActor(name: "Joe Biden", kind: .person, aliases: ["President Biden", "President Joe Biden"]),
        KnownActor(name: "Donald Trump", kind: .person),
        KnownActor(name: "North Korea", kind: .country, aliases: ["Pyongyang", "DPRK", "North Korean government", "the North"]),
        KnownActor(name: "United States", kind: .country, aliases: ["US", "U.S.", "USA", "United States of America", "Washington"]),
        KnownActor(name: "KCNA", kind: .organisation, aliases: ["Korean Central News Agency", "state media outlet KCNA"]),
    ]

    struct Result {
        var documents: [Document] = []
        var sentences: [[Sentence]] = []
        var mentions: [Mention] = []
        var quotes: [Quote] = []
        var actors: [Actor] = []
    }

    /// Runs the three stages over both seed articles.
    static func run() throws -> Result {
        var result = Result()
        var resolver = ActorResolver(known: known)
        for (index, name) in ["002_d60d3a7d0246a6f4.txt", "000_831ac7d220a8a066.txt"].enumerated() {
            let url = RepositoryPaths.seeds.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let document = Document(id: name, path: url.path, text: text)
            let sentences = Segmenter().segment(document, documentIndex: index).sentences
            let mentions = resolver.resolve(document, documentIndex: index, sentences: sentences)
            result.quotes += QuoteExtractor().extract(
                document, documentIndex: index, sentences: sentences, mentions: mentions,
                actors: resolver.actors, firstID: result.quotes.count)
            result.documents.append(document)
            result.sentences.append(sentences)
            result.mentions += mentions
        }
        result.actors = resolver.actors
        return result
    }
}

@Suite struct SeedsExtractionTests {
    private func speakers(_ result: SeedFixture.Result, ofQuoteContaining fragment: String) -> [String?] {
        result.quotes.filter { $0.text.contains(fragment) }.map { quote in quote.speaker.map { result.actors[$0].name } }
    }

    @Test func attributesTheSeedQuotes() throws {
        let result = try SeedFixture.run()
        #expect(speakers(result, ofQuoteContaining: "calibrated practical approach") == ["Jen Psaki", "Jen Psaki"])
        #expect(speakers(result, ofQuoteContaining: "grand bargain") == ["Jen Psaki", "Jen Psaki"])
        #expect(speakers(result, ofQuoteContaining: "thug") == ["Joe Biden"])
        #expect(speakers(result, ofQuoteContaining: "serious threat") == ["Joe Biden", "Joe Biden"])
        #expect(speakers(result, ofQuoteContaining: "hostile policy") == ["North Korea", "North Korea"])
        #expect(speakers(result, ofQuoteContaining: "sharply and promptly") == ["Kim Jong-un", "Kim Jong-un"])
        #expect(speakers(result, ofQuoteContaining: "stern deterrent") == ["Joe Biden"])
        #expect(result.quotes.allSatisfy { $0.speaker != nil })
        #expect(result.quotes.first { $0.text == "thug" }?.kind == .phrase)
        #expect(result.quotes.filter { $0.text.contains("grand bargain") }.allSatisfy { $0.kind == .quote })
    }

    @Test func quoteAndSentenceRangesMatchTheFiles() throws {
        let result = try SeedFixture.run()
        for quote in result.quotes {
            #expect(result.documents[quote.document].text(in: quote.range) == quote.text)
            let sentence = result.sentences[quote.document][quote.sentence]
            #expect(sentence.range.contains(offset: quote.range.start))
        }
        #expect(result.quotes.map(\.id) == Array(0..<result.quotes.count))
        let sentenceTexts = result.sentences[0].map { result.documents[0].text(in: $0.range) }
        #expect(sentenceTexts.count == 17)
        #expect(sentenceTexts.contains("The US State Department later elaborated on its new North Korea policy."))
        #expect(!sentenceTexts.contains { $0.contains("Published") })
        let headlines = result.sentences[1].filter { $0.kind == .headline }.map { result.documents[1].text(in: $0.range) }
        #expect(headlines == ["A Tense Relationship"])
    }

    @Test func resolvesTheSeedActors() throws {
        let result = try SeedFixture.run()
        func names(mentionedAs text: String) -> Set<String> {
            Set(result.mentions.filter { result.documents[$0.document].text(in: $0.range) == text }.map { result.actors[$0.actor].name })
        }
        #expect(names(mentionedAs: "Mr Kim") == ["Kim Jong-un"])
        #expect(names(mentionedAs: "Mr. Kim") == ["Kim Jong-un"])
        #expect(names(mentionedAs: "Mr. Biden") == ["Joe Biden"])
        #expect(names(mentionedAs: "Washington") == ["United States"])
        #expect(names(mentionedAs: "Pyongyang").isEmpty)
        #expect(names(mentionedAs: "North Korean government") == ["North Korea"])
        #expect(names(mentionedAs: "He") == ["Kim Jong-un"])
        #expect(names(mentionedAs: "she") == ["Jen Psaki"])
        #expect(result.actors.first { $0.name == "Jen Psaki" }?.kind == .person)
        #expect(result.actors.first { $0.name == "Workers' Party" }?.kind == .organisation)
        #expect(result.actors.filter { $0.kind == .person }.count == 4)
    }
}
