@testable import StorylineExtraction
import StorylineModel
import Testing

/// Conventions of wire reports about several people: genders that tell namesakes apart,
/// datelines, ages, asides and relations in the subject, labour action.
@Suite struct WireReportTests {
    /// The story built from one article published on `published`.
    private func story(_ text: String, published: CalendarDay = EventFixture.day(2022, 3, 9)) -> Story {
        EventFixture.story(ofArticle: text, published: published)
    }

    /// The event whose evidence opens with `prefix`.
    private func reported(in story: Story, opening prefix: String) -> Event? {
        story.events.first { $0.evidence.contains { story.text(of: $0).hasPrefix(prefix) } }
    }

    @Test func aWomanNamedWithoutAnHonorificIsTheMsOfHerSurname() {
        // She is "she" once; her namesake, mentioned last, has no known gender.
        let run = StagesRun("""
        "We will not wait," Park Soo-jin said. "They will be disappointed," she said. Park Tae-soo, the leader, spoke of talks last week. Analysts said Ms Park meant it.
        """)
        #expect(run.actorName(mentionedAs: "Ms Park") == "Park Soo-jin")
        // A gendered title tells them apart too.
        let titled = StagesRun("Congresswoman Dana Holt and Congressman Eli Holt met voters. Mr Holt said the vote was close.")
        #expect(titled.actorName(mentionedAs: "Mr Holt") == "Eli Holt")
    }

    @Test func anAdviserIsATitleNotANameWord() {
        let run = StagesRun("National Security Adviser Tomas Reyes said the talks were useful.")
        #expect(run.actor(named: "Tomas Reyes")?.kind == .person)
        #expect(run.actor(named: "Adviser Tomas Reyes") == nil)
    }

    @Test func namesakesKeepTheirFullNamesInTitles() {
        let built = story("""
        Park Tae-soo said on Monday that the envoy was welcome.

        Mr Park said the talks were useful on Tuesday.

        Park Soo-jin said on Wednesday that the talks had failed.
        """)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Park Tae-soo said the talks were useful") }, "\(titles)")
        #expect(!titles.contains { $0.hasPrefix("Park said") }, "\(titles)")
        // One person of that surname keeps the short name.
        let single = story("Ola Brandt met the envoy on Monday.\n\nMr Brandt said the talks were useful on Tuesday.")
        #expect(single.events.map(\.title).contains { $0.hasPrefix("Brandt said the talks were useful") })
    }

    @Test func theRelativeOfAPersonIsNotThatPerson() throws {
        let built = story("The younger brother of Ruritanian leader Otto Brandt said on Tuesday that the talks had failed.")
        let event = try #require(reported(in: built, opening: "The younger brother"))
        #expect(!event.actors.contains { built.actors[$0.actor].name == "Otto Brandt" && $0.role == .agent })
        #expect(!event.title.hasPrefix("Brandt said"), "\(event.title)")
        let critics = story("Critics of Ruritanian leader Otto Brandt said on Tuesday that the talks had failed.")
        let criticised = try #require(reported(in: critics, opening: "Critics"))
        #expect(!criticised.actors.contains { critics.actors[$0.actor].name == "Otto Brandt" && $0.role == .agent })
        // Without a relation the person acts.
        let plain = story("Ruritanian leader Otto Brandt said on Tuesday that the talks had failed.")
        let acted = try #require(reported(in: plain, opening: "Ruritanian leader"))
        #expect(acted.actors.contains { plain.actors[$0.actor].name == "Otto Brandt" && $0.role == .agent })
    }

    @Test func aWireDatelineDoesNotOpenTheTitle() throws {
        func after(_ text: String) -> String {
            let bytes = Array(text.utf8)
            let start = bytes.withUnsafeBufferPointer { EventTitler.afterDateline(0, $0) }
            return String(decoding: bytes[start...], as: UTF8.self)
        }
        #expect(after("GENEVA, May 4 - The talks ended.") == "The talks ended.")
        #expect(after("NEW YORK (Wire) — Shares fell.") == "Shares fell.")
        #expect(after("NATO said the talks - long as they were - ended.") == "NATO said the talks - long as they were - ended.")
        #expect(after("The UN - its envoy said - was ready.") == "The UN - its envoy said - was ready.")
        let built = story("VALMORA, March 9 - The brother of the president said on Tuesday that the talks had failed.")
        let event = try #require(reported(in: built, opening: "VALMORA"))
        #expect(event.title.hasPrefix("The brother of the president said"), "\(event.title)")
    }

    @Test func anAgeBetweenCommasLeavesTheTitle() {
        let built = story("""
        Jo Bloggs, 61, was arrested in Lisbon on Monday.

        Ana Ruda, 48, who has led the party since 2019, said on Tuesday she would resign.
        """)
        let titles = built.events.map(\.title)
        #expect(titles.contains { $0.hasPrefix("Jo Bloggs was arrested in Lisbon") }, "\(titles)")
        #expect(titles.contains { $0.hasPrefix("Ana Ruda said she would resign") }, "\(titles)")
    }

    @Test func aTimeInAnAsideDoesNotDateWhatWasSaid() throws {
        let built = story("""
        Jo Bloggs, who took office in 2019, said the plan was dead.

        The union said members had joined the action, which will be followed by strikes on Thursday.

        The summit, which was held in Lisbon in May 2021, ended without a deal.
        """)
        let aside = try #require(reported(in: built, opening: "Jo Bloggs"))
        #expect(!aside.date.isDated, "\(aside.date)")
        let which = try #require(reported(in: built, opening: "The union said"))
        #expect(!which.date.isDated, "\(which.date)")
        // What is not a statement keeps the time of its aside: the summit was held then.
        let summit = try #require(reported(in: built, opening: "The summit"))
        #expect(summit.date.value == "2021-05", "\(summit.date)")
    }

    @Test func aClosingAttributionDoesNotSetTheTenseOfTheClause() throws {
        // Published on a Wednesday: the Thursday a king "is expected to" meet is the next day.
        let built = story("King Oskar is expected to meet party leaders on Thursday, a palace spokesman said.")
        let time = try #require(built.times.first { built.text(of: $0).hasSuffix("Thursday") })
        #expect(time.value == "2022-03-10", "\(time.value)")
        let past = story("King Oskar met party leaders on Thursday, a palace spokesman said.")
        #expect(past.times.first { past.text(of: $0).hasSuffix("Thursday") }?.value == "2022-03-03")
    }

    @Test func twoPeopleSayingThingsInTurnAreTwoEvents() {
        let built = story("""
        Party leader Ana Ruda said the country needed a fresh start.

        King Oskar is expected to meet party leaders on Thursday, a palace spokesman said.
        """)
        #expect(built.events.count == 2, "\(built.events.map(\.title))")
    }

    @Test func aQuoteAndItsAttributionAreTitledWithWhatWasSaid() throws {
        let built = story("""
        "Our thoughts are with the families of our colleagues," chief executive Laura Penn said in a statement on Tuesday.

        "We will rebuild," the mayor said, adding that "nobody will be left behind".

        "It's the best day of my career," striker Erik Lindqvist told reporters after the match.
        """)
        let quoted = try #require(reported(in: built, opening: "\"Our thoughts"))
        #expect(quoted.title.hasPrefix("Laura Penn said \"Our thoughts are with the families"), "\(quoted.title)")
        // A second quote after the verb is more than an attribution: the title stays as it was.
        // "told" closes an attribution too; the title says "said".
        let told = try #require(reported(in: built, opening: "\"It's the best day"))
        #expect(told.title.hasPrefix("Erik Lindqvist said \"It's the best day of my career"), "\(told.title)")
        let more = try #require(reported(in: built, opening: "\"We will rebuild"))
        #expect(!more.title.contains("said \"We will rebuild"), "\(more.title)")
        let bytes = Array("\"Yes,\" she said.".utf8)
        // A quote under 12 bytes is too short to say what happened.
        #expect(bytes.withUnsafeBufferPointer { EventTitler.openingQuote(TextRange(start: 0, end: bytes.count), before: 7, $0) } == nil)
    }

    @Test func aSurnameBeforeAVerbOfSayingIsTheFullNameGivenEarlier() {
        let run = StagesRun("""
        Erik Lindqvist scored twice as the Rovers won. "It's the best day of my career," Lindqvist told reporters. "We deserved it."
        """)
        #expect(run.speaker(ofQuoteContaining: "best day") == "Erik Lindqvist")
        #expect(run.actorName(mentionedAs: "Lindqvist") == "Erik Lindqvist")
        // An age between commas, a witness and a chief constable are no part of the names.
        let aged = StagesRun("""
        Witness Priya Shan, 31, said she had heard bangs. Chief Constable Sara Dunn told reporters the suspect was held. Police chief Milan Hora resigned.
        """)
        #expect(aged.actor(named: "Priya Shan")?.kind == .person)
        #expect(aged.actor(named: "Sara Dunn")?.kind == .person)
        #expect(aged.actor(named: "Milan Hora")?.kind == .person)
        #expect(aged.actor(named: "Constable Sara Dunn") == nil)
    }

    @Test func theActorAfterAVerbActsOnlyAfterSayingOrBy() throws {
        let built = story("""
        The foreign ministry condemned the move and summoned an envoy from Canada on Saturday.

        The vote was called by the Centre Party last week.

        "We will not back down," said Jo Bloggs on Tuesday.
        """)
        let condemned = try #require(reported(in: built, opening: "The foreign ministry"))
        #expect(!condemned.actors.contains { $0.role == .agent && built.actors[$0.actor].name == "Canada" }, "\(condemned.actors)")
        let called = try #require(reported(in: built, opening: "The vote"))
        #expect(called.actors.contains { $0.role == .agent && built.actors[$0.actor].name == "Centre Party" }, "\(called.actors)")
        let said = try #require(reported(in: built, opening: "\"We will"))
        #expect(said.actors.contains { $0.role == .agent && built.actors[$0.actor].name == "Jo Bloggs" }, "\(said.actors)")
    }

    @Test func twoNamesJoinedByAndOpenTheTitle() throws {
        let built = story("Britain and Canada announced similar measures on Monday.")
        let event = try #require(reported(in: built, opening: "Britain"))
        #expect(event.title.hasPrefix("Britain and Canada announced similar measures"), "\(event.title)")
    }

    @Test func itSaidIsTheBodyThatSpokeInTheSentenceBefore() {
        let run = StagesRun("""
        The Northern Fleet Command said it was aware of the reports. "This activity threatens Ruritania and its neighbours," it said in a statement.
        """)
        #expect(run.speaker(ofQuoteContaining: "This activity") == "Northern Fleet Command")
        // A body named only inside the quote, or one that did not speak, is not "it".
        let unspoken = StagesRun("""
        Talks with the Northern Fleet Command ended. "This activity threatens Ruritania and the Southern Command," it said.
        """)
        #expect(unspoken.speaker(ofQuoteContaining: "This activity") == nil)
        // The body opening the sentence before speaks there, its verb further on.
        let aside = StagesRun("""
        The Harlow Monitoring Network (HMN), which deployed 300 observers, said polling was "largely peaceful". \
        But it noted "serious concerns" about vote-buying. Vexa Inc. said profits fell. It said the fall was "temporary and modest".
        """)
        #expect(aside.speaker(ofQuoteContaining: "serious concerns") == "Harlow Monitoring Network", "\(aside.quotes)")
        #expect(aside.speaker(ofQuoteContaining: "temporary and modest") == "Vexa Inc", "\(aside.quotes)")
        // One opening a sentence with another verb is "it" too when that sentence names no one
        // else and "it" opens its own ("In a statement, it said"), not a clause after a subject.
        let silent = StagesRun("The Harlow Monitoring Network deployed 300 observers. It said polling was \"largely peaceful\".")
        #expect(silent.speaker(ofQuoteContaining: "largely peaceful") == "Harlow Monitoring Network", "\(silent.quotes)")
        let opener = StagesRun("The Harlow Ministry struck a similar note. In a statement on its website, it said talks were \"businesslike\".")
        #expect(opener.speaker(ofQuoteContaining: "businesslike") == "Harlow Ministry", "\(opener.quotes)")
        let another = StagesRun("The Harlow Monitoring Network and Ann Lee met on Monday. It said polling was \"largely peaceful\".")
        #expect(another.speaker(ofQuoteContaining: "largely peaceful") == nil, "\(another.quotes)")
        let clause = StagesRun("""
        The Harlow Monitoring Network was unable to reach officials. The ruling party said that he had survived what it called "an attempt on his life".
        """)
        #expect(clause.speaker(ofQuoteContaining: "an attempt") != "Harlow Monitoring Network", "\(clause.quotes)")
    }

    @Test func wireCopyLeavesItsNewsroomAndCreditsOut() throws {
        let built = story("""
        VALMORA, Sept 13 (Reuters) - Ruritania successfully tested a new long-range cruise missile over the weekend.

        The missiles flew 1,500 km before hitting their targets during the tests on Saturday, state media KCNA said.

        Reporting by Jo Bloggs; Editing by Ana Ruda

        Our Standards: The Thomson Reuters Trust Principles.

        Associated Press writer Tom Ruda in Valmora contributed to this report.
        """)
        let test = try #require(reported(in: built, opening: "VALMORA"))
        #expect(test.kind == .weaponsTest)
        #expect(!test.actors.contains { built.actors[$0.actor].name == "Reuters" }, "\(test.actors)")
        // Named after a comma before "said", the source closes the clause: what it said is the title.
        let flew = try #require(reported(in: built, opening: "The missiles flew"))
        #expect(flew.title.hasPrefix("The missiles flew 1,500 km"), "\(flew.title)")
        #expect(built.actors.allSatisfy { !["Jo Bloggs", "Ana Ruda", "Thomson Reuters Trust", "Tom Ruda", "Associated Press"].contains($0.name) }, "\(built.actors.map(\.name))")
    }

    @Test func aCompanyIsNamedByItsFirstWordBeforeAVerbOfSaying() {
        let run = StagesRun("Northwind Technologies reported a drop in profit. Northwind said it would cut jobs.")
        #expect(run.actorName(mentionedAs: "Northwind") == "Northwind Technologies")
        // A person of that surname keeps it.
        let family = StagesRun("Halvorsen Foods agreed a takeover. Chief executive Ingrid Halvorsen told analysts it was good. Halvorsen said more.")
        #expect(family.actorName(mentionedAs: "Ingrid Halvorsen") == "Ingrid Halvorsen")
        #expect(family.actorName(mentionedAs: "Halvorsen") == "Ingrid Halvorsen")
    }

    @Test func walkoutsAndStrikesOfWorkersAreProtests() {
        let built = story("""
        Thousands of rail workers walked out on Tuesday after talks failed.

        The union last held a national rail strike in 1989.

        Negotiators hope to strike a deal next week.

        Jets carried out an air strike on the depot.

        General Ivo Marek ordered a strike on the national grid.
        """)
        func kind(_ prefix: String) -> EventKind? { reported(in: built, opening: prefix)?.kind }
        #expect(kind("Thousands of rail workers") == .protest)
        #expect(kind("The union last held") == .protest)
        #expect(kind("Negotiators hope") != .protest)
        #expect(kind("Jets carried out") != .protest)
        #expect(kind("General Ivo Marek") != .protest)
    }

    @Test func aPronounAfterAQuoteIsTheOneWhoSpokeNotThePersonNamedLast() {
        let run = StagesRun("""
        Speaking after talks on Friday, Mr Halden said he would not give Mr Varga "what he wants".

        "I would not meet him without a commitment on his arsenal," he told reporters.
        """)
        #expect(run.speaker(ofQuoteContaining: "I would not meet him") == "Halden")
        // "said he …" is still the one who said it; a chain of such pronouns stays with its person.
        let chained = StagesRun("""
        Mr Ortiz said the vote would be held on Tuesday. Senator Lena Frost, a moderate, has repeatedly said he would not be her ally. She told reporters her view "has not changed".
        """)
        #expect(chained.speaker(ofQuoteContaining: "has not changed") == "Lena Frost")
    }

    @Test func aQuoteWithItsSpeakerAfterTheVerbIsTitledWithWhatWasSaid() throws {
        let built = story("""
        Analysts say the summit gave the capital much of what it wanted. "Halden got the language on engagement he came for," said Mira Solberg, a professor at Nordhavn University.
        """)
        let event = try #require(built.events.first { $0.title.contains("got the language") })
        #expect(event.title.hasPrefix("Mira Solberg said \"Halden got the language"), "\(event.title)")
        // The name inside the quote did not say it.
        #expect(event.actors.contains { built.actors[$0.actor].name == "Mira Solberg" && $0.role == .agent })
        #expect(!event.actors.contains { built.actors[$0.actor].name == "Halden" && $0.role == .agent })
    }

    @Test func linksUnderMoreOnThisStoryAreFurniture() {
        let built = story("""
        Leaders agree to talks

        The two leaders agreed on Friday to restart talks, officials said.

        More on this story
        - Ruritania fires two missiles into sea
        - Profile: the leader of Ruritania

        Related Topics
        - Ruritania
        """)
        let texts = built.sentences[0].map { built.documents[0].text(in: $0.range) }
        #expect(!texts.contains { $0.contains("fires two missiles") }, "\(texts)")
        #expect(!texts.contains { $0.contains("Profile") })
        #expect(built.furniture.count >= 5)
        #expect(texts.contains { $0.hasPrefix("The two leaders agreed") })
    }

    @Test func spanBoundsAndEarlierHappeningsDoNotDateAnEvent() throws {
        // "since …" after the trigger starts a span; "until …" ends one; "came days after … on May 31" dates what came first.
        let since = story("The meeting on Friday was her first with the chancellor since he took office in January.", published: EventFixture.day(2021, 5, 22))
        let meeting = try #require(reported(in: since, opening: "The meeting"))
        #expect(meeting.date.value != "2021-01", "\(meeting.date)")
        let until = story("Rival Eastbridge warned that supply problems would hit its sales until the middle of 2022.", published: EventFixture.day(2021, 10, 28))
        let warning = try #require(reported(in: until, opening: "Rival Eastbridge"))
        #expect(warning.date.value == nil, "\(warning.date)")
        let came = story("The statement came days after a campaign group flew leaflets across the border on May 31.", published: EventFixture.day(2020, 6, 4))
        #expect(!came.events.contains { $0.date.value == "2020-05-31" && $0.kind == .statement }, "\(came.events.map { ($0.title, $0.date.value) })")
        let cameAs = story("The statement came as two envoys arrived in Tokyo on Monday for talks.", published: EventFixture.day(2021, 3, 16))
        #expect(!cameAs.events.contains { $0.date.value == "2021-03-15" && $0.kind == .statement }, "\(cameAs.events.map { ($0.title, $0.date.value) })")
        // Before the trigger, "since" still dates.
        let opening = story("Since January, police have arrested 300 protesters in the capital.", published: EventFixture.day(2021, 5, 22))
        #expect(opening.events.first?.date.value != nil, "\(opening.events.map { ($0.title, $0.date) })")
    }

    @Test func theSisterOfALeaderIsAWomanAndTheLeaderIsNotTheOneNamedLast() {
        let run = StagesRun("""
        Ana Roe, the powerful sister of Ruritanian leader Ivo Roe, on Thursday threatened to scrap a border pact.

        In a statement carried by the state news agency, Roe called the activists "human scum".

        "The authorities will be made to pay a dear price," she said.
        """)
        #expect(run.speaker(ofQuoteContaining: "human scum") == "Ana Roe")
        #expect(run.speaker(ofQuoteContaining: "dear price") == "Ana Roe")
    }

    @Test func aNameAloneBetweenCommasBeforeTheVerbIsTheSpeaker() {
        let run = StagesRun("""
        The UN special rapporteur on human rights in Ruritania, Tomás Ojea Quintana, said in March that the closures had led to "serious food shortages".
        """)
        #expect(run.speaker(ofQuoteContaining: "serious food shortages") == "Tomás Ojea Quintana")
        // A clause between the commas still leaves the speaker before them.
        let clause = StagesRun("Mr Halden, who met Mira Solberg on Monday, said the talks were \"a good start\".")
        #expect(clause.speaker(ofQuoteContaining: "a good start") == "Halden")
    }

    @Test func aDatelineWithABracketedNewsroomAndNoDashIsLeftOut() throws {
        let built = story("""
        Nordhavn (Example Network) Ruritanian leader Ivo Marek has warned that his country faces its "worst-ever situation," according to state media.
        """)
        let event = try #require(built.events.first)
        #expect(event.title.hasPrefix("Ivo Marek warned"), "\(event.title)")
        #expect(!event.actors.contains { built.actors[$0.actor].name == "Example Network" })
        // A party label after a name is no dateline.
        let label = Array("Jo Bloggs (D) said he would vote.".utf8).withUnsafeBufferPointer { EventTitler.afterDateline(0, $0) }
        #expect(label == 0)
    }

    @Test func sanctionsAreTheEventOnlyWhenSomeoneActsOnThem() {
        let imposed = story("The United States on Friday imposed sanctions on two senior Valmoran officials, the Treasury said.")
        #expect(imposed.events.contains { $0.kind == .sanction })
        let background = story("She added that Ruritania would explore diplomacy with its neighbour while keeping sanctions in place.")
        #expect(!background.events.contains { $0.kind == .sanction }, "\(background.events.map(\.kind))")
    }

    @Test func aCapitalOpeningAnEventsNameIsNotTheGovernment() {
        let run = StagesRun("The Tokyo Olympics have been postponed, and the Tokyo 2020 organising committee agreed. Tokyo said it would pay.")
        #expect(!run.mentionPairs.contains("Tokyo Olympics → Japan"))
        #expect(run.mentions.filter { run.actors[$0.actor].name == "Japan" }.count == 1, "\(run.mentionPairs)")
    }

    @Test func aConditionOrAQuoteOfAnotherDayDoesNotDateWhatWasSaid() throws {
        let condition = story(
            "Canada and Australia had already said they would not send teams if the Games went ahead as planned this summer.",
            published: EventFixture.day(2020, 3, 24))
        #expect(condition.events.allSatisfy { $0.date.value == nil || $0.date.value?.hasPrefix("2020-SU") == false },
                "\(condition.events.map { ($0.title, $0.date.value) })")
        let quoted = story(
            "On Tuesday the committee said the Games \"must be rescheduled to a date not later than summer 2021\".",
            published: EventFixture.day(2020, 3, 24))
        #expect(quoted.events.first?.date.value == "2020-03-24", "\(quoted.events.map { ($0.title, $0.date.value) })")
        // A quoted time of the day it was said still dates it.
        let today = story("\"Today, the Senate sided with the people,\" Jo Bloggs said in a statement.", published: EventFixture.day(2022, 8, 7))
        #expect(today.events.first?.date.value == "2022-08-07")
    }

    @Test func theDayOfTheReportDoesNotDateWhatItTellsOf() throws {
        let built = story(
            "Ruritania said Monday it successfully tested new long-range cruise missiles over the weekend.",
            published: EventFixture.day(2021, 9, 13))
        let test = try #require(built.events.first)
        #expect(test.kind == .weaponsTest)
        #expect(test.date.interval == DayInterval(earliest: EventFixture.day(2021, 9, 11), latest: EventFixture.day(2021, 9, 12)),
                "\(test.date)")
        // Told no other time, the day of the report is all there is.
        let alone = story("Ruritania said Monday it successfully tested new cruise missiles.", published: EventFixture.day(2021, 9, 13))
        #expect(alone.events.first?.date.value == "2021-09-13")
        // Days joined by "and" date it together.
        let both = story("The missiles flew 1,500 km during tests on Saturday and Sunday.", published: EventFixture.day(2021, 9, 13))
        #expect(both.events.first?.date.label == "2021-09-11–12", "\(both.events.map(\.date))")
    }

    @Test func whatCameAfterIsAnotherHappeningAndHerRemarksContinue() {
        let built = story("""
        Ana Roe said Ruritania would not return to talks.

        "They will regret it," she said.

        Her remarks came a day after an envoy arrived in Valmora for talks with officials.
        """, published: EventFixture.day(2021, 6, 22))
        #expect(built.events.count == 1, "\(built.events.map { ($0.title, $0.kind) })")
        #expect(built.events.first?.evidence.count == 3)
        #expect(built.events.allSatisfy { $0.kind != .talks })
        // Its role opening a sentence is no continuation: a new speaker's own remark.
        let role = story("The agency declared an emergency on Tuesday.\n\nIts head, Jo Roe, said it needed more money.",
                         published: EventFixture.day(2021, 6, 22))
        #expect(role.events.count == 2, "\(role.events.map(\.title))")
    }

    @Test func anOfficialAgencyIsNotAPerson() {
        let run = StagesRun("The official Ruritanian Central News Agency said the missiles flew far. The official Valmora News Agency agreed.")
        #expect(run.actor(named: "Ruritanian Central News Agency")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actor(named: "Valmora News Agency")?.kind == .organisation, "\(run.actors.map(\.name))")
        #expect(run.actors.allSatisfy { $0.kind != .person }, "\(run.actors.map { ($0.name, $0.kind) })")
    }

    @Test func remarksOfDifferentSpeakersAreDifferentEvents() {
        let built = story("""
        France's military said it was closely analysing the claims with Spain.

        The Southern Fleet Command said the activity highlights the risk to its neighbours.

        "This is a significant development," said Jo Roe, an expert at the Valmora Institute.

        "The timing also matters," Roe added, noting that the tests came days before a minister was due to visit.
        """, published: EventFixture.day(2021, 9, 13))
        let titles = built.events.map(\.title)
        #expect(built.events.count == 3, "\(titles)")
        // A state's military speaks for the state.
        let military = built.events.first { $0.title.hasPrefix("France's military") }
        #expect(military?.actors.first { $0.role == .agent }.map { built.actors[$0.actor].name } == "France")
        // "Due to visit" is a plan, not a visit; the expert's two remarks are one event.
        #expect(built.events.allSatisfy { $0.kind != .visit }, "\(built.events.map(\.kind))")
        let expert = built.events.first { event in event.evidence.contains { built.text(of: $0).hasPrefix("\"This is") } }
        #expect(expert?.evidence.count == 2)
    }

    @Test func theBodyAnOfficeHeadsIsAnOrganisation() {
        let run = StagesRun("\"Health must come first,\" said Sebastian Vale, president of World Athletics, who had called for a delay.")
        #expect(run.actor(named: "World Athletics")?.kind == .organisation)
        #expect(run.speaker(ofQuoteContaining: "Health must come first") == "Sebastian Vale")
    }
}

