@testable import StorylineExtraction
import StorylineModel
import Testing

/// Conventions of political, court and war reports: people introduced by their office in an
/// aside, offices held by no one named, modal forecasts, opinions written by a judge,
/// ground taken and given up.
@Suite struct PoliticsReportTests {
    /// The story built from one article published on `published`.
    private func story(_ text: String, published: CalendarDay = EventFixture.day(2022, 6, 22)) -> Story {
        EventFixture.story(ofArticle: text, published: published)
    }

    @Test func anOfficeAfterTheCommaMakesTheNameAPerson() {
        let run = StagesRun("""
        Paul Roe, director of the Valmora Institute for Fiscal Studies, said the outlook was "pretty grim". \
        He added that wages had fallen.
        """)
        #expect(run.actor(named: "Paul Roe")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "pretty grim") == "Paul Roe")
        #expect(run.mentionPairs.contains("He → Paul Roe"), "\(run.mentionPairs)")
        // An office closed by a comma before the verb of saying counts too.
        let closed = StagesRun("Grant Fenwick, chief economist, said food prices rose.")
        #expect(closed.actor(named: "Grant Fenwick")?.kind == .person, "\(closed.actors.map(\.name))")
    }

    @Test func aShadowOrFormerOfficeIsNotTheOfficeItself() {
        let run = StagesRun("""
        The opposition's shadow chancellor, Rachel Roe, accused ministers of failure. \
        Officials said the chancellor had full confidence in the plan. Former president Ana Ruda said little. \
        The president was absent.
        """)
        #expect(run.actorName(mentionedAs: "the chancellor") == nil, "\(run.mentionPairs)")
        #expect(run.actorName(mentionedAs: "The president") == nil, "\(run.mentionPairs)")
    }

    @Test func heAfterAnUnnamedOfficeHolderSpokeIsNotTheLastPersonNamed() {
        let run = StagesRun("""
        Dana Holt, a statistician, said prices rose. The chancellor said the government was acting. \
        "I know people are worried," he told broadcasters.
        """)
        #expect(run.speaker(ofQuoteContaining: "people are worried") == nil, "\(run.mentionPairs)")
        // With no office between, "he" is still the last person who spoke.
        let named = StagesRun("Eli Holt said prices rose. \"I know people are worried,\" he told broadcasters.")
        #expect(named.speaker(ofQuoteContaining: "people are worried") == "Eli Holt")
    }

    @Test func modalsLookForTheNearestSuchMonth() {
        #expect(times("He has warned that inflation could exceed 11% in October.", anchor: "2022-06-22").map(\.value) == ["2022-10"])
        #expect(times("He could not attend in March.", anchor: "2022-06-22").map(\.value) == ["2022-03"])
    }

    @Test func aForecastInAWarningDoesNotDateTheWarning() {
        let built = story("Its governor, Jo Roe, has warned that inflation could exceed 11% in October.")
        let warning = built.events.first
        #expect(warning?.date.value == nil, "\(built.events.map { ($0.title, $0.date) })")
        // The forecast ends at the comma: a closing attribution's day still dates the saying.
        let reported = story("The leader said the policy would not change, state media reported on Saturday.",
                             published: EventFixture.day(2021, 1, 9))
        #expect(reported.events.first?.date.value == "2021-01-09", "\(reported.events.map(\.date))")
    }

    @Test func aNameSetOffBeforeItsVerbLosesTheComma() throws {
        let built = story("The 6-3 decision, written by Justice Jo Roe, said the law violated the constitution.")
        let title = try #require(built.events.first?.title)
        #expect(title == "Jo Roe said the law violated the constitution", "\(title)")
    }

    @Test func aPluperfectInWhatWasSaidIsNotABackgroundEvent() {
        let built = story("Jo Roe said the outlook was grim. She added that wages had fallen by 3%.")
        #expect(built.events.count == 1, "\(built.events.map(\.title))")
        #expect(built.events.first?.evidence.count == 2)
    }

    @Test func aWhichClauseAfterTheTriggerRunsToTheEndOfTheClause() throws {
        let built = story("The Senate passed a bill on Thursday, which lawmakers drafted after floods in Valmora, Ruritania, last month.")
        let passed = try #require(built.events.first)
        #expect(passed.date.value == "2022-06-16", "\(passed.date)")
        #expect(!passed.date.derivation.contains("last month"), "\(passed.date.derivation)")
    }

    @Test func aRateDecisionIsAPolicyEventAndANewsConferenceAStatement() throws {
        let built = story("""
        The Valmora Reserve Bank raised interest rates by 0.75 percentage points on Wednesday. The firm raised concerns.

        Its governor, Jo Roe, told a news conference that another increase was possible in July.
        """, published: EventFixture.day(2022, 6, 16))
        let rates = try #require(built.events.first { $0.title.contains("raised interest rates") })
        #expect(rates.kind == .policy)
        #expect(rates.date.value == "2022-06-15")
        #expect(!built.events.contains { $0.title.contains("raised concerns") }, "\(built.events.map(\.title))")
        let told = try #require(built.events.first { $0.title.contains("news conference") })
        #expect(told.kind == .statement)
        #expect(!told.date.isDated, "\(told.date)")
        // "possible" looks both ways: the coming July.
        #expect(times("Another increase was possible in July.", anchor: "2022-06-16").map(\.value) == ["2022-07"])
    }

    @Test func aFineIsASanction() throws {
        let built = story("Regulators have fined Northwind Technologies a record 4bn euros, the commission announced on Wednesday.")
        let fine = try #require(built.events.first)
        #expect(fine.kind == .sanction)
        #expect(fine.title.hasPrefix("Regulators fined Northwind Technologies"), "\(fine.title)")
    }

    @Test func initialsInBracketsBeforeTheVerbAreTheSpeaker() throws {
        let built = story("""
        Observers from the Assembly for Fair Votes in Valmora (AFV) said the campaign was marred by "an unjustified advantage".
        """)
        let quote = try #require(built.quotes.first)
        #expect(quote.speaker.map { built.actors[$0].name } == "AFV")
        #expect(built.events.first?.title.hasPrefix("AFV said the campaign") == true, "\(built.events.map(\.title))")
    }

    @Test func aDayOwningItsNounStaysInTheTitle() {
        let built = story("Opposition leader Jo Roe claimed victory on Monday in Sunday's presidential election.",
                          published: EventFixture.day(2023, 5, 15))
        #expect(built.events.first?.title == "Jo Roe claimed victory in Sunday's presidential election", "\(built.events.map(\.title))")
    }

    @Test func aFirstSinceKeepsItsTimeInTheTitle() {
        let built = story("The launches were the country's first since March, when it fired two short-range missiles.",
                          published: EventFixture.day(2021, 9, 13))
        #expect(built.events.first?.title.hasPrefix("The launches were the country's first since March") == true,
                "\(built.events.map(\.title))")
    }

    @Test func twoCoordinatedTimesLeaveTheTitleWithTheirJoiner() {
        for text in ["Talks were held in June and July.", "Talks were held in June\u{2013}July."] {
            let built = story(text, published: EventFixture.day(2021, 9, 13))
            #expect(built.events.first?.title == "Talks were held", "\(built.events.map(\.title))")
        }
    }

    @Test func aComparedValuesTimeDoesNotDateTheEvent() {
        let built = story("Turnout was 88.9%, the council said, up from 86% in the 2018 vote.", published: EventFixture.day(2023, 5, 15))
        #expect(built.events.allSatisfy { !$0.date.isDated }, "\(built.events.map(\.date))")
        let than = story("Prices rose faster than in 2019, the bank said.", published: EventFixture.day(2023, 5, 15))
        #expect(than.events.allSatisfy { !$0.date.isDated }, "\(than.events.map(\.date))")
        // "More than a year ago" is a quantity of time, and dates the event.
        let ago = story("The talks collapsed more than a year ago, officials said.", published: EventFixture.day(2023, 5, 15))
        #expect(ago.events.first?.date.isDated == true, "\(ago.events.map(\.date))")
    }

    @Test func troopsTakingOrLeavingGroundAreEvents() throws {
        let built = story("French troops entered the northern city of Lille on Friday after the rebels completed their withdrawal.",
                          published: EventFixture.day(2022, 11, 11))
        let entered = try #require(built.events.first)
        #expect(entered.kind == .attack, "\(built.events.map(\.kind))")
        #expect(entered.date.value == "2022-11-11")
        #expect(entered.actors.contains { built.actors[$0.actor].name == "France" }, "\(entered.actors)")
        let race = story("A third candidate, Ana Ruda, withdrew from the race.")
        #expect(race.events.first?.kind == .other, "\(race.events.map(\.kind))")
        let took = story("The capture came a day after the Taliban took the western city of Valmora.")
        #expect(took.events.first?.kind == .attack, "\(took.events.map(\.kind))")
        #expect(took.actors.contains { $0.name == "Taliban" && $0.kind == .organisation }, "\(took.actors.map(\.name))")
        // Not ground: "entered talks", "captured the mood", "took office".
        let talks = story("The union entered talks with the firm. Her speech captured the mood. Jo Roe took office in May.")
        #expect(talks.events.allSatisfy { $0.kind != .attack }, "\(talks.events.map(\.kind))")
    }

    @Test func aCountOfUnitsEarlierIsOneTimeAndLeavesTheTitle() throws {
        #expect(times("The minister had ordered the pullout two days earlier.", anchor: "2022-11-11").map(\.value) == ["PAST_REF"])
        let built = story("The minister had ordered the pullout two days earlier.")
        let title = try #require(built.events.first?.title)
        #expect(title == "The minister ordered the pullout", "\(title)")
    }

    @Test func aPlanSeveralWordsBeforeItsNounIsNoEvent() {
        let built = story("Jo Roe called the ruling shocking and said the state would consider calling a special session of the legislature.")
        #expect(built.events.allSatisfy { $0.kind != .meeting }, "\(built.events.map(\.kind))")
        // Whatever follows a modal in what was said: a possibility, however far after it.
        let scrap = story("Ana Roe also said the government may scrap a military agreement signed with its neighbour in 2018.",
                          published: EventFixture.day(2021, 3, 16))
        #expect(scrap.events.map(\.kind) == [.statement], "\(scrap.events.map(\.kind))")
        #expect(scrap.events.first?.date.value == nil, "\(scrap.events.map(\.date))")
    }
}
