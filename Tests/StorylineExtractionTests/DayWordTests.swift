import StorylineModel
import Testing
@testable import StorylineExtraction

/// "overnight": the night before the report's day, or its own night when told ahead; and other
/// short day words: "earlier on Tuesday", "before the weekend".
@Suite struct DayWordTests {
    @Test func overnightToldInThePastIsTheNightBefore() throws {
        let opening = try time("Overnight, the Velmar river rose by two metres.", anchor: "2022-07-05")
        #expect(opening.text == "Overnight" && opening.value == "2022-07-04TNI" && opening.precision == .day)
        #expect(opening.interval.earliest == day("2022-07-04") && opening.interval.latest == day("2022-07-04"))
        #expect(try time("The agency issued the evacuation order for Harlow overnight, after heavy rain.", anchor: "2022-07-05").value == "2022-07-04TNI")
        #expect(try time("Here is a recap of what happened overnight.", anchor: "2022-07-05").value == "2022-07-04TNI")
    }

    @Test func overnightToldAheadIsTheComingNight() throws {
        #expect(try time("The rain will continue overnight.", anchor: "2022-07-05").value == "2022-07-05TNI")
    }

    @Test func theSmallHoursAfterANightToldAreTheNextDays() {
        #expect(timeReadings("Late Wednesday night the Corran fire jumped the highway. Ada Lintz left her house at around 1:30 a.m.", anchor: "2020-09-10")
            == ["Late Wednesday night=2020-09-09TNI", "1:30 a.m.=2020-09-10T01:30"])
        // The story goes on from the new day: "before noon" is after the night's 5am.
        #expect(timeReadings("Residents heard gunfire from shortly after 11pm on Tuesday until about 5am. Ada Lintz spoke shortly before noon.", anchor: "2022-02-03")
            == ["after 11pm=2022-02-01T23:00", "on Tuesday=2022-02-01", "5am=2022-02-02T05:00", "before noon=2022-02-02T12:00"])
        #expect(timeReadings("The levee held overnight, but at 3 a.m. the water rose again.", anchor: "2022-07-05")
            == ["overnight=2022-07-04TNI", "at 3 a.m.=2022-07-05T03:00"])
        #expect(timeReadings("On Tuesday evening the talks stalled; at 2 a.m. the envoys left.", anchor: "2022-02-03")
            == ["On Tuesday evening=2022-02-01TEV", "at 2 a.m.=2022-02-02T02:00"])
        // No night told, a day told with the time, or a time later in the day: that day.
        #expect(timeReadings("On Tuesday the minister arrived at 6 a.m.", anchor: "2022-02-03")
            == ["On Tuesday=2022-02-01", "at 6 a.m.=2022-02-01T06:00"])
        #expect(timeReadings("Late Wednesday night the fire jumped the road, and at 5am on Friday it reached Harlow.", anchor: "2020-09-12")
            == ["Late Wednesday night=2020-09-09TNI", "at 5am=2020-09-11T05:00", "on Friday=2020-09-11"])
        #expect(timeReadings("On Tuesday night the talks stalled; at 9 a.m. the envoys left.", anchor: "2022-02-03")
            == ["On Tuesday night=2022-02-01TNI", "at 9 a.m.=2022-02-01T09:00"])
    }

    @Test func overnightAsSuddenlyOrBeforeANounIsNoTime() {
        for text in [
            "The change did not happen overnight.", "It won't happen overnight.", "Prices almost doubled overnight.",
            "She became a star overnight.", "They stayed in an overnight shelter.", "The bank lifted the overnight rate.",
        ] {
            #expect(times(text, anchor: "2022-07-05").isEmpty, "\(text)")
        }
    }

    @Test func earlierOnADayIsThatDay() throws {
        let earlier = try time("Earlier on Tuesday, the Velmar general staff said it would act.", anchor: "2020-06-17")
        #expect(earlier.text == "Earlier on Tuesday" && earlier.value == "2020-06-16")
        #expect(try time("Later on June 3 it rained in Harlow.", anchor: "2020-06-17").value == "2020-06-03")
        // Wire style drops the "on": one time, the day.
        let wire = try time("Earlier Friday, Ada Lintz met the vice president.", anchor: "2021-05-21")
        #expect(wire.text == "Earlier Friday" && wire.value == "2021-05-21")
    }

    @Test func beforeOrUntilTheWeekendIsTheNearestWeekendByTense() throws {
        let ahead = try time("The council said the roads were unlikely to reopen before the weekend.", anchor: "2022-07-05")
        #expect(ahead.text == "before the weekend" && ahead.value == "2022-W27-WE")
        #expect(try time("Shops in Harlow stayed shut until the weekend.", anchor: "2022-07-05").value == "2022-W26-WE")
    }
}
