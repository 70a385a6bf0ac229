import Testing
@testable import StorylineExtraction

/// Bodies whose names list words before their head or name a region, and speakers reached
/// through a possessive or past a place after "in" (session 29).
@Suite struct ListedAndRegionalNamesTests {
    @Test func wordsListedBeforeAHeadStayInOneName() {
        let run = StagesRun("""
        The Harlow, Fenwick and Maritime Office said it was "deeply concerned by the reports" on Tuesday.
        """)
        #expect(run.actor(named: "Harlow, Fenwick and Maritime Office")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Maritime Office") == nil, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "deeply concerned") == "Harlow, Fenwick and Maritime Office", "\(run.quotes)")
    }

    @Test func aListOfKnownNamesIsNoName() {
        let run = StagesRun("""
        The Norway, Sweden and Denmark Council met on Tuesday.
        """)
        #expect(run.actor(named: "Norway, Sweden and Denmark Council") == nil, "\(run.actors.map(\.name))")
    }

    @Test func aRemitMayCoverARegion() {
        let run = StagesRun("""
        The Organisation for Trade and Co-operation in Africa (OTCA) said the vote was "broadly free and fair." The OTCA will publish its report next week.
        """)
        let body = run.actor(named: "Organisation for Trade and Co-operation in Africa")
        #expect(body?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Africa") == nil, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "broadly free") == "Organisation for Trade and Co-operation in Africa", "\(run.quotes)")
    }

    @Test func aPlaceAfterInDoesNotSpeak() {
        let run = StagesRun("""
        The turnout in Europe said more about the mood than "any poll we have seen in years."
        """)
        #expect(run.actor(named: "Europe") == nil, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "any poll") == nil, "\(run.quotes)")
    }

    @Test func theBodyAPossessiveOwnsIsTheSource() {
        let run = StagesRun("""
        According to Norway's Ministry of Fisheries, the fleet would "stay in port until the storm has passed."
        """)
        #expect(run.speaker(ofQuoteContaining: "stay in port") == "Ministry of Fisheries", "\(run.quotes)")
    }

    @Test func aPlaceAfterInStandsBetweenTheSpeakerAndItsVerb() {
        let run = StagesRun("""
        A spokesperson for the Harlow Agency in Velmar City said: "We are monitoring the situation closely."
        """)
        #expect(run.speaker(ofQuoteContaining: "monitoring the situation") == "Harlow Agency", "\(run.quotes)")
    }

    @Test func whereAMissionIsPostedIsPartOfItsName() {
        let run = StagesRun("""
        A spokesperson for the Harlow Embassy in Velmar City said: "We are monitoring the situation closely." The Harlow Embassy in Velmar City later said it had "nothing to add."
        """)
        #expect(run.actor(named: "Harlow Embassy in Velmar City")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "monitoring the situation") == "Harlow Embassy in Velmar City", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "nothing to add") == "Harlow Embassy in Velmar City", "\(run.quotes)")
    }
}
