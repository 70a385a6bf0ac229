import StorylineModel
import Testing
@testable import StorylineExtraction

@Suite struct EventDatingTests {
    func constraint(_ source: String, _ interval: DayInterval, _ value: String, _ precision: TimePrecision, assumed: Bool = false) -> DateConstraint {
        DateConstraint(interval: interval, value: value, precision: precision, source: source, assumed: assumed)
    }

    @Test func monthAndDaysBeforeAReferenceIntersect() {
        let date = EventDating.merge([
            constraint("'days before the inauguration' in b", DayInterval(earliest: nil, latest: EventFixture.day(2021, 1, 19)), "2021-01-20", .reference),
            constraint("'In January' in a", EventFixture.month(2021, 1), "2021-01", .month),
        ])
        #expect(date.value == "2021-01")
        #expect(date.precision == .month)
        #expect(date.interval == DayInterval(earliest: EventFixture.day(2021, 1, 1), latest: EventFixture.day(2021, 1, 19)))
        #expect(date.derivation.contains("In January") && date.derivation.contains("inauguration"))
        #expect(date.label == "Jan 2021")
    }

    @Test func onConflictTheMorePreciseWinsAndIsExplained() {
        let date = EventDating.merge([
            constraint("'in April' in b", EventFixture.month(2021, 4), "2021-04", .month),
            constraint("'on 5 March' in a", DayInterval(day: EventFixture.day(2021, 3, 5)), "2021-03-05", .day),
        ])
        #expect(date.value == "2021-03-05")
        #expect(date.precision == .day)
        #expect(date.derivation.contains("conflicting") && date.derivation.contains("in April"))
    }

    @Test func assumedAnchorIsCarried() {
        let date = EventDating.merge([constraint("'in April' in b", EventFixture.month(2021, 4), "2021-04", .month, assumed: true)])
        #expect(date.assumed)
        #expect(date.label == "Apr 2021")
    }

    @Test func onlyOneSidedBoundsGiveAReferenceDate() {
        let date = EventDating.merge([
            constraint("'before the vote' in a", DayInterval(earliest: nil, latest: EventFixture.day(2020, 11, 2)), "2020-11-03", .reference),
        ])
        #expect(date.precision == .reference)
        #expect(date.label == "before 3 Nov 2020")
    }

    @Test func noConstraintsIsUndated() {
        #expect(EventDating.merge([]) == .undated)
    }

    @Test func bareRecentlyMeansBeforePublication() throws {
        var fixture = EventFixture()
        fixture.actors = [("Freedonia", .country, [])]
        fixture.articles = [.init(id: "a", published: EventFixture.day(2022, 6, 10), sentences: ["Freedonia recently completed a review of its trade policy."])]
        fixture.times = [.init(text: "recently", value: "PAST_REF", precision: .reference, interval: DayInterval(earliest: nil, latest: nil))]
        let event = try #require(EventBuilder().events(in: fixture.story()).first)
        #expect(event.kind == .policyReview)
        #expect(event.date.interval.latest == EventFixture.day(2022, 6, 9))
        #expect(event.date.label == "before 10 Jun 2022")
    }

    @Test func meetingAPredecessorFallsInThePredecessorsTerm() throws {
        var fixture = EventFixture()
        fixture.actors = [("Jane Doe", .person, []), ("John Roe", .person, ["Mr Roe"]), ("Max Mustermann", .person, [])]
        fixture.articles = [.init(id: "a", published: EventFixture.day(2022, 6, 10), sentences: [
            "Jane Doe had met Mr Roe's predecessor Max Mustermann twice.",
        ])]
        let terms = [
            1: [OfficeTerm(office: "Governor", from: EventFixture.day(2019, 1, 1))],
            2: [OfficeTerm(office: "Governor", from: EventFixture.day(2011, 1, 1), until: EventFixture.day(2019, 1, 1))],
        ]
        let event = try #require(EventBuilder(terms: terms).events(in: fixture.story()).first)
        #expect(event.kind == .meeting)
        #expect(event.date.interval == DayInterval(earliest: EventFixture.day(2011, 1, 1), latest: EventFixture.day(2018, 12, 31)))
        #expect(event.date.precision == .reference)
        #expect(event.date.derivation.contains("Max Mustermann"))
        // "Mr Roe's predecessor Max Mustermann": the predecessor is met, not Mr Roe.
        #expect(event.actors.contains(EventActor(actor: 2, role: .target)))
    }
}
