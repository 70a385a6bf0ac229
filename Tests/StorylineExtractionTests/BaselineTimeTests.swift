import StorylineModel
import Testing
@testable import StorylineExtraction

/// "from a year earlier": a baseline counted from the time its sentence names; and a "when"
/// clause after a named year.
@Suite struct BaselineTimeTests {
    @Test func aBaselineIsCountedFromTheTimeNamedBeforeItAtThatPrecision() {
        let month = times("Consumer prices in Velmar rose 3.4% in May from a year earlier.", anchor: "2023-07-12")
        #expect(month.map(\.value) == ["2023-05", "2022-05"], "\(month.map(\.value))")
        let quarter = times("Exports fell 8% in the second quarter compared with a year earlier.", anchor: "2023-07-12")
        #expect(quarter.map(\.value) == ["2023-Q2", "2022-Q2"], "\(quarter.map(\.value))")
        let year = times("Sales in 2022 were 5% higher than a year earlier.", anchor: "2023-07-12")
        #expect(year.map(\.value) == ["2022", "2021"], "\(year.map(\.value))")
    }

    @Test func aBaselineWithNoPeriodBeforeItInItsSentenceIsSomeTimePast() {
        let found = times("Sales at Harlow Trains rose 21% from a year earlier.", anchor: "2023-07-12")
        #expect(found.map(\.value) == ["PAST_REF"], "\(found.map(\.value))")
        // The day of a report is not the period measured.
        let day = times("On March 3 sales were 5% higher than a week earlier.", anchor: "2023-07-12")
        #expect(day.map(\.value) == ["2023-03-03", "PAST_REF"], "\(day.map(\.value))")
    }

    @Test func aBaselineDoesNotReachIntoTheNextSentence() {
        let document = Document(id: "t", path: "t.txt", text: "Prices rose in May. They were up from a year earlier.")
        let sentences = [
            Sentence(document: 0, index: 0, paragraph: 0, range: TextRange(start: 0, end: 19)),
            Sentence(document: 0, index: 1, paragraph: 0, range: TextRange(start: 20, end: document.text.utf8.count)),
        ]
        let found = TimeNormalizer(references: []).normalize(document, documentIndex: 0, sentences: sentences, anchor: CalendarDay(iso: "2023-07-12"), assumed: false)
        #expect(found.map(\.value) == ["2023-05", "PAST_REF"], "\(found.map(\.value))")
    }

    @Test func aMonthInAWhenClauseAfterAYearIsOfThatYear() {
        let found = times("""
        Ties hit a new low last year, when Velmar blew up a liaison office in June and, in September, troops shot an official.
        """, anchor: "2021-06-23")
        #expect(found.map(\.value) == ["2020", "2020-06", "2020-09"], "\(found.map(\.value))")
        let dated = times("Sales at Harlow Trains fell in 2019, when demand dropped on March 3.", anchor: "2021-06-23")
        #expect(dated.map(\.value) == ["2019", "2019-03-03"], "\(dated.map(\.value))")
    }

    @Test func aMonthAfterTheWhenClauseIsClosedKeepsItsOwnYear() {
        let found = times("Sales fell in 2019, when demand dropped in March, but rose in May.", anchor: "2021-06-23")
        #expect(found.map(\.value) == ["2019", "2019-03", "2021-05"], "\(found.map(\.value))")
        let other = times("Sales fell last year; prices rose in May.", anchor: "2021-06-23")
        #expect(other.map(\.value) == ["2020", "2021-05"], "\(other.map(\.value))")
    }
}
