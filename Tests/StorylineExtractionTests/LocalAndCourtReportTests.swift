@testable import StorylineExtraction
import StorylineModel
import Testing

/// US datelines with a state's short form, sheriffs and prosecutors, lawsuits and oaths of
/// office, fires that burn land, regional bodies named "Community of …", and what an
/// infinitive says about when: found in reports of a wildfire, an antitrust suit, a
/// peacekeeping vote and fishing talks (all names here invented).
@Suite struct LocalAndCourtReportTests {
    /// The day every article here was published.
    private let published = EventFixture.day(2021, 6, 29)

    @Test func aStateShortFormAfterAPlaceDoesNotEndTheSentence() {
        let texts = ExtractionFixture.sentenceTexts("""
        PINE HOLLOW, Calif. — Residents fled early Tuesday, officials said. Police in Tulsa, Okla., said the road was closed. \
        The crews came from Tulsa, Okla. The fire spread.
        """)
        #expect(texts == [
            "PINE HOLLOW, Calif. — Residents fled early Tuesday, officials said.",
            "Police in Tulsa, Okla., said the road was closed.",
            "The crews came from Tulsa, Okla.",
            "The fire spread.",
        ], "\(texts)")
        // Without a place and a comma before it, the word is no state: "Mass." ends the sentence.
        #expect(ExtractionFixture.sentenceTexts("They went to Mass. Police said so.").count == 2)
    }

    @Test func aSheriffOrProsecutorIsATitleNotPartOfTheName() {
        let run = StagesRun("""
        Lake County Sheriff Dale Orrin said deputies went door to door. District Prosecutor Mina Taft said charges were likely.
        """)
        #expect(run.actorName(mentionedAs: "Dale Orrin") == "Dale Orrin", "\(run.mentionPairs)")
        #expect(run.actorName(mentionedAs: "Mina Taft") == "Mina Taft", "\(run.mentionPairs)")
        #expect(!run.actors.contains { $0.name.contains("Sheriff") || $0.name.contains("County") }, "\(run.actors.map(\.name))")
    }

    @Test func aCommunityOfStatesIsOneOrganisation() {
        let run = StagesRun("""
        The Economic Community of Southern Lakes States demanded that elections go ahead as planned.
        """)
        let name = "Economic Community of Southern Lakes States"
        #expect(run.actorName(mentionedAs: name) == name, "\(run.mentionPairs)")
        #expect(run.actors.first { $0.name == name }?.kind == .organisation)
        let confederation = StagesRun("Helen Cho, the chief executive of the NHS Confederation, said staff were tired.")
        #expect(confederation.actors.contains { $0.name == "NHS Confederation" }, "\(confederation.mentionPairs)")
    }

    @Test func lawsuitsAndOathsOfOfficeAreEvents() {
        let built = EventFixture.story(ofArticle: """
        WASHINGTON — The Justice Department and 11 states sued Brightline Search on Wednesday over its advertising.

        Colonel Ado Kerr, who led the coup in May, was sworn in as interim president on June 7.

        A group of shareholders filed a lawsuit against the firm on Monday.

        Matt Crane quit as health secretary late on Saturday.

        The chief executive stepped down on Friday.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Justice Department and 11 states sued Brightline Search") }, "\(titles)")
        let oath = built.events.first { $0.title.contains("sworn in") }
        #expect(oath?.date.value == "2021-06-07", "\(built.events.map { ($0.title, $0.date.value) })")
        #expect(titles.contains { $0.contains("filed a lawsuit") }, "\(titles)")
        #expect(titles.contains { $0.hasSuffix("quit as health secretary") }, "\(titles)")
        #expect(titles.contains { $0.contains("stepped down") }, "\(titles)")
    }

    @Test func aFireThatBurnsLandIsADisasterButFireOfficialsAreNot() {
        let built = EventFixture.story(ofArticle: """
        The hills were scorched by the Cedar Fire in October 2017, which killed 22 people.

        Police opened fire on the crowd on Monday, killing two protesters.
        """, published: published)
        let kinds = built.events.map { ($0.title, $0.kind) }
        #expect(built.events.contains { $0.kind == .disaster && $0.date.value == "2017-10" }, "\(kinds)")
        #expect(!built.events.contains { $0.title.hasPrefix("Police opened fire") && $0.kind == .disaster }, "\(kinds)")
        let officials = EventFixture.story(ofArticle: "Fire officials said on Monday that the road would reopen.", published: published)
        #expect(officials.events.allSatisfy { $0.kind == .statement }, "\(officials.events.map { ($0.title, $0.kind) })")
    }

    @Test func anInfinitiveOfWhatIsToBeDoneLooksAhead() throws {
        // Published in June: the elections called for are next February's.
        let ahead = try time("It calls on the authorities to hold elections in February as promised.", anchor: "2021-06-29")
        #expect(ahead.value == "2022-02")
        // A past verb governing the infinitive reads it as before: the February already gone.
        let agreed = try time("The government agreed to hold elections in February.", anchor: "2021-06-29")
        #expect(agreed.value == "2021-02")
        // "to" before a noun phrase is no infinitive, and "as promised" sets no tense.
        let noun = try time("Turnout rose to the highest level in February.", anchor: "2021-06-29")
        #expect(noun.value == "2021-02")
    }

    @Test func aCompanysFirstWordStandsForItAnywhereInTheArticle() {
        let run = StagesRun("""
        Regulators sued Brightline Search Inc. on Wednesday. Shares of Brightline fell 2%. \
        Brightline's lawyer, Dana Roe, called the case flawed.
        """)
        let company = "Brightline Search Inc"
        #expect(run.actorName(mentionedAs: "Brightline Search Inc") == company, "\(run.mentionPairs)")
        #expect(run.mentionPairs.filter { $0 == "Brightline → \(company)" }.count == 2, "\(run.mentionPairs)")
        #expect(run.actorName(mentionedAs: "Dana Roe") == "Dana Roe", "\(run.mentionPairs)")
        // Without the company named first, a lone word is left alone.
        let alone = StagesRun("Shares of Brightline fell 2%.")
        #expect(!alone.mentionPairs.contains { $0.hasPrefix("Brightline →") }, "\(alone.mentionPairs)")
    }

    @Test func theSpokesmanIsTheBodyASpokesmanWasSaidToSpeakFor() {
        let forBody = StagesRun("""
        A spokesman for the Foreign Ministry said the minister would travel. "We will not accept a bad deal," the spokesman said.
        """)
        #expect(forBody.speaker(ofQuoteContaining: "bad deal") == "Foreign Ministry")
        // A person named later in that sentence is not the spokesman.
        let later = StagesRun("""
        A spokesman for the Foreign Ministry said the minister would travel to meet Ann Vell. "We will not yield," the spokesman said.
        """)
        #expect(later.speaker(ofQuoteContaining: "not yield") == "Foreign Ministry")
        let before = StagesRun("""
        A Defence Ministry spokeswoman said the talks had failed. "There is nothing to add," the spokeswoman added.
        """)
        #expect(before.speaker(ofQuoteContaining: "nothing to add") == "Defence Ministry")
        // A spokesman named in the article is who "the spokesman" is.
        let named = StagesRun("""
        A spokesman for the Foreign Ministry, Al Roe, said the talks had failed. "We tried," the spokesman said.
        """)
        #expect(named.speaker(ofQuoteContaining: "We tried") == "Al Roe")
        // A seat of government speaks for its country.
        let seat = StagesRun("Protesters gathered in Downing Street. Downing Street said the plan would go ahead.")
        #expect(seat.mentionPairs.contains("Downing Street → United Kingdom"), "\(seat.mentionPairs)")
        let palace = StagesRun("The Elysee said the president would not attend.")
        #expect(palace.mentionPairs.contains("Elysee → France"), "\(palace.mentionPairs)")
    }

    @Test func anUndatedArticleTakesTheDateOfItsOwnPublishedLine() {
        let text = """
        Striker completes record move

        By Sports Desk

        - Published 12 August 2021

        Updated: August 13, 2021 5:42 PM ET

        The club said on Tuesday that the striker had signed.
        """
        let built = EventFixture.story(ofUndatedArticle: text, id: "a")
        // The first publication, not the update.
        #expect(EventFixture.isDatedByItsText(built, on: EventFixture.day(2021, 8, 12), timeValue: "2021-08-10"), "\(built.documents) \(built.times.map(\.value))")
        // Front matter still wins over the page's own line.
        let dated = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "b", path: "b.txt", published: EventFixture.day(2021, 9, 1), publishedSource: .frontMatter, text: text),
        ]))
        #expect(dated.documents.first?.published == EventFixture.day(2021, 9, 1))
        // A "Published" line without a date dates nothing.
        let bare = EventFixture.story(ofUndatedArticle: "- Published\n\nThe club said on Tuesday that he signed.", id: "c")
        #expect(bare.documents.first?.published == nil)
    }

    @Test func anUndatedPressReleaseTakesTheDateOfItsDateline() {
        let text = """
        FOR IMMEDIATE RELEASE

        HARLOW AND VESTRA SIGN TRADE AGREEMENT

        PORT SELWYN, 9 March 2021 — The Ministry of Trade today announced the signing of a trade agreement.

        The agreement was signed on Monday by the minister, Ada Lintz.

        ###

        -ends-
        """
        let built = EventFixture.story(ofUndatedArticle: text, id: "a")
        #expect(EventFixture.isDatedByItsText(built, on: EventFixture.day(2021, 3, 9), timeValue: "2021-03-08"), "\(built.documents) \(built.times.map(\.value))")
        // The release line and the end mark are page furniture, not the title or a sentence.
        #expect(built.documents.first?.title == "HARLOW AND VESTRA SIGN TRADE AGREEMENT", "\(String(describing: built.documents.first?.title))")
        #expect(!built.sentences[0].contains { ["###", "-ends-"].contains(built.documents[0].text(in: $0.range)) })
        // A wire dateline without a year dates nothing.
        let wire = EventFixture.story(ofUndatedArticle: "Talks\n\nHARLOW, June 17 (Wire) -- The ministry said on Thursday it would talk.", id: "b")
        #expect(wire.documents.first?.published == nil)
    }

    @Test func aTitleIsNotCutInsideAQuote() {
        let built = EventFixture.story(ofArticle: """
        "Without a rate rise, the risk is that prices stay higher for longer," Governor Ann Roe told a press conference.

        Speaking on Wednesday, Al Poe added: "We wish him well, but we will miss his goals."
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains("Ann Roe said \"Without a rate rise, the risk is that prices…"), "\(titles)")
        #expect(titles.contains("Al Poe added: \"We wish him well, but we will miss his…"), "\(titles)")
    }

    @Test func anIncumbentOrCandidateBeforeANameIsATitle() {
        let run = StagesRun("""
        Ana Vell won the election, defeating incumbent Edgar Tomsk at her third attempt. \
        Tomsk said on Saturday that the vote had not been fair.
        """)
        #expect(run.actorName(mentionedAs: "Edgar Tomsk") == "Edgar Tomsk", "\(run.mentionPairs)")
        #expect(run.actorName(mentionedAs: "Tomsk") == "Edgar Tomsk", "\(run.mentionPairs)")
    }

    @Test func aLongAppositionAfterTheSubjectLeavesTheTitle() {
        let built = EventFixture.story(ofArticle: """
        Ana Vell, a businesswoman who has been arrested more than a dozen times since entering politics, won 2.8 million votes.
        """, published: published)
        #expect(built.events.map(\.title).contains { $0.hasPrefix("Ana Vell won 2.8 million votes") }, "\(built.events.map(\.title))")
    }

    @Test func appearingInCourtIsAnEventButAppearingToAgreeIsNot() {
        let built = EventFixture.story(ofArticle: """
        Dan Moss, of Harehills Road, appeared before Leeds Magistrates' Court on Thursday morning.

        The two sides appeared to agree on Monday.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Dan Moss appeared before Leeds Magistrates' Court") }, "\(titles)")
        #expect(!titles.contains { $0.contains("appeared to agree") }, "\(titles)")
    }

    @Test func aParticipleOfSayingIsTheActOfTheSentencesSubject() {
        let run = StagesRun("""
        The Treasury later issued a statement saying the minister "fully supports" the plan. \
        Senator Jo Roe was accused of fraud. Roe hit back on Monday, saying the claims were "entirely false". \
        Jo Roe's lawyer issued a statement saying the case was "a witch hunt".
        """)
        #expect(run.speaker(ofQuoteContaining: "fully supports") == "Treasury")
        #expect(run.speaker(ofQuoteContaining: "entirely false") == "Jo Roe")
        // Someone of hers spoke, not she.
        #expect(run.speaker(ofQuoteContaining: "witch hunt") == nil)
        // Bonds named after the department are not it.
        let bonds = StagesRun("The bank kept buying Treasury securities as Treasury yields rose.")
        #expect(!bonds.actors.contains { $0.name == "Treasury" }, "\(bonds.mentionPairs)")
    }

    @Test func aColonBeforeAQuoteIntroducesTheSubjectsWords() {
        let run = StagesRun("""
        Chancellor Rupert Vane spoke after the vote. Mr Vane was blunt: "There is no more money." \
        The message was simple: "We go now," Al Poe said.
        """)
        #expect(run.speaker(ofQuoteContaining: "no more money") == "Rupert Vane")
        // A verb of saying in the sentence outranks the colon.
        #expect(run.speaker(ofQuoteContaining: "We go now") == "Al Poe")
    }

    @Test func aTimeInsideAQuoteStaysInTheTitle() {
        let built = EventFixture.story(ofArticle: """
        The spokesman, Max Tovey, said the government would set out its plans "in the coming weeks".
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.contains("\"in") }, "\(titles)")
        #expect(!titles.contains { $0.contains("\"\"") }, "\(titles)")
    }

    @Test func holidaysOnAFixedDayAreDates() throws {
        #expect(try time("The envoy arrived on Christmas Eve.", anchor: "2021-07-15").value == "2020-12-24")
        #expect(try time("Sales rose on Boxing Day.", anchor: "2021-07-15").value == "2020-12-26")
        #expect(try time("The riots began on Halloween.", anchor: "2021-11-20").value == "2021-10-31")
        #expect(try time("Christmas Day 2019 was quiet.", anchor: "2021-07-15").value == "2019-12-25")
        let ahead = try time("He will return before Christmas.", anchor: "2021-07-15")
        #expect(ahead.value == "2021-12-25" && ahead.relation == .before)
        // A holiday naming a thing, and the sport, are no dates.
        #expect(times("A Christmas tree stood in the square.", anchor: "2021-07-15").isEmpty)
        #expect(times("The boxing match drew a crowd.", anchor: "2021-07-15").isEmpty)
    }

    @Test func aMissileEightWordsOnOrTestFiredIsAWeaponsTest() {
        let built = EventFixture.story(ofArticle: """
        Ruritania fired what appeared to be an intercontinental ballistic missile into the sea on Thursday.

        Ruritania has test-fired its largest intercontinental ballistic missile yet.
        """, published: EventFixture.day(2022, 3, 24))
        #expect(built.events.filter { $0.kind == .weaponsTest }.count >= 1, "\(built.events.map { ($0.title, $0.kind) })")
        #expect(!built.events.contains { $0.title.contains("test-fired") && $0.kind != .weaponsTest },
                "\(built.events.map { ($0.title, $0.kind) })")
        let fired = EventFixture.story(ofArticle: "The company fired its chief executive on Thursday.", published: EventFixture.day(2022, 3, 24))
        #expect(!fired.events.contains { $0.kind == .weaponsTest }, "\(fired.events.map { ($0.title, $0.kind) })")
    }

    @Test func aLaunchToldOnInOtherWordsIsOneEvent() {
        let built = EventFixture.story(ofArticle: """
        Ruritania has test-fired its largest intercontinental ballistic missile yet, analysts said.

        The projectile was launched on Thursday afternoon and flew for 71 minutes before crashing into the sea.
        """, published: EventFixture.day(2022, 3, 25))
        let launches = built.events.filter { $0.kind == .weaponsTest }
        #expect(launches.count == 1, "\(built.events.map { ($0.title, $0.kind) })")
        #expect(launches.first?.date.value == "2022-03-24TAF", "\(launches.map(\.date))")
    }

    @Test func aDisasterThatActsAfterAfterHappenedAndTheStateDatelineLeavesTheTitle() {
        let built = EventFixture.story(ofArticle: """
        PINE HOLLOW, Calif. — Residents were ordered to evacuate early Tuesday after a wildfire jumped the highway, officials said.
        """, published: published)
        #expect(built.events.map(\.title).contains { $0.hasPrefix("Residents were ordered to evacuate") }, "\(built.events.map(\.title))")
        #expect(built.events.contains { $0.kind == .disaster }, "\(built.events.map { ($0.title, $0.kind) })")
        // "After the earthquake, rescuers …" names a time, not the happening.
        let later = EventFixture.story(ofArticle: "After the earthquake in Haiti, rescuers searched the rubble on Monday.", published: published)
        #expect(!later.events.contains { $0.kind == .disaster }, "\(later.events.map { ($0.title, $0.kind) })")
    }

    @Test func aCompanyBuyingACompanyIsADeal() {
        let built = EventFixture.story(ofArticle: """
        In April, Redline Petroleum bought Stratus Oil for $9bn.

        Voters bought the argument in April.
        """, published: EventFixture.day(2021, 10, 12))
        let deals = built.events.filter { $0.kind == .agreement }
        #expect(deals.map(\.title) == ["Redline Petroleum bought Stratus Oil for $9bn"], "\(built.events.map { ($0.title, $0.kind) })")
        #expect(deals.first?.date.value == "2021-04")
        let run = StagesRun("Officials at Network Rail and Stratus Oil said the line was closed.")
        #expect(run.actorName(mentionedAs: "Network Rail") == "Network Rail", "\(run.mentionPairs)")
    }

    @Test func aNamedSpeakerAfterSomeoneElsesRemarkBeginsARemarkOfTheirOwn() {
        let built = EventFixture.story(ofArticle: """
        In a letter to the prime minister on Saturday, Health Secretary Matt Crane said he was sorry.

        The prime minister accepted the resignation and said Mr Crane should be "very proud" of his work.

        Labour leader Kerry Stone said the prime minister should have sacked Mr Crane.

        "He has been forced out by public pressure," Ms Stone said.
        """, published: EventFixture.day(2021, 6, 26))
        let letter = built.events.first { $0.title.hasPrefix("Matt Crane said") || $0.title.hasPrefix("Crane said") }
        let stone = built.events.first { $0.title.contains("Stone said") }
        #expect(letter != nil && stone != nil && letter?.id != stone?.id, "\(built.events.map(\.title))")
        // Her own next remark stays with her first.
        #expect(stone?.evidence.count == 2, "\(built.events.map { ($0.title, $0.evidence.count) })")
    }

    @Test func anOpeningWhenPhraseBeforeAVerbOfSpeakingOnlySetsTheScene() {
        let built = EventFixture.story(ofArticle: """
        Before the sentence was announced, Dan Moss briefly addressed the court.
        """, published: published)
        #expect(built.events.map(\.title).contains("Dan Moss briefly addressed the court"), "\(built.events.map(\.title))")
    }

    @Test func aheadOfADayLooksAheadAndClubsAreBodies() throws {
        // Published on a Sunday: "Wednesday's trip" is the coming one.
        let ahead = try time("They remain top ahead of Wednesday's trip to Eastfield.", anchor: "2022-01-16")
        #expect(ahead.value == "2022-01-19")
        let past = try time("Ahead of Wednesday's vote, the ministers met.", anchor: "2022-01-16")
        #expect(past.value == "2022-01-12")
        let run = StagesRun("Jack Moss scored as Castlebrook Rovers beat Leeds United on Saturday, the club said.")
        #expect(run.actorName(mentionedAs: "Castlebrook Rovers") == "Castlebrook Rovers", "\(run.mentionPairs)")
        #expect(run.actorName(mentionedAs: "Leeds United") == "Leeds United", "\(run.mentionPairs)")
    }

    @Test func councillorsClubsAndACouncilSpokeswoman() {
        let run = StagesRun("""
        Harlow District Council refused the plan on Tuesday. Cllr Ada Lintz, who voted in favour, warned colleagues. "This committee has just turned down a school," she said.

        A council spokeswoman said: "The committee has made its decision and the applicant has the right of appeal."

        Castlebrook Rovers confirmed that stewards were reviewing footage. "The club will work with the police," the club said in a statement.
        """)
        #expect(run.actor(named: "Ada Lintz")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "just turned down") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "made its decision") == "Harlow District Council", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "work with the police") == "Castlebrook Rovers", "\(run.quotes)")
    }

    @Test func theCommissionIsTheOneNamedEvenAfterAnotherBody() {
        let run = StagesRun("""
        The Electoral Commission of Lethmark announced the results. "It is a fair vote," said Jo Roe, an economist at the \
        University of Cape Town. Turnout was 70.9%, the commission said.
        """)
        #expect(run.mentionPairs.contains("the commission → Electoral Commission of Lethmark"), "\(run.mentionPairs)")
        // A body named since may be the bank meant: "the bank" stays unlinked.
        let bank = StagesRun("""
        The Central Bank of Lethmark raised rates. Lethmark Airlines said fares would rise. The bank said inflation would ease.
        """)
        #expect(!bank.mentionPairs.contains { $0.hasPrefix("The bank →") }, "\(bank.mentionPairs)")
    }

    @Test func aSentenceOpeningWithHeAfterOnePersonGoesOnAboutThem() {
        let run = StagesRun("""
        Ruritanian leader Tomas Varn has vowed to strengthen the army. He met senior officers in January and called for \
        "more powerful" weapons.
        """)
        #expect(run.speaker(ofQuoteContaining: "more powerful") == "Tomas Varn")
        // With two people named just before, "He" is nobody's.
        let two = StagesRun("""
        Tomas Varn met Alan Poe on Monday. He met senior officers in January and called for "more powerful" weapons.
        """)
        #expect(two.speaker(ofQuoteContaining: "more powerful") == nil)
    }

    @Test func callingForSomethingIsAStatementButCallingOffIsNot() {
        let built = EventFixture.story(ofArticle: """
        Ruritania's leader, Tomas Varn, called in January for "more powerful" weapons.

        The match was called off for rain.

        John Roe called for calm.
        """, published: EventFixture.day(2022, 3, 25))
        // A demand is said, and so a statement (session 12; "called for calm" had been no event).
        #expect(built.events.map(\.title) == ["Tomas Varn called for \"more powerful\" weapons", "John Roe called for calm"],
                "\(built.events.map(\.title))")
        #expect(built.events.first?.date.value == "2022-01")
    }

    @Test func aLodgedProtestIsAComplaintNotAProtest() {
        let built = EventFixture.story(ofArticle: """
        The minister said her government had lodged a strong protest through diplomatic channels.

        Thousands of protesters marched through the capital on Sunday in a protest against the law.
        """, published: published)
        let kinds = built.events.map { ($0.title, $0.kind) }
        #expect(built.events.first { $0.title.contains("lodged") }?.kind == .statement, "\(kinds)")
        #expect(built.events.contains { $0.kind == .protest }, "\(kinds)")
    }

    @Test func theNextDayCountsFromTheDayToldLast() {
        let text = """
        He arrived in Madrid on Monday. He passed a medical earlier in the day. He signed later that day. \
        The club confirmed the deal the next day. The deal had been agreed the previous day.
        """
        let values = times(text, anchor: "2021-08-12").map(\.value)
        #expect(values == ["2021-08-09", "2021-08-09", "2021-08-09", "2021-08-10", "2021-08-09"], "\(values)")
        // With no day told before, the publication day is the one meant.
        #expect(times("Fans gathered earlier in the day.", anchor: "2021-08-12").map(\.value) == ["2021-08-12"])
        // A dated story's days count even in an undated article.
        #expect(times("The talks began on 3 March 2020. They ended the next day.", anchor: nil).map(\.value) == ["2020-03-03", "2020-03-04"])
    }

    @Test func anOfficesPossessiveStaysInsideTheBodysName() {
        let run = StagesRun("""
        The Harlow County Prosecutor\u{2019}s Office said in a statement that the verdict \u{201C}brings a measure of accountability\u{201D}. \
        The Harlow County Sheriff's Office said deputies went door to door. In a post, the office urged residents to "leave immediately."
        """)
        #expect(run.speaker(ofQuoteContaining: "measure of accountability") == "Harlow County Prosecutor\u{2019}s Office", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "leave immediately") == "Harlow County Sheriff's Office", "\(run.quotes)")
    }
}
