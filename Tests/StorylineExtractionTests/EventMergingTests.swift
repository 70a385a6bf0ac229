import StorylineModel
import Testing
@testable import StorylineExtraction

@Suite struct EventMergingTests {
    static let actors: [(name: String, kind: ActorKind, aliases: [String])] = [
        ("Jane Doe", .person, ["Ms Doe", "Prime Minister Doe"]),
        ("John Roe", .person, ["Mr Roe"]),
        ("Ruritania", .country, []),
        ("Freedonia", .country, []),
    ]

    static let tuesday = EventFixture.TimeSpec(
        text: "on Tuesday", value: "2022-03-08", precision: .day,
        interval: DayInterval(day: EventFixture.day(2022, 3, 8)))

    func build(
        _ articles: [EventFixture.Article], times: [EventFixture.TimeSpec] = [], speakers: [String: String] = [:],
        extraActors: [(name: String, kind: ActorKind, aliases: [String])] = []
    ) -> (Story, [Event]) {
        var fixture = EventFixture()
        fixture.actors = Self.actors + extraActors
        fixture.articles = articles
        fixture.times = times
        fixture.speakers = speakers
        let story = fixture.story()
        return (story, EventBuilder().events(in: story))
    }

    @Test func sameMeetingWordedDifferentlyInTwoArticlesIsOneEvent() throws {
        let (story, events) = build([
            .init(id: "wire", published: EventFixture.day(2022, 3, 10), sentences: [
                "Jane Doe met John Roe in Geneva on Tuesday to discuss fishing quotas.",
                "Ruritania fired two ballistic missiles into the sea.",
            ]),
            .init(id: "blog", published: nil, sentences: [
                "The Ruritanian leader John Roe held talks with Ms Doe in Geneva about the fishing quotas.",
                "Freedonia imposed new sanctions on Ruritania.",
            ]),
        ], times: [Self.tuesday])
        let meeting = try #require(events.first { $0.kind == .meeting })
        #expect(meeting.documents == [0, 1])
        #expect(story.evidenceTexts(meeting).count == 2)
        #expect(meeting.date.precision == .day)
        #expect(meeting.date.interval == DayInterval(day: EventFixture.day(2022, 3, 8)))
        #expect(meeting.date.derivation.contains("on Tuesday"))
        #expect(events.count == 3)
    }

    @Test func reportsMonthsApartShareAStatedDay() throws {
        // A report looking back on a dated happening months later is the same happening;
        // without a stated date, reports weeks apart stay apart.
        let january = EventFixture.TimeSpec(text: "on 14 January", value: "2022-01-14", precision: .day, interval: DayInterval(day: EventFixture.day(2022, 1, 14)))
        let (_, events) = build([
            .init(id: "winter", published: EventFixture.day(2022, 1, 20), sentences: [
                "John Roe watched a huge military parade through the capital on 14 January.",
            ]),
            .init(id: "summer", published: EventFixture.day(2022, 6, 18), sentences: [
                "Mr Roe presided over a military parade through the capital on 14 January, state media said.",
            ]),
        ], times: [january])
        let parade = try #require(events.first { $0.kind == .parade })
        #expect(parade.documents == [0, 1])
        #expect(parade.date.precision == .day)

        let (_, undated) = build([
            .init(id: "winter", published: EventFixture.day(2022, 1, 20), sentences: [
                "John Roe watched a huge military parade through the capital.",
            ]),
            .init(id: "summer", published: EventFixture.day(2022, 6, 18), sentences: [
                "Mr Roe presided over a military parade through the capital, state media said.",
            ]),
        ])
        #expect(undated.filter { $0.kind == .parade }.count == 2)
    }

    @Test func sameQuotedWordsMakeOneEvent() throws {
        let quote = "a victory for common sense and for every family in the valley"
        let (_, events) = build([
            .init(id: "a", published: EventFixture.day(2022, 5, 2), sentences: [
                "Jane Doe said the ruling was \"\(quote)\".",
            ]),
            .init(id: "b", published: EventFixture.day(2022, 5, 3), sentences: [
                "\"A victory for common sense and for every family in the valley,\" the prime minister told reporters.",
            ]),
        ], speakers: [quote: "Jane Doe", "A victory for common sense and for every family in the valley,": "Jane Doe"])
        #expect(events.count == 1)
        #expect(events.first?.documents == [0, 1])
        #expect(events.first?.quotes.count == 2)
    }

    @Test func conflictingDatesKeepEventsApart() {
        let (_, events) = build([
            .init(id: "a", published: EventFixture.day(2022, 6, 1), sentences: ["Jane Doe visited Freedonia in March to open a bridge."]),
            .init(id: "b", published: EventFixture.day(2022, 6, 1), sentences: ["Jane Doe visited Freedonia in May to open a bridge."]),
        ], times: [
            .init(text: "in March", value: "2022-03", precision: .month, interval: EventFixture.month(2022, 3)),
            .init(text: "in May", value: "2022-05", precision: .month, interval: EventFixture.month(2022, 5)),
        ])
        #expect(events.count == 2)
        #expect(events.map(\.date.value) == ["2022-03", "2022-05"])
    }

    @Test func followUpSentencesJoinTheStatement() throws {
        let (story, events) = build([
            .init(id: "a", published: EventFixture.day(2022, 6, 1), sentences: [
                "Jane Doe said taxes on fuel would rise next year.",
                "She also said that schools would receive more money.",
                "John Roe visited Freedonia.",
            ]),
        ])
        let statement = try #require(events.first { $0.kind == .statement })
        #expect(statement.evidence.count == 2)
        #expect(story.evidenceTexts(statement)[1].hasPrefix("She also said"))
        #expect(events.count == 2)
    }

    @Test func differentEventsOfOneActorStayApart() {
        let (_, events) = build([
            .init(id: "a", published: EventFixture.day(2022, 6, 1), sentences: [
                "Jane Doe criticised the central bank over interest rates.",
                "Separately, Jane Doe visited Freedonia to open a hospital.",
            ]),
        ])
        #expect(events.count == 2)
    }

    @Test func eventsAreOrderedByDateWithBackgroundBeforePublication() {
        let (_, events) = build([
            .init(id: "a", published: EventFixture.day(2022, 6, 10), sentences: [
                "Jane Doe met John Roe in Geneva on Tuesday to discuss fishing quotas.",
                "Ruritania fired two ballistic missiles into the sea in March.",
                "Freedonia had previously rejected a proposal from Ruritania.",
                "John Roe had called Jane Doe a \"liar\" before the vote.",
            ]),
        ], times: [
            .init(text: "on Tuesday", value: "2022-06-07", precision: .day, interval: DayInterval(day: EventFixture.day(2022, 6, 7))),
            .init(text: "in March", value: "2022-03", precision: .month, interval: EventFixture.month(2022, 3)),
            .init(text: "before the vote", value: "2021-09-20", precision: .reference,
                  interval: DayInterval(earliest: nil, latest: EventFixture.day(2021, 9, 19)), relation: .before),
        ])
        #expect(events.map(\.kind) == [.criticism, .weaponsTest, .response, .meeting])
        #expect(events[0].date.label == "before 20 Sep 2021")
        #expect(events[2].date.isDated == false)
    }

    @Test func sameWordingAboutDifferentPeopleStaysApart() {
        let (_, events) = build([
            .init(id: "a", published: EventFixture.day(2022, 6, 1), sentences: [
                "Jane Doe held talks with John Roe in Oslo, their first meeting in two years.",
            ]),
            .init(id: "b", published: EventFixture.day(2022, 6, 2), sentences: [
                "Max Mustermann held talks with Erika Muster in Oslo, their first meeting in two years.",
            ]),
        ], extraActors: [("Max Mustermann", .person, []), ("Erika Muster", .person, [])])
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.documents.count == 1 })
    }

    @Test func futureReferencesDoNotDateAnEvent() throws {
        let (_, events) = build([
            .init(id: "a", published: EventFixture.day(2022, 6, 10), sentences: [
                "Freedonia completed a review of its trade policy in May and said it would keep tariffs in the future.",
            ]),
        ], times: [
            .init(text: "in May", value: "2022-05", precision: .month, interval: EventFixture.month(2022, 5)),
            .init(text: "in the future", value: "FUTURE_REF", precision: .reference,
                  interval: DayInterval(earliest: EventFixture.day(2022, 6, 10), latest: nil)),
        ])
        let review = try #require(events.first)
        #expect(review.date.value == "2022-05")
        #expect(!review.date.derivation.contains("future"))
    }
}
