import Testing
@testable import StorylineExtraction

/// A surname used alone for a longer one: the first part of a double-barrelled surname and
/// the first of two surnames; a full name in apposition after a role (session 28).
@Suite struct ShortSurnameTests {
    @Test func theFirstPartOfADoubleBarrelledSurnameNamesThePerson() {
        let run = StagesRun("""
        Mira Arden-Velasko, a journalist in Harlow, wrote to me that her grandmother had cried. "She left the town in 1992," Arden wrote. "She always said she would go back."
        """)
        #expect(run.speaker(ofQuoteContaining: "left the town") == "Mira Arden-Velasko", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "go back") == "Mira Arden-Velasko", "\(run.quotes)")
        #expect(run.actor(named: "Arden") == nil, "\(run.actors.map(\.name))")
    }

    @Test func theFirstOfTwoSurnamesNamesThePerson() {
        let run = StagesRun("""
        Velmar negotiator Carlos Pallant Roe rejected that account.

        "Our government has made a serious and credible offer," Pallant said.

        Opposition politician Cristina Lintz Mendoza said the coalition would not endorse the deal. "Relief for ordinary families is urgent," Lintz said.
        """)
        #expect(run.speaker(ofQuoteContaining: "credible offer") == "Carlos Pallant Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "Relief for ordinary") == "Cristina Lintz Mendoza", "\(run.quotes)")
        #expect(run.actor(named: "Pallant") == nil && run.actor(named: "Lintz") == nil, "\(run.actors.map(\.name))")
    }

    @Test func shortSurnamesOnlyForNamesOpeningWithAGivenName() {
        #expect(ActorResolver.shortSurnames(last: "Arden-Velasko", middle: nil) == ["Arden"])
        #expect(ActorResolver.shortSurnames(last: "Roe", middle: "Pallant") == ["Pallant"])
        // A middle name, a particle or an initial is no surname.
        #expect(ActorResolver.shortSurnames(last: "Roe", middle: "Anne").isEmpty)
        #expect(ActorResolver.shortSurnames(last: "Roe", middle: "van").isEmpty)
        #expect(ActorResolver.shortSurnames(last: "Roe", middle: "J.").isEmpty)
        // A given name of two syllables after an East Asian family name is not double-barrelled.
        #expect(ActorResolver.isSyllablePair("Tae-sung"))
        #expect(!ActorResolver.isSyllablePair("Arden-Velasko"))
    }

    @Test func aFullNameAfterARoleInLowerCaseIsAPerson() {
        let run = StagesRun("""
        The Harlow mediator, Annelise Vuilleumier, declined to call the outcome a failure. According to Vuilleumier, the two delegations had agreed on "roughly two thirds of a technical text" on exemptions.

        "There is more common ground than the statements suggest," she said.
        """)
        #expect(run.actor(named: "Annelise Vuilleumier")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "two thirds") == "Annelise Vuilleumier", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "common ground") == "Annelise Vuilleumier", "\(run.quotes)")
    }
}

/// "A spokesperson said …" after a body spoke: that body's spokesperson (session 28).
@Suite struct BodySpokespersonTests {
    @Test func aSpokespersonOfNoNamedBodySpeaksForTheBodyThatSpokeBefore() {
        let run = StagesRun("""
        Velmar Water Authority, the regulator, which opened a separate investigation last month, said it expected to publish its findings in the spring. A spokesperson said the inquiry was "at an advanced stage" but declined to say more.

        Harlow Rail said on Monday that services would resume. A spokeswoman said the line was "safe to use again" after repairs.
        """)
        #expect(run.speaker(ofQuoteContaining: "advanced stage") == "Velmar Water Authority", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "safe to use again") == "Harlow Rail", "\(run.quotes)")
    }

    @Test func notWhenThePreviousSentenceOpensWithAPerson() {
        let run = StagesRun("""
        Ada Lintz said on Monday that the plant would close. A spokesperson said the decision was "final and irreversible" for now.
        """)
        #expect(run.speaker(ofQuoteContaining: "final and irreversible") == nil, "\(run.quotes)")
    }
}

/// "the Riga-based Harlow Institute for Economic Research": a body named after "<place>-based",
/// without the place (session 28).
@Suite struct BasedBodyTests {
    @Test func theWordsAfterAPlaceBasedNameABody() {
        let run = StagesRun("""
        "It is a blow," said Tom Roe, head of trading at Adelaide-based Velmar Cross Commodities. Jo Pallant, an analyst at the Riga-based Harlow Institute for Economic Research, said it was over. The London-based Arden Trust said it was fine. Seoul-based analyst Ada Lintz said so.
        """)
        let names = run.actors.map(\.name)
        #expect(run.actor(named: "Velmar Cross Commodities")?.kind == .organisation, "\(names)")
        #expect(run.actor(named: "Harlow Institute for Economic Research")?.kind == .organisation, "\(names)")
        #expect(run.actor(named: "Arden Trust")?.kind == .organisation, "\(names)")
        #expect(run.actor(named: "Ada Lintz")?.kind == .person, "\(names)")
        #expect(!names.contains { $0.contains("-based") }, "\(names)")
    }
}

/// "…, and Velmar Water, which supplies 15 million customers, said": the body a "which" aside is
/// about speaks; utilities are bodies (session 28).
@Suite struct WhichAsideBodyTests {
    @Test func theBodyOfAWhichAsideIsTheSpeaker() {
        let run = StagesRun("""
        Harlow Water and Arden Valley Water have already announced restrictions, and Velmar Water, which supplies about 15 million customers, said on Wednesday it would introduce a ban "in the coming weeks."
        """)
        #expect(run.speaker(ofQuoteContaining: "coming weeks") == "Velmar Water", "\(run.quotes)")
        for name in ["Harlow Water", "Arden Valley Water", "Velmar Water"] {
            #expect(run.actor(named: name)?.kind == .organisation, "\(name): \(run.actors)")
        }
    }

    @Test func aNameBeforeAWhichAsideAndAVerbOfSayingIsABody() {
        let run = StagesRun("""
        Tomlin Mercer, which runs the port, said the cranes were "back in service for now" after repairs.
        """)
        #expect(run.actor(named: "Tomlin Mercer")?.kind == .organisation, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "back in service") == "Tomlin Mercer", "\(run.quotes)")
    }
}

/// Company forms of other countries end a company's name (session 28).
@Suite struct CompanyFormTests {
    @Test func foreignCompanyFormsEndACompanysName() {
        let run = StagesRun("""
        Dutch logistics group Velmar Logistics NV said on Wednesday it had agreed to buy German rival Arden Freight GmbH. Harlow Motoren AG said it would not bid.
        """)
        for name in ["Velmar Logistics NV", "Arden Freight GmbH", "Harlow Motoren AG"] {
            #expect(run.actor(named: name)?.kind == .organisation, "\(name): \(run.actors.map(\.name))")
        }
    }
}

/// "the Department for Environment, Food and Rural Affairs": a remit listed with commas and
/// "and" stays in the body's name (session 28).
@Suite struct ListedRemitTests {
    @Test func aRemitListedWithCommasStaysInTheName() {
        let run = StagesRun("""
        The Department for Environment, Food and Rural Affairs said it was "monitoring the situation closely." The Department for Digital, Culture, Media and Sport said it agreed.
        """)
        #expect(run.speaker(ofQuoteContaining: "monitoring the situation") == "Department for Environment, Food and Rural Affairs", "\(run.quotes)")
        #expect(run.actor(named: "Department for Digital, Culture, Media and Sport")?.kind == .organisation, "\(run.actors.map(\.name))")
    }

    @Test func knownNamesAfterABodyAreListedApart() {
        let run = StagesRun("The Ministry of Defence, France and Germany said the exercise would go ahead.")
        #expect(run.actor(named: "Ministry of Defence")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "France")?.kind == .country, "\(run.actors.map(\.name))")
    }
}

/// "Ver.di", "Booking.com": a period inside a name keeps it one word (session 28).
@Suite struct InnerPeriodTests {
    @Test func aPeriodInsideANameKeepsItOneWord() {
        let run = StagesRun("""
        The union Har.di said it would seek guarantees. "We have heard the word before," said Har.di logistics officer Ada Lintz. Velmar.com said it was fine. It opened at 9 a.m. in the U.S. on Monday.
        """)
        #expect(run.speaker(ofQuoteContaining: "heard the word") == "Ada Lintz", "\(run.quotes)")
        #expect(run.actor(named: "Har.di")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Velmar.com")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Har") == nil, "\(run.actors.map(\.name))")
    }
}

/// "According to her, …", "A Commission spokesperson said", "Defence Undersecretary X"
/// (session 28).
@Suite struct SourcePronounAndBodyWordTests {
    @Test func aPronounAfterAccordingToIsThePersonJustNamed() {
        let run = StagesRun("""
        Dr. Mira Arden-Lintz, a political scientist I interviewed last summer, thinks the deal can hold. According to her, the real danger is that "everyone declares victory, goes home, and forgets."
        """)
        #expect(run.speaker(ofQuoteContaining: "declares victory") == "Mira Arden-Lintz", "\(run.quotes)")
    }

    @Test func aSpokespersonNamedByTheLastWordOfABodyNamedBefore() {
        let story = EventFixture.story(ofArticle: """
        The Velmar Trade Commission has avoided strong language. A Commission spokesperson said on Wednesday that the Velmar Union "is following the situation closely" and that it was fine.
        """, published: EventFixture.day(2021, 8, 12))
        let quote = story.quotes.first { $0.text.contains("following the situation") }
        #expect(quote?.speaker.map { story.actors[$0].name } == "Velmar Trade Commission", "\(story.quotes)")
    }

    @Test func anUndersecretaryIsATitle() {
        let run = StagesRun("\"We view this as a clear act of provocation,\" Defence Undersecretary Tom Pallant-Roe said.")
        #expect(run.speaker(ofQuoteContaining: "clear act") == "Tom Pallant-Roe", "\(run.quotes)")
    }
}
