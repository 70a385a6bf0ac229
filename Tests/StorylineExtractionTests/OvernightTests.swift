import StorylineModel
import Testing
@testable import StorylineExtraction

/// "overnight": the night before the report's day, or its own night when told ahead.
@Suite struct OvernightTests {
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
}
