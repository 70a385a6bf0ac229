import StorylineModel
import Testing

@Suite struct CalendarDayTests {
    @Test func roundTripsThroughDayNumbers() throws {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let day = CalendarDay(daysSinceEpoch: days)
            #expect(day.daysSinceEpoch == days)
            #expect(CalendarDay(year: day.year, month: day.month, day: day.day) == day)
        }
    }

    @Test func weekdaysAndIsoWeeks() throws {
        let day = try #require(CalendarDay(iso: "2021-06-18"))
        #expect(day.weekday == 5)  // a Friday
        #expect(day.isoWeek.year == 2021 && day.isoWeek.week == 24)
        let newYear = try #require(CalendarDay(iso: "2021-01-01"))
        #expect(newYear.isoWeek.year == 2020 && newYear.isoWeek.week == 53)
        #expect(CalendarDay.mondayOf(isoWeek: 24, year: 2021)?.iso == "2021-06-14")
    }

    @Test func rejectsImpossibleDates() {
        #expect(CalendarDay(iso: "2021-02-29") == nil)
        #expect(CalendarDay(iso: "2020-02-29") != nil)
        #expect(CalendarDay(iso: "2021-13-01") == nil)
        #expect(CalendarDay(iso: "21-01-01") == nil)
    }

    @Test func dateLabelsFollowPrecision() throws {
        let nov3 = try #require(CalendarDay(iso: "2020-11-03"))
        let before = EventDate(value: "PAST_REF", interval: DayInterval(earliest: nil, latest: nov3.adding(days: -1)), precision: .reference, derivation: "")
        #expect(before.label == "before 3 Nov 2020")
        let jan = try #require(CalendarDay(iso: "2021-01-01"))
        let month = EventDate(value: "2021-01", interval: DayInterval(earliest: jan, latest: jan.lastDayOfMonth), precision: .month, derivation: "")
        #expect(month.label == "Jan 2021")
        #expect(EventDate.undated.label == "undated")
    }

    @Test func spanLabelsCollapseSharedMonthAndYear() throws {
        let jun1 = try #require(CalendarDay(iso: "2021-06-01"))
        let jun17 = try #require(CalendarDay(iso: "2021-06-17"))
        let jan = try #require(CalendarDay(iso: "2021-01-04"))
        let old = try #require(CalendarDay(iso: "2017-01-20"))
        func label(_ lo: CalendarDay, _ hi: CalendarDay) -> String {
            EventDate(value: "PAST_REF", interval: DayInterval(earliest: lo, latest: hi), precision: .reference, derivation: "").label
        }
        #expect(label(jun1, jun17) == "Jun 2021")
        #expect(label(jan, jun17) == "Jan–Jun 2021")
        #expect(label(old, jan) == "Jan 2017–Jan 2021")
    }

    @Test func severalDaysOrMonthsAtTheirPrecisionShowTheirSpan() throws {
        func label(_ lo: String, _ hi: String, _ precision: TimePrecision) throws -> String {
            let interval = DayInterval(earliest: try #require(CalendarDay(iso: lo)), latest: try #require(CalendarDay(iso: hi)))
            return EventDate(value: lo, interval: interval, precision: precision, derivation: "").label
        }
        #expect(try label("2021-09-11", "2021-09-12", .day) == "2021-09-11–12")
        #expect(try label("2021-09-30", "2021-10-01", .day) == "2021-09-30–10-01")
        #expect(try label("2021-12-31", "2022-01-01", .day) == "2021-12-31–2022-01-01")
        #expect(try label("2021-09-11", "2021-09-11", .day) == "2021-09-11")
        #expect(try label("2021-06-01", "2021-07-31", .month) == "Jun–Jul 2021")
        #expect(try label("2021-06-01", "2021-06-30", .month) == "Jun 2021")
        #expect(try label("2018-01-01", "2019-12-31", .year) == "2018–2019")
        #expect(try label("2018-01-01", "2018-12-31", .year) == "2018")
    }
}

@Suite struct ActorLookupTests {
    let story = Story(name: "t", actors: [
        Actor(id: 0, name: "Ana Lee", kind: .person),
        Actor(id: 1, name: "Tom Lee", kind: .person, aliases: ["Mr Lee"]),
        Actor(id: 2, name: "Ruth Okafor", kind: .person),
    ])

    @Test func namesAliasesAndUniqueSurnames() {
        #expect(story.actor(named: "ana lee")?.id == 0)
        #expect(story.actor(named: "Mr Lee")?.id == 1)
        #expect(story.actor(named: "Okafor")?.id == 2)
        #expect(story.actor(named: "Lee") == nil)  // two people: ambiguous
        #expect(story.actor(named: "Nobody") == nil)
    }
}

@Suite struct DayIntervalTests {
    @Test func intersectionKeepsTheNarrowestBoundsAndRejectsDisjointIntervals() throws {
        let mar1 = try #require(CalendarDay(iso: "2019-03-01"))
        let mar31 = try #require(CalendarDay(iso: "2019-03-31"))
        let mar14 = try #require(CalendarDay(iso: "2019-03-14"))
        let month = DayInterval(earliest: mar1, latest: mar31)
        let before = DayInterval(earliest: nil, latest: mar14)
        let open = DayInterval(earliest: nil, latest: nil)
        #expect(month.intersection(before) == DayInterval(earliest: mar1, latest: mar14))
        #expect(before.intersection(month) == DayInterval(earliest: mar1, latest: mar14))
        #expect(open.intersection(before) == before)
        #expect(open.intersection(open) == open)
        let april = DayInterval(earliest: mar31.adding(days: 1), latest: nil)
        #expect(month.intersection(april) == nil)
        #expect(before.intersection(april) == nil)
    }
}
