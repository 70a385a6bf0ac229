import StorylineModel
import Testing
@testable import StorylineExtraction

/// Lengths of time ("three years", "a two-week trial"): TIMEX3 durations that date nothing.
@Suite struct TimeDurationTests {
    @Test func countsAndUnitsMakeDurations() {
        for (text, value, words) in [
            ("The strike lasted three months.", "P3M", "three months"),
            ("Talks ran for 12 days in the capital.", "P12D", "12 days"),
            ("Rescuers worked for four hours.", "PT4H", "four hours"),
            ("The flight took 33 minutes.", "PT33M", "33 minutes"),
            ("The door opened for 30 seconds.", "PT30S", "30 seconds"),
            ("The firm was run by the family for three decades.", "P3DE", "three decades"),
            ("She was banned for a fortnight.", "P2W", "a fortnight"),
        ] {
            let found = times(text, anchor: "2021-03-10")
            #expect(found.map(\.value) == [value], "\(text): \(found.map(\.value))")
            #expect(found.first?.precision == .duration, "\(text)")
            let document = Document(id: "t", path: "t.txt", text: text)
            #expect(found.first.map { document.text(in: $0.range) } == words, "\(text)")
            #expect(found.first?.interval == .open, "\(text)")
        }
    }

    @Test func teenCountsAndUnknownCountsMakeDurations() {
        #expect(times("\"Fourteen years sounds like a lot,\" he said.", anchor: "2023-06-16").map(\.value) == ["P14Y"])
        #expect(times("Roe spent several hours drinking.", anchor: "2023-06-16").map(\.value) == ["PTXH"])
        #expect(times("For years, residents have complained.", anchor: "2023-06-16").map(\.value) == ["PXY"])
        #expect(times("Thousands were held for weeks.", anchor: "2023-06-16").map(\.value) == ["PXW"])
        // A unit alone is a length after a word that makes one ("took hours"), not elsewhere.
        #expect(times("It took hours.", anchor: "2023-06-16").map(\.value) == ["PTXH"])
        #expect(times("Opening hours changed.", anchor: "2023-06-16").isEmpty)
        #expect(times("In recent years prices rose.", anchor: "2023-06-16").map(\.value) != ["PXY"])
    }

    @Test func hyphenatedLengthsBeforeANoun() {
        #expect(times("A two-week trial opened.", anchor: "2021-03-10").map(\.value) == ["P2W"])
        #expect(times("The 14-week study ended.", anchor: "2021-03-10").map(\.value) == ["P14W"])
        #expect(times("They agreed a five-year plan.", anchor: "2021-03-10").map(\.value) == ["P5Y"])
    }

    @Test func oneUnitIsALengthOnlyAfterAWordThatMakesItOne() {
        #expect(times("They spoke for more than an hour.", anchor: "2021-03-10").map(\.value) == ["PT1H"])
        #expect(times("The canal was blocked for nearly a week.", anchor: "2021-03-10").map(\.value) == ["P1W"])
        // A rate's unit recurs (a SET, not a length); an indefinite moment is neither.
        let rate = times("It costs $5 a year and rises one day.", anchor: "2021-03-10")
        #expect(rate.map(\.value) == ["P1Y"] && rate.map(\.precision) == [.set])
    }

    @Test func agesAndAgoAreNotLengths() {
        #expect(times("The man, 24 years old, was held.", anchor: "2021-03-10").isEmpty)
        #expect(times("A two-year-old was found.", anchor: "2021-03-10").isEmpty)
        #expect(times("It happened three days ago.", anchor: "2021-03-10").map(\.value) == ["2021-03-07"])
        #expect(times("Two years later it closed.", anchor: "2021-03-10").map(\.value) != ["P2Y"])
    }

    @Test func theIntroducingWordStaysOut() throws {
        let found = try time("After two hours the talks ended.", anchor: "2021-03-10")
        #expect(found.value == "PT2H")
        #expect(found.text == "two hours")
        #expect(found.relation == .on)
    }

    @Test func aLengthNeitherDatesNorLeavesTheTitle() throws {
        let story = EventFixture.story(
            ofArticle: "A court jailed Tom Roe for 22 years on Monday.", published: EventFixture.day(2021, 3, 10))
        #expect(story.times.map(\.value) == ["P22Y", "2021-03-08"], "\(story.times.map(\.value))")
        let event = try #require(story.events.first)
        #expect(event.date.value == "2021-03-08")
        #expect(event.title.contains("22 years"), "\(event.title)")
    }
}

/// Session 28: a numbered span ahead is a length, as one behind is; counts of tens and units.
@Suite struct NumberedSpanTests {
    @Test func aNumberedSpanAheadIsALength() {
        #expect(times("Crews will work over the next four days.", anchor: "2022-08-11").map(\.value) == ["P4D"])
        #expect(times("A ruling is due in the next two weeks.", anchor: "2022-08-11").map(\.value) == ["P2W"])
        // Without a number it stays a time ahead.
        #expect(times("Prices will rise in the coming weeks.", anchor: "2022-08-11").map(\.value) == ["FUTURE_REF"])
        #expect(times("A ruling is due in the next few days.", anchor: "2022-08-11").map(\.value) == ["FUTURE_REF"])
    }

    @Test func tensAndUnitsJoinedByAHyphenCount() {
        #expect(times("Not just in the last forty-four days.", anchor: "2020-11-11").map(\.value) == ["P44D"])
        #expect(times("The trial lasted twenty-one days.", anchor: "2020-11-11").map(\.value) == ["P21D"])
    }
}

/// Session 28: a time of day opening a span before the day it is on; a state lasting to a day.
@Suite struct ClockSpanDayTests {
    @Test func bothEndsOfASpanOfHoursAreOnTheDayAfterThem() {
        let found = times("Patients were seen on Monday. The clinic will run from 9 a.m. to 1 p.m. on Saturday.", anchor: "2020-09-23")
        #expect(found.map(\.value) == ["2020-09-21", "2020-09-26T09:00", "2020-09-26T13:00", "2020-09-26"], "\(found.map(\.value))")
        // "until" opening the second time's own expression joins them as "to" does.
        let until = times("Flights were cut on Monday. The strike will run from 00:01 until 23:59 on Friday.", anchor: "2022-09-01")
        #expect(until.map(\.value) == ["2022-08-29", "2022-09-02T00:01", "2022-09-02T23:59", "2022-09-02"], "\(until.map(\.value))")
    }

    @Test func aStateRunningUntilADayLooksAhead() {
        let found = times("The warning came into force on Thursday and runs until Sunday.", anchor: "2022-08-11")
        #expect(found.map(\.value) == ["2022-08-11", "2022-08-14"], "\(found.map(\.value))")
    }
}

extension ClockSpanDayTests {
    @Test func whatIsPlannedForAMonthLooksAhead() {
        #expect(times("It is paid for by a loan arranged by two banks, and a bond issue planned for January.", anchor: "2021-11-17").map(\.value) == ["2022-01"])
        // A plan had and gone by stays behind.
        #expect(times("The union had planned a strike in January.", anchor: "2021-11-17").map(\.value) == ["2021-01"])
    }
}

/// Session 28: a part of a day told with its day is written as TIMEX3 (HeidelTime) writes it.
@Suite struct DayPartValueTests {
    @Test func partsOfADayEndTheValue() {
        let found = times("He spoke on Monday evening and on Monday afternoon. Last night and this morning it rained. Tonight it will snow.", anchor: "2021-11-26")
        #expect(found.map(\.value) == ["2021-11-22TEV", "2021-11-22TAF", "2021-11-25TNI", "2021-11-26TMO", "2021-11-26TNI"], "\(found.map(\.value))")
        // Precision and interval stay the day's.
        #expect(found.allSatisfy { $0.precision == .day }, "\(found)")
    }
}

extension ClockSpanDayTests {
    @Test func aPastProgressiveOfIntentLooksToTheNearestTime() {
        #expect(times("Velmar said it was preparing to open the office in the autumn.", anchor: "2021-08-12").map(\.value) == ["2021-FA"])
    }
}

extension NumberedSpanTests {
    @Test func forOrWithinTheNextSpanIsALength() {
        expectOneTime(each: [
            ("We will be working the phones for the next few months.", "PXM", "the next few months"),
            ("A second deployment would be made within the next 48 hours.", "PT48H", "the next 48 hours"),
            ("The next day he left.", "2021-03-23", "The next day"),
        ], anchor: "2021-03-22")
    }

    @Test func theNextUnitSpentOrLookedOverIsOneUnitLong() {
        expectOneTime(each: [
            ("Local reps would spend the next fortnight visiting staffrooms.", "P2W", "the next fortnight"),
            ("The talks will last for the next fortnight.", "P2W", "the next fortnight"),
            ("Members will vote over the next week.", "P1W", "over the next week"),
            ("The storm will pass in the next hour.", "PT1H", "in the next hour"),
            // A plural without its count stays of unknown count, or only ahead.
            ("He will stay for the next months.", "PXM", "the next months"),
            ("Prices will rise in the coming weeks.", "FUTURE_REF", "in the coming weeks"),
        ], anchor: "2021-03-22")
    }
}

/// Halves of units, lengths of unknown count in units shorter than a day, "the foreseeable
/// future", "the rest of the week" and a year after "at least" (session 29).
@Suite struct HalvesAndHedgesTests {
    @Test func halfAUnitIsTheNextSmallerUnit() {
        expectOneTime(each: [
            ("The union learned of the plan about half an hour before the workers did.", "PT30M", "half an hour"),
            ("The court sat for half a day.", "PT12H", "half a day"),
            ("Prices fell for half a year.", "P6M", "half a year"),
        ], anchor: "2021-03-10")
    }

    @Test func hoursAndMinutesWithoutACountAfterALengthWord() {
        #expect(times("Within minutes the hall was full.", anchor: "2021-03-10").map(\.value) == ["PTXM"])
        #expect(times("They waited for hours at the border.", anchor: "2021-03-10").map(\.value) == ["PTXH"])
        #expect(times("Anyone in the water has only minutes to survive.", anchor: "2021-03-10").map(\.value) == ["PTXM"])
        // No length: opening hours, or hours as a subject.
        #expect(times("The shop keeps long opening hours.", anchor: "2021-03-10").isEmpty)
        #expect(times("The hours were long.", anchor: "2021-03-10").isEmpty)
    }

    @Test func theForeseeableFutureAndTheRestOfTheWeek() {
        #expect(times("Licensing will continue for the foreseeable future.", anchor: "2021-03-10").map(\.value) == ["FUTURE_REF"])
        #expect(times("Strong winds are forecast for the rest of the week.", anchor: "2021-08-10").map(\.value) == ["2021-W32"])
        #expect(times("Tickets are sold out for the rest of the year.", anchor: "2021-08-10").map(\.value) == ["2021"])
    }

    @Test func aYearAfterAtLeast() {
        #expect(times("The group has operated there since at least 2014.", anchor: "2021-03-10").map(\.value) == ["2014"])
        #expect(times("The ban will stay until at least 2030.", anchor: "2021-03-10").map(\.value) == ["2030"])
        // A count after "at least" stays a count.
        #expect(times("At least 2014 people were evacuated.", anchor: "2021-03-10").isEmpty)
    }
}

/// Expects each text to hold exactly one time, of that value and those words.
private func expectOneTime(each cases: [(text: String, value: String, words: String)], anchor: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    for (text, value, words) in cases {
        let found = times(text, anchor: anchor)
        let document = Document(id: "t", path: "t.txt", text: text)
        #expect(found.map(\.value) == [value], "\(text): \(found.map(\.value))", sourceLocation: sourceLocation)
        #expect(found.map { document.text(in: $0.range) } == [words], "\(text)", sourceLocation: sourceLocation)
    }
}

/// A hedge before a length belongs to it; "from now", "the next few days", "into the
/// weekend", a decade's part after "the", a year before a named law or after "around" (session 29).
@Suite struct HedgedAndNamedTimesTests {
    /// One text with one time: its value and words, against 2021-06-15.
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String, value: String, words: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A hedge belongs to the length.
        Case(text: "It was released more than two hours after the session ended.", value: "PT2H", words: "more than two hours"),
        Case(text: "Troops will leave after almost 20 years.", value: "P20Y", words: "almost 20 years"),
        Case(text: "The talks went on for at least three days.", value: "P3D", words: "at least three days"),
        Case(text: "The valve took about a week to replace.", value: "P1W", words: "about a week"),
        // "From now" counts forward.
        Case(text: "A year from now, prices will be higher.", value: "2022", words: "A year from now"),
        Case(text: "The vote is two weeks from now.", value: "2021-W26", words: "two weeks from now"),
        Case(text: "Three days from now the bridge opens.", value: "2021-06-18", words: "Three days from now"),
        // Days ahead and the weekend ahead.
        Case(text: "The next few days are going to be hard.", value: "FUTURE_REF", words: "The next few days"),
        Case(text: "Rain could fall in the next 48 hours.", value: "PT48H", words: "in the next 48 hours"),
        Case(text: "Jobs will go in the months ahead.", value: "FUTURE_REF", words: "in the months ahead"),
        Case(text: "The weeks ahead will be hard.", value: "FUTURE_REF", words: "The weeks ahead"),
        Case(text: "Many expect the talks to run into the weekend.", value: "2021-W24-WE", words: "the weekend"),
        // A decade's part keeps its article.
        Case(text: "It was a one-party state until the early 1990s.", value: "199", words: "until the early 1990s"),
        Case(text: "Prices peaked during the mid-2000s.", value: "200", words: "during the mid-2000s"),
        // A year before a named law or after "around".
        Case(text: "The permit was approved under the 1972 Clean Water Act.", value: "1972", words: "1972"),
        Case(text: "Emissions must reach net zero around 2050.", value: "2050", words: "2050"),
    ]

    @Test(arguments: cases) func oneTimeWithItsWords(_ one: Case) {
        expectOneTime(each: [(one.text, one.value, one.words)], anchor: "2021-06-15")
    }

    @Test func aCountAfterAroundBeforeANounStaysACount() {
        #expect(times("Around 2050 people were evacuated.", anchor: "2021-06-15").isEmpty)
    }
}
