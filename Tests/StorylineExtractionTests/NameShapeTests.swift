import StorylineExtraction
import StorylineModel
import Testing

/// Two given names sharing one surname, places described in an aside like people, and
/// headline words in capitals.
@Suite struct NameShapeTests {
    @Test func twoGivenNamesShareTheSurnameAfterTheSecond() {
        let run = StagesRun("""
        Tom Lintz died in the crash. His parents, Karen and Darren Lintz, sat in the gallery. \
        Ms Lintz said the family had been "hollowed out". \
        Mr Lintz said no sentence "would ever be long enough".
        """)
        #expect(run.actor(named: "Karen Lintz")?.kind == .person, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "hollowed out") == "Karen Lintz", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "long enough") == "Darren Lintz", "\(run.actors)")
        #expect(run.actor(named: "Lintz") == nil, "\(run.actors)")
    }

    @Test func aPlaceBeforeTheSecondGivenNameStaysAPlace() {
        let run = StagesRun("Velmar and Karen Lintz were named in the report, the council said.")
        #expect(run.actors.allSatisfy { $0.name != "Velmar Lintz" }, "\(run.actors)")
    }

    @Test func aNameAfterInWithAnAsideIsAPlace() {
        let run = StagesRun("""
        The next test for the party comes in Kesh Varna, Harlowia's most populous state, next year. \
        Turnout was high at Villa La Grange, a lakeside mansion.
        """)
        #expect(run.actors.allSatisfy { $0.kind != .person }, "\(run.actors)")
    }

    @Test func aPersonInAnAsideAfterOtherWordsIsStillAPerson() {
        let run = StagesRun("""
        Ada Lintz, Harlowia's foreign minister, said the talks were "useful". \
        The warning was aimed at Tom Roe, who takes office next week.
        """)
        #expect(run.speaker(ofQuoteContaining: "useful") == "Ada Lintz", "\(run.actors)")
        #expect(run.actor(named: "Tom Roe")?.kind == .person, "\(run.actors)")
    }

    @Test func aSectionLabelInCapitalsNamesNoBody() {
        let run = StagesRun("""
        THE INTERVIEW

        Ada Lintz of the Harlow Ice Survey said the shelf had "thinned fast".
        """)
        #expect(run.actors.allSatisfy { $0.name != "THE" }, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "thinned fast") == "Ada Lintz", "\(run.actors)")
    }

    @Test func aBodyNamedRightAfterAnotherSpeaksForItself() {
        let run = StagesRun("""
        The United Nations Food and Agriculture Organization estimated in a report that Velmar was short of food, \
        and warned that households could face "a harsh lean period" between August and October.
        """)
        #expect(run.speaker(ofQuoteContaining: "harsh lean period") == "Food and Agriculture Organization", "\(run.actors)")
        // Also as the subject before an inserted clause.
        let inserted = StagesRun("""
        The United Nations Food and Agriculture Organization in its report, released on Monday, said harvests \
        were "badly hit" by floods.
        """)
        #expect(inserted.speaker(ofQuoteContaining: "badly hit") == "Food and Agriculture Organization", "\(inserted.actors)")
    }

    @Test func aRankBeforeANameTellsOfAPerson() {
        let run = StagesRun("""
        Tom Roe set up a meeting with world No 1 Ada Lintz on Friday. Jo Pallant, the No. 3 seed, plays No. 4 Tom Varga. \
        Velmar won a 13th Harlow Lintz Cup title.
        """)
        #expect(run.actor(named: "Ada Lintz")?.kind == .person, "\(run.actors)")
        #expect(run.actor(named: "Tom Varga")?.kind == .person, "\(run.actors)")
        #expect(run.actors.allSatisfy { !$0.name.contains("Cup") && $0.name != "Harlow Lintz" }, "\(run.actors)")
    }

    @Test func capitalsBeforeIndexAreAMeasureNotABody() {
        let run = StagesRun("Shares fell on the blue-chip HRX index and the VLM 100 index, the IMF said.")
        #expect(run.actors.map(\.name) == ["IMF"], "\(run.actors)")
    }

    @Test func aFullNameBeforeWhatThePersonLeadsIsAPerson() {
        let run = StagesRun("""
        The Ada Lintz administration said no. \
        The pressure grew on the Pak Tae-sung government, which wants talks.
        """)
        #expect(run.actor(named: "Ada Lintz")?.kind == .person, "\(run.actors)")
        #expect(run.actor(named: "Pak Tae-sung")?.kind == .person, "\(run.actors)")
    }

    @Test func aBodyBeforeACampaignStaysABody() {
        let run = StagesRun("The Harlow Rail campaign grew, the Velmar Times said.")
        #expect(run.actors.allSatisfy { $0.kind != .person }, "\(run.actors)")
    }

    @Test func aDatelineOfTwoPlacesNamesNoBody() {
        let run = StagesRun("""
        VELMAR/HARLOW -- Harlowia fired two missiles on Wednesday, the IMF said. \
        The NATO/EU summit opened.
        """)
        #expect(run.actors.map(\.name).sorted() == ["EU", "IMF", "NATO"], "\(run.actors)")
    }

    @Test func aWorkplacesNameRunsOnOverItsHeadsOf() {
        let run = StagesRun("Economists at Harlow Bank of Velmar said the rate would rise. Analysts at Roe Economics of Harlow said so too.")
        #expect(run.actors.map(\.name).sorted() == ["Harlow Bank of Velmar", "Roe Economics"], "\(run.actors)")
    }

    @Test func aCountrysNameEndingALongerPlaceNamesNoCountry() {
        let run = StagesRun("""
        Residents of New South Wales were told to leave, the SES said. \
        Officials in New Mexico met officials from Mexico and New Zealand.
        """)
        #expect(run.actors.map(\.name).sorted() == ["Mexico", "New Zealand", "SES"], "\(run.actors)")
    }

    @Test func aKnownGivenNameAfterAnOpeningFunctionWordStartsAName() {
        let run = StagesRun("When Ada Lintz met the board on Monday, she said the plan was \"fine\". After Tom Roe left, the Harlow Times said so.")
        #expect(run.actor(named: "Ada Lintz")?.kind == .person, "\(run.actors)")
        #expect(run.actor(named: "Tom Roe")?.kind == .person, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "fine") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func aLabelOpeningASentenceBeforeAGivenNameIsNoName() {
        let run = StagesRun("""
        Commuter Tom Albrecht, who travels to work from Harlow, was more sympathetic. Economist Ada Lintz said the strike was a blow.
        """)
        #expect(run.actor(named: "Tom Albrecht")?.kind == .person, "\(run.actors)")
        #expect(run.actor(named: "Ada Lintz")?.kind == .person, "\(run.actors)")
        #expect(run.actors.count == 2, "\(run.actors)")
    }
}
