import StorylineCompare
import StorylineModel
import Testing

@Suite struct DifferenceTypingTests {
    /// Differences of `kind` between two one-paragraph articles.
    func differences(_ kind: DifferenceKind, _ a: String, _ b: String) -> [Difference] {
        StoryFixture.compare([a, b]).differences.filter { $0.kind == kind }
    }

    @Test func changedQuoteWordingIsFlaggedWithBothWordings() throws {
        let found = differences(
            .quoteWording,
            #"The union leader Maria Costa said workers were "ready to strike until every demand is met" at the rally."#,
            #"Union leader Maria Costa told the rally that workers were "prepared to strike until all demands are met"."#)
        let difference = try #require(found.first)
        #expect(found.count == 1)
        #expect(difference.aText == "ready to strike until every demand is met")
        #expect(difference.bText == "prepared to strike until all demands are met")
        #expect(difference.a == SentenceRef(document: 0, sentence: 0))
        #expect(difference.b == SentenceRef(document: 1, sentence: 0))
    }

    @Test func identicalQuotesAreNotFlagged() {
        let found = differences(
            .quoteWording,
            #"Union leader Maria Costa told reporters: "We will not go back to work without a fair deal.""#,
            #"Speaking to the press, Maria Costa, the union leader, said "we will not go back to work without a fair deal"."#)
        #expect(found.isEmpty)
    }

    @Test func quotesOfDifferentUtterancesAreNotCompared() {
        let found = differences(
            .quoteWording,
            #"Maria Costa said the strike was "a last resort" and promised to "keep talking to the owners" this week."#,
            #"Maria Costa promised to "keep talking to the owners" and called the strike "a last resort" this week."#)
        #expect(found.isEmpty)
    }

    @Test func countsWrittenAsWordsAndDigitsCompareByValue() throws {
        let same = differences(
            .number,
            "Police said forty people were arrested and the suspect had been questioned 3 times.",
            "According to police, 40 people were arrested and the suspect was questioned three times.")
        #expect(same.isEmpty)
        let changed = differences(
            .number,
            "The two leaders had met three times before the talks collapsed last year.",
            "The two leaders had met twice before the talks collapsed last year.")
        let difference = try #require(changed.first)
        #expect(changed.count == 1)
        #expect(difference.aText == "three times")
        #expect(difference.bText == "twice")
    }

    @Test func aDifferentCountOfTheSameThingIsFlagged() throws {
        let changed = differences(
            .number,
            "Rescuers pulled two survivors from the collapsed building in the old town.",
            "Rescuers pulled 5 survivors from the collapsed building in the old town.")
        let difference = try #require(changed.first)
        #expect(difference.aText == "two survivors")
        #expect(difference.bText == "5 survivors")
    }

    @Test func changedTitleOfTheSamePersonIsFlagged() throws {
        let a = """
            Deputy Secretary Helen Moore arrived in Nairobi for talks on the grain corridor.
            Helen Moore met the Kenyan trade minister to discuss grain shipments and port fees.
            """
        let b = """
            Secretary Helen Moore arrived in Nairobi for talks about the grain corridor.
            Ms Moore met the Kenyan trade minister to discuss port fees and grain shipments.
            """
        let found = differences(.titleOrRole, a, b)
        let difference = try #require(found.first)
        #expect(found.count == 1)
        #expect(difference.aText == "Deputy Secretary Helen Moore")
        #expect(difference.bText == "Secretary Helen Moore")
    }

    @Test func honorificsAreNotTitles() {
        let found = differences(
            .titleOrRole,
            "President Alvarez said on Friday that Mr Alvarez would not resign over the scandal.\nPresident Alvarez met the cabinet to discuss the scandal and the coming vote.",
            "Mr Alvarez said on Friday that he would not resign over the scandal.\nPresident Alvarez met his cabinet to discuss the scandal and the coming vote.")
        #expect(found.isEmpty)
    }

    @Test func dateGivenByOnlyOneSideOrChangedIsFlagged() throws {
        let oneSided = differences(
            .dateOrTime,
            "The minister resigned in March after the report on hospital waiting lists was published.",
            "The minister resigned after the report on hospital waiting lists was published.")
        let difference = try #require(oneSided.first)
        #expect(oneSided.count == 1)
        #expect(difference.aText == "in March")
        #expect(difference.bText.isEmpty)
        let changed = differences(
            .dateOrTime,
            "Talks between the two unions resume on Monday in the capital, officials said.",
            "Talks between the two unions resume on Tuesday in the capital, officials said.")
        #expect(changed.map(\.aText) == ["on Monday"])
        #expect(changed.map(\.bText) == ["on Tuesday"])
    }

    @Test func negationAndModalityChangesAreFlagged() throws {
        let negation = differences(
            .negationOrModality,
            "The prime minister will attend the climate summit in Lisbon next month.",
            "The prime minister will not attend the climate summit in Lisbon next month.")
        let difference = try #require(negation.first)
        #expect(difference.aText.isEmpty)
        #expect(difference.bText == "not attend")
        let modality = differences(
            .negationOrModality,
            "The board said the chief executive may resign before the shareholder meeting.",
            "The board said the chief executive must resign before the shareholder meeting.")
        #expect(modality.map(\.aText) == ["may resign"])
        #expect(modality.map(\.bText) == ["must resign"])
        let same = differences(
            .negationOrModality,
            "The company said it would never sell the factory to a foreign investor.",
            "The firm stated that it would never sell the plant to a foreign investor.")
        #expect(same.isEmpty)
    }

    @Test func aClauseOnlyOneArticleAddsIsAClaim() throws {
        let found = differences(
            .onlyInOne,
            "The factory owner announced the closure of the plant in Leeds, admitting the company had been losing money for years.",
            "The factory owner announced that the Leeds plant would close.")
        let difference = try #require(found.first)
        #expect(found.count == 1)
        #expect(difference.b == SentenceRef(document: 1, sentence: 0))
        #expect(difference.aText == "admitting the company had been losing money for years")
        #expect(difference.bText.isEmpty)
    }

    @Test func reorderedClausesAreNotClaims() {
        let (_, alignments, differences) = StoryFixture.compare([
            "After a long debate, the regional council approved the new tram line through the old town.",
            "The regional council approved the new tram line through the old town after a long debate.",
        ])
        #expect(alignments.count == 1)
        #expect(differences.isEmpty)
    }

    @Test func reportedSpeechBackshiftIsNotAModalityChange() {
        let found = differences(
            .negationOrModality,
            "The mayor said the city will reopen the bridge and can repair the road by winter.",
            "The mayor said the city would reopen the bridge and could repair the road by winter.")
        #expect(found.isEmpty)
    }

    @Test func normalizedTimesThatMeetAreNotDifferences() throws {
        let a = "The ministers met on Thursday in the capital to sign the water treaty."
        let b = "The ministers met on 17 June in the capital to sign the water treaty."
        var story = StoryFixture.story([a, b])
        let day = try #require(CalendarDay(iso: "2021-06-17"))
        func expression(_ text: String, in document: Int, of source: String) throws -> TimeExpression {
            let found = try #require(source.range(of: text))
            let start = source.utf8.distance(from: source.startIndex, to: found.lowerBound)
            return TimeExpression(
                value: day.iso, precision: .day, interval: DayInterval(day: day),
                document: document, sentence: 0, range: TextRange(start: start, end: start + text.utf8.count))
        }
        let unnormalized = Comparer().compare(story).differences.filter { $0.kind == .dateOrTime }
        #expect(unnormalized.map(\.aText) == ["on Thursday"])
        story.times = [try expression("Thursday", in: 0, of: a), try expression("17 June", in: 1, of: b)]
        #expect(Comparer().compare(story).differences.filter { $0.kind == .dateOrTime }.isEmpty)
    }

    @Test func numberWordsInsideNamesAreNotCounts() {
        let found = differences(
            .number,
            "The Formula One race at Imola, scheduled for Sunday, has been cancelled because of the floods.",
            "The Formula One Grand Prix at Imola, scheduled for Sunday, has been called off because of the floods.")
        #expect(found.isEmpty)
    }

    @Test func quotingAnExcerptIsNotAWordingChange() {
        let found = differences(
            .quoteWording,
            #"The minister said: "Our country will never abandon the path of dialogue with its neighbours.""#,
            #"The minister said the country would never "abandon the path of dialogue" with its neighbours."#)
        #expect(found.isEmpty)
    }

    @Test func attributionIsNotAClaim() {
        let found = differences(
            .onlyInOne,
            "The general said the border crossing at Varna would reopen for trucks, according to the state news agency Veritas.",
            "The general said the border crossing at Varna would reopen for trucks.")
        #expect(found.isEmpty)
    }
}
