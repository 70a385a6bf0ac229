@testable import StorylineExtraction
import StorylineModel
import Testing

/// Wire-service habits of attribution and dating: a day between the speaker and the verb,
/// someone named only through a relative or client, a bare date line under the headline, an
/// appeal made with "called on", and an analyst's quote about the leader whose remark came
/// before (all names here invented).
@Suite struct WireAttributionTests {
    /// The day every article here was published.
    private let published = EventFixture.day(2021, 6, 22)

    @Test func aDayBetweenTheSpeakerAndTheVerbKeepsTheSpeaker() {
        let run = StagesRun("""
        National security adviser Jo Pallant on Sunday called the remarks an "interesting signal" for the region. \
        Dan Reyes late on Friday also said the talks were "going nowhere at all". \
        The minister, Ada Lintz, last week told reporters the plan was "ready to go now".
        """)
        #expect(run.speaker(ofQuoteContaining: "interesting signal") == "Jo Pallant", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "going nowhere") == "Dan Reyes", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "ready to go") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func aWeekOrMonthWithoutAnOpenerIsNoTimeBeforeTheVerb() {
        // Only "last week", "this month" … stand between a speaker and the verb.
        let run = StagesRun("Jo Pallant month said the deal was \"off for good now\". Ada Lintz this month said it was \"back on again now\".")
        #expect(run.quotes.contains { $0.text.contains("off for good") })
        #expect(run.speaker(ofQuoteContaining: "off for good") == nil, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "back on again") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func someoneNamedThroughARelativeOrClientDidNotSpeak() {
        let run = StagesRun("""
        The powerful sister of leader Tom Arden said the visit was "a trick by the enemy". \
        The lawyer for Mira Holt said the charges were "entirely without merit". \
        A spokesman for Tom Arden said the offer was "still on the table".
        """)
        #expect(run.quotes.contains { $0.text.contains("a trick by the enemy") } && run.quotes.contains { $0.text.contains("without merit") })
        #expect(run.speaker(ofQuoteContaining: "a trick by the enemy") == nil, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "without merit") == nil, "\(run.quotes)")
        // A spokesman speaks for the one he is named for.
        #expect(run.speaker(ofQuoteContaining: "still on the table") == "Tom Arden", "\(run.quotes)")
    }

    @Test func verbsOfCondemningAndInstructingFrameTheSubjectsWords() {
        let run = StagesRun("""
        Ada Lintz warned the allies against any "reckless step." She also denounced the joint drills as "war drills" aimed at the North. \
        Last week, President Sam Kerr instructed officials to "carefully consult" with the allies. \
        Tom Roe slammed the "disgraceful" ruling, and Mira Holt quipped that the court was "a circus".
        """)
        #expect(run.speaker(ofQuoteContaining: "war drills") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "carefully consult") == "Sam Kerr", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "disgraceful") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a circus") == "Mira Holt", "\(run.quotes)")
    }

    @Test func theWireOfADatelineIsNoSubjectOfAParticipleOfSaying() {
        // The subject is someone of the leader's, named only through him: nobody is credited.
        let run = StagesRun("""
        HARLOW (Reuters) - The influential sister of Harlow leader Tom Lintz said on Tuesday that the allies were misreading his remarks, \
        warning that their hopes would "plunge them into a greater disappointment."
        """)
        #expect(run.quotes.contains { $0.text.contains("greater disappointment") }, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "greater disappointment") == nil, "\(run.quotes)")
    }

    @Test func aNameBeforeAnAppositionAfterEarlierCommasIsTheSubject() {
        // Her name is new to the story: the apposition with "Mr. Lintz's sister" shows a person.
        let run = StagesRun("""
        Last month, the North launched two missiles into the sea, its first such test in a year, and Ada Lintz, Mr. Lintz's sister \
        and a senior official in the ruling party, warned the allies against "causing a stink."
        """)
        #expect(run.speaker(ofQuoteContaining: "causing a stink") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func aBareDateLineUnderTheHeadlineDatesTheArticle() {
        let text = """
        Leader warns of tense food situation

        By Staff Writer

        16 June 2021

        The leader said on Tuesday that the harvest had failed.
        """
        let built = EventFixture.story(ofUndatedArticle: text, id: "a")
        #expect(EventFixture.isDatedByItsText(built, on: EventFixture.day(2021, 6, 16), timeValue: "2021-06-15"), "\(built.documents) \(built.times.map(\.value))")
        // An ordinal day is a date line too.
        let ordinal = EventFixture.story(ofUndatedArticle: text.replacingOccurrences(of: "16 June 2021", with: "16th June 2021"), id: "c")
        #expect(EventFixture.isDatedByItsText(ordinal, on: EventFixture.day(2021, 6, 16), timeValue: "2021-06-15"), "\(ordinal.documents)")
        // Below the first sentence of the body a date line may date anything: it dates no page.
        let lower = """
        Leader warns of tense food situation

        The leader said on Tuesday that the harvest had failed.

        3 March 2019
        """
        let late = EventFixture.story(ofUndatedArticle: lower, id: "b")
        #expect(late.documents.first?.published == nil)
    }

    @Test func callingOnSomeoneToActIsAnAppeal() {
        let built = EventFixture.story(ofArticle: """
        In April, Mr Arden called on party officials to wage another "long march" against hunger.

        The caller rang on Monday.
        """, published: published)
        let appeal = built.events.first { $0.title.contains("called on party officials") }
        #expect(appeal?.kind == .statement, "\(built.events.map { ($0.title, $0.kind) })")
        #expect(appeal?.date.value == "2021-04", "\(built.events.map { ($0.title, $0.date.value) })")
    }

    @Test func anAnalystsQuoteAboutTheLeaderIsARemarkOfTheirOwn() {
        let built = EventFixture.story(ofArticle: """
        In April, Mr Arden called on party officials to wage another "long march" against hunger.

        "It is unusual for Arden to talk about food shortages so openly," said Lena Osk, a professor at Harlow University.
        """, published: published)
        let analyst = built.events.first { event in event.actors.contains { built.actors[$0.actor].name == "Lena Osk" } }
        #expect(analyst?.evidence.count == 1, "\(built.events.map { ($0.title, $0.evidence.map(\.sentence)) })")
        #expect(built.events.count == 2, "\(built.events.map(\.title))")
    }

    @Test func aRelativeNamedInAppositionIsAPersonAndSpeaks() {
        let run = StagesRun("""
        Leader Tom Arden spoke first. Arden's sister, Mira Arden-Holt, on Wednesday slammed the South, \
        calling its officials "a special bunch of fools".
        """)
        #expect(run.actor(named: "Mira Arden-Holt")?.kind == .person, "\(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "bunch of fools") == "Mira Arden-Holt", "\(run.quotes)")
    }

    @Test func someoneNamedInAnOpeningPhraseDidNotAct() {
        let built = EventFixture.story(ofArticle: """
        Speaking after talks with his counterpart Ana Lo, envoy Sam Kerr said the offer still stood.
        """, published: published)
        let event = built.events.first
        #expect(event?.title.contains("Kerr said the offer") == true, "\(built.events.map(\.title))")
        #expect(event?.title.contains("Ana Lo") == false, "\(built.events.map(\.title))")
        let agents = event?.actors.filter { $0.role == .agent }.map { built.actors[$0.actor].name }
        #expect(agents == ["Sam Kerr"], "\(String(describing: agents))")
    }

    @Test func addingToSomethingSaysNothing() {
        let run = StagesRun("""
        Dr Hanna Velt, vice president of the group, told reporters the results added to "a growing body of evidence" on risk.
        """)
        #expect(run.speaker(ofQuoteContaining: "a growing body") == "Hanna Velt", "\(run.quotes)")
        let built = EventFixture.story(ofArticle: "The fresh clashes added to tensions along the border.", published: published)
        #expect(!built.events.contains { $0.kind == .statement }, "\(built.events.map { ($0.title, $0.kind) })")
        // "adding to", "continued to": no saying either; the quote is the one who told.
        let adding = StagesRun("""
        Dr Hanna Velt told reporters the clashes were "a grave sign," Tom Roe adding to "the growing alarm" of the week.
        """)
        #expect(adding.speaker(ofQuoteContaining: "the growing alarm") == "Hanna Velt", "\(adding.quotes)")
    }

    @Test func titlesNameTheSpeakerPastRoleWordsAndLongRoles() {
        let built = EventFixture.story(ofArticle: """
        "Our findings suggest that cleaner air could matter a great deal," said lead author Rita Saar, who led the work.

        Dr Hanna Velt, vice president of medical and scientific relations at the Hollin Association, told reporters the study was sound.
        """, published: published)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Rita Saar said \"Our findings") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Hanna Velt told reporters the study") }, "\(titles)")
    }

    @Test func aStormHasNoAgent() {
        let built = EventFixture.story(ofArticle: """
        Tropical Storm Nell is expected to reach Ruritania on Monday night, forecasters said, raising fears of flooding and landslides.
        """, published: published)
        let storm = built.events.first { $0.kind == .disaster }
        #expect(storm?.title.hasPrefix("Tropical Storm Nell is expected to reach Ruritania") == true, "\(built.events.map(\.title))")
        #expect(storm?.actors.contains { $0.role == .agent } == false, "\(String(describing: storm?.actors))")
    }

    @Test func aChamberApprovingAGovernmentOrANomineeIsAnEvent() {
        let built = EventFixture.story(ofArticle: """
        Ruritania's parliament on Sunday narrowly approved a new coalition government, ending a decade of one-party rule.

        The Senate approved her nomination as ambassador on Thursday.

        Doctors approved the patient's discharge.
        """, published: published)
        let kinds = built.events.map { ($0.title, $0.kind, $0.date.value) }
        #expect(built.events.contains { $0.kind == .policy && $0.date.value == "2021-06-20" }, "\(kinds)")
        #expect(built.events.contains { $0.kind == .policy && $0.title.contains("approved her nomination") }, "\(kinds)")
        #expect(!built.events.contains { $0.title.hasPrefix("Doctors approved") }, "\(kinds)")
    }

    @Test func aNameAfterAccordingToIsAPersonAndTheSource() {
        let run = StagesRun("""
        According to Ada Lintz, "the deal is dead and everyone knows it". \
        According to Human Rights Watch, the arrests were "arbitrary and unlawful".
        """)
        #expect(run.actor(named: "Ada Lintz")?.kind == .person, "\(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "the deal is dead") == "Ada Lintz", "\(run.quotes)")
        #expect(run.actor(named: "Human Rights Watch")?.kind == .organisation, "\(run.actors.map(\.name))")
    }

    @Test func deploymentsSalesAndFiresThatBrokeOutAreEvents() {
        let built = EventFixture.story(ofArticle: """
        The army was deployed early Saturday to the border.

        The company was sold a year ago to a rival.

        The fires broke out last summer in the north.

        The album sold 2 million copies.

        The team deployed a new app.
        """, published: published)
        let dated = built.events.map { ($0.title, $0.kind, $0.date.value) }
        #expect(built.events.contains { $0.title.hasPrefix("The army was deployed") && $0.date.value == "2021-06-19" }, "\(dated)")
        #expect(built.events.contains { $0.title.hasPrefix("The company was sold") && $0.kind == .agreement }, "\(dated)")
        #expect(built.events.contains { $0.kind == .disaster && $0.date.value == "2020-SU" }, "\(dated)")
        #expect(!built.events.contains { $0.title.contains("album") || $0.title.contains("app") }, "\(dated)")
    }

    @Test func aNoBreakSpaceSeparatesWordsLikeASpace() {
        // Text pasted from web pages keeps U+00A0 between words: "said\u{00A0}Thursday" is two words.
        let plain = "In Tormund, President Ada Lintz said Thursday that the country would \"respond accordingly\" to the launch."
        let pasted = plain.replacingOccurrences(of: "said Thursday", with: "said\u{00A0}Thursday")
            .replacingOccurrences(of: "Ada Lintz", with: "Ada\u{00A0}Lintz")
        let dates = [plain, pasted].map { text in EventFixture.story(ofArticle: text, published: published).events.map(\.date.value) }
        #expect(dates[0] == ["2021-06-17"], "\(dates)")
        #expect(dates[1] == dates[0], "\(dates)")
        // Inside a time expression too, and a narrow one: "on 3\u{00A0}March", "last\u{202F}week".
        let times = EventFixture.story(ofArticle: "The talks began on 3\u{00A0}March. They met last\u{202F}week.", published: published).times
        #expect(times.map(\.value) == ["2021-03-03", "2021-W24"], "\(times.map(\.value))")
    }

    @Test func theTailOfAHyphenatedNameIsNoPrepositionOfACutTime() {
        let built = EventFixture.story(ofArticle: "Mr Arden met President Park Ji-in on Wednesday.", published: published)
        #expect(built.events.first?.title == "Arden met President Park Ji-in" || built.events.first?.title == "Arden met Park Ji-in",
                "\(built.events.map(\.title))")
    }

    @Test func aQuoteAfterANamedSpeakersSentenceIsTheirs() {
        let run = StagesRun("""
        Prime Minister Ada Lintz said the plan had failed. "We tried everything we could to save the talks, but they were never serious.

        "We will now take the matter to the courts."

        The weather was mild. "Nobody expected this at all," a neighbour recalled.
        """)
        #expect(run.speaker(ofQuoteContaining: "We tried everything") == "Ada Lintz", "\(run.quotes)")
        // The next paragraph goes on with her words.
        #expect(run.speaker(ofQuoteContaining: "to the courts") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "Nobody expected") == nil, "\(run.quotes)")
    }

    @Test func aBodyDeepInAnAsideIsNotTheSpeaker() {
        let run = StagesRun("""
        President Ada Lintz spoke first. Lintz, in her first address to a joint session of parliament on Wednesday, called the plan "a grave danger".
        """)
        #expect(run.speaker(ofQuoteContaining: "a grave danger") == "Ada Lintz", "\(run.quotes)")
        let unnamed = StagesRun("""
        The leader, in his first address to a joint session of parliament on Wednesday, called the plan "a grave danger".
        """)
        #expect(unnamed.quotes.count == 1)
        #expect(unnamed.speaker(ofQuoteContaining: "a grave danger") == nil, "\(unnamed.quotes)")
    }

    @Test func aModifiedOfficeInAnAsideMakesAPerson() {
        let run = StagesRun("""
        Frances Oyelaran, general secretary of the Trades Union Council, said it was "galling" to ask workers to wait.
        """)
        #expect(run.actor(named: "Frances Oyelaran")?.kind == .person, "\(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "galling") == "Frances Oyelaran", "\(run.quotes)")
    }

    @Test func outletsSpellingsOfOneNameAreOnePerson() {
        let run = StagesRun([
            "Ri Son-gwon, the foreign minister, said the talks were \"a waste of time\".",
            "Foreign Minister Ri Son Gwon said on Monday that the offer was \"a trick\".",
            "Ri Songwon's deputy, Pak Myong-ho, said nothing. Sean O'Brien said the deal was fine. Sean OBrien said so too.",
        ])
        let ri = run.actors.filter { $0.name.lowercased().hasPrefix("ri so") }
        #expect(ri.count == 1, "\(run.actors.map(\.name))")
        #expect(ri.first?.aliases.contains("Ri Son Gwon") == true, "\(ri.map(\.aliases))")
        #expect(run.speaker(ofQuoteContaining: "a trick") == ri.first?.name, "\(run.quotes)")
        // Names of different letters stay apart.
        #expect(run.actors.contains { $0.name == "Pak Myong-ho" }, "\(run.actors.map(\.name))")
    }

    @Test func aRemarkDatedToTheDayJoinsItsLaterRetellingByMonth() {
        // The report of the day, and two reports seven weeks later that tell the remark by
        // its month or not at all, quoting the same words.
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "day", path: "day.txt", published: EventFixture.day(2021, 4, 30), publishedSource: .frontMatter, text: """
            President Ada Lintz spoke to parliament. Lintz, in her first address to a joint session of parliament on Wednesday, \
            called Tormund's weapons programme a "grave danger" to world security.
            """),
            Document(id: "later", path: "later.txt", published: EventFixture.day(2021, 6, 18), publishedSource: .frontMatter, text: """
            President Ada Lintz described Tormund as a "grave danger" to global security in April, prompting an angry reply.
            """),
            Document(id: "other", path: "other.txt", published: EventFixture.day(2021, 6, 18), publishedSource: .frontMatter, text: """
            A statement by President Ada Lintz which referred to Tormund as a "grave danger" to global security was condemned.
            """),
        ]))
        let remark = built.events.first { event in event.evidence.contains { $0.document == 0 } && event.kind == .criticism }
        #expect(remark?.date.value == "2021-04-28", "\(built.events.map { ($0.title, $0.date.value, $0.evidence.map(\.document)) })")
        #expect(Set(remark?.evidence.map(\.document) ?? []) == [0, 1, 2], "\(built.events.map { ($0.title, $0.evidence.map(\.document)) })")
    }

    @Test func aLaterRemarkOfAnotherMonthStaysApart() {
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "day", path: "day.txt", published: EventFixture.day(2021, 4, 30), publishedSource: .frontMatter, text: """
            President Ada Lintz spoke to parliament. Lintz on Wednesday called Tormund's weapons programme a "grave danger" to world security.
            """),
            Document(id: "later", path: "later.txt", published: EventFixture.day(2021, 6, 18), publishedSource: .frontMatter, text: """
            President Ada Lintz described Tormund as a "grave danger" to global security in June, prompting an angry reply.
            """),
        ]))
        let remarks = built.events.filter { $0.kind == .criticism }
        #expect(remarks.count == 2, "\(built.events.map { ($0.title, $0.date.value, $0.evidence.map(\.document)) })")
    }

    @Test func aBodyNamedInAnAsideDidNotAct() {
        let built = EventFixture.story(ofArticle: """
        Lintz, in her first address to a joint session of the Harlow Assembly on Wednesday, called the plan a "grave danger".

        The ministry, in a statement carried by the Tormund News Agency, said the plan was "dead".
        """, published: published)
        let agents = built.events.map { event in event.actors.filter { $0.role == .agent }.map { built.actors[$0.actor].name } }
        #expect(!agents.joined().contains("Harlow Assembly"), "\(agents)")
        #expect(!agents.joined().contains("Tormund News Agency"), "\(agents)")
    }

    @Test func aPossessorsSpokesmanSpeaksForThem() {
        let run = StagesRun("""
        Mr Sam Kerr left on Monday. Kerr's spokesman said the minister was "on holiday this week". \
        Kerr's lawyer said the charges were "without any merit".
        """)
        #expect(run.speaker(ofQuoteContaining: "on holiday") == "Sam Kerr", "\(run.quotes)")
        #expect(run.quotes.contains { $0.text.contains("without any merit") })
        #expect(run.speaker(ofQuoteContaining: "without any merit") == nil, "\(run.quotes)")
    }

    @Test func playingDownOrBrushingOffFramesALabel() {
        let run = StagesRun("""
        The North fired two missiles over the weekend, a move Ada Lintz played down on Tuesday as "business as usual." \
        Tom Roe brushed off the report as "fake news". Jo Pallant downplayed the risk as "very small".
        """)
        #expect(run.speaker(ofQuoteContaining: "business as usual") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "fake news") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "very small") == "Jo Pallant", "\(run.quotes)")
        // Without its particle the verb says nothing.
        let played = StagesRun("Tom Roe played the song \"happy days\" twice.")
        #expect(played.speaker(ofQuoteContaining: "happy days") == nil, "\(played.quotes)")
    }

    @Test func anAdmissionThatFramesTheSubjectsWords() {
        let run = StagesRun("""
        In it, Ada Lintz made a rare admission that the plan had "tremendously underachieved," blaming sanctions. \
        Tom Roe issued a stark warning that Velmar faced "dialogue and confrontation". \
        Jo Pallant made a cake that was "delicious".
        """)
        #expect(run.speaker(ofQuoteContaining: "tremendously underachieved") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "dialogue and confrontation") == "Tom Roe", "\(run.quotes)")
        // A noun that says nothing frames nothing.
        #expect(run.speaker(ofQuoteContaining: "delicious") == nil, "\(run.quotes)")
        // The finder screens words by first letter and length before looking the verbs up.
        for verb in QuoteCueLexicon.nounCueVerbWords {
            #expect("mgid".contains(verb.prefix(1)) && (4...9).contains(verb.utf8.count), "\(verb)")
        }
    }

    @Test func aPossessorsOfficeOrCampaignSpeaksForThem() {
        let run = StagesRun("""
        Governor Ada Lintz visited the site on Friday. Lintz's office said the visit was "a chance to listen". \
        Tom Roe attacked the trip. Roe's campaign said it was "a stunt". \
        A spokesman for the county sheriff's office said "nobody was hurt".
        """)
        #expect(run.speaker(ofQuoteContaining: "a chance to listen") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a stunt") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "nobody was hurt") == nil, "\(run.quotes)")
    }

    @Test func datelinesLawsAndPronounsOfAFinesReport() {
        let run = StagesRun("""
        DUBLIN — Vexa Inc. has been fined by the regulator. The company had breached the General Data Protection Regulation, the regulator said. \
        Vexa Inc. said it would appeal against the ruling, which it called "unjustified and unnecessary".
        """)
        let names = run.actors.map(\.name)
        #expect(!names.contains("DUBLIN"), "\(names)")
        #expect(!run.actors.contains { $0.kind == .person && $0.name.contains("Regulation") }, "\(names)")
        #expect(run.speaker(ofQuoteContaining: "unjustified") == "Vexa Inc", "\(run.quotes) \(names)")
    }

    @Test func aParadeOnItsDayJoinsItsRetellingByMonth() {
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "day", path: "day.txt", published: EventFixture.day(2021, 1, 15), publishedSource: .frontMatter, text: """
            Tormund paraded a new submarine-launched ballistic missile at a military parade in Harlow on Thursday night, as leader Ado Kerr watched.
            """),
            Document(id: "later", path: "later.txt", published: EventFixture.day(2021, 6, 18), publishedSource: .frontMatter, text: """
            In January, Ado Kerr presided over a military parade in Harlow that showed off a new submarine-launched ballistic missile.
            """),
        ]))
        let parades = built.events.filter { $0.kind == .parade }
        #expect(parades.count == 1, "\(built.events.map { ($0.title, $0.kind, $0.date.value) })")
        #expect(parades.first?.date.value == "2021-01-14TNI", "\(parades.map(\.date.value))")
    }

    @Test func theBlamedOneSaidWhatTheyAreBlamedForAndTheSubjectTheRest() {
        let run = StagesRun("""
        HARLOW, May 2 (Wire) -- The Foreign Ministry of Tormund on Sunday slammed President Ada Lintz for calling the country a "grave danger," \
        saying her remarks were a "big blunder" and warning of a "very grave situation ahead".
        """)
        #expect(run.speaker(ofQuoteContaining: "grave danger") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "big blunder") == "Foreign Ministry of Tormund", "\(run.quotes) \(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "very grave") == "Foreign Ministry of Tormund", "\(run.quotes)")
    }

    @Test func aRelativeNamedOnceIsKnownByTheRelationAfter() {
        let run = StagesRun([
            "Mira Holt, the powerful sister of leader Tom Arden, has long run his office.",
            """
            The powerful sister of leader Tom Arden said on Tuesday that the offer was "a trick by the enemy". \
            Arden's sister said the talks were "a waste of everyone's time".
            """,
        ])
        #expect(run.speaker(ofQuoteContaining: "a trick by the enemy") == "Mira Holt", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a waste of everyone") == "Mira Holt", "\(run.quotes)")
        // Without the first article no one knows who the sister is.
        let unknown = StagesRun("The powerful sister of leader Tom Arden said the offer was \"a trick by the enemy\".")
        #expect(unknown.quotes.count == 1)
        #expect(unknown.speaker(ofQuoteContaining: "a trick") == nil, "\(unknown.quotes)")
        // "Y's predecessor Sam Kerr": the name that follows is the mention, nothing more.
        let named = StagesRun("Ms Lintz's predecessor, Sam Kerr, met her. Ms Lintz's predecessor Sam Kerr left.")
        #expect(named.mentions.filter { named.actors[$0.actor].name == "Sam Kerr" }.count == 2, "\(named.mentionPairs)")
    }

    @Test func aNamesakeJustNamedIsTheRelativeOfAKinPhrase() {
        let run = StagesRun("""
        Mira Arden on Tuesday condemned the drills as a "perfidious" act. \
        "We express strong regret," the powerful sister of leader Tom Arden said. \
        Arden's sister added that the drills were "a wrong choice".
        """)
        #expect(run.speaker(ofQuoteContaining: "strong regret") == "Mira Arden", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a wrong choice") == "Mira Arden", "\(run.quotes)")
        // A namesake known to be a man is no sister; one named long before is not meant.
        let brother = StagesRun("""
        Mr Sol Arden spoke on Monday. He said he was "tired". \
        The powerful sister of leader Tom Arden said the visit was "a trick by the enemy".
        """)
        #expect(brother.speaker(ofQuoteContaining: "a trick by the enemy") == nil, "\(brother.quotes)")
        let far = StagesRun("""
        Mira Arden spoke on Monday. The talks stalled. The ministry said nothing. The army was silent. \
        The powerful sister of leader Tom Arden said the visit was "a trick by the enemy".
        """)
        #expect(far.speaker(ofQuoteContaining: "a trick by the enemy") == nil, "\(far.quotes)")
    }

    @Test func aRelationLearntLaterStillNamesTheRelative() {
        // The article using the relation is read first; the one teaching it after.
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: published, publishedSource: .frontMatter, text: """
            The powerful sister of leader Tom Arden said on Tuesday that the offer was "a trick by the enemy".
            """),
            Document(id: "b", path: "b.txt", published: published, publishedSource: .frontMatter, text: """
            Mira Holt, the powerful sister of leader Tom Arden, has long run his office.
            """),
        ]))
        let speaker = built.quotes.first { $0.text.contains("a trick") }?.speaker.map { built.actors[$0].name }
        #expect(speaker == "Mira Holt", "\(built.quotes) \(built.actors.map(\.name))")
        let agents = built.events.flatMap { event in event.actors.filter { $0.role == .agent }.map { built.actors[$0.actor].name } }
        #expect(agents.contains("Mira Holt"), "\(agents)")
    }

    @Test func aSistersFamilyNameReadAsHerselfStillMeansHer() {
        // "Arden" alone is read as the sister named last; "Arden's sister" then means her.
        let run = StagesRun("""
        Mira Arden, the powerful sister of leader Tom Arden, spoke first. Mira Arden said the talks were over. \
        Arden's sister also warned the envoy against "causing a stink over nothing".
        """)
        #expect(run.speaker(ofQuoteContaining: "causing a stink") == "Mira Arden", "\(run.quotes) \(run.mentionPairs)")
    }

    @Test func aRemarkQuotedAlikeByMonthInTwoReportsWeeksApartIsOne() {
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: EventFixture.day(2021, 3, 25), publishedSource: .frontMatter, text: """
            Earlier this month, Mira Holt warned the envoy to "refrain from causing a stink" if he wanted peace.
            """),
            Document(id: "b", path: "b.txt", published: EventFixture.day(2021, 4, 30), publishedSource: .frontMatter, text: """
            In March, Mira Holt warned the envoy against "causing a stink over nothing".
            """),
        ]))
        let warnings = built.events.filter { $0.title.contains("Mira Holt warned") }
        #expect(warnings.count == 1, "\(built.events.map { ($0.title, $0.date.value, $0.evidence.map(\.document)) })")
        #expect(warnings.first?.date.value == "2021-03", "\(warnings.map(\.date.value))")
    }

    @Test func aBodysNounAfterItsNameStandsForTheBody() {
        // "official" describes the agency here: its initials name no person.
        let run = StagesRun("""
        The office was "ruined with a terrific explosion", the official KASA news agency reported. \
        The drills were "a rehearsal for war", the Harlow Broadcasting Corporation network said.
        """)
        #expect(run.actor(named: "KASA")?.kind == .organisation, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "terrific explosion") == "KASA", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "rehearsal for war") == "Harlow Broadcasting Corporation", "\(run.quotes)")
    }

    @Test func aNamesakeNamedJustAfterAnUnknownRelationIsTheRelative() {
        // The relation is learnt after its sentence is read: the whole build places her there.
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: published, publishedSource: .frontMatter, text: """
            The powerful sister of leader Tom Arden has warned the envoy to "refrain from causing a stink" this year. \
            Mira Arden, a senior official, made the remarks in a statement on Tuesday.
            """),
            Document(id: "b", path: "b.txt", published: published, publishedSource: .frontMatter, text: """
            The wife of Governor Sam Kerr said the plan was "a disgrace to the state". \
            Ada Lintz, a neighbour, said she agreed.
            """),
        ]))
        func speaker(_ fragment: String) -> String? {
            built.quotes.first { $0.text.contains(fragment) }?.speaker.map { built.actors[$0].name }
        }
        #expect(built.quotes.contains { $0.text.contains("a disgrace") }, "\(built.quotes)")
        #expect(speaker("causing a stink") == "Mira Arden", "\(built.quotes)")
        // Someone of another family named next is not the wife.
        #expect(speaker("a disgrace") == nil, "\(built.quotes)")
    }

    @Test func aCoordinatedVerbOfSayingKeepsTheSubjectsPronoun() {
        // Both named before, neither's gender known: the one named last is not the subject.
        let run = StagesRun("""
        Mira Holt told reporters the count was over. Tom Roe said the count was fair. \
        Mira Holt congratulated Tom Roe late on Wednesday and said she accepted the verdict. \
        "I humbly accept the results of the election," she said.
        """)
        #expect(run.speaker(ofQuoteContaining: "humbly accept") == "Mira Holt", "\(run.quotes) \(run.mentionPairs)")
    }

    @Test func aNameAfterItsTitleBetweenCommasSpeaksAfterOtherPeople() {
        let run = StagesRun("""
        Mr. Kerr settled on an approach that the Harlow press secretary, Jo Pallant, described as "calibrated" and "practical." \
        Ada Lintz, the sister of the leader, Tom Lintz, said the talks were "going nowhere."
        """)
        #expect(run.speaker(ofQuoteContaining: "calibrated") == "Jo Pallant", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "going nowhere") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func thePlaceOfAnOpeningPhraseIsNoSubject() {
        let run = StagesRun("""
        In Seoul, the National Security Council held an emergency meeting and voiced "deep concern" over the launches while urging calm.
        """)
        #expect(run.speaker(ofQuoteContaining: "deep concern") == "National Security Council", "\(run.quotes)")
    }

    @Test func anUnnamedOfficialOfACountryIsNotTheCountry() {
        let run = StagesRun("""
        A senior U.S. administration official, who spoke on condition of anonymity, said the review would end "in the coming weeks."
        """)
        #expect(run.quotes.contains { $0.text.contains("coming weeks") }, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "coming weeks") == nil, "\(run.quotes)")
    }

    @Test func someoneUnnamedOfSomeStaffSpeaksAfterANamedSpeaker() {
        let run = StagesRun("""
        "I do not know if she is alive," Ada Lintz said.

        Rights groups say the closures were used to tighten control. A researcher at a Harlow-based group, who asked not to be \
        named because she still has sources there, said new penalties had been introduced.

        "The virus gave the state a perfect excuse," she said.
        """)
        #expect(run.quotes.contains { $0.text.contains("perfect excuse") }, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "perfect excuse") == nil, "\(run.quotes) \(run.mentionPairs)")
    }

    @Test func aPossessorNamedBeforeTheSetOffNameIsNotWhoSpeaks() {
        let run = StagesRun("""
        Tom Lintz's powerful sister, Ada Lintz, warned this month that the envoy should "refrain from causing a stink."
        """)
        #expect(run.actor(named: "Tom Lintz")?.kind == .person, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "causing a stink") == "Ada Lintz", "\(run.quotes)")
    }
}
