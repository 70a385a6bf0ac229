import StorylineModel
import Testing
@testable import StorylineExtraction

/// Recurring times ("every year", "daily", "on Sundays", "$5 a day"): TIMEX3 SETs, precision
/// `set`, that date nothing.
@Suite struct RecurringTimeTests {
    /// The words and values of the times of `text`, read against a day in 2021.
    private func found(_ text: String) -> [String] {
        timeReadings(text, anchor: "2021-03-10")
    }

    @Test func everyAndEachWithAUnitOrACountedUnit() {
        for (text, expected) in [
            ("The fair is held every year in the valley.", "every year=P1Y"),
            ("Each month the council publishes its figures.", "Each month=P1M"),
            ("Buses ran every 10 minutes.", "every 10 minutes=PT10M"),
            ("Elections are held every four years.", "every four years=P4Y"),
            ("Bins are emptied every other week.", "every other week=P2W"),
            ("The river floods every few years.", "every few years=PXY"),
            ("She walked there every single day.", "every single day=P1D"),
            ("He rang every hour.", "every hour=PT1H"),
        ] {
            #expect(found(text) == [expected], "\(text)")
        }
    }

    @Test func everyWithANamedDayPartSeasonOrMonth() {
        #expect(found("Every Sunday morning the market opens.") == ["Every Sunday morning=XXXX-WXX-7TMO"])
        #expect(found("They met each Tuesday.") == ["each Tuesday=XXXX-WXX-2"])
        #expect(found("The square fills every evening.") == ["every evening=XXXX-XX-XXTEV"])
        #expect(found("Crowds come every summer.") == ["every summer=XXXX-SU"])
        #expect(found("Every January the roads close.") == ["Every January=XXXX-01"])
        #expect(found("Every weekend the pier is full.") == ["Every weekend=XXXX-WXX-WE"])
        // No unit after it: no time.
        #expect(found("Every time we delay, cases are lost.").isEmpty)
        #expect(found("Each of the days was hot.").isEmpty)
    }

    @Test func adverbsOfHowOften() {
        #expect(found("Figures are published daily and reviewed annually.") == ["daily=P1D", "annually=P1Y"])
        #expect(found("The board meets quarterly.") == ["quarterly=P3M"])
        #expect(found("Bins go out fortnightly.") == ["fortnightly=P2W"])
        #expect(found("Daily briefings resumed.") == ["Daily=P1D"])
        #expect(found("The party holds its annual conference in May.") == ["annual=P1Y", "in May=2021-05"])
        #expect(found("The Annual General Meeting was held.").isEmpty)
        #expect(found("The clinic holds twice-weekly sessions.") == ["twice-weekly=P1W"])
        // A paper's name or description, not a time.
        #expect(found("The Daily Ledger reported the deal.").isEmpty)
        #expect(found("Daily Ledger reporters were there.").isEmpty)
        #expect(found("It told the weekly Valdor Courier so.").isEmpty)
    }

    @Test func pluralWeekdaysWeekendsAndDayParts() {
        #expect(found("The shop is shut on Sundays.") == ["on Sundays=XXXX-WXX-7"])
        #expect(found("Mondays are quiet.") == ["Mondays=XXXX-WXX-1"])
        #expect(found("The pool is busy at weekends.") == ["at weekends=XXXX-WXX-WE"])
        #expect(found("She runs on Sunday afternoons.") == ["on Sunday afternoons=XXXX-WXX-7TAF"])
        #expect(found("Most evenings he cooks.") == ["Most evenings=XXXX-XX-XXTEV"])
        #expect(found("They walk in the mornings.") == ["in the mornings=XXXX-XX-XXTMO"])
        #expect(found("Buses run on weekday mornings.") == ["weekday mornings=XXXX-XX-XXTMO"])
        #expect(found("The hall opens on evenings.") == ["on evenings=XXXX-XX-XXTEV"])
        // Days and nights picked out or counted are not every one of them.
        #expect(found("After sleepless nights, he gave up.").isEmpty)
        #expect(found("The weekends were long.").isEmpty)
    }

    @Test func ratesRecurInTheirUnit() {
        for (text, expected) in [
            ("It adds $148 a year to the bill.", ["a year=P1Y"]),
            ("The scheme costs €500 million a year.", ["a year=P1Y"]),
            ("Some 1,200 vehicles a day use the road.", ["a day=P1D"]),
            ("Patients eat two meals a day.", ["a day=P1D"]),
            ("They meet twice a week.", ["twice a week=P1W"]),
            ("The ferry sails three times a year.", ["three times a year=P1Y"]),
            ("Fees rose 5% a year.", ["a year=P1Y"]),
            ("Prices are set per hour.", ["per hour=PT1H"]),
            ("Nurses worked 24 hours a day.", ["24 hours=PT24H", "a day=P1D"]),
            ("Drivers lose an hour a day.", ["an hour=PT1H", "a day=P1D"]),
            ("Guards earn 40 dollars a day or more.", ["a day=P1D"]),
        ] {
            #expect(found(text) == expected, "\(text)")
        }
        // A verb of spending time makes "a year" a length, as "for" does.
        #expect(found("He spent a year in jail.") == ["a year=P1Y"])
        // Not a rate: a moment or a span after a count of something else.
        #expect(found("It came 3 points a day after the vote.") == ["a day=P1D"])
        #expect(found("In 2019 a year of protests began.") == ["In 2019=2019"])
        #expect(found("Per cent figures rose.").isEmpty)
    }

    @Test func recurringTimesHaveTheirPrecisionAndNoDays() {
        let found = times("Rents rose every year.", anchor: "2021-03-10")
        #expect(found.map(\.precision) == [.set])
        #expect(found.first?.interval == .open)
        #expect(TimePrecision.set.datesNothing && TimePrecision.duration.datesNothing && !TimePrecision.day.datesNothing)
    }

    @Test func aRecurringTimeDatesNoEvent() {
        let story = EventFixture.story(ofArticle: """
            The Velmar council said on Tuesday that it meets every year in the old hall.

            The Velmar council holds hearings on Sundays, a spokesman said.
            """, published: EventFixture.day(2021, 3, 10))
        #expect(story.times.contains { $0.precision == .set })
        let dated = story.events.filter { $0.date.isDated }.map(\.date.value)
        #expect(dated.allSatisfy { $0 == "2021-03-09" }, "\(dated)")
        #expect(!story.events.contains { $0.date.value == "P1Y" || $0.date.value == "XXXX-WXX-7" })
    }
}
