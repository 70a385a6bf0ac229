import StorylineExtraction
import StorylineModel
import Testing

/// Scrambled texts through the stages and the whole model: nothing crashes and every range stays inside the text.
@Suite struct TextRobustnessTests {
    /// A fixed-seed generator, so failures are reproducible.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((value ^ (value >> 31)) % UInt64(bound))
        }
    }

    static let pieces = [
        "Mr", "Mr.", "Ms", "Dr.", " ", " ", " ", "\n", "\n\n", ".", ". ", "?", "!", ",", "\"", "\u{201C}", "\u{201D}",
        "'", "\u{2019}s", "'s", "-", "- ", "\u{2022} ", "...", "\u{2026}", "said", "he", "she", "which", "according to",
        "Kim", "Lee Min-ho", "President", "leader", "the", "North Korea", "Washington", "in", "U.S.", "KCNA",
        "Department", "Ministry of", "Party", "\u{00E9}", "\u{4E2D}", "\u{1F600}", "\u{FFFD}", "\t", "3.5", "Jan.", "Published",
        "\u{00A0}", "\u{202F}", "on\u{00A0}Monday", "15th June", "\u{00AB}",
    ]

    @Test func scrambledTextsNeverBreakTheStages() {
        var random = SplitMix(state: 42)
        var texts: [String] = []
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<random.next(120) { text += Self.pieces[random.next(Self.pieces.count)] }
            texts.append(text)
        }
        let known = [KnownActor(name: "North Korea", kind: .country, aliases: ["Pyongyang"])]
        let run = StagesRun(texts, known: known)
        for mention in run.mentions {
            #expect(mention.range.end <= run.documents[mention.document].text.utf8.count)
            #expect(mention.actor < run.actors.count)
        }
        for quote in run.quotes {
            #expect(run.documents[quote.document].text(in: quote.range) == quote.text)
            #expect(quote.speaker.map { $0 < run.actors.count } ?? true)
        }
        #expect(run.quotes.map(\.id) == Array(0..<run.quotes.count))
        #expect(run.actors.enumerated().allSatisfy { $0.offset == $0.element.id })
    }

    static let clauses = [
        " Tormund said on\u{00A0}Monday that ", " Mr Arden met Lee Min-ho in Harlow on 15th June. ",
        " \"We will respond firmly,\" he said. ", " The parade was held in January in Harlow. ",
        " President Jo Roe on Sunday said the talks had failed. ", " Officials said last\u{202F}week that ",
    ]

    @Test func scrambledTextsNeverBreakTheWholeModel() {
        // Times, events, merging and anchoring too (half the articles undated, so anchoring runs).
        var random = SplitMix(state: 7)
        var documents: [Document] = []
        for index in 0..<40 {
            var text = ""
            for _ in 0..<random.next(160) {
                // Whole clauses among the scraps, so that events, times and merging have work.
                text += random.next(3) == 0 ? Self.clauses[random.next(Self.clauses.count)] : Self.pieces[random.next(Self.pieces.count)]
            }
            let published = index % 2 == 0 ? CalendarDay(year: 2021, month: 6, day: 18) : nil
            documents.append(Document(id: "d\(index)", path: "d\(index).txt", published: published, text: text))
        }
        let story = StoryBuilder().build(LoadedCorpus(documents: documents))
        for time in story.times { #expect(time.range.end <= story.documents[time.document].text.utf8.count) }
        for event in story.events {
            for ref in event.evidence {
                #expect(story.sentences.indices.contains(ref.document) && story.sentences[ref.document].indices.contains(ref.sentence))
            }
            #expect(!event.title.isEmpty && event.title.count <= 60, "\(event.title)")
        }
        // The scramble has verbs of saying and names enough to make events and times.
        #expect(!story.events.isEmpty && !story.times.isEmpty)
    }
}
