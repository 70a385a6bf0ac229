@testable import StorylineExtraction
import StorylineModel
import Testing

/// Habits of broadsheet, wire and court reports: a source that closes the sentence behind a
/// capitalised label, "according to" before a pronoun's verb, a relative clause after an
/// apposition, one name given with an age, a middle initial (all names here invented).
@Suite struct OutletReportTests {
    /// The day every article here was published.
    private let published = EventFixture.day(2021, 4, 30)

    @Test func whatWasReportedTitlesTheEventNotTheSourceClosingTheSentence() {
        let built = EventFixture.story(ofArticle: """
        Arland has completed its review of policy towards Veland, White House press secretary Ada Lintz said on Friday.

        Troops will leave the northern bases by September, U.S. State Department spokesman Ned Amos told reporters.

        Net income rose 5% in the quarter, the company said.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Arland completed its review of policy towards Veland") }, "\(titles)")
        #expect(titles.contains("Troops will leave the northern bases"), "\(titles)")
        #expect(titles.contains("Net income rose 5% in the quarter"), "\(titles)")
        #expect(!titles.contains { $0.contains("said") || $0.contains("told") }, "\(titles)")
    }

    @Test func aCapitalisedLabelBeforeAVerbOpeningWhatWasSaidLeavesTheSubject() {
        // "said the talks …" opens what was said: the name is the subject of an opening phrase.
        let built = EventFixture.story(ofArticle: """
        In a statement after its meeting, the Federal Reserve Board of Arland said prices would keep rising.

        After the vote in Parliament, Prime Minister Jo Roe said the deal was dead.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("The Federal Reserve Board of Arland said prices") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Jo Roe said the deal was dead") }, "\(titles)")
    }

    @Test func aQuoteBeforeItsClosingSourceKeepsItsTitleForm() {
        let built = EventFixture.story(ofArticle: "\"We are ready for the vote,\" the ministry said on Friday.", published: published)
        #expect(built.events.first?.title == "\"We are ready for the vote,\" the ministry said", "\(built.events.map(\.title))")
    }

    @Test func aPronounAfterAnAccordingToSourceIsThatSource() {
        let run = StagesRun("""
        Ada Lintz said she had raised the matter with her counterpart. \
        According to Kremlin spokesman Ivo Dal, the talks were "more detailed than expected," though he said no date had been set.
        """)
        #expect(run.speaker(ofQuoteContaining: "more detailed") == "Ivo Dal", "\(run.quotes)")
        let other = StagesRun("""
        Tom Arden said he had met the envoy. \
        The talks were "long and frank," according to Ivo Dal of the foreign ministry, and he said more were planned.
        """)
        #expect(other.speaker(ofQuoteContaining: "long and frank") == "Ivo Dal", "\(other.quotes)")
    }

    @Test func whoAfterAnAppositionIsThePersonItDescribes() {
        let run = StagesRun("""
        Tom Holt died in May. \
        "Justice has arrived for the family," said Sam Kerr, a lawyer for the Holt family, who called the verdict "a turning point for the city."
        """)
        #expect(run.speaker(ofQuoteContaining: "a turning point") == "Sam Kerr", "\(run.quotes)")
        // Without an apposition the nearest name is still the one "who" follows.
        let plain = StagesRun("Officials met Ada Lintz, who called the plan \"a fair start for all\".")
        #expect(plain.speaker(ofQuoteContaining: "a fair start") == "Ada Lintz", "\(plain.quotes)")
    }

    @Test func oneNameGivenWithAnAgeIsAPerson() {
        let run = StagesRun("""
        Minister Ada Lintz spoke first. \
        "Everyone is afraid of what comes next," said Farun, a 32-year-old shopkeeper who gave only one name. \
        He said he had burned his old work badges "just in case."
        """)
        #expect(run.actor(named: "Farun")?.kind == .person, "\(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "Everyone is afraid") == "Farun", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "just in case") == "Farun", "\(run.quotes)")
        // A company named alone before its description stays a body.
        let body = StagesRun("\"Flights are suspended,\" said Vexair, the national airline, on Sunday.")
        #expect(body.actor(named: "Vexair")?.kind != .person, "\(body.mentionPairs)")
    }

    @Test func aMiddleInitialStaysInsideTheNameButNotInItsCanonicalForm() {
        let run = StagesRun("""
        Judge Peter A. Harlow read the verdicts in a hushed courtroom. \
        "Sentencing will be in about eight weeks," Judge Harlow told the court.
        """)
        // One person, named as other reports name him ("Peter Harlow"), the initial kept as an alias.
        #expect(run.actor(named: "Peter Harlow")?.kind == .person, "\(run.mentionPairs)")
        #expect(run.actor(named: "Peter Harlow")?.aliases.contains("Peter A. Harlow") == true, "\(run.actors)")
        #expect(run.actor(named: "Peter") == nil, "\(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "Sentencing will be") == "Peter Harlow", "\(run.quotes)")
    }

    @Test func aBroadcasterEndingInTVIsABody() {
        let run = StagesRun("An announcement read on the military-owned Myrava TV said the army had taken power.")
        #expect(run.actor(named: "Myrava TV")?.kind == .organisation, "\(run.mentionPairs)")
    }

    @Test func theFirstSinceAnEarlierHappeningTellsTwoHappenings() {
        let built = EventFixture.story(ofArticle: """
        Ada Lintz said she expected little from the talks. She added that the real test would come when the two sides met again.

        The meeting was the first between the two leaders since Arden met Kerr in Harlow in 2018.
        """, published: published)
        // Names never introduced are no actors: the clause alone tells the two happenings apart.
        let earlier = built.events.first { $0.title.hasPrefix("Arden met Kerr in Harlow") }
        #expect(earlier?.date.value == "2018", "\(built.events.map { ($0.title, $0.date.value) })")
        #expect(earlier?.evidence.count == 1, "\(built.events.map { ($0.title, $0.evidence.map(\.sentence)) })")
        // The remark is not dated by the earlier meeting.
        let remark = built.events.first { $0.title.hasPrefix("Ada Lintz said") }
        #expect(remark != nil && remark?.date.value != "2018", "\(built.events.map { ($0.title, $0.date.value) })")
        // A "since" of time stays inside its clause.
        let time = EventFixture.story(ofArticle: "The summit was the first since March 2019, Ada Lintz said.", published: published)
        #expect(!time.events.contains { $0.title.hasPrefix("Since") }, "\(time.events.map(\.title))")
    }

    @Test func aNamedSpeakerAfterAnUnnamedOneMakesARemarkOfTheirOwn() {
        let built = EventFixture.story(ofArticle: """
        A senior official told reporters that talks could begin within weeks. "Nobody went in expecting a reset," the official said.

        "This was about putting a floor under the relationship," said Ada Lintz, a fellow at the Harlow Institute.
        """, published: published)
        let lintz = built.events.first { event in event.actors.contains { built.actors[$0.actor].name == "Ada Lintz" } }
        #expect(lintz?.evidence.count == 1, "\(built.events.map { ($0.title, $0.evidence.map(\.sentence)) })")
    }

    @Test func aNameBeforeTheNounOfTheHappeningIsNoAgent() {
        let built = EventFixture.story(ofArticle: """
        France and Germany extended the New VALOR treaty for five years earlier this year.
        """, published: published)
        let treaty = built.events.first
        // "for five years" is how long, "earlier this year" when (session 15: no longer "five years earlier").
        #expect(treaty?.title.hasPrefix("France and Germany extended the New VALOR treaty") == true, "\(built.events.map(\.title))")
        #expect(built.times.map { built.text(of: $0) } == ["earlier this year"], "\(built.times.map { built.text(of: $0) })")
        let agents = treaty?.actors.filter { $0.role == .agent }.map { built.actors[$0.actor].name } ?? []
        #expect(!agents.contains("VALOR"), "\(agents)")
    }

    @Test func aPersonBeforeASubordinateClauseIsNotItsSpeaker() {
        let built = EventFixture.story(ofArticle: """
        Veland recalled its ambassador, Ana Lo, in March after Tom Roe said in a television interview that the regime was "a danger to all".
        """, published: published)
        let agents = built.events.flatMap { event in event.actors.filter { $0.role == .agent }.map { built.actors[$0.actor].name } }
        #expect(agents.contains("Tom Roe"), "\(built.events.map { ($0.title, $0.actors.map { (built.actors[$0.actor].name, $0.role) }) })")
        #expect(!agents.contains("Ana Lo"), "\(agents)")
        // An aside set off by commas is no subordinate clause of the verb.
        let aside = EventFixture.story(ofArticle: "Tom Roe, after talks with Ana Lo, said the deal was close.", published: published)
        let asideAgents = aside.events.flatMap { event in event.actors.filter { $0.role == .agent }.map { aside.actors[$0.actor].name } }
        #expect(asideAgents == ["Tom Roe"], "\(aside.events.map { ($0.title, $0.actors.map { (aside.actors[$0.actor].name, $0.role) }) })")
    }

    @Test func struckIsAnAttackOnlyWithWeaponsOrTargets() {
        let built = EventFixture.story(ofArticle: """
        Tom Roe, speaking an hour later, struck a similarly measured tone.

        A missile struck a hospital in Harlow on Monday, killing four people.
        """, published: published)
        let attacks = built.events.filter { $0.kind == .attack }
        #expect(attacks.count == 1, "\(built.events.map { ($0.title, $0.kind) })")
        #expect(attacks.first?.title.hasPrefix("A missile struck a hospital") == true, "\(attacks.map(\.title))")
    }

    @Test func aPronounReadAsAnotherPersonStartsTheirOwnRemark() {
        let built = EventFixture.story(ofArticle: """
        "There was no hostility," Ivo Dal told reporters.

        Tom Roe, speaking an hour later, struck a similarly measured tone. "I did what I came to do," he said, adding that he had told Dal that "the grid should be off limits".
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains("Tom Roe said \"I did what I came to do\""), "\(titles)")
        let dal = built.events.first { $0.title.hasPrefix("Ivo Dal said") }
        #expect(dal?.evidence.count == 1, "\(built.events.map { ($0.title, $0.evidence.map(\.sentence)) })")
    }

    @Test func aPlaceInAWireDatelineIsNoSubject() {
        let built = EventFixture.story(ofArticle: """
        HARLOW, France (AP) — France's army took control of the port on Monday and detained Ada Lintz.
        """, published: published)
        #expect(built.events.first?.title.hasPrefix("France's army took control of the port") == true, "\(built.events.map(\.title))")
    }

    @Test func whatWasAnnouncedTitlesTheEventBeforeAClosingAnnouncement() {
        let built = EventFixture.story(ofArticle: """
        The final easing of restrictions in Harlow will be pushed back by four weeks, Prime Minister Tom Roe has announced.
        """, published: published)
        #expect(built.events.first?.title.hasPrefix("The final easing of restrictions in Harlow") == true, "\(built.events.map(\.title))")
    }

    @Test func aTimeOpeningTheSentenceDatesTheSayingBeforeATimeInsideTheQuote() {
        let built = EventFixture.story(ofArticle: """
        Tom Roe did not testify. The previous week, he told the court, "I will invoke my right to silence today."
        """, published: published)
        let told = built.events.first { $0.title.contains("told the court") }
        #expect(told?.title.hasPrefix("Tom Roe told the court") == true, "\(built.events.map(\.title))")
        #expect(told?.date.precision == .week, "\(built.events.map { ($0.title, $0.date.value) })")
        // A time before a noun keeps its article: "won a landslide in the election", not "… landslide election".
        let election = EventFixture.story(ofArticle: "The Harlow League won a landslide in the Nov. 8 election.", published: published)
        #expect(election.events.first?.title == "Harlow League won a landslide in the election", "\(election.events.map(\.title))")
    }

    @Test func aSentenceInsideAQuoteBegunBeforeIsNoEventOfItsOwn() {
        let built = EventFixture.story(ofArticle: """
        Finance chief Dan Osei said: "We managed shortages better than we feared. That said, we are being prudent about next year."
        """, published: published)
        #expect(!built.events.contains { $0.title.hasPrefix("That said") }, "\(built.events.map(\.title))")
        #expect(built.events.count == 1, "\(built.events.map(\.title))")
        // A closing straight quote ends the quote: what follows it is reported again.
        let after = EventFixture.story(ofArticle: """
        Dan Osei said: "We managed shortages. That said, we are prudent." Sales rose 6%, he added.
        """, published: published)
        #expect(after.events.flatMap(\.triggers).contains("added"), "\(after.events.map { ($0.title, $0.triggers) })")
    }

    @Test func quotesComeInTextOrderDocumentAfterDocument() {
        // Event detection walks the quotes once alongside the sentences, relying on this order.
        let story = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "b", path: "b.txt", published: published, publishedSource: .frontMatter, text: """
            "We tried. We failed," said Ada Lintz. Tom Roe said it was "a shame for all". "Never again," he added.
            """),
            Document(id: "a", path: "a.txt", published: published, publishedSource: .frontMatter, text: """
            "It is over," Sam Kerr said. "Entirely over. Done." Ivo Dal called it "a relief for everyone".
            """),
        ]))
        let keys = story.quotes.map { [$0.document, $0.range.start] }
        #expect(keys.count == 6, "\(story.quotes.map(\.text))")
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) }, "\(keys)")
        // The middle sentence of a three-sentence quote tells of no event.
        #expect(!story.events.contains { $0.title.hasPrefix("Entirely") }, "\(story.events.map(\.title))")
    }

    @Test func aRemarkOpeningInsideAQuoteTitlesWithItsWords() {
        let built = EventFixture.story(ofArticle: """
        Tom Roe coached the side. "That was my call. I picked the takers from what they did in training," Roe said.

        "I think it is sensible to wait just a little longer," Ada Lintz told a news conference in Harlow on Monday evening.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Tom Roe said \"I picked the takers") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Ada Lintz said \"I think it is sensible") }, "\(titles)")
    }

    @Test func metWithCriticismIsNoMeeting() {
        let built = EventFixture.story(ofArticle: """
        The plan was met with criticism from unions. Sales met expectations in the quarter. Tom Roe met Ada Lintz in Harlow on Monday.

        Kay Brook's cross from the right was met by Sam Kerr on the volley. The unions met with the minister on Friday.
        """, published: published)
        let meetings = built.events.filter { $0.kind == .meeting }.map(\.title)
        #expect(meetings.sorted() == ["The unions met with the minister", "Tom Roe met Ada Lintz in Harlow"], "\(built.events.map { ($0.title, $0.kind) })")
    }

    @Test func aTimeInWhatWasReportedDoesNotDateTheSaying() {
        let built = EventFixture.story(ofArticle: """
        Sam Kerr ran the salvage. He told Dutch radio that the team had been worried at the weekend that the ship would not move.

        Ada Lintz said on Monday that the canal would reopen.
        """, published: EventFixture.day(2021, 3, 29))
        let radio = built.events.first { $0.title.contains("Dutch radio") }
        #expect(radio != nil && radio?.date.value == nil, "\(built.events.map { ($0.title, $0.date.value) })")
        let lintz = built.events.first { $0.title.hasPrefix("Ada Lintz said") }
        #expect(lintz?.date.value == "2021-03-29", "\(built.events.map { ($0.title, $0.date.value) })")
    }

    @Test func addingAQuantityIsNoRemark() {
        let built = EventFixture.story(ofArticle: """
        Ada Lintz said the effects would be felt for weeks. She added that insurers faced large claims.

        A dozen vessels rerouted around the Cape at the weekend, adding about 12 days to the voyage.
        """, published: published)
        let remark = built.events.first { $0.title.hasPrefix("Ada Lintz said") }
        #expect(remark?.evidence.count == 2, "\(built.events.map { ($0.title, $0.evidence.map(\.sentence)) })")
    }

    @Test func aCountrysMinistrySpeaksForTheCountry() {
        let run = StagesRun("A spokesperson for France's foreign ministry said in a statement that Paris would \"continue diplomatic efforts\" with Bonn.")
        #expect(run.speaker(ofQuoteContaining: "continue diplomatic") == "France", "\(run.quotes)")
    }

    @Test func aNameOwningSomethingAfterSaidIsNoSpeaker() {
        let run = StagesRun("""
        Liam Rourke was jailed. Mr Simon Ashworth said Rourke's mother had died late last year, a loss he described as "the lowest point of a chaotic life."
        """)
        #expect(run.speaker(ofQuoteContaining: "lowest point") == "Simon Ashworth", "\(run.quotes)")
    }

    @Test func aPronounWithNoSpeakerNearbyIsTheSubjectOfTheSentenceBefore() {
        let run = StagesRun("""
        Ada Lintz, who was appointed to the seat by Gov. Sam Kerr in late 2019, did not concede. \
        Speaking to supporters on Tuesday night, she said: "We have a path to victory and we are staying on it."
        """)
        #expect(run.speaker(ofQuoteContaining: "path to victory") == "Ada Lintz", "\(run.quotes)")
        // Someone named in the pronoun's own sentence comes first.
        let named = StagesRun("""
        Ada Lintz, who was appointed by Gov. Sam Kerr, did not concede. After meeting Tom Roe, he said: "We will see what comes."
        """)
        #expect(named.speaker(ofQuoteContaining: "We will see") == "Tom Roe", "\(named.quotes)")
    }

    @Test func aGenerationalSuffixKeepsATitleWordInsideTheName() {
        let run = StagesRun("Warnock spoke at the church where Martin Luther King Jr. once preached, said Raphael Warnock.")
        #expect(run.actor(named: "Martin Luther King Jr")?.kind == .person, "\(run.mentionPairs)")
        #expect(run.actor(named: "Martin Luther") == nil, "\(run.mentionPairs)")
    }

    @Test func aBodyNamedForItsCountryIsABody() {
        let run = StagesRun("""
        Public Health England said the variant spread more easily. NHS England said 50 hospital hubs would open. \
        South Korea said it would respond. On Monday Britain said talks would resume.
        """)
        #expect(run.actor(named: "Public Health England")?.kind == .organisation, "\(run.mentionPairs)")
        #expect(run.actor(named: "NHS England")?.kind == .organisation, "\(run.mentionPairs)")
        #expect(run.actor(named: "South Korea")?.kind == .country, "\(run.mentionPairs)")
        #expect(run.actor(named: "On Monday Britain") == nil, "\(run.mentionPairs)")
    }

    @Test func aMonthBeforeACapitalisedWordIsAGivenNameUnlessIntroduced() throws {
        #expect(times("MHRA chief June Raine said the jab was safe.", anchor: "2020-12-02").isEmpty)
        #expect(try time("In June Ana Lo said the plan was ready.", anchor: "2020-12-02").value == "2020-06")
        #expect(try time("Talks resumed in June, Ana Lo said.", anchor: "2020-12-02").value == "2020-06")
    }

    @Test func aPronounAfterAnUnnamedSpokeswomanIsNotAnEarlierSpeaker() {
        let built = EventFixture.story(ofArticle: """
        The Fiscal Futures Institute has delivered its first verdict, and it is not kind.

        "This is a budget that spends now and taxes later," said Tom Reilly, who has led the institute since 2011. "Freezing thresholds is a tax rise in all but name. By 2026 it will raise more than the corporation tax increase."

        He added that the institute would publish its full analysis by Friday.

        1.58pm GMT
        A spokeswoman for the Harlow Chambers of Trade said firms were relieved by the furlough extension but "alarmed" by the tax rise.

        "Businesses that have survived a year of closures are now being told the bill is in the post," she said.
        """, published: published)
        let quote = built.quotes.first { $0.text.contains("bill is in the post") }
        #expect(quote != nil && quote?.speaker.map { built.actors[$0].name } != "Tom Reilly", "\(built.quotes.map { ($0.text, $0.speaker) })")
        // A named spokeswoman is who speaks.
        let named = StagesRun("""
        Ada Lintz said the plan had failed. Spokeswoman Mira Holt said the firm would appeal. "We will win," she said.
        """)
        #expect(named.speaker(ofQuoteContaining: "We will win") == "Mira Holt", "\(named.quotes)")
    }

    @Test func anInterviewsLabelsAndContractionsAreNoBodies() {
        let run = StagesRun([
            "Q: You've said you nearly gave up on it.",
            "MQ: It made me self-conscious, said Mara Quell.",
            "They're said to be close. Vexair said it would appeal.",
        ])
        #expect(run.actor(named: "You've") == nil, "\(run.mentionPairs)")
        #expect(run.actor(named: "MQ") == nil, "\(run.mentionPairs)")
        #expect(run.actor(named: "They're") == nil, "\(run.mentionPairs)")
        #expect(run.actor(named: "Vexair")?.kind == .organisation, "\(run.mentionPairs)")
    }

    @Test func anIndianReportsCMAndMLAAreOfficesNotBodies() {
        let run = StagesRun("""
        The metro line will open by March 2025, chief minister Ada Lintz said on Monday. "We will not allow any more delays," the CM said after a review meeting with officials of Harlow Metro Rail Corporation Limited (HMRCL).

        Congress MLA Ivo Dal said the figure "exists only on paper".
        """)
        #expect(run.speaker(ofQuoteContaining: "any more delays") == "Ada Lintz", "\(run.quotes)")
        #expect(run.actor(named: "Ivo Dal")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(!run.actors.contains { ["CM", "MLA", "HMRCL"].contains($0.name) }, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Harlow Metro Rail Corporation Limited")?.kind == .organisation, "\(run.actors.map(\.name))")
    }


    @Test func aCompanyNounIntroducesTheBodysName() {
        let run = StagesRun("""
        Food-delivery company Corvex drew up plans to cut bonuses. Chipmaker Altmark Devices and lender Harlow Bank fell. A Corvex spokesperson said the company "regularly reviews a range of options".
        """)
        for name in ["Corvex", "Altmark Devices", "Harlow Bank"] {
            #expect(run.actor(named: name)?.kind == .organisation, "\(name): \(run.actors.map { ($0.name, $0.kind) })")
        }
        #expect(run.speaker(ofQuoteContaining: "regularly reviews") == "Corvex", "\(run.quotes)")
        // A title after the noun names a person ("company President Ivo Dal").
        let titled = StagesRun("The firm's rival said company President Ivo Dal would resign.")
        #expect(titled.actor(named: "Ivo Dal")?.kind == .person, "\(titled.actors.map { ($0.name, $0.kind) })")
    }

}
