@testable import StorylineExtraction
import StorylineModel
import Testing

/// Wire-report conventions: acronyms, newsrooms, names after titles, "the bank said".
@Suite struct NewsConventionTests {
    @Test func anAcronymAndTheFullNameAreOneOrganisationInEitherOrder() {
        let fullFirst = StagesRun("The Nordic Shipping Authority raised fees. The NSA said the rise was small.")
        #expect(fullFirst.actorName(mentionedAs: "NSA") == "Nordic Shipping Authority")
        #expect(fullFirst.actor(named: "Nordic Shipping Authority")?.aliases.contains("NSA") == true)

        let acronymFirst = StagesRun("The NSA said fees would rise. Officials at the Nordic Shipping Authority declined to comment.")
        #expect(acronymFirst.actorName(mentionedAs: "NSA") == "Nordic Shipping Authority")
        #expect(acronymFirst.actors.filter { $0.kind == .organisation }.map(\.name) == ["Nordic Shipping Authority"])

        // Initials two organisations share leave their acronym apart from both.
        let shared = StagesRun("""
        The Nordic Shipping Authority raised fees. The National Security Agency declined to comment.         The NSA said the rise was small.
        """)
        #expect(shared.actorName(mentionedAs: "NSA") == "NSA")
    }

    @Test func storyFileOrganisationsAreNotJoinedByTheirInitials() {
        let known = [
            KnownActor(name: "Press Association", kind: .organisation, aliases: []),
            KnownActor(name: "PA", kind: .organisation, aliases: ["Palestinian Authority"]),
        ]
        let run = StagesRun("The PA said talks would resume. The Press Association reported it.", known: known)
        #expect(run.actorName(mentionedAs: "PA") == "PA")
        #expect(run.actorName(mentionedAs: "Press Association") == "Press Association")
    }

    @Test func initialsSkipSmallWordsAndSplitHyphens() {
        #expect(AcronymLinks.initials(of: "Organisation of the Petroleum Exporting Countries") == "OPEC")
        #expect(AcronymLinks.initials(of: "Non-Proliferation Treaty") == "NPT")
        #expect(AcronymLinks.initials(of: "US Geological Survey") == "USGS")
        #expect(AcronymLinks.initials(of: "UN Security Council") == "UNSC")
        #expect(AcronymLinks.initials(of: "Bank") == nil)
        #expect(AcronymLinks.initials(of: "Bank of lower case") == nil)
        #expect(AcronymLinks.isAcronym("ECB") && !AcronymLinks.isAcronym("Ecb") && !AcronymLinks.isAcronym("ABCDEFG"))
    }

    @Test func companiesAndWhereAnalystsWorkAreBodies() {
        let run = StagesRun("Its rival Eastbridge Semiconductor warned of shortages. Analysts at Morgan Stanley said the figures were strong. Economists at Hale Brothers agreed.")
        #expect(run.actor(named: "Eastbridge Semiconductor")?.kind == .organisation)
        #expect(run.actor(named: "Morgan Stanley")?.kind == .organisation)
        // Without a verb of saying after it, a name after "at" is left alone.
        #expect(run.actor(named: "Hale Brothers")?.kind != .person)
        // A person's name after "at" with no staff before it stays a person's.
        #expect(StagesRun("The award went to Jana Weber at the ceremony. Jana Weber said she was proud.").actor(named: "Jana Weber")?.kind == .person)
    }

    @Test func anAgencyNamedWithItsCountrysInitialsKeepsItsAcronym() {
        let run = StagesRun("The quake hit near the town, according to the US Geological Survey (USGS). The USGS said aftershocks were likely.")
        #expect(run.actor(named: "US Geological Survey")?.kind == .organisation)
        #expect(run.actorName(mentionedAs: "USGS") == "US Geological Survey")
    }

    @Test func wordsOfAHeadingInCapitalsAreNoAcronyms() {
        let run = StagesRun("""
        The Harlow Savings Bank raised its rate.

        MARKETS REACT

        The VSX index fell.

        GLOBAL BACKDROP

        The NSA said fees would rise.
        """)
        #expect(run.actors.filter { $0.kind == .organisation }.map(\.name).sorted() == ["Harlow Savings Bank", "NSA"], "\(run.actors)")
    }

    @Test func aStoryFileNameIsNotRenamedByAFullName() {
        let known = [KnownActor(name: "NSA", kind: .organisation, aliases: [])]
        let run = StagesRun("The NSA said fees would rise. The Nordic Shipping Authority declined to comment.", known: known)
        #expect(run.actor(named: "NSA")?.kind == .organisation)
        #expect(run.actorName(mentionedAs: "NSA") == "NSA")
    }

    @Test func theDocumentsOutletIsANewsroomNotAPerson() {
        let text = "Two officials had doubts, sources told Harbour Wire last week."
        let document = Document(id: "wire", path: "wire.txt", outlet: "Harbour Wire", text: text)
        var resolver = ActorResolver(known: [])
        let sentences = Segmenter().segment(document, documentIndex: 0).sentences
        let mentions = resolver.resolve(document, documentIndex: 0, sentences: sentences)
        let named = mentions.map { resolver.actors[$0.actor] }.filter { $0.name == "Harbour Wire" }
        #expect(named.count == 1)
        #expect(named.first?.kind == .organisation)

        // An outlet known before reading counts in documents read earlier too.
        var early = ActorResolver(known: [])
        early.noteOutlets(["Harbour Wire"])
        let other = Document(id: "other", path: "other.txt", text: text)
        let found = early.resolve(other, documentIndex: 0, sentences: Segmenter().segment(other, documentIndex: 0).sentences)
        #expect(found.map { early.actors[$0.actor] }.first { $0.name == "Harbour Wire" }?.kind == .organisation)

        // Without that outlet the same words read as a person, as "told Ana Lind" would.
        let plain = StagesRun(text)
        #expect(plain.actor(named: "Harbour Wire")?.kind == .person)
    }

    @Test func aCompanyAfterACountrysPossessiveIsNoPerson() {
        // Without a list of given names "Germany's Jonas Albrecht" cannot be told from
        // "Japan's Toyota Motor": neither becomes a person from the possessive alone.
        let run = StagesRun("South Korea's Samsung Electronics and Japan's Toyota Motor cut their forecasts.")
        #expect(run.actors.filter { $0.kind == .person }.isEmpty)
    }

    @Test func aNameAfterItsTitleAndACommaMayCloseTheSentence() {
        let run = StagesRun("The talks will be chaired by a former envoy, Marta Kowal. His counterpart, Ilse Brandt, arrived later.")
        #expect(run.actor(named: "Marta Kowal")?.kind == .person)
        #expect(run.actor(named: "Ilse Brandt")?.kind == .person)
        // Not a name that only opens a longer phrase.
        let longer = StagesRun("He met the envoy, Zorvan Kowal and others.")
        #expect(longer.actor(named: "Zorvan Kowal") == nil)
    }

    @Test func aFullNameGivenWithoutACueIsFoundWhenTheHonorificUsesItsSurname() throws {
        let run = StagesRun("Evtra Lindqvist has won the race for mayor.\n\nMs Lindqvist, 48, thanked her voters. \"We did it,\" she said.")
        let evtra = try #require(run.actor(named: "Evtra Lindqvist"))
        #expect(evtra.kind == .person)
        #expect(run.actors.filter { $0.kind == .person }.count == 1)
        // The first mention is recorded in its own sentence, and the mentions stay in text order.
        #expect(run.mentions.first { $0.actor == evtra.id }?.sentence == 0)
        #expect(run.mentions.map(\.range.start) == run.mentions.map(\.range.start).sorted())
        #expect(run.speaker(ofQuoteContaining: "We did it") == "Evtra Lindqvist")
        // The look-back reads a long article's worth of text, not the whole of a huge one.
        let filler = String(repeating: "The weather stayed mild across the region. ", count: 1_700)
        let far = StagesRun("Evtra Lindqvist has won the race.\n\n" + filler + "\n\nMs Lindqvist thanked her voters.")
        #expect(filler.utf8.count > ActorResolver.lookBack)
        #expect(far.actor(named: "Evtra Lindqvist") == nil && far.actor(named: "Lindqvist")?.kind == .person)
        // A title or a function word before the surname is no given name.
        let titled = StagesRun("The Governor Lindqvist era ended. Then Ms Lindqvist left.")
        #expect(titled.actor(named: "Lindqvist")?.kind == .person)
        #expect(titled.actor(named: "Governor Lindqvist") == nil && titled.actor(named: "Then Lindqvist") == nil)
    }

    @Test func companiesAndOneAnalystsWorkplaceAreBodies() {
        let run = StagesRun("Halvard Foods agreed to buy a rival. Piet Claes, an analyst at Degroot Petermans, said the price was fair. He added that more deals would follow.")
        #expect(run.actor(named: "Halvard Foods")?.kind == .organisation)
        #expect(run.actor(named: "Degroot Petermans")?.kind == .organisation)
        // So "He added" is the analyst, not his employer.
        #expect(run.mentions.filter { run.actors[$0.actor].name == "Piet Claes" }.count == 2)
    }

    @Test func militaryChiefsAndBureausOfSomethingAreBodies() {
        let run = StagesRun("Freedonia's Joint Chiefs of Staff said two missiles were launched. The Federal Bureau of Investigation said it was looking into the leak.")
        #expect(run.actor(named: "Joint Chiefs of Staff")?.kind == .organisation)
        #expect(run.actor(named: "Federal Bureau of Investigation")?.kind == .organisation)
        #expect(run.actors.allSatisfy { $0.kind != .person })
    }

    @Test func campaignGroupsAreBodies() {
        let run = StagesRun("Amnesty International said two people had died. Harbour Watch added that the port was closed.")
        #expect(run.actor(named: "Amnesty International")?.kind == .organisation)
        #expect(run.actor(named: "Harbour Watch")?.kind == .organisation)
    }

    @Test func anHonorificWithAGivenNameIsThePersonOfThatName() {
        let run = StagesRun("The agency's head, Dr Tedla Abebe Haile, spoke in Geneva. \"We are worried,\" Dr Tedla told reporters.")
        #expect(run.actors.filter { $0.kind == .person }.map(\.name) == ["Tedla Abebe Haile"])
        #expect(run.speaker(ofQuoteContaining: "worried") == "Tedla Abebe Haile")
    }

    @Test func countriesOfTheWorldTableIncludeSmallerOnes() {
        let run = StagesRun("Cases were confirmed in Burundi and Rwanda. The Congolese government said the DRC needed vaccines.")
        #expect(run.actor(named: "Burundi")?.kind == .country)
        #expect(run.actor(named: "Rwanda")?.kind == .country)
        #expect(run.actorName(mentionedAs: "DRC") == "Democratic Republic of Congo")
        // A given name that is also a capital stays a person's.
        #expect(StagesRun("Sofia Marin said the vote was fair.").actor(named: "Sofia Marin")?.kind == .person)
    }

    @Test func particlesStayInsideAPersonsName() {
        let run = StagesRun("The Commission President, Ursel van der Brink, congratulated the winner. Officials said Karl de Wit, the envoy, would attend.")
        #expect(run.actor(named: "Ursel van der Brink")?.kind == .person)
        #expect(run.actor(named: "Karl de Wit")?.kind == .person)
        // Not a particle that a name does not follow ("de facto").
        let notName = StagesRun("Jan Smit said the de facto leader had gone.")
        #expect(notName.actor(named: "Jan Smit")?.kind == .person)
        #expect(notName.actors.allSatisfy { !$0.name.contains("facto") })
    }

    @Test func aNameAfterAnArticleBeforeACueVerbIsABody() {
        let run = StagesRun("The Red Cross said it had sent 20 teams. Later the Blue Crescent added that more would follow.")
        #expect(run.actor(named: "Red Cross")?.kind == .organisation)
        #expect(run.actor(named: "Blue Crescent")?.kind == .organisation)
        #expect(run.actors.allSatisfy { $0.kind != .person })
        // A religious or royal title ends a person's name.
        #expect(StagesRun("The Dalai Lama said he would visit the region.").actor(named: "Dalai Lama")?.kind == .person)
        // A label before a name leaves the name a person.
        let labelled = StagesRun("The move was welcomed, but the Democrat Jo Bloggs said it came too late.")
        #expect(labelled.actor(named: "Jo Bloggs")?.kind == .person)
        #expect(labelled.actors.allSatisfy { $0.kind == .person })
        // Without a verb of saying after it, nothing is made of it.
        #expect(StagesRun("The Red Cross sent 20 teams.").actor(named: "Red Cross") == nil)
    }

    @Test func anEnvoyOfACountryIsNoMentionOfIt() {
        // "the British ambassador" names neither a person nor the British government.
        let run = StagesRun("In December, Norway summoned the British ambassador over the remarks.")
        #expect(run.actors.map(\.name) == ["Norway"])
    }

    @Test func theBankSaidStandsForTheBankJustNamed() {
        let run = StagesRun("""
        The Central Bank of Ruritania kept rates on hold. In a statement, the bank said it "expects rates to stay low for a long time".
        """)
        #expect(run.speaker(ofQuoteContaining: "expects rates") == "Central Bank of Ruritania")
        #expect(run.actorName(mentionedAs: "the bank") == "Central Bank of Ruritania")
    }

    @Test func theCompanySaidStandsForTheCompanyJustNamed() {
        let run = StagesRun("Profits at Acme Holdings rose by a third. The rise was \"remarkable\", the company said. Its rival Brio Motors was quiet; the firm said nothing.")
        #expect(run.actorName(mentionedAs: "the company") == "Acme Holdings")
        #expect(run.actorName(mentionedAs: "the firm") == "Brio Motors")
        // Not a body that is no company.
        let agency = StagesRun("The Ruritanian Space Agency launched a probe. It worked, the company said.")
        #expect(agency.actorName(mentionedAs: "the company") == nil)
        // A name that says nothing of its kind, named in the sentence before, is the company meant.
        let plain = StagesRun("""
        Kinetiq said it would cut jobs. "Band 3 is the most accurate tracker we have built," the company said in a blog post.
        """)
        #expect(plain.speaker(ofQuoteContaining: "most accurate") == "Kinetiq", "\(plain.quotes)")
        let far = StagesRun("""
        Kinetiq said it would cut jobs. Sales fell. Staff were told on Monday. "We have built the best tracker," the company said.
        """)
        #expect(far.speaker(ofQuoteContaining: "best tracker") == nil, "\(far.quotes)")
    }

    @Test func titlesLoseTheCommasOfAnAppositionAndThePrepositionsOfCutTimes() throws {
        let text = """
        The Commission President, Ursel van der Brink, congratulated the winner on Monday.

        Mr Okafor served as finance minister from 2015 to 2019 and led the party into the election.

        In Lisbon on Tuesday, Jo Bloggs, the winner, said the count was fair.

        In May, Estmark's foreign minister, Jo Ruda, summoned the British ambassador over what he called "interference".

        Speaking to reporters after the meeting, the chancellor said he had raised the war.
        """
        let corpus = LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: EventFixture.day(2024, 5, 14), publishedSource: .frontMatter, text: text),
        ])
        let story = StoryBuilder().build(corpus)
        let titles = story.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Ursel van der Brink congratulated the winner") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Okafor served as finance minister and led the party") }, "\(titles)")
        // A name with an apposition keeps its commas for the apposition rule.
        #expect(titles.contains { $0.hasSuffix("Bloggs said the count was fair") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Jo Ruda summoned the British ambassador") }, "\(titles)")
        // An opening participle phrase goes like an opening time or place.
        #expect(titles.contains { $0.hasPrefix("The chancellor said he had raised the war") }, "\(titles)")
        // The source of "according to" and a place after "in" do not open the title; "have been" goes.
        let sourced = StoryBuilder().build(LoadedCorpus(documents: [
            Document(
                id: "b", path: "b.txt", published: EventFixture.day(2024, 6, 21), publishedSource: .frontMatter,
                text: "According to the Freedonia Rights Commission, 105 people have been arrested since the protests began.\n\nPolice in Freedonia fired tear gas at students on Thursday."),
        ]))
        let sourcedTitles = sourced.events.map(\.title)
        #expect(sourcedTitles.contains { $0.hasPrefix("105 people arrested since the protests began") }, "\(sourcedTitles)")
        #expect(sourcedTitles.contains { $0.hasPrefix("Police in Freedonia fired tear gas") }, "\(sourcedTitles)")
        #expect(EventTitler.widenedOverPreposition(TextRange(start: 5, end: 9), Array("from 2015".utf8).withUnsafeBufferPointer { $0 }) == TextRange(start: 0, end: 9))
    }

    @Test func whatTheCompanySaidMakesTheTitle() throws {
        let text = "Profits at Acme Holdings rose by a third.\n\nNet income climbed to $4.2bn in the quarter, the company said in a statement."
        let corpus = LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: EventFixture.day(2021, 10, 28), publishedSource: .frontMatter, text: text),
        ])
        let story = StoryBuilder().build(corpus)
        let event = try #require(story.events.first { $0.evidence.contains { story.text(of: $0).hasPrefix("Net income") } })
        #expect(event.title.hasPrefix("Net income climbed"), "\(event.title)")
        #expect(event.actors.contains { story.actors[$0.actor].name == "Acme Holdings" && $0.role == .agent })
    }

    @Test func theBankIsNotAnOrganisationNamedBeforeAnotherOne() {
        let run = StagesRun("""
        The Central Bank of Ruritania kept rates on hold. Harlow Holdings welcomed it.         In a statement, the bank said it "expects rates to stay low for a long time".
        """)
        #expect(run.actorName(mentionedAs: "the bank") == nil)
        #expect(run.speaker(ofQuoteContaining: "expects rates") == nil)
        // A ministry named since cannot be the bank meant.
        let ministry = StagesRun("""
        The Central Bank of Ruritania kept rates on hold. The Finance Ministry welcomed it.         In a statement, the bank said it "expects rates to stay low for a long time".
        """)
        #expect(ministry.speaker(ofQuoteContaining: "expects rates") == "Central Bank of Ruritania", "\(ministry.quotes)")
        // Words that as often name another body are no descriptions.
        let union = StagesRun("Talks with the European Union stalled. Members will strike, the union said.")
        #expect(union.actorName(mentionedAs: "the union") == nil)
    }

    @Test func oneNameBeforeAVerbOfSayingIsABody() {
        let run = StagesRun("Brussels fined Northwind a record sum. Northwind said it would appeal. \"We disagree,\" Valtrix said.")
        #expect(run.actor(named: "Northwind")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Valtrix")?.kind == .organisation)
        // Not a sentence's opening plural or pronoun, nor the surname of someone named.
        let common = StagesRun("Officials said it was calm. Police said two were hurt. Everyone said so. Dana Holt met them. Holt said more.")
        #expect(common.actors.map(\.name) == ["Dana Holt"], "\(common.actors.map(\.name))")
        // An aside that calls it a body does too; one that calls it a person does not.
        let aside = StagesRun("Northgrid, the main utility, said power would return. Holt, the mayor, said more.")
        #expect(aside.actor(named: "Northgrid")?.kind == .organisation, "\(aside.actors.map(\.name))")
        #expect(aside.actor(named: "Holt") == nil, "\(aside.actors.map(\.name))")
        let longer = StagesRun("The Centres for Disease Control and Prevention said cases fell.")
        #expect(longer.actor(named: "Prevention") == nil, "\(longer.actors.map(\.name))")
    }

    @Test func aResultInSportIsAnEvent() throws {
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: EventFixture.day(2021, 7, 12), publishedSource: .frontMatter, text: """
            Italy won the European Championship after beating England 3-2 on penalties at Wembley on Sunday.

            The firm beat expectations. The Scottish government said schools would reopen.
            """),
        ]))
        let final = try #require(built.events.first { $0.title.hasPrefix("Italy won") })
        #expect(final.kind == .other)
        #expect(final.date.value == "2021-07-11")
        #expect(final.actors.contains { built.actors[$0.actor].name == "England" }, "\(final.actors)")
        #expect(!built.events.contains { $0.title.hasPrefix("The firm beat") }, "\(built.events.map(\.title))")
        #expect(built.events.contains { event in event.actors.contains { built.actors[$0.actor].name == "Scotland" } })
    }

    @Test func aCommonGivenNameOpensAPersonsName() {
        let run = StagesRun("Pryla Ramdas faces calls to resign. Ravi Tandon is expected to meet union leaders next week.")
        #expect(run.actor(named: "Pryla Ramdas") == nil, "not a listed given name: \(run.actors.map(\.name))")
        #expect(run.actor(named: "Ravi Tandon")?.kind == .person, "\(run.actors.map(\.name))")
        // The commonest given names of English-language news among them.
        let succession = StagesRun("""
        Little has changed since Joe Rendell succeeded Donald Maxwell. Rendell met Jen Okafor. Callum Reid curled in a second goal.
        """)
        for name in ["Joe Rendell", "Donald Maxwell", "Jen Okafor", "Callum Reid"] {
            #expect(succession.actor(named: name)?.kind == .person, "\(name): \(succession.actors.map(\.name))")
        }
        // Not the start of a body's or a place's name, nor inside a longer name.
        let bodies = StagesRun("Max Planck Institute scientists agreed. San Jose officials agreed. Victor Harbour was calm.")
        #expect(bodies.actors.allSatisfy { $0.kind != .person }, "\(bodies.actors.map { ($0.name, $0.kind) })")
    }

    @Test func broadcastersDesksAndFirmsAreBodies() {
        let run = StagesRun("""
        "It feels like a defeat," Ivo Dal told Sky Sports. "We lost," said Tom Roe of Tidewater Asset Management. Calder Biologics said the trial would go on.
        """)
        for name in ["Sky Sports", "Tidewater Asset Management", "Calder Biologics"] {
            #expect(run.actor(named: name)?.kind == .organisation, "\(name): \(run.actors.map { ($0.name, $0.kind) })")
        }
    }

    @Test func aDatelineInCapitalsAndAPlaceNameAreNoActors() {
        let run = StagesRun("""
        NEW ORLEANS (Gulf Wire) — The storm made landfall on Sunday. The sheriff's office in Ascension Parish said a man was killed.
        """)
        #expect(run.actors.allSatisfy { !["NEW", "ORLEANS", "Ascension Parish"].contains($0.name) }, "\(run.actors.map(\.name))")
    }

    @Test func aPublicBodysRemitMayJoinTwoFieldsWithAnd() {
        let run = StagesRun("""
        The Department of Health and Rural Care said cases had fallen. The Centers for Plant Control and Prevention said it would \
        update its guidance. The Ministry of Science and Technology announced a fund.
        """)
        let names = Set(run.actors.map(\.name))
        #expect(names.isSuperset(of: [
            "Department of Health and Rural Care", "Centers for Plant Control and Prevention", "Ministry of Science and Technology",
        ]), "\(names)")
        // Another body, a person or lower-case words after "and" end the name at "and".
        let apart = StagesRun("""
        The Bank of Freedonia and Acme Capital said rates would stay low. The Ministry of Defence and the army said drills \
        had ended. The Department of Justice and Mary Roe disagreed. The Ministry of Trade and France signed a deal.
        """)
        let apartNames = Set(apart.actors.map(\.name))
        #expect(apartNames.isSuperset(of: ["Bank of Freedonia", "Ministry of Defence", "Department of Justice", "Mary Roe", "Ministry of Trade"]),
                "\(apartNames)")
        #expect(apartNames.allSatisfy { !$0.contains(" and ") }, "\(apartNames)")
    }
}
