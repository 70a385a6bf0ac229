import StorylineModel
import Testing
@testable import StorylineExtraction

/// Lengths of time told in more than a count and a unit: halves, two units, words between the
/// count and the unit, nights, centuries, and the words that belong to the expression.
@Suite struct LengthTimeTests {
    /// The words and values of the times of `text`, read against a day in 2021.
    private func found(_ text: String) -> [String] {
        timeReadings(text, anchor: "2021-03-10")
    }

    @Test func aWholeCountAndAHalf() {
        #expect(found("The hearing lasted four and a half hours.") == ["four and a half hours=PT4.5H"])
        #expect(found("The talks took an hour and a half.") == ["an hour and a half=PT1.5H"])
        #expect(found("He served two and a half years.") == ["two and a half years=P2.5Y"])
        #expect(found("It ran for a day and a half.") == ["a day and a half=P1.5D"])
        // Half of a unit alone, told in the next shorter one.
        #expect(found("It ended more than half a century of mining.") == ["half a century=P50Y"])
        // Before "ago" or "later" it is a moment; the length is not read.
        #expect(!found("A year and a half later he left.").contains { $0.hasSuffix("P1.5Y") })
    }

    @Test func aLengthInTwoUnits() {
        #expect(found("He was jailed for six years and eight months.") == ["six years and eight months=P6Y8M"])
        #expect(found("They talked for two hours and 30 minutes.") == ["two hours and 30 minutes=PT2H30M"])
        #expect(found("The siege lasted two days and six hours.") == ["two days and six hours=P2DT6H"])
        // A second count too large for the shorter unit is a second length.
        #expect(found("He got 10 years and 200 hours of unpaid work.") == ["10 years=P10Y", "200 hours=PT200H"])
        // "ago" makes the last part a moment, as before.
        #expect(found("It was two years and three months ago.") == ["two years=P2Y", "three months ago=2020-12"])
    }

    @Test func wordsBetweenTheCountAndTheUnit() {
        #expect(found("Prices have fallen for five consecutive months.") == ["five consecutive months=P5M"])
        #expect(found("Refunds take five business days.") == ["five business days=P5D"])
        #expect(found("A lunar day lasts roughly 14 Earth days.") == ["roughly 14 Earth days=P14D"])
        #expect(found("She spent a whole year there.") == ["a whole year=P1Y"])
        #expect(found("It needs a few more weeks.") == ["a few more weeks=PXW"])
        #expect(found("He waited two more days.") == ["two more days=P2D"])
        // Not a unit after the word; and "long" is no such word.
        #expect(found("Two working groups met.").isEmpty)
        #expect(found("He flew home after a long week of talks.").isEmpty)
    }

    @Test func nightsAndCenturies() {
        #expect(found("Her son was in hospital for four nights.") == ["four nights=P4D"])
        #expect(found("For centuries they farmed the valley.") == ["centuries=PXCE"])
        // One night is a moment, not a length; an ordinal century is no length.
        #expect(found("In the 21st century it grew.").isEmpty)
    }

    @Test func theWordsOpeningALength() {
        #expect(found("It ran a few months longer.") == ["a few months=PXM"])
        #expect(found("It took a couple of years.") == ["a couple of years=P2Y"])
        #expect(found("The next two weeks are going to tell us a lot.") == ["The next two weeks=P2W"])
        #expect(found("Over the following three years he spent it all.") == ["the following three years=P3Y"])
        #expect(found("It will rise within the first two years.") == ["the first two years=P2Y"])
        #expect(found("It was hard in the first few months.") == ["the first few months=PXM"])
    }
}
