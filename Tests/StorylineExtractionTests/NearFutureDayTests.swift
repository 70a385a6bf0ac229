import StorylineModel
import Testing
@testable import StorylineExtraction

/// Days just ahead of publication, and verbs joined by "and" that keep their own tenses.
@Suite struct NearFutureDayTests {
    @Test func aDayWithinTwoWeeksAheadIsTheComingOneWhateverTheTense() {
        let found = times("The remarks came two weeks before Tom Roe takes office on Jan. 20. He was arrested on Feb. 20. Sales fell on Dec. 28.",
                          anchor: "2021-01-13")
        #expect(found.map(\.value) == ["P2W", "2021-01-20", "2020-02-20", "2020-12-28"], "\(found.map(\.value))")
    }

    @Test func aVerbAfterAndKeepsItsTenseToItself() {
        let found = times("The two ministers arrived in Velmar on Monday and are scheduled to fly to Harlow on Wednesday.", anchor: "2021-03-16")
        #expect(found.map(\.value) == ["2021-03-15", "2021-03-17"], "\(found.map(\.value))")
    }
}
