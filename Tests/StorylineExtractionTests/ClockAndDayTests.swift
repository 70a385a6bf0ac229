import StorylineModel
import Testing
@testable import StorylineExtraction

/// Hours told in words or with "o'clock", 24-hour times after a preposition, and times of day
/// beside their day (session 32).
@Suite struct ClockAndDayTests {
    /// The words and values of the times of `text`, read against Friday 2021-06-18.
    private func found(_ text: String, anchor: String? = "2021-06-18") -> [String] {
        timeReadings(text, anchor: anchor)
    }

    @Test func aTimeOfDayAndItsDayStayTwoExpressionsAsHeidelTimeTagsThem() {
        // HeidelTime tags "1535 GMT on November 24" as the time alone, valued on that day,
        // and the day apart; a weekday right after the time is one expression ("9 am Wednesday").
        #expect(found("The ferry sank at 11:42 p.m. on Saturday.") == ["at 11:42 p.m.=2021-06-12T23:42", "on Saturday=2021-06-12"])
        #expect(found("Troops crossed at 0600 GMT on June 17.") == ["at 0600 GMT=2021-06-17T06:00", "on June 17=2021-06-17"])
        #expect(found("He came at 10 a.m. Tuesday.") == ["at 10 a.m. Tuesday=2021-06-15T10:00"])
    }

    @Test func hoursToldInWordsOrWithOClock() {
        #expect(found("We heard shooting from four o'clock in the morning.") == ["four o'clock in the morning=2021-06-18T04:00"])
        #expect(found("The bus came at 8.15 in the morning.") == ["at 8.15 in the morning=2021-06-18T08:15"])
        #expect(found("It opens at seven in the morning.") == ["at seven in the morning=2021-06-18T07:00"])
        #expect(found("He arrived at ten at night.") == ["at ten at night=2021-06-18T22:00"])
        #expect(found("She came home at six in the evening.") == ["at six in the evening=2021-06-18T18:00"])
        // Without a part of the day, the hour as written (HeidelTime's reading).
        #expect(found("She marks until ten o'clock.") == ["until ten o'clock=2021-06-18T10:00"])
        #expect(found("He left at 9 o\u{2019}clock.") == ["at 9 o\u{2019}clock=2021-06-18T09:00"])
        // An evening or night told a few words before puts the hour after noon.
        #expect(found("Most evenings she is still marking at ten o'clock.") == ["Most evenings=XXXX-XX-XXTEV", "at ten o'clock=2021-06-18T22:00"])
        #expect(found("On Friday night the bar closed at 11 o'clock.") == ["On Friday night=2021-06-18TNI", "at 11 o'clock=2021-06-18T23:00"])
        // A count of things is no hour.
        #expect(found("Seven in the crowd were hurt.").isEmpty)
        #expect(found("He was one of ten in the room.").isEmpty)
    }

    @Test func twentyFourHourTimesAfterAPrepositionOrBeforeAZone() {
        #expect(found("The curfew runs until 23:59.") == ["until 23:59=2021-06-18T23:59"])
        #expect(found("Bids close by 17:00.") == ["17:00=2021-06-18T17:00"])
        #expect(found("Troops crossed at 0600 GMT.") == ["at 0600 GMT=2021-06-18T06:00"])
        // A score or a ratio is no time.
        #expect(found("The match ended 3:1.").isEmpty)
        #expect(found("Shares rose 1500 points.").isEmpty)
        #expect(found("A ratio of 10:30 was agreed.").isEmpty)
    }
}
