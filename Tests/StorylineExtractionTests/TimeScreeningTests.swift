import StorylineCorpus
import StorylineModel
import Testing
@testable import StorylineExtraction

/// The time normalizer skips sentences and tokens that cannot hold an expression; these
/// tests hold the fast path to the general one, which tries every token of every sentence.
@Suite struct TimeScreeningTests {
    static let references = [
        ReferenceDate(name: "Harbour vote", date: CalendarDay(year: 2024, month: 5, day: 2) ?? CalendarDay(daysSinceEpoch: 0),
                      phrases: ["the harbour vote", "the Norvanian harbour vote"]),
        ReferenceDate(name: "Swearing-in", date: CalendarDay(year: 2023, month: 1, day: 9) ?? CalendarDay(daysSinceEpoch: 0),
                      phrases: ["Mr Ostrander’s swearing-in", "the U.N. summit"]),
    ]

    /// Expressions of `sentences` (one document) on the fast and on the general path.
    func bothPaths(_ text: String, references: [ReferenceDate] = references, anchor: CalendarDay? = CalendarDay(year: 2024, month: 6, day: 1))
        -> (fast: [TimeExpression], general: [TimeExpression]) {
        let document = Document(id: "t", path: "t.txt", text: text)
        let sentences = Segmenter().segment(document, documentIndex: 0).sentences
        var normalizer = TimeNormalizer(references: references)
        let fast = normalizer.normalize(document, documentIndex: 0, sentences: sentences, anchor: anchor, assumed: false)
        normalizer.screening = false
        let general = normalizer.normalize(document, documentIndex: 0, sentences: sentences, anchor: anchor, assumed: false)
        return (fast, general)
    }

    @Test func trickySentencesGiveTheSameExpressionsOnBothPaths() {
        let text = """
            Delacroix-Ruiz met the co-chair in mid-June and again in early-2020, well before the mid-1990s boom.
            Growth was 1.8 percent in 2019, 12 percent in the 1990s and 3 percent in the '90s.
            The U.S.-led talks resumed on 2019-03-14, three days ago, after a 45-minute delay.
            The 2020 election came just days before the Norvanian harbour vote; since the harbour vote prices rose.
            Officials met on the eve of Mr Ostrander’s swearing-in and during the U.N. summit.
            Before the harbour vote, 300 people marched; after it, 7,500 did.
            The first quarter of 2021 and Q3 were weak, the 18th of June busy, and 90s rates rare.
            Talks will resume on 20 December, later this year, or in the coming weeks.
            A well-known late-night host spoke at 10:30 on Thursday night.
            """
        let (fast, general) = bothPaths(text)
        #expect(fast.count > 15)
        #expect(fast == general)
    }

    @Test func generatedArticlesGiveTheSameExpressionsOnBothPaths() throws {
        let generator = CorpusGenerator(seed: 7)
        let references = try #require(StoryFileParser.parse(generator.storyFile()).file).references
        var fast: [TimeExpression] = []
        var general: [TimeExpression] = []
        generator.forEachArticle(targetBytes: 150_000) { article in
            let found = bothPaths(article.text, references: references, anchor: article.published)
            fast += found.fast
            general += found.general
        }
        #expect(fast.count > 200)
        #expect(fast.contains { $0.precision == .reference })
        #expect(fast == general)
    }

    @Test func undatedTextGivesTheSameExpressionsOnBothPaths() {
        let (fast, general) = bothPaths("It ended last week, on Friday, three months after the harbour vote in March 2021.", anchor: nil)
        #expect(fast.count == 4)
        #expect(fast == general)
    }

    /// The tokenizer's flags for `text`, screened against the test references' key words.
    func flags(_ text: String) -> (time: Bool, reference: Bool) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = TimeTokenizer(referenceWords: ReferenceMatcher(Self.references).keyWords)
            tokenizer.scan(buffer, from: 0, to: buffer.count)
            return (tokenizer.hasTimeWord, tokenizer.hasReferenceWord)
        }
    }

    @Test func numbersAndHyphensAloneMakeATimeOnlyInTheirTimeShapes() {
        #expect(!flags("Delacroix-Ruiz spoke to the co-chair.").time)
        #expect(!flags("Growth was 1.8 percent, with 45 of 300 seats.").time)
        #expect(flags("It rose in mid-June.").time)
        #expect(flags("It rose in 2019.").time)
        #expect(flags("It rose in the 1990s.").time)
        #expect(flags("It rose in the 90s.").time)
        #expect(flags("It rose on 2019-03-14.").time)
        #expect(flags("It rose yesterday.").time)
    }

    @Test func wordsThatOnlyContinueAnExpressionAreNoCandidates() {
        let bytes = Array("Most of them left three days ago, to the north, in the evening.".utf8)
        let starts: [String] = bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = TimeTokenizer()
            tokenizer.scan(buffer, from: 0, to: buffer.count)
            return tokenizer.withTokens(buffer) { t in
                t.candidates.map { TextBytes.string(buffer, t.tokens[Int($0)].start, t.tokens[Int($0)].end) }
            }
        }
        // A part of a day starts one of its own after a preposition ("by evening").
        #expect(starts == ["three", "days", "the", "in", "the", "evening"])
    }

    @Test func referenceWordsAreFoundWhateverTheirCaseOrApostrophe() {
        #expect(flags("Before the HARBOUR vote.").reference)
        #expect(flags("On the eve of Mr Ostrander's swearing-in.").reference)
        #expect(!flags("Before the election.").reference)
        #expect(!flags("Before the harbour closed.").reference)
        // A dotted abbreviation cannot be a key word: "the U.N. summit" is keyed on "summit".
        #expect(flags("During the summit.").reference)
    }

    @Test func filterNeedsBothKeyWordsOfAPhrase() {
        let hash = { (word: String) in ReferenceWordFilter.hash(Array(word.utf8)) }
        let filter = ReferenceWordFilter(phrases: [(hash("harbour"), hash("vote")), (hash("swearing-in"), hash("swearing-in"))])
        func sighted(_ words: [String]) -> Bool {
            var seen = ReferenceWordFilter.Sightings()
            for word in words { if let sightings = filter.sightings(hash(word)) { seen.add(sightings) } }
            return seen.namesAPhrase
        }
        #expect(sighted(["vote", "the", "harbour"]))
        #expect(sighted(["swearing-in"]))
        #expect(!sighted(["harbour", "election"]))
        #expect(!sighted(["vote"]))
        #expect(filter.sightings(hash("election")) == nil)
        #expect(ReferenceWordFilter(phrases: []).sightings(hash("harbour")) == nil)
    }

    @Test func phrasesWithoutAWholeWordTurnTheFilterOff() {
        #expect(ReferenceMatcher([ReferenceDate(name: "x", date: CalendarDay(daysSinceEpoch: 0), phrases: ["U.N."])]).keyWords == nil)
        #expect(ReferenceMatcher(Self.references).keyWords != nil)
    }
}

/// Values written byte by byte read as the padded interpolations they replace.
@Suite struct TimexTextTests {
    @Test func numbersArePaddedLikeCalendarDayPad() {
        for value in [0, 7, 42, 999, 2021, 12_345, -3, -2021, Int.max, Int.min + 1] {
            for width in [1, 2, 4] {
                #expect(TimexText.make { $0.number(value, width: width) } == CalendarDay.pad(value, width), "\(value) \(width)")
            }
        }
    }

    @Test func valuesMatchTheirInterpolatedForms() throws {
        let day = try #require(CalendarDay(year: 987, month: 3, day: 4))
        #expect(TimexText.day(day) == day.iso)
        #expect(TimexText.month(year: 2021, month: 6) == "2021-06")
        #expect(TimexText.year(33) == "0033")
        #expect(TimexText.decade(1990) == "199")
        #expect(TimexText.decade(-20) == String(CalendarDay.pad(-20, 4).prefix(3)))
        #expect(TimexText.quarter(year: 2020, quarter: 3) == "2020-Q3")
        #expect(TimexText.week(year: 2021, week: 7) == "2021-W07")
        #expect(TimexText.week(year: 2021, week: 52, weekend: true) == "2021-W52-WE")
        #expect(TimexText.make { $0.text("XXXX-"); $0.text(Season.autumn.rawValue) } == "XXXX-FA")
    }
}
