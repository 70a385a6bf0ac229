import StorylineModel
import Testing
@testable import StorylineExtraction

/// "overnight": the night before the report's day, or its own night when told ahead; and other
/// short day words: "earlier on Tuesday", "before the weekend".
@Suite struct DayWordTests {
    @Test func overnightToldInThePastIsTheNightBefore() throws {
        let opening = try time("Overnight, the Velmar river rose by two metres.", anchor: "2022-07-05")
        #expect(opening.text == "Overnight" && opening.value == "2022-07-04" && opening.precision == .day)
        #expect(try time("The agency issued the evacuation order for Harlow overnight, after heavy rain.", anchor: "2022-07-05").value == "2022-07-04")
        #expect(try time("Here is a recap of what happened overnight.", anchor: "2022-07-05").value == "2022-07-04")
    }

    @Test func overnightToldAheadIsTheComingNight() throws {
        #expect(try time("The rain will continue overnight.", anchor: "2022-07-05").value == "2022-07-05")
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
