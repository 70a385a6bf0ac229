import StorylineModel
import Testing
@testable import StorylineExtraction

/// Quarters of a year named without one: as an adjective, and by the clause's tense; and
/// halves of a named year.
@Suite struct QuarterTests {
    @Test func aHyphenatedQuarterIsTheQuarterOfTheAnchorsYear() throws {
        let third = try time("Harlow Trains said its third-quarter profit rose.", anchor: "2019-10-24")
        #expect(third.text == "third-quarter" && third.value == "2019-Q3" && third.precision == .quarter, "\(third.text) \(third.value)")
        let first = try time("First-quarter sales at Velmar fell.", anchor: "2019-10-24")
        #expect(first.text == "First-quarter" && first.value == "2019-Q1", "\(first.text) \(first.value)")
    }

    @Test func otherOrdinalCompoundsAreNoTimes() {
        let found = times("The first-class seats and the second-hand cars were sold to a third-party buyer.", anchor: "2019-10-24")
        #expect(found.isEmpty, "\(found.map(\.value))")
    }

    @Test func aQuarterNotYetBegunToldInThePastIsLastYears() throws {
        #expect(try time("Velmar Bank reported a fourth-quarter loss.", anchor: "2020-02-05").value == "2019-Q4")
        #expect(try time("Sales fell in the fourth quarter.", anchor: "2020-02-05").value == "2019-Q4")
    }

    @Test func aQuarterAheadInOtherTensesOrAsADeadlineKeepsTheAnchorsYear() throws {
        #expect(try time("Velmar Bank expects fourth-quarter sales to grow.", anchor: "2020-02-05").value == "2020-Q4")
        #expect(try time("Sales will rise in the third quarter.", anchor: "2020-02-05").value == "2020-Q3")
        #expect(try time("Third-quarter profit rises.", anchor: "2020-02-05").value == "2020-Q3")
        #expect(try time("Velmar drew up plans to cut bonuses by the end of the third quarter.", anchor: "2020-02-05").value == "2020-Q3")
    }

    @Test func aHalfOfANamedYearIsThatHalf() throws {
        let named = try time("Velmar Bank expects inflation to ease in the second half of 2024.", anchor: "2023-07-12")
        #expect(named.text == "in the second half of 2024" && named.value == "2024-H2" && named.precision == .year)
        #expect(named.interval == DayInterval(earliest: day("2024-07-01"), latest: day("2024-12-31")))
        #expect(try time("Growth in Harlow will slow in the first half of next year.", anchor: "2023-07-12").value == "2024-H1")
        #expect(try time("Sales rose in the first half of the year.", anchor: "2023-07-12").value == "2023-H1")
    }

    @Test func aHalfWithNoYearIsNoTime() {
        #expect(times("Velmar scored twice in the second half of the match.", anchor: "2023-07-12").isEmpty)
        #expect(times("Harlow led at the end of the first half.", anchor: "2023-07-12").isEmpty)
    }
}
