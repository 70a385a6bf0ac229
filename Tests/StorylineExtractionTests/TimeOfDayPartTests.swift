import Testing
import StorylineModel
@testable import StorylineExtraction

/// Parts of a day said without their day ("by mid-morning", "through the night") and "late" or
/// "early" before a day (session 30).
@Suite struct TimeOfDayPartTests {
    /// One text: the values and words of its times, against an anchor.
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String, anchor: String, found: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // The day told in the sentence, or the one before.
        Case(text: "On Tuesday, shops reopened by mid-morning.", anchor: "2020-09-10",
             found: ["On Tuesday=2020-09-08", "mid-morning=2020-09-08TMO"]),
        Case(text: "The talks opened on Tuesday. By the afternoon, delegates were restless.", anchor: "2020-09-10",
             found: ["on Tuesday=2020-09-08", "the afternoon=2020-09-08TAF"]),
        Case(text: "Protesters met on Tuesday. Talks ended late in the afternoon.", anchor: "2020-09-10",
             found: ["on Tuesday=2020-09-08", "late in the afternoon=2020-09-08TAF"]),
        Case(text: "The vote came on Tuesday. It drew the loudest applause of the afternoon.", anchor: "2020-09-10",
             found: ["on Tuesday=2020-09-08", "the afternoon=2020-09-08TAF"]),
        Case(text: "The count resumed on Monday, and by evening lawyers were ready.", anchor: "2020-09-10",
             found: ["on Monday=2020-09-07", "evening=2020-09-07TEV"]),
        // No day told: the anchor's.
        Case(text: "The coastguard said the search would continue through the night.", anchor: "2021-03-09",
             found: ["the night=2021-03-09TNI"]),
        Case(text: "Outside the main gate at lunchtime, he said he was angry.", anchor: "2020-10-14",
             found: ["at lunchtime=2020-10-14TMI"]),
        Case(text: "Power use peaks during the late afternoon.", anchor: "2022-07-13",
             found: ["during the late afternoon=2022-07-13TAF"]),
        // "Late" or "early" before a day belongs to it.
        Case(text: "The fire spread late Wednesday.", anchor: "2020-09-10", found: ["late Wednesday=2020-09-09"]),
        Case(text: "Late Wednesday night, crews arrived.", anchor: "2020-09-10", found: ["Late Wednesday night=2020-09-09TNI"]),
        Case(text: "She was rescued early Thursday.", anchor: "2020-09-10", found: ["early Thursday=2020-09-10"]),
        // "At night", "by night": a habit or a manner, no time.
        Case(text: "I lie awake at night and travel by night.", anchor: "2020-09-10", found: []),
    ]

    @Test(arguments: cases) func partOfTheDayTold(_ one: Case) {
        #expect(timeReadings(one.text, anchor: one.anchor) == one.found)
    }

    @Test func aDayToldFurtherBackOrAheadIsNotTheDayMeant() {
        // Two sentences between: the anchor's day.
        let far = times("The review ends on Monday. Staff were told. Nobody spoke. By mid-morning the gates were shut.", anchor: "2020-10-14")
        #expect(far.map(\.value) == ["2020-10-19", "2020-10-14TMO"])
        // A day ahead of publication in a past-tense clause: the anchor's day.
        let ahead = times("Consultation begins on Monday. Outside the gate at lunchtime, workers said they were angry.", anchor: "2020-10-14")
        #expect(ahead.map(\.value) == ["2020-10-19", "2020-10-14TMI"])
    }
}

/// "a week after the vote" is a length, as "two weeks after the vote" is (session 30).
@Suite struct OneUnitBeforeOrAfterTests {
    @Test func oneUnitAfterOrBeforeSomethingIsALength() {
        #expect(times("The raid came a week after the minister resigned.", anchor: "2021-03-10").map(\.value) == ["P1W"])
        #expect(times("He resigned a day before the vote.", anchor: "2021-03-10").map(\.value) == ["P1D"])
        #expect(times("It came two weeks after the vote.", anchor: "2021-03-10").map(\.value) == ["P2W"])
        // Without "after" or "before" (or a word that makes a length) "a" is no count of time:
        // after an amount it is a rate's unit, a recurring time.
        let rate = times("Prices rose $5 a week in the region.", anchor: "2021-03-10")
        #expect(rate.map(\.value) == ["P1W"] && rate.map(\.precision) == [.set])
        #expect(times("He hoped a week would be enough.", anchor: "2021-03-10").isEmpty)
    }
}
