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

/// Heads that take "of" or "for" and company heads added in session 29, and a person named in
/// apposition after a role and what it is to.
@Suite struct RoleToBodyAndHeadTests {
    @Test func aPersonAfterARoleAndWhatItIsTo() {
        let run = StagesRun("""
        Harlow's envoy to the UN, Berhane Tesfaye, rejected accusations that his government was blocking aid, saying Velmar had "nothing to hide from anyone".
        """)
        #expect(run.actor(named: "Berhane Tesfaye")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "nothing to hide") == "Berhane Tesfaye", "\(run.quotes)")
    }

    @Test func headsTakingOfOrForRunOnToTheirRemit() {
        let run = StagesRun("""
        The Velmar Confederation of Trade Unions (VCTU), the largest labour group, said the rise would "hit low-income families hardest." The Patriotic Movement for Renewal and Restoration said it would hold "talks with all parties soon." "We respect the court's process," said a spokesman for the Harlow Army Corps of Engineers.
        """)
        #expect(run.speaker(ofQuoteContaining: "low-income families") == "Velmar Confederation of Trade Unions", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "talks with all parties") == "Patriotic Movement for Renewal and Restoration", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "court's process") == "Harlow Army Corps of Engineers", "\(run.quotes)")
    }

    @Test func aContractorsNameEndsInServices() {
        let run = StagesRun("""
        About 80 porters are employed by the contractor Velmont Facilities Services rather than by the hospital. A spokesman for Velmont said the company had offered a 3 per cent rise. "The offer on the table is affordable," the spokesman said.
        """)
        #expect(run.actor(named: "Velmont Facilities Services")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "offer on the table") == "Velmont Facilities Services", "\(run.quotes)")
    }
}

/// More shapes of bodies' names (session 29): a place's "-led" or "-backed" before a name,
/// an ampersand, "on" after a committee, a mission "to" a body, a bracketed short name.
@Suite struct NameShapeAdditionsTests {
    @Test func aLeadingPlaceModifierIsNoPartOfTheName() {
        let run = StagesRun("""
        The Velmar-led Collective Harbour Treaty Organization (CHTO) said it was "ready to send a monitoring mission" soon. The Harlow-backed Patriotic Front said it would "fight on" next year.
        """)
        #expect(run.speaker(ofQuoteContaining: "monitoring mission") == "Collective Harbour Treaty Organization", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "fight on") == "Patriotic Front", "\(run.quotes)")
    }

    @Test func anAmpersandJoinsAFirmsNames() {
        let run = StagesRun("""
        Velmont & Finch, the supermarket chain, is to cut 2,400 jobs. Shares in Arden & Lowe Holdings fell.
        """)
        #expect(run.actor(named: "Velmont & Finch")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Arden & Lowe Holdings")?.kind == .organisation, "\(run.actors.map(\.name))")
    }

    @Test func aCommitteeOnItsRemitAndACollegeOfItsMembers() {
        let run = StagesRun("""
        The Joint Committee on Vaccination and Immunisation (JCVI) said doses could be "delayed for up to 12 weeks" then. The Royal College of Harbour Pilots said it remained "broadly supportive" of the plan. The Central Electoral Commission on Sunday said the count was "complete and final" at last.
        """)
        #expect(run.speaker(ofQuoteContaining: "delayed for up to") == "Joint Committee on Vaccination and Immunisation", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "broadly supportive") == "Royal College of Harbour Pilots", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "complete and final") == "Central Electoral Commission", "\(run.quotes)")
        // A day after "on" is no remit.
        let dated = StagesRun("The Harbour Fisheries Commission on Dec. 3 set the quotas. The Harbour Fisheries Council on Nov 4 agreed.")
        #expect(dated.actor(named: "Harbour Fisheries Commission") != nil && dated.actor(named: "Harbour Fisheries Council") != nil,
                "\(dated.actors.map(\.name))")
    }

    @Test func aMissionToABodyAndAShortNameInBrackets() {
        let run = StagesRun("""
        The Harlow Mission to the European Union said in a statement that the text "slandered our peaceful development" again. The Union of Shop, Distributive and Allied Workers (Usdaw) said it was "shocked and angry" at the cuts.
        """)
        #expect(run.speaker(ofQuoteContaining: "slandered") == "Harlow Mission to the European Union", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "shocked and angry") == "Union of Shop, Distributive and Allied Workers", "\(run.quotes)")
    }
}
