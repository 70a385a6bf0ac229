import StorylineModel
import Testing
@testable import StorylineExtraction

@Suite struct EventDetectionTests {
    static let actors: [(name: String, kind: ActorKind, aliases: [String])] = [
        ("Jane Doe", .person, ["Ms Doe"]),
        ("John Roe", .person, ["Mr Roe"]),
        ("Ruritania", .country, []),
        ("Freedonia", .country, []),
    ]

    /// Events of one article made of `sentences`.
    func events(_ sentences: [String], headlines: Set<Int> = [], speakers: [String: String] = [:]) -> (Story, [Event]) {
        var fixture = EventFixture()
        fixture.actors = Self.actors
        fixture.articles = [.init(id: "a", published: EventFixture.day(2022, 3, 10), sentences: sentences, headlines: headlines)]
        fixture.speakers = speakers
        let story = fixture.story()
        return (story, EventBuilder().events(in: story))
    }

    @Test(arguments: [
        ("Jane Doe said on Monday that taxes would rise.", EventKind.statement),
        ("Jane Doe met John Roe in Geneva.", .meeting),
        ("Ruritania held a huge military parade in its capital.", .parade),
        ("Ruritania fired two ballistic missiles into the sea.", .weaponsTest),
        ("Freedonia completed a review of its trade policy.", .policyReview),
        ("Jane Doe visited Freedonia for three days.", .visit),
        ("Freedonia and Ruritania signed a fishing agreement.", .agreement),
        ("Ruritania rejected the offer from Freedonia.", .response),
        ("Leaders of both countries gathered for a summit in Oslo.", .summit),
        ("Freedonia imposed new sanctions on Ruritania.", .sanction),
        ("Thousands joined a protest outside parliament.", .protest),
        ("Police arrested John Roe in Geneva last August.", .other),
        ("A court in Freedonia blocked the extradition of John Roe.", .other),
        ("Jane Doe resigned as finance minister.", .other),
        ("A magnitude 6.8 earthquake struck southern Freedonia on Tuesday, killing at least 40 people.", .disaster),
        ("Freedonia was hit by a similar earthquake in 2016, which killed more than 600 people.", .disaster),
        ("Flooding forced thousands from their homes in the north.", .disaster),
        ("The Senate of Freedonia on Sunday passed a sweeping climate and health care bill.", .policy),
        ("Jane Doe congratulated John Roe on his victory.", .statement),
        ("John Roe conceded defeat late on Sunday.", .statement),
        ("Jane Doe won the presidential run-off by a narrow margin.", .election),
        ("Police fired tear gas at students outside parliament.", .protest),
        ("Police in Freedonia clashed with thousands of protesters in the capital.", .protest),
        ("The regulator of Freedonia approved the takeover of a rival chain.", .agreement),
        ("A court in Freedonia blocked the sale of the port.", .other),
        ("The regulator opened an investigation into the sale of the port.", .other),
    ])
    func detectsKind(sentence: String, kind: EventKind) {
        let (_, events) = events([sentence])
        #expect(events.count == 1)
        #expect(events.first?.kind == kind)
    }

    @Test func theNextSentencesOfADisasterAreTheSameDisasterUnlessOfAnotherYear() throws {
        var fixture = EventFixture()
        fixture.actors = Self.actors
        fixture.articles = [.init(id: "a", published: EventFixture.day(2022, 3, 10), sentences: [
            "A strong earthquake struck southern Freedonia on Tuesday, killing at least 40 people.",
            "The quake hit at dawn near the town of Selva.",
            "Freedonia was hit by a similar earthquake in 2016, which killed more than 600 people.",
        ])]
        let tuesday = EventFixture.day(2022, 3, 8)
        let year = DayInterval(earliest: EventFixture.day(2016, 1, 1), latest: EventFixture.day(2016, 12, 31))
        fixture.times = [
            .init(text: "on Tuesday", value: "2022-03-08", precision: .day, interval: DayInterval(day: tuesday)),
            .init(text: "in 2016", value: "2016", precision: .year, interval: year),
        ]
        let story = fixture.story()
        let found = EventBuilder().events(in: story)
        #expect(found.count == 2)
        let first = try #require(found.first { $0.evidence.contains { $0.sentence == 0 } })
        #expect(first.kind == .disaster && first.evidence.map(\.sentence) == [0, 1])
    }

    @Test func protestersAreAProtestOnlyOutInNumbersOrMetByPolice() {
        #expect(events(["Jane Doe said some protesters had looted shops."]).1.first?.kind == .statement)
    }

    @Test func winningSomethingOtherThanAVoteIsNoElection() {
        #expect(!events(["Freedonia Steel won a contract to build the bridge."]).1.contains { $0.kind == .election })
    }

    @Test func aConferenceCallIsNoMeeting() {
        #expect(events(["Jane Doe told investors on a conference call that demand was strong."]).1.first?.kind == .statement)
        #expect(events(["Jane Doe opened a conference on water in Geneva."]).1.first?.kind == .meeting)
    }

    @Test func figuresOfSpeechAreNoDisaster() {
        for sentence in ["A flood of refugees reached the border.", "The plan drew a storm of criticism."] {
            #expect(!events([sentence]).1.contains { $0.kind == .disaster }, "\(sentence)")
        }
        // A bombing that killed people stays an attack.
        #expect(events(["A car bomb killed 12 people in the capital."]).1.first?.kind == .attack)
    }

    @Test func aSaidSentenceAboutAnArrestIsAStatementAndRulingPartyNoTrigger() {
        // `other` ranks last: the verb of saying names the sentence.
        let (_, said) = events(["Jane Doe said John Roe was arrested in Geneva."])
        #expect(said.first?.kind == .statement)
        // "ruling" as an adjective is no verdict.
        let (_, party) = events(["The ruling party of Freedonia is popular."])
        #expect(party.isEmpty)
        // Senses that are no happening.
        for sentence in [
            "The minister ruled out a tax rise.", "Critics charged that the plan was too costly.",
            "It was a politically charged debate.", "He remains under house arrest.",
            "Protesters demanded his resignation.",
        ] {
            #expect(events([sentence]).1.isEmpty, "\(sentence)")
        }
        #expect(events(["Police charged John Roe with bribery."]).1.first?.kind == .other)
    }

    @Test func aStatementAboutAnArrestIsAnchoredOnItsVerbOfSaying() {
        #expect(EventDetector.anchors(.statement, .statement))
        #expect(!EventDetector.anchors(.other, .statement))
        #expect(EventDetector.anchors(.other, .other))
        #expect(EventDetector.anchors(.criticism, .statement) == EventKindTable.compatible(.criticism, .statement))
    }

    @Test func labellingIsCriticismWithAgentAndTarget() throws {
        let (story, events) = events(["John Roe called Jane Doe a \"liar\" in a television debate."])
        let event = try #require(events.first)
        #expect(event.kind == .criticism)
        #expect(event.actors.first == EventActor(actor: 1, role: .agent))
        #expect(event.actors.contains(EventActor(actor: 0, role: .target)))
        #expect(event.quotes == [0])
        #expect(event.title.hasPrefix("Roe called Jane Doe") || event.title.hasPrefix("John Roe called"))
        #expect(story.text(of: event.evidence[0]).contains("liar"))
    }

    @Test func statesNegationsHypotheticalsAndHeadlinesAreNotEvents() {
        let (_, events) = events([
            "Jane Doe meets John Roe",
            "Ms Doe's relationship with Mr Roe has been tense for years.",
            "Her comments are a sign of a change in tone.",
            "Jane Doe did not meet John Roe.",
            "Ruritania could be open to the possibility of talks.",
            "Mr Roe plans to visit Freedonia.",
        ], headlines: [0])
        #expect(events.isEmpty)
    }

    @Test func quotedTriggerWordsDoNotMakeEvents() {
        let (_, events) = events(["The plan is \"a summit of ambition and a parade of ideas\", according to the brochure."])
        #expect(events.isEmpty)
    }

    @Test func twoClausesWithTheirOwnTriggersAreTwoEvents() {
        let (_, events) = events(["John Roe had called Jane Doe a \"liar\" before the vote, and Ruritania held a military parade days later."])
        #expect(Set(events.map(\.kind)) == [.criticism, .parade])
        #expect(events.allSatisfy { $0.evidence == [SentenceRef(document: 0, sentence: 0)] })
    }

    @Test func speakerOfAQuoteIsTheAgentOfAStatement() throws {
        let (_, events) = events(
            ["\"We will not give up the fishing grounds,\" the minister told reporters in Freedonia."],
            speakers: ["We will not give up the fishing grounds,": "Jane Doe"])
        let event = try #require(events.first)
        #expect(event.kind == .statement)
        #expect(event.actors.first == EventActor(actor: 0, role: .agent))
    }

    @Test func targetComesFromWithOrTowards() throws {
        let (_, events) = events(["Jane Doe said her country was ready for a long dispute with Ruritania."])
        let event = try #require(events.first)
        #expect(event.actors.contains(EventActor(actor: 2, role: .target)))
    }

    @Test func idsAreStableAndTitlesShort() {
        let sentences = [
            "Jane Doe met John Roe in Geneva to discuss a long list of grievances about fishing quotas and border posts.",
            "Ruritania fired two ballistic missiles into the sea.",
        ]
        let (_, first) = events(sentences)
        let (_, second) = events(sentences.reversed())
        #expect(Set(first.map(\.id)) == Set(second.map(\.id)))
        #expect(first.allSatisfy { $0.title.count <= 60 && !$0.title.isEmpty })
        #expect(first.contains { $0.title.hasSuffix("…") })
    }

    @Test func actorsNamedInsideATimeExpressionOnlyDateTheEvent() throws {
        var fixture = EventFixture()
        fixture.actors = Self.actors
        fixture.articles = [.init(id: "a", published: EventFixture.day(2022, 3, 10), sentences: [
            "Ruritania held a military parade days before Jane Doe's visit.",
        ])]
        fixture.times = [.init(text: "days before Jane Doe's visit", value: "2022-02-01", precision: .reference,
                               interval: DayInterval(earliest: nil, latest: EventFixture.day(2022, 1, 31)), relation: .shortlyBefore)]
        let event = try #require(EventBuilder().events(in: fixture.story()).first)
        #expect(event.kind == .parade)
        #expect(event.actors == [EventActor(actor: 2, role: .agent)])
        #expect(event.date.interval.latest == EventFixture.day(2022, 1, 31))
    }

    @Test func thePersonHeadsTheSubject() throws {
        let (_, events) = events(["Jane Doe, an adviser to Freedonia, said the talks had failed."])
        let event = try #require(events.first)
        #expect(event.actors.first == EventActor(actor: 0, role: .agent))
        #expect(event.title == "Doe said the talks had failed" || event.title == "Jane Doe said the talks had failed")
    }
}
