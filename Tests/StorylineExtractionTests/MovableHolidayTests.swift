import StorylineModel
import Testing
@testable import StorylineExtraction

/// Holidays whose day moves with the year (session 32), Election Day and days told by ordinal words.
@Suite struct MovableHolidayTests {
    /// The words and values of the times of `text`, read against `anchor`.
    private func found(_ text: String, anchor: String?) -> [String] {
        timeReadings(text, anchor: anchor)
    }

    @Test func daysAreComputedForTheirYear() {
        let holiday = { (h: MovableHoliday, y: Int) in h.day(in: y)?.iso }
        #expect(holiday(.nthWeekday(month: 11, weekday: 4, n: 4), 2020) == "2020-11-26")
        #expect(holiday(.nthWeekday(month: 11, weekday: 4, n: 4), 2021) == "2021-11-25")
        #expect(holiday(.nthWeekday(month: 9, weekday: 1, n: 1), 2020) == "2020-09-07")
        #expect(holiday(.nthWeekday(month: 5, weekday: 1, n: -1), 2021) == "2021-05-31")
        // The Tuesday after the first Monday: not November 1st when it is a Tuesday.
        #expect(holiday(.nthWeekday(month: 11, weekday: 2, n: 1, from: 2), 2022) == "2022-11-08")
        #expect(holiday(.nthWeekday(month: 11, weekday: 2, n: 1, from: 2), 2016) == "2016-11-08")
        #expect(holiday(.nthWeekday(month: 11, weekday: 2, n: 1, from: 2), 2020) == "2020-11-03")
        #expect(holiday(.easter(offset: 0), 2021) == "2021-04-04")
        #expect(holiday(.easter(offset: 0), 2019) == "2019-04-21")
        #expect(holiday(.easter(offset: 1), 2000) == "2000-04-24")
    }

    @Test func aHolidayWithoutAYearIsTheOneTheTenseAndThePublicationDayPick() {
        // Published in June 2021: last November's Thanksgiving in the past, the coming one ahead.
        #expect(found("Sales rose over Thanksgiving.", anchor: "2021-06-18") == ["over Thanksgiving=2020-11-26"])
        #expect(found("He will return after Thanksgiving.", anchor: "2021-06-18") == ["after Thanksgiving=2021-11-25"])
        #expect(found("The strike began on Labor Day.", anchor: "2021-06-18") == ["on Labor Day=2020-09-07"])
        #expect(found("Crowds gathered at Easter and on Easter Monday.", anchor: "2021-06-18")
            == ["at Easter=2021-04-04", "on Easter Monday=2021-04-05"])
        #expect(found("Bells rang on Easter Sunday.", anchor: "2021-06-18") == ["on Easter Sunday=2021-04-04"])
        #expect(found("They met on Memorial Day 2020.", anchor: "2021-06-18") == ["on Memorial Day 2020=2020-05-25"])
        #expect(found("Counting paused only for the Thanksgiving holiday.", anchor: "2022-12-01")
            == ["Thanksgiving holiday=2022-11-24"])
        // Undated: only its month is known.
        #expect(found("They met on Thanksgiving.", anchor: nil) == ["on Thanksgiving=XXXX-11"])
    }

    @Test func electionDayIsTheUnitedStatesDayUnlessTheStoryFileNamesIt() {
        #expect(found("Voters queued on Election Day.", anchor: "2022-12-01") == ["on Election Day=2022-11-08"])
        #expect(found("Turnout on Election Day 2018 was high.", anchor: "2022-12-01") == ["on Election Day 2018=2018-11-06"])
        #expect(found("The election day queues were long.", anchor: "2022-12-01").isEmpty)
        let polling = ReferenceDate(name: "Valdor poll", date: CalendarDay(year: 2022, month: 5, day: 5)!, phrases: ["election day"])
        #expect(timeReadings("Voters queued on Election Day.", anchor: "2022-12-01", references: [polling]) == ["on Election Day=2022-05-05"])
    }

    @Test func aDayToldByItsOrdinalWord() {
        #expect(found("Fireworks lit the sky on the Fourth of July.", anchor: "2022-08-10") == ["on the Fourth of July=2022-07-04"])
        #expect(found("Workers marched on the first of May.", anchor: "2022-08-10") == ["on the first of May=2022-05-01"])
        #expect(found("The vote was held on the twenty-first of June.", anchor: "2022-08-10") == ["on the twenty-first of June=2022-06-21"])
        #expect(found("The first of May 2019 was wet.", anchor: "2022-08-10") == ["The first of May 2019=2019-05-01"])
        // No month after "of": no day.
        #expect(found("It was the first of many.", anchor: "2022-08-10").isEmpty)
    }

    @Test func aWeekdayCountedInItsMonth() {
        // Published in November: the coming January's first Monday.
        #expect(found("The commissioner is sworn in on the first Monday of January.", anchor: "2022-11-20")
            == ["on the first Monday of January=2023-01-02"])
        #expect(found("The vote is on the third Thursday in March.", anchor: "2022-11-20") == ["on the third Thursday in March=2023-03-16"])
        #expect(found("Talks were held on the last Friday of May 2021.", anchor: "2022-11-20") == ["on the last Friday of May 2021=2021-05-28"])
        #expect(found("The board will meet on the 2nd Tuesday of March.", anchor: "2022-11-20") == ["on the 2nd Tuesday of March=2023-03-14"])
        // Without a month it stays a weekday.
        #expect(found("She spoke on the first Monday.", anchor: "2022-11-20") == ["Monday=2022-11-14"])
    }

    @Test func aHolidayBeforeANounOrAWordAloneIsNoDay() {
        #expect(found("Thanksgiving dinner was served.", anchor: "2021-06-18").isEmpty)
        #expect(found("The labor market eased.", anchor: "2021-06-18").isEmpty)
        #expect(found("A memorial service was held.", anchor: "2021-06-18").isEmpty)
        #expect(found("Labour Day marches filled the square.", anchor: "2021-06-18").isEmpty)
    }
}
