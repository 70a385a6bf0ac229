@testable import StorylineExtraction
import StorylineModel
import Testing

/// Names that look like other words (a month, a modal, a point of the compass), phrases that
/// set the scene before the clause that reports, asides, speakers and datelines: found in reports
/// of central banks, governments, a border crisis, a Senate vote, a sentencing and an earthquake.
@Suite struct NamesAndCuesTests {
    /// The day every article here was published.
    private let published = EventFixture.day(2021, 3, 2)

    @Test func aMonthAfterAGivenNameOrHonorificIsASurname() {
        let run = StagesRun("""
        Theresa May met the envoy on Monday. "We will deliver," Mrs May said. The vote was held in May. \
        Ann Roe said on May 5 that she would stay.
        """)
        #expect(run.actorName(mentionedAs: "Theresa May") == "Theresa May", "\(run.mentionPairs)")
        #expect(run.actorName(mentionedAs: "Mrs May") == "Theresa May", "\(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "We will deliver") == "Theresa May")
        // A month after "in", or before a day number, stays a date.
        #expect(run.actorName(mentionedAs: "Ann Roe") == "Ann Roe", "\(run.mentionPairs)")
        #expect(run.mentions.allSatisfy { run.documents[$0.document].text(in: $0.range) != "May" }, "\(run.mentionPairs)")
    }

    @Test func aCapitalisedModalInsideASentenceIsAName() {
        let built = EventFixture.story(ofArticle: """
        Prime Minister Theresa May met the president in Paris on Monday.

        Will Roe said on Monday that he had resigned.

        In a statement, the Federal Open Market Committee said the crisis would weigh on activity.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Theresa May met the president") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Will Roe said") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("The Federal Open Market Committee said") }, "\(titles)")
        // A lower-case modal still makes what follows a possibility.
        let possible = EventFixture.story(ofArticle: "The leader may meet the president in Paris on Monday.", published: published)
        #expect(possible.events.isEmpty, "\(possible.events.map(\.title))")
    }

    @Test func anOpeningPhraseBeforeAVerbOfSayingOnlySetsTheScene() {
        let built = EventFixture.story(ofArticle: """
        In a statement after its two-day meeting, the Central Bank of Freedonia said prices would keep rising.

        After a meeting with the union on Monday, the minister said talks would resume.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("The Central Bank of Freedonia said prices") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("The minister said talks would resume") }, "\(titles)")
        let bank = built.events.first { $0.title.hasPrefix("The Central Bank") }
        #expect(bank?.kind == .statement, "\(built.events.map { ($0.title, $0.kind) })")
    }

    @Test func theNorthOrTheSouthIsTheCountryTheArticleNamed() {
        let run = StagesRun("""
        North Korea blew up a liaison office, South Korea said. The North had threatened to cut ties with the South. \
        Officials said the North's move was a warning.
        """)
        #expect(run.mentionPairs.contains("North → North Korea"), "\(run.mentionPairs)")
        #expect(run.mentionPairs.contains("South → South Korea"), "\(run.mentionPairs)")
        #expect(run.actors.allSatisfy { $0.name != "North" && $0.name != "South" }, "\(run.actors.map(\.name))")
        // With no such country named, "the South" is a region and no actor.
        let region = StagesRun("Storms hit the South on Monday, the agency said.")
        #expect(region.actors.allSatisfy { $0.kind != .country }, "\(region.actors.map(\.name))")
    }

    @Test func aVerbOfSayingAfterAModalInAReportedClauseIsNoCue() {
        let run = StagesRun("""
        "The action betrays everyone," said Jo Roe, a senior official. \
        He warned that France would respond "very strongly" if the talks failed.
        """)
        #expect(run.speaker(ofQuoteContaining: "very strongly") == "Jo Roe", "\(run.mentionPairs)")
        // A verb of saying after a modal with no cue before it still attributes the quote.
        let alone = StagesRun("France would respond \"with every means it has\" to any attack.")
        #expect(alone.speaker(ofQuoteContaining: "every means") == "France", "\(alone.mentionPairs)")
    }

    @Test func aKnightIsNotTitledByHisGivenName() {
        let built = EventFixture.story(ofArticle: """
        Labour leader Sir Keith Roe said the minister should have been sacked. "He should go," Sir Keith said on Twitter.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Keith Roe said") }, "\(titles)")
        #expect(!titles.contains { $0.hasPrefix("Keith said") }, "\(titles)")
    }

    @Test func aChairBeforeANameIsATitle() {
        let run = StagesRun("Fed Chair Jerome Roe told reporters the bank was \"not even thinking about raising rates\".")
        #expect(run.speaker(ofQuoteContaining: "not even thinking") == "Jerome Roe", "\(run.actors.map(\.name))")
    }

    @Test func anAsideAboutAPersonTellsOfAnotherHappening() {
        let built = EventFixture.story(ofArticle: """
        A judge on Friday sentenced Al Poe to ten years in prison for the killing of Jo Roe, whose death last year set off \
        protests across the country.

        Senate leader Mary Doe, who voted against the plan, said the chamber would debate it next week.
        """, published: published)
        let kinds = built.events.map(\.kind)
        #expect(!kinds.contains(.protest), "\(built.events.map { ($0.title, $0.kind) })")
        #expect(!kinds.contains(.election), "\(built.events.map { ($0.title, $0.kind) })")
        #expect(built.events.contains { $0.title.hasPrefix("Mary Doe said") }, "\(built.events.map(\.title))")
    }

    @Test func aChamberApprovingAPackageIsAnEvent() {
        let built = EventFixture.story(ofArticle: "The Senate on Tuesday approved a $1 trillion infrastructure package.", published: published)
        #expect(built.events.first?.kind == .policy, "\(built.events.map { ($0.title, $0.kind) })")
        #expect(built.events.first?.date.value == "2021-03-02", "\(built.events.map(\.date))")
    }

    @Test func aNameInsideTheQuoteIsNotWhoSaidIt() {
        let run = StagesRun("""
        The officer Derek Poe was convicted of killing Mary Roe. Before the verdict, Mr Poe briefly addressed the court. \
        "I want to give my condolences to the Roe family," he said.
        """)
        #expect(run.speaker(ofQuoteContaining: "condolences") == "Derek Poe", "\(run.mentionPairs)")
    }

    @Test func heAfterAQuoteOfTwoSentencesIsWhoSpokeBeforeIt() {
        let run = StagesRun("""
        Jo Roe's brother, Tim Roe, told the court he wanted to know why Al Poe did not stop. "Why? What were you thinking?" he asked.
        """)
        #expect(run.speaker(ofQuoteContaining: "What were you thinking") == "Tim Roe", "\(run.mentionPairs)")
        // Only a name set off by commas speaks through the verb after its closing comma.
        let sister = StagesRun("""
        The blast came days after Mary Roe, the sister of leader Al Roe, said the office would fall. \
        In a statement on Saturday, she said it was time to "take action".
        """)
        #expect(sister.speaker(ofQuoteContaining: "take action") == "Mary Roe", "\(sister.mentionPairs)")
    }

    @Test func aNameBeforeARoleOnlySaysWhoseRoleItIs() {
        let built = EventFixture.story(ofArticle: """
        Jo Roe family attorney Ben Poe called the ruling "historic". House Speaker Nancy Doe said the bill would pass.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Ben Poe called the ruling") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Nancy Doe said") }, "\(titles)")
        // Words of saying, "-ed" forms or punctuation between two names are no role.
        func isRole(_ gap: String) -> Bool {
            Array(gap.utf8).withUnsafeBufferPointer { EventDetector.isRoleBetween(0, $0.count, $0) }
        }
        #expect(isRole(" family attorney ") && isRole(" adviser "))
        #expect(!isRole(" told ") && !isRole(" reportedly hugged ") && !isRole(", a lawyer, ") && !isRole(" one two three four "))
    }

    @Test func aChamberVotingOnALawIsAPolicyEvent() {
        let built = EventFixture.story(ofArticle: """
        The Senate voted 69 to 30 on Tuesday to approve a package for roads and bridges.

        Voters in Freedonia voted on Sunday in a presidential election.
        """, published: published)
        let kinds = built.events.map(\.kind)
        #expect(kinds.contains(.policy) && kinds.contains(.election), "\(built.events.map { ($0.title, $0.kind) })")
        // The noun as well: a vote on a bill is the bill's event.
        let noun = EventFixture.story(ofArticle: "Lawmakers held a final vote on the budget bill on Tuesday.", published: published)
        #expect(noun.events.map(\.kind) == [.policy], "\(noun.events.map { ($0.title, $0.kind) })")
    }

    @Test func anAssassinationIsAnAttack() {
        let built = EventFixture.story(ofArticle: "President Jo Roe was assassinated at his home on July 7.", published: EventFixture.day(2021, 8, 15))
        #expect(built.events.first?.kind == .attack, "\(built.events.map { ($0.title, $0.kind) })")
        #expect(built.events.first?.date.value == "2021-07-07")
    }

    @Test func aHyphenatedCityOrAnAbbreviatedMonthStaysInTheDateline() {
        let built = EventFixture.story(ofArticle: """
        PORT-AU-PRINCE, Aug 14 (World Desk) - A strong earthquake struck the south of the country on Saturday.

        PARIS, Aug. 14 (Wire) - The minister resigned on Saturday after a scandal.
        """, published: EventFixture.day(2021, 8, 15))
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("A strong earthquake struck") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("The minister resigned") }, "\(titles)")
    }

    @Test func aVerbOfSayingAfterButSharesTheSentencesSubject() {
        let run = StagesRun("Republican leader Jo Roe backed the bill but vowed to fight the budget \"with every fibre of our being\".")
        #expect(run.speaker(ofQuoteContaining: "every fibre") == "Jo Roe", "\(run.mentionPairs)")
    }

    @Test func aForecastBeforeAClosingAttributionDoesNotDateTheSaying() {
        let built = EventFixture.story(ofArticle: """
        Tropical Storm Zed is expected to reach the coast on Monday, threatening heavy rain, the National Storm Office said.
        """, published: EventFixture.day(2021, 8, 15))
        #expect(built.events.count == 1, "\(built.events.map(\.title))")
        #expect(built.events.first?.date.value == nil, "\(built.events.map(\.date))")
    }

    @Test func aWordOfAnOrganisationsNameIsNoTrigger() {
        let built = EventFixture.story(ofArticle: "The Freedonia Hurricane Center said the season would be calm.", published: published)
        #expect(built.events.map(\.kind) == [.statement], "\(built.events.map { ($0.title, $0.kind) })")
    }

    @Test func aChiefsOfficeIsNoPartOfTheName() {
        let run = StagesRun("""
        "It was a record quarter," Chief Executive Tom Roe said. Chief Financial Officer Luca Doe told analysts sales rose.
        """)
        #expect(run.speaker(ofQuoteContaining: "record quarter") == "Tom Roe", "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Luca Doe")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.actors.allSatisfy { !$0.name.hasPrefix("Chief") && !$0.name.hasPrefix("Executive") }, "\(run.actors.map(\.name))")
    }

    @Test func aCompanyReportingResultsIsAnEvent() {
        let built = EventFixture.story(ofArticle: """
        Acme Corp reported record revenue of $11 billion on Wednesday. The paper reported on Monday that talks had stalled.
        """, published: EventFixture.day(2021, 1, 28))
        let results = built.events.first { $0.title.hasPrefix("Acme Corp reported") }
        #expect(results?.date.value == "2021-01-27", "\(built.events.map { ($0.title, $0.date) })")
    }

    @Test func aNameMayHaveFourWords() {
        let run = StagesRun("""
        Soldiers detained the laureate Aung San Suu Kyi, who was held at her home. Andrés Manuel López Obrador said he would visit.
        """)
        let names = Set(run.actors.map(\.name))
        #expect(names.isSuperset(of: ["Aung San Suu Kyi", "Andrés Manuel López Obrador"]), "\(names)")
    }

    @Test func theArmySaidIsTheCountryWhoseArmyTheArticleNamed() {
        let run = StagesRun("""
        Freedonia's military seized power on Monday. The army said it had acted against "election fraud".
        """, known: [KnownActor(name: "Freedonia", kind: .country, aliases: [])])
        #expect(run.speaker(ofQuoteContaining: "election fraud") == "Freedonia", "\(run.mentionPairs)")
        // A curly apostrophe, or the country's name before the word, names the army too.
        let known = [KnownActor(name: "Freedonia", kind: .country, aliases: [])]
        for opening in ["Freedonia\u{2019}s military seized power.", "The Freedonia army seized power."] {
            let other = StagesRun(opening + " The military said it had acted against \"election fraud\".", known: known)
            #expect(other.speaker(ofQuoteContaining: "election fraud") == "Freedonia", "\(other.mentionPairs)")
        }
        // With no country's army named, "the army" is no one known.
        let unnamed = StagesRun("The army said it had acted against \"election fraud\".")
        #expect(unnamed.speaker(ofQuoteContaining: "election fraud") == nil, "\(unnamed.mentionPairs)")
    }
}
