import StorylineModel
import Testing
@testable import StorylineExtraction

/// Quarters of a year named without one: as an adjective, and by the clause's tense.
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
}
