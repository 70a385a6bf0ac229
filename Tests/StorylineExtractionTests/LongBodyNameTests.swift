@testable import StorylineExtraction
import StorylineModel
import Testing

/// Bodies' longer names: a second remit, a remit's second "and", more heads (session 39).
@Suite struct LongBodyNameTests {
    @Test func aSecondRemitStaysInTheName() {
        let run = StagesRun("""
        The Office of the Harlow High Commissioner for Human Rights said it was "deeply alarmed". \
        Jo Roe, a spokesman for the National Council of Resistance of Velmar, said the deal "rewards hostage-taking".
        """)
        #expect(run.speaker(ofQuoteContaining: "deeply alarmed") == "Office of the Harlow High Commissioner for Human Rights", "\(run.quotes)")
        #expect(run.actor(named: "National Council of Resistance of Velmar")?.kind == .organisation, "\(run.actors.map(\.name))")
        // "Human Rights" is no one's name.
        #expect(run.actor(named: "Human Rights") == nil, "\(run.actors.map(\.name))")
        // A lower-case word after the remit ends it.
        let ended = StagesRun("The Bank of Harlow for the first time said rates would \"stay high\".")
        #expect(ended.actor(named: "Bank of Harlow")?.kind == .organisation, "\(ended.actors.map(\.name))")
    }

    @Test func aRemitsSecondAndStaysInTheName() {
        let run = StagesRun("Figures from the Velmar Bureau of Agricultural and Resource Economics and Sciences show a fall.")
        #expect(run.actor(named: "Velmar Bureau of Agricultural and Resource Economics and Sciences")?.kind == .organisation,
                "\(run.actors.map(\.name))")
    }

    @Test func taskForcesCampaignsAndDirectoratesGeneralAreBodies() {
        let run = StagesRun("""
        The boats were first seen on March 7, according to the National Task Force for the West Harlow Sea. \
        Ann Lee, of the Campaign for Better Buses, said "fares are too high". \
        Officials at the Directorate-General for Competition said a ruling was "some way off". \
        The Armed Forces of Velmar said they had "no comment".
        """)
        for name in ["National Task Force for the West Harlow Sea", "Campaign for Better Buses", "Directorate-General for Competition",
                     "Armed Forces of Velmar"] {
            #expect(run.actor(named: name)?.kind == .organisation, "\(name): \(run.actors.map(\.name))")
        }
        #expect(run.speaker(ofQuoteContaining: "some way off") == "Directorate-General for Competition", "\(run.quotes)")
    }

    @Test func everyListedWordGetsItsClass() {
        // A word longer than the class table keeps ("Directorate-General") would be dropped.
        let table = WordClassTable.shared
        for (words, wordClass) in WordClassTable.sources {
            for member in words.members {
                let classes = member.withUnsafeBufferPointer { table.classes($0, 0, $0.count) }
                #expect(classes.contains(wordClass), "\(String(decoding: member, as: UTF8.self))")
            }
        }
    }
}

/// "the Cuban foreign ministry", "the Italian coast guard": a state body in lower case after a
/// demonym is a body of its own, named with capitals (session 39).
@Suite struct LowerCaseStateBodyTests {
    @Test func aMinistryWithARemitOrACoastGuardIsABody() {
        let run = StagesRun("""
        The Portuguese foreign ministry welcomed "the spirit shown by both parties". \
        The Chilean coast guard said it had "coordinated all available assets". \
        A spokeswoman for the Norwegian coastguard said the search was "over".
        """)
        #expect(run.speaker(ofQuoteContaining: "the spirit shown") == "Portuguese Foreign Ministry", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "coordinated all") == "Chilean Coast Guard", "\(run.quotes)")
        #expect(run.actor(named: "Norwegian Coastguard")?.kind == .organisation, "\(run.actors.map(\.name))")
    }

    @Test func aCountrysNameOpensOneToo() {
        let run = StagesRun("""
        "This text is a starting point," the Chile presidency said. The Portugal foreign ministry said it was "ready". \
        Chile ministry officials said nothing.
        """)
        #expect(run.speaker(ofQuoteContaining: "starting point") == "Chile Presidency", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "ready") == "Portugal Foreign Ministry", "\(run.quotes)")
        // A ministry without its remit makes no body of its own.
        #expect(run.actor(named: "Chile Ministry") == nil, "\(run.actors.map(\.name))")
    }

    @Test func theCapitalisedSpellingIsTheSameBody() {
        let run = StagesRun("""
        The Portuguese foreign ministry said talks were "useful". Later the Portuguese Foreign Ministry said it was "hopeful".
        """)
        #expect(run.actors.filter { $0.name.lowercased() == "portuguese foreign ministry" }.count == 1, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "hopeful") == "Portuguese Foreign Ministry", "\(run.quotes)")
    }

    @Test func aBareMinistryIsStillTheCountryAndACoastIsAPlace() {
        let run = StagesRun("""
        The Portuguese ministry said the plan was "fine". Storms battered the Chilean coast on Monday.
        """)
        #expect(run.speaker(ofQuoteContaining: "fine") == "Portugal", "\(run.quotes)")
        #expect(!run.actors.contains { $0.name.hasPrefix("Chilean") }, "\(run.actors.map(\.name))")
    }
}
