import StorylineModel
import Testing
@testable import StorylineExtraction

/// Normalizes `text` as one sentence against `anchor`.
func times(_ text: String, anchor: String?, references: [ReferenceDate] = [], assumed: Bool = false) -> [TimeExpression] {
    let document = Document(id: "t", path: "t.txt", text: text)
    let sentence = Sentence(document: 0, index: 0, paragraph: 0, range: TextRange(start: 0, end: text.utf8.count))
    return TimeNormalizer(references: references).normalize(
        document, documentIndex: 0, sentences: [sentence], anchor: anchor.flatMap(CalendarDay.init(iso:)), assumed: assumed)
}

/// Each expression of `text` as its words and value ("in May=2021-05"), read against `anchor`.
func timeReadings(_ text: String, anchor: String?, references: [ReferenceDate] = []) -> [String] {
    let document = Document(id: "t", path: "t.txt", text: text)
    return times(text, anchor: anchor, references: references).map { "\(document.text(in: $0.range))=\($0.value)" }
}

/// The single expression of `text`, with its words; fails the test when there is not exactly one.
func time(_ text: String, anchor: String?, references: [ReferenceDate] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> FoundTime {
    let document = Document(id: "t", path: "t.txt", text: text)
    let found = times(text, anchor: anchor, references: references).map { FoundTime(expression: $0, text: document.text(in: $0.range)) }
    #expect(found.count == 1, "\(found.map(\.text))", sourceLocation: sourceLocation)
    return try #require(found.first, sourceLocation: sourceLocation)
}

/// A time expression found in a one-sentence text, with its words read from that text.
@dynamicMemberLookup
struct FoundTime {
    let expression: TimeExpression
    let text: String

    subscript<T>(dynamicMember path: KeyPath<TimeExpression, T>) -> T { expression[keyPath: path] }
}

func day(_ iso: String) -> CalendarDay? { CalendarDay(iso: iso) }

@Suite struct TimeExplicitDateTests {
    @Test func aRangeOfDaysIsDatedByItsFirstDay() throws {
        for (text, value, words) in [
            ("The meeting is scheduled for July 28-29.", "2020-07-28", "July 28-29"),
            ("The meeting is scheduled for 28-29 July.", "2020-07-28", "28-29 July"),
            ("The summit was held on 11\u{2013}13 June 2021.", "2021-06-11", "11\u{2013}13 June 2021"),
            ("The summit runs Aug. 3 - 5, 2021 in Rome.", "2021-08-03", "Aug. 3 - 5, 2021"),
        ] {
            let found = try time(text, anchor: "2020-07-10")
            #expect(found.value == value, "\(text)")
            #expect(found.precision == .day, "\(text)")
            #expect(found.text.hasSuffix(words), "\(found.text)")
        }
        // A later day must close the range: "28-12" is no range of days, nor a score.
        #expect(times("The vote was 28-12 in July.", anchor: "2020-07-10").allSatisfy { $0.value != "2020-07-28" })
    }

    @Test func fullDatesInEveryOrder() throws {
        for text in ["It opened on 18 June 2021.", "It opened on June 18, 2021.", "It opened on 2021-06-18.", "It opened on the 18th of June 2021."] {
            let found = try time(text, anchor: "2022-01-01")
            #expect(found.value == "2021-06-18", "\(text)")
            #expect(found.precision == .day)
            #expect(found.interval == DayInterval(day: CalendarDay(year: 2021, month: 6, day: 18)!))
            #expect(!found.assumed)
        }
    }

    @Test func exactWordsAndRangeAreKept() throws {
        let text = "The vote was held on June 18, 2021 in the capital."
        let found = try time(text, anchor: "2021-07-01")
        #expect(found.text == "on June 18, 2021")
        let document = Document(id: "t", path: "t", text: text)
        #expect(document.text(in: found.range) == "on June 18, 2021")
    }

    @Test func dayAndMonthWithoutYearTakeTheYearFromTenseAndAnchor() throws {
        #expect(try time("The talks ended on 20 December.", anchor: "2021-01-05").value == "2020-12-20")
        #expect(try time("Talks will resume on 20 December.", anchor: "2021-01-05").value == "2021-12-20")
        #expect(try time("Talks will resume on March 3.", anchor: "2021-01-05").value == "2021-03-03")
        #expect(try time("The deal was signed on March 3.", anchor: "2021-06-05").value == "2021-03-03")
    }

    @Test func monthWithYearAndInvalidDays() throws {
        let month = try time("Prices rose in June 2020.", anchor: "2021-01-01")
        #expect(month.value == "2020-06")
        #expect(month.precision == .month)
        #expect(month.interval == DayInterval(earliest: day("2020-06-01"), latest: day("2020-06-30")))
        #expect(try time("It happened on 30 February 2021.", anchor: nil).value == "2021-02")
    }

    @Test func yearsAndDecades() throws {
        let year = try time("The company was founded in 2019.", anchor: "2021-06-18")
        #expect(year.text == "in 2019")
        #expect(year.value == "2019")
        #expect(year.precision == .year)
        #expect(year.interval == DayInterval(earliest: day("2019-01-01"), latest: day("2019-12-31")))
        let decade = try time("Such ships were common in the 1990s.", anchor: nil)
        #expect(decade.value == "199")
        #expect(decade.precision == .decade)
        #expect(decade.interval.latest == day("1999-12-31"))
        #expect(times("More than 2019 people signed it.", anchor: "2021-06-18").isEmpty)
        // A year before a noun of happenings, after an article or a possessive.
        #expect(times("It trimmed its 2019 margin target, recalled her 2021 campaign and the 2018 peace declaration.", anchor: "2021-06-18").map(\.value) == ["2019", "2021", "2018"])
        #expect(times("The 2000 delegates voted and her 2019 votes counted.", anchor: "2021-06-18").isEmpty)
        // After "for", a year is one unless a noun follows it.
        #expect(try time("It kept its guidance for 2024 of a 5% margin.", anchor: "2024-04-25").value == "2024")
        #expect(times("Harlow voted for 2021 votes.", anchor: "2024-04-25").isEmpty)
    }

    @Test func partsOfPeriodsNarrowTheInterval() throws {
        let early = try time("Work began in early June 2021.", anchor: nil)
        #expect(early.value == "2021-06")
        #expect(early.interval == DayInterval(earliest: day("2021-06-01"), latest: day("2021-06-10")))
        let mid = try time("Work began in mid-2020.", anchor: nil)
        #expect(mid.value == "2020")
        #expect(mid.interval == DayInterval(earliest: day("2020-05-01"), latest: day("2020-08-31")))
        #expect(try time("It peaked in late June.", anchor: "2021-12-01").interval == DayInterval(earliest: day("2021-06-21"), latest: day("2021-06-30")))
        #expect(try time("Snow fell in the winter of 2020.", anchor: nil).interval == DayInterval(earliest: day("2020-12-01"), latest: day("2021-02-28")))
        let end = try time("It closed at the end of 2019.", anchor: nil)
        #expect(end.interval.latest == day("2019-12-31"))
        #expect(end.interval.earliest == day("2019-09-01"))
        let endOfYear = try time("Troops will leave by the end of the year.", anchor: "2021-06-18")
        #expect(endOfYear.text == "the end of the year")
        #expect(endOfYear.value == "2021")
        #expect(endOfYear.interval == DayInterval(earliest: day("2021-09-01"), latest: day("2021-12-31")))
    }

    @Test func seasonsAndQuarters() throws {
        let season = try time("The plant reopened in the spring of 2020.", anchor: nil)
        #expect(season.value == "2020-SP")
        #expect(season.interval == DayInterval(earliest: day("2020-03-01"), latest: day("2020-05-31")))
        #expect(try time("Sales fell last summer.", anchor: "2021-03-10").value == "2020-SU")
        let spring = try time("A summit could follow in the spring, officials said.", anchor: "2021-03-10")
        #expect(spring.text == "in the spring")
        #expect(spring.value == "2021-SP")
        #expect(try time("Profits rose in the first quarter of 2021.", anchor: nil).value == "2021-Q1")
        // A quarter of next, this or last year is counted from the anchor's year, across a year's end.
        let next = try time("The deal should close in the second quarter of next year.", anchor: "2024-10-08")
        #expect(next.value == "2025-Q2" && next.text.hasSuffix("second quarter of next year"))
        #expect(try time("Sales fell in the fourth quarter of last year.", anchor: "2025-01-03").value == "2024-Q4")
        #expect(try time("Sales rose in the first quarter of this year.", anchor: "2024-06-03").value == "2024-Q1")
        // "the June quarter": the quarter ending in that month; a quarter not yet begun, told in
        // the past tense, is last year's, as "the fourth quarter" is.
        let june = try time("Exports fell in the June quarter, the bureau said.", anchor: "2024-08-28")
        #expect(june.value == "2024-Q2" && june.text.hasSuffix("June quarter"))
        #expect(try time("Profits rose in the December quarter.", anchor: "2024-02-14").value == "2023-Q4")
        #expect(try time("Exports grew in the September quarter 2019.", anchor: "2024-02-14").value == "2019-Q3")
        // A month that ends no quarter is the month.
        #expect(try time("The April quarter figures were poor.", anchor: "2024-06-03").value == "2024-04")
        #expect(times("Leaves fall in heaps after the fall of the city.", anchor: "2021-03-10").isEmpty)
        #expect(try time("Sales fell in the fall.", anchor: "2021-03-10").value == "2020-FA")
    }

    @Test func aSeasonInLowerCaseNeedsNoArticleAndTheOneUnderWayIsMeant() throws {
        // In August: summer is under way, whatever the tense; last winter began the December before.
        #expect(try time("He is preparing his people for a hard summer.", anchor: "2021-08-12").value == "2021-SU")
        #expect(try time("The allies began their summer drills.", anchor: "2021-08-12").value == "2021-SU")
        #expect(try time("The winter was harsh.", anchor: "2021-01-12").value == "2020-WI")
        // Capitalised, "spring" and "fall": names, nouns and verbs.
        #expect(times("Summer Roe spoke. Spring water flowed. Prices may fall.", anchor: "2021-08-12").isEmpty)
    }
}

@Suite struct TimeClauseTests {
    @Test func theTenseOfAnotherClauseDoesNotCount() throws {
        // Published on a Sunday: "has said" belongs to the clause after ", and".
        let ahead = try time("The House is expected to vote on the bill on Friday, and the president has said he will sign it.", anchor: "2022-08-07")
        #expect(ahead.value == "2022-08-12")
        let before = try time("The vote was held on Friday; the president will sign the bill.", anchor: "2022-08-07")
        #expect(before.value == "2022-08-05")
    }
}

@Suite struct TimeMonthTests {
    @Test func pastTenseMonthIsTheLatestBeforePublication() throws {
        let found = try time("In January the leader presided over a parade.", anchor: "2021-06-18")
        #expect(found.text == "In January")
        #expect(found.value == "2021-01")
        #expect(found.interval == DayInterval(earliest: day("2021-01-01"), latest: day("2021-01-31")))
    }

    @Test func yearBoundary() throws {
        #expect(try time("The factory closed in December.", anchor: "2021-01-05").value == "2020-12")
        #expect(try time("Talks collapsed in March.", anchor: "2021-01-10").value == "2020-03")
    }

    @Test func monthsLaterThanThePublicationMonth() throws {
        #expect(try time("The law was passed in September.", anchor: "2021-06-18").value == "2020-09")
        #expect(try time("The law will take effect in September.", anchor: "2021-06-18").value == "2021-09")
        #expect(try time("Elections will be held in March.", anchor: "2021-06-18").value == "2022-03")
        #expect(try time("Elections will be held in March.", anchor: "2021-01-10").value == "2021-03")
        #expect(try time("They’ll vote in March.", anchor: "2021-06-18").value == "2022-03")
    }

    @Test func reportedFutureTakesTheNearestOccurrence() throws {
        // "would" reports a plan seen from the moment of saying: the occurrence nearest the report.
        #expect(try time("She said the board would decide on the scheme in September.", anchor: "2021-07-22").value == "2021-09")
        let saidInJanuary = times("In January the firm said it would close the plant in March.", anchor: "2024-05-10")
        #expect(saidInJanuary.map(\.value) == ["2024-01", "2024-03"])
        #expect(try time("He said talks would resume in February.", anchor: "2021-12-20").value == "2022-02")
        #expect(try time("He said the vote would take place on 2 March.", anchor: "2021-02-20").value == "2021-03-02")
        #expect(try time("He said the vote would take place on 20 December.", anchor: "2021-01-05").value == "2020-12-20")
        // Weekdays too: the nearer Monday, before or after a Wednesday or a Friday report.
        #expect(try time("He said the vote would take place on Monday.", anchor: "2021-06-16").value == "2021-06-14")
        #expect(try time("He said the vote would take place on Monday.", anchor: "2021-06-18").value == "2021-06-21")
        // A past conditional stays past: its participle is nearer the time phrase.
        #expect(try time("The deal would have expired in March.", anchor: "2021-06-18").value == "2021-03")
    }

    @Test func aBaselineOfAChangeLiesBehind() throws {
        // "expected" would read ahead; the baseline a change is measured from is behind.
        #expect(try time("She expected to ship 27 million doses, up from 15 million in mid-February.", anchor: "2021-03-25").value == "2021-02")
        #expect(try time("Sales are expected to reach $2bn, compared with $1.5bn in August.", anchor: "2021-07-10").value == "2020-08")
        // Without the baseline words the expectation reads ahead.
        #expect(try time("She expected to ship 15 million doses in mid-February.", anchor: "2021-03-25").value == "2022-02")
    }

    @Test func timesOfDayAreOnTheDayTheStoryTold() throws {
        let found = times("The missiles were launched at 7:06 a.m. and 7:25 a.m. on Thursday.", anchor: "2021-03-25")
        #expect(found.map(\.value) == ["2021-03-25T07:06", "2021-03-25T07:25", "2021-03-25"], "\(found.map(\.value))")
        // On the day told before ("14 August last year … about 11.40pm"), in any common spelling.
        let told = times("He was attacked on 14 August last year. Police were called at about 11.40pm and left at 6am.", anchor: "2022-06-15")
        #expect(told.map(\.value) == ["2021-08-14", "2021-08-14T23:40", "2021-08-14T06:00"], "\(told.map(\.value))")
        #expect(try time("The meeting began at 14:30.", anchor: "2021-03-25").value == "2021-03-25T14:30")
        // Decimals, scores and ratios are no times.
        for text in ["Inflation rose 4.5 per cent.", "They won 3:1 in the final.", "The vote was 14:30 in favour."] {
            #expect(times(text, anchor: "2021-03-25").isEmpty, "\(text)")
        }
    }

    @Test func zonesWeekdaysAndLiveReportEntries() throws {
        // A zone goes with the time; a 24-hour time needs no "at" before one.
        let zoned = try time("The statement came out at 7 p.m. ET.", anchor: "2021-03-25")
        #expect(zoned.value == "2021-03-25T19:00")
        #expect(zoned.text == "at 7 p.m. ET")
        #expect(try time("Voting closed 14:52 BST in most places.", anchor: "2022-06-15").value == "2022-06-15T14:52")
        // A weekday after the time is its day.
        let weekday = try time("Crews were called at 4:15 p.m. Tuesday.", anchor: "2019-08-22")
        #expect(weekday.value == "2019-08-20T16:15")
        #expect(weekday.text == "at 4:15 p.m. Tuesday")
        // A live report's entry heading is of the publication day, whatever day the story told last.
        let story = EventFixture.story(
            ofArticle: "Applications open on 1 October.\n\n09:05 BST\n\nThe minister speaks at 12.30pm.\n\n11.40am\n\nShe sat down.",
            published: EventFixture.day(2022, 6, 15))
        #expect(story.times.map(\.value) == ["2022-10-01", "2022-06-15T09:05", "2022-06-15T12:30", "2022-06-15T11:40"], "\(story.times.map(\.value))")
        // A page's stamp with a date or "Updated" stays furniture.
        let stamped = EventFixture.story(ofArticle: "Updated 10:42 GMT\n\nThe minister spoke.", published: EventFixture.day(2022, 6, 15))
        #expect(stamped.times.isEmpty, "\(stamped.times.map(\.value))")
    }

    @Test func intentSinceSeasonsAndOlderYears() throws {
        // A past verb of intent looks ahead from its moment: the nearest such day.
        #expect(try time("She said she hoped to pass the bill before Christmas.", anchor: "2022-10-20").value == "2022-12-25")
        #expect(try time("The party planned to hold its congress in January.", anchor: "2022-10-20").value == "2023-01")
        // Another past verb reads its infinitive's time as before.
        #expect(try time("Workers returned to work in November.", anchor: "2022-10-20").value == "2021-11")
        // "was due to", "were expected to": a plan seen from a past moment; "is due to" looks ahead.
        #expect(try time("It was due to receive the doses by the end of May, but they were delayed.", anchor: "2021-06-17").value == "2021-05")
        #expect(try time("The vote was expected to take place in March.", anchor: "2021-06-17").value == "2021-03")
        #expect(try time("It is due to receive the doses in May.", anchor: "2021-06-17").value == "2022-05")
        // So are "was forecast to", "was set to": participles of intent no tense list holds.
        #expect(try time("The bill was forecast to rise by 40% from April.", anchor: "2022-01-13").value == "2022-04")
        #expect(try time("The plant was set to open in March.", anchor: "2022-01-13").value == "2022-03")
        #expect(try time("The plant was opened in March.", anchor: "2022-01-13").value == "2021-03")
        // A clause a comma and a subordinator open after the time has a tense of its own.
        #expect(try time("Fares on buses will rise by an average of 4.2% from April 3, after the board approved it.", anchor: "2022-01-13").value == "2022-04-03")
        #expect(try time("In March after long talks the deal was signed.", anchor: "2022-01-13").value == "2021-03")
        // What a span runs from lies behind, whatever verb governs the sentence.
        let since = times("He is due to visit on Friday, his first trip since taking office on Jan. 1.", anchor: "2023-02-10")
        #expect(since.map(\.value) == ["2023-02-10", "2023-01-01"], "\(since.map(\.value))")
        // "last fall" said in the fall is a year back; a winter runs into the next year.
        #expect(try time("We saw the same pattern last fall.", anchor: "2021-10-25").value == "2020-FA")
        #expect(try time("We saw it last winter.", anchor: "2021-02-10").value == "2019-WI")
        #expect(try time("We saw it last autumn.", anchor: "2022-06-15").value == "2021-FA")
        // A year before 1900 after a name and "of"; years joined by "both … and".
        #expect(try time("It would overhaul the Electoral Count Act of 1887, the law said.", anchor: "2022-10-20").value == "1887")
        #expect(times("It expects investment to fall in both 2023 and 2024.", anchor: "2023-03-17").map(\.value) == ["2023", "2024"])
        #expect(times("A column of 1500 troops marched.", anchor: "2023-03-17").isEmpty)
    }

    @Test func haveOwningSomethingIsPresent() throws {
        // "has until", "will have a scan": not the perfect's "has".
        #expect(try time("The developer has until September to lodge an appeal.", anchor: "2022-03-09").value == "2022-09")
        #expect(try time("Carrick said Tembo will have a scan on Monday.", anchor: "2021-10-17").value == "2021-10-18")
        // The perfect stays past.
        #expect(try time("The developer has lodged an appeal in September.", anchor: "2022-03-09").value == "2021-09")
    }

    @Test func shortPastFormsAndPurposeClauses() throws {
        #expect(try time("The singer died on Friday.", anchor: "2021-05-24").value == "2021-05-21")
        // "to signal that … is": another verb's clause after the time.
        #expect(try time("They used their first meeting on Friday to signal that talks are possible.", anchor: "2021-05-24").value == "2021-05-21")
    }

    @Test func aCountAfterToEndsARangeNotAnInfinitive() throws {
        // "up to nine" is no infinitive looking ahead: the past perfect reads the Friday before.
        let warning = "The weather service had issued a warning for winds of up to nine on the Beaufort scale on Friday."
        #expect(try time(warning, anchor: "2021-03-09").value == "2021-03-05")
        #expect(try time("The coastguard had recorded waves of a height of up to twelve metres on Friday.", anchor: "2021-03-09").value == "2021-03-05")
        // A real infinitive still looks ahead.
        #expect(try time("Unions called on the ministry to hold talks on Friday.", anchor: "2021-03-09").value == "2021-03-12")
    }

    @Test func whatIsSetForADayIsTheNearestSuchDay() throws {
        // Published on a Tuesday: a strike called for Thursday is two days ahead, not five back.
        #expect(try time("The dockers' union called a strike for Thursday.", anchor: "2021-03-09").value == "2021-03-11")
        #expect(try time("The council set a vote for Monday.", anchor: "2021-03-12").value == "2021-03-15")
        // An event of that day named by its possessive is no plan.
        #expect(try time("He was arrested for Thursday's attack.", anchor: "2021-03-09").value == "2021-03-04")
        #expect(try time("He was arrested for Thursday\u{2019}s attack.", anchor: "2021-03-09").value == "2021-03-04")
        // A time of day set for is not moved to the day told last.
        let rally = "A court will hear his appeal on Friday, his lawyer said. Parties have called a rally for 7 p.m., and organisers expect thousands."
        #expect(timeReadings(rally, anchor: "2021-02-23") == ["on Friday=2021-02-26", "7 p.m.=2021-02-23T19:00"])
    }

    @Test func anEdWordAfterAnArticleOrAPrepositionIsNoPastVerb() throws {
        // "a shortened schedule" describes the schedule: the clause's "would" reads the nearer Friday.
        #expect(try time("The next briefing would take place after a shortened schedule on Friday.", anchor: "2021-03-25").value == "2021-03-26")
        #expect(try time("The briefing was moved to a shortened schedule on Friday.", anchor: "2021-03-25").value == "2021-03-19")
        // So does "co-ordinated" after "of": the clause's "are voting" looks ahead.
        let prospect = "Nurses, porters and cleaners are also voting, raising the prospect of co-ordinated walkouts after Christmas."
        #expect(try time(prospect, anchor: "2022-10-04").value == "2022-12-25")
        #expect(try time("Nurses walked out over unpaid overtime after Christmas.", anchor: "2022-10-04").value == "2021-12-25")
    }

    @Test func aComparisonIsNoVerbAndAnAdverbPartsNoPassive() throws {
        // "compared with" after the time is a phrase: "expects" reads the coming December.
        #expect(try time("It expects sales of 5 million in December, compared with estimates.", anchor: "2023-10-26").value == "2023-12")
        // "will be formally welcomed": the passive takes its auxiliaries' tense through the adverb.
        #expect(try time("Ada Lintz will be formally welcomed at a meeting of the council on Monday.", anchor: "2023-09-15").value == "2023-09-18")
        #expect(try time("Ada Lintz was formally welcomed at a meeting of the council on Monday.", anchor: "2023-09-15").value == "2023-09-11")
    }

    @Test func expectingSomethingToHappenLooksAhead() throws {
        // "expected services to return": a past verb of intent, the nearest such Saturday.
        #expect(try time("Velmar Rail said it expected services to return to normal on Saturday.", anchor: "2024-01-10").value == "2024-01-13")
        // With no infinitive it is an opinion of the past and says nothing of the time.
        #expect(try time("Few observers expected surprises on Saturday.", anchor: "2024-01-10").value == "2024-01-06")
        // What a speaker said he expected is still to come when he spoke.
        #expect(try time("Jo Roe said he expected one final increase in May.", anchor: "2023-03-22").value == "2023-05")
        #expect(try time("Analysts said they expected a cut in January.", anchor: "2023-03-22").value == "2024-01")
        // "had expected": a plan of a moment gone by.
        #expect(try time("Analysts had expected a cut in January.", anchor: "2023-03-22").value == "2023-01")
    }

    @Test func whenASpanBeginsIsTheNearestSuchDay() throws {
        // Published on a Wednesday: the coming Thursday, the Monday just gone, whatever the verb.
        #expect(times("Tom Roe has declared three days of mourning, beginning on Thursday.", anchor: "2024-02-07").map(\.value) == ["P3D", "2024-02-08"])
        #expect(try time("A strike starting Monday paralysed the network.", anchor: "2024-02-07").value == "2024-02-05")
        // Without it, the clause's verb decides.
        #expect(times("Tom Roe has declared a day of mourning on Thursday.", anchor: "2024-02-07").map(\.value) == ["2024-02-01"])
    }

    @Test func deadlinesAndDirectivesLookToTheNearestSuchTime() throws {
        // A deadline ("until … to present") and what someone was urged to do lie after the
        // telling: the nearest such month or day, though the verb is past.
        #expect(try time("Judges gave ministers until the end of March to present a programme.", anchor: "2021-11-30").value == "2022-03")
        #expect(try time("He urged his supporters to join protests from Wednesday.", anchor: "2024-01-08").value == "2024-01-10")
        // Without the infinitive, the past verb decides.
        #expect(try time("He stayed until March.", anchor: "2021-11-30").value == "2021-03")
        #expect(try time("He spoke to supporters on Wednesday.", anchor: "2024-01-08").value == "2024-01-03")
    }

    @Test func whatAStateIsSaidToLastUntilLiesAhead() throws {
        // A Thursday: "would"/"may" with "until" look past the saying, to the coming day.
        #expect(try time("Officials said schools would stay closed until Monday.", anchor: "2023-09-14").value == "2023-09-18")
        #expect(try time("The office said the river may not crest until Saturday.", anchor: "2023-09-14").value == "2023-09-16")
        // A state that held until a day gone by stays past; "May" the month is no modal.
        #expect(try time("She said she had been undecided until Monday.", anchor: "2023-09-14").value == "2023-09-11")
        #expect(try time("The plant was closed until May.", anchor: "2023-09-14").value == "2023-05")
    }

    @Test func combinedIsAnAdjective() throws {
        // "their regular combined exercise": the clause's "will" reads the coming August.
        #expect(try time("Harlow and Velmar will hold their regular combined military exercise in August.", anchor: "2021-06-18").value == "2021-08")
    }

    @Test func deicticMonths() throws {
        #expect(try time("He resigned last March.", anchor: "2021-03-20").value == "2020-03")
        #expect(try time("She starts next January.", anchor: "2021-06-18").value == "2022-01")
    }

    @Test func mayAndMarchNeedContext() throws {
        #expect(times("Officials may resign. Workers march on the capital.", anchor: "2021-06-18").isEmpty)
        #expect(try time("The strike began in May.", anchor: "2021-06-18").value == "2021-05")
        #expect(try time("The strike began on May 4.", anchor: "2021-06-18").value == "2021-05-04")
    }

    @Test func undatedArticleKeepsPartialValues() throws {
        let found = try time("In January the leader presided over a parade.", anchor: nil)
        #expect(found.value == "XXXX-01")
        #expect(found.precision == .month)
        #expect(found.interval.isUnbounded)
        #expect(try time("It ended on 4 July.", anchor: nil).value == "XXXX-07-04")
        #expect(try time("They met on Thursday.", anchor: nil).value == "XXXX-WXX-4")
        #expect(try time("Prices rose last year.", anchor: nil).value == "XXXX")
    }

    @Test func anUndatedArticleCountsOnFromTheDayItNamedWithoutAYear() {
        let found = times("""
        The navy fired a missile on October 19. The launch came at around 10:17 a.m. The next day, the council met.         Four days later, the ministry hit back. The same day, Tom Roe spoke. On Thursday it rained.
        """, anchor: nil)
        #expect(found.map(\.value) == ["XXXX-10-19", "XXXX-10-19T10:17", "XXXX-10-20", "XXXX-10-24", "XXXX-10-24", "XXXX-WXX-4"])
        #expect(found.allSatisfy { $0.interval.isUnbounded })
        // A year crossed stays unknown; with no day named, nothing to count from.
        #expect(times("It ended on December 31. The next day it began.", anchor: nil).map(\.value) == ["XXXX-12-31", "XXXX-01-01"])
        #expect(times("The next day it began.", anchor: nil).map(\.value) == ["XXXX-XX-XX"])
    }

    @Test func assumedAnchorIsMarkedOnlyWhenUsed() throws {
        let found = times("In January, and on 3 May 2020, it rained.", anchor: "2021-06-18", assumed: true)
        #expect(found.map(\.value) == ["2021-01", "2020-05-03"])
        #expect(found.map(\.assumed) == [true, false])
    }
}

@Suite struct TimeRelativeTests {
    // 2021-06-18 is a Friday in ISO week 24.
    @Test func weekdaysFollowTense() throws {
        #expect(try time("The minister spoke on Thursday.", anchor: "2021-06-18").value == "2021-06-17")
        #expect(try time("The minister will speak on Thursday.", anchor: "2021-06-18").value == "2021-06-24")
        #expect(try time("The minister spoke on Friday.", anchor: "2021-06-18").value == "2021-06-18")
        #expect(try time("They met last Friday.", anchor: "2021-06-18").value == "2021-06-11")
        #expect(try time("They meet next Monday.", anchor: "2021-06-18").value == "2021-06-21")
        let night = try time("Fighting broke out on Sunday night.", anchor: "2021-01-01")
        #expect(night.text == "on Sunday night")
        #expect(night.value == "2020-12-27TNI")
        #expect(times("She writes for the Sunday Times.", anchor: "2021-01-01").isEmpty)
    }

    @Test func daysAroundTheAnchor() throws {
        #expect(times("Yesterday he said today was fine, and tomorrow too.", anchor: "2021-03-01").map(\.value)
            == ["2021-02-28", "2021-03-01", "2021-03-02"])
        #expect(try time("Shots were heard last night.", anchor: "2021-01-01").value == "2020-12-31TNI")
    }

    @Test func weeksMonthsYears() throws {
        let week = try time("The meeting started this week.", anchor: "2021-06-18")
        #expect(week.value == "2021-W24")
        #expect(week.precision == .week)
        #expect(week.interval == DayInterval(earliest: day("2021-06-14"), latest: day("2021-06-20")))
        #expect(try time("It rained last week.", anchor: "2021-01-05").value == "2020-W53")
        #expect(try time("Prices rose last month.", anchor: "2021-01-05").value == "2020-12")
        #expect(try time("Prices rose this month.", anchor: "2021-01-05").value == "2021-01")
        #expect(try time("Prices will rise next month.", anchor: "2021-12-05").value == "2022-01")
        #expect(try time("Prices rose last year.", anchor: "2021-01-05").value == "2020")
        #expect(try time("It will end next year.", anchor: "2021-01-05").value == "2022")
        #expect(try time("They met last weekend.", anchor: "2021-06-18").value == "2021-W23-WE")
    }

    @Test func theWeekendIsTheNearestByTense() throws {
        // Published on a Monday: the weekend just over, or the coming one.
        let past = try time("It tested new rockets over the weekend.", anchor: "2021-09-13")
        #expect(past.value == "2021-W36-WE")
        #expect(past.interval == DayInterval(earliest: day("2021-09-11"), latest: day("2021-09-12")))
        #expect(try time("Officials met at the weekend.", anchor: "2021-09-13").value == "2021-W36-WE")
        #expect(try time("He will travel at the weekend.", anchor: "2021-09-13").value == "2021-W37-WE")
        // Published on a Thursday: "ahead of the weekend" is the coming one.
        let ahead = try time("Delegates will arrive ahead of the weekend.", anchor: "2021-09-16")
        #expect(ahead.value == "2021-W37-WE" && ahead.text == "ahead of the weekend")
        // Without a preposition "the weekend" names no particular one.
        #expect(times("The weekend is for rest.", anchor: "2021-09-13").isEmpty)
        // "over" also opens the usual phrases.
        #expect(try time("Prices rose over the past two weeks.", anchor: "2021-09-13").value == "P2W")
    }

    @Test func coordinatedTimesSpanBothOfThem() throws {
        let days = times("The missiles flew far during tests on Saturday and Sunday.", anchor: "2021-09-13")
        #expect(days.map(\.value) == ["2021-09-11", "2021-09-12"])
        #expect(days.allSatisfy { $0.interval == DayInterval(earliest: day("2021-09-11"), latest: day("2021-09-12")) })
        // A weekday joined to a day is the first such day after it, however the first was read:
        // published on a Thursday, a reported "on Monday and Tuesday" is the coming pair.
        #expect(times("She said he would hold talks on Monday and Tuesday.", anchor: "2022-12-15").map(\.value) == ["2022-12-19", "2022-12-20"])
        #expect(times("He held talks on Monday and Tuesday.", anchor: "2022-12-15").map(\.value) == ["2022-12-12", "2022-12-13"])
        #expect(times("Talks were held on Friday and Monday.", anchor: "2022-12-15").map(\.value) == ["2022-12-09", "2022-12-12"])
        // Of a reported day about as far either way, the one ahead; the day before is the day before.
        #expect(try time("The office said he would hold talks on Monday.", anchor: "2022-12-15").value == "2022-12-19")
        #expect(try time("She said she could not recognise the street on Wednesday.", anchor: "2022-12-15").value == "2022-12-14")
        let months = times("Talks were held in June and July.", anchor: "2021-09-13")
        #expect(months.allSatisfy { $0.interval == DayInterval(earliest: day("2021-06-01"), latest: day("2021-07-31")) })
        // Far apart, or with more than the joining word between them: each its own.
        let apart = times("Talks were held in January and October.", anchor: "2021-11-13")
        #expect(apart.map(\.interval) == [DayInterval(earliest: day("2021-01-01"), latest: day("2021-01-31")),
                                          DayInterval(earliest: day("2021-10-01"), latest: day("2021-10-31"))])
        let dashed = times("Talks were held in June\u{2013}July.", anchor: "2021-09-13")
        #expect(dashed.count == 2 && dashed.allSatisfy { $0.interval == DayInterval(earliest: day("2021-06-01"), latest: day("2021-07-31")) })
        let years = times("They met three times in 2018 and 2019.", anchor: "2021-01-09")
        #expect(years.allSatisfy { $0.interval == DayInterval(earliest: day("2018-01-01"), latest: day("2019-12-31")) })
        let again = times("They met on Monday and again on Thursday.", anchor: "2021-09-18")
        #expect(again.map(\.interval) == [DayInterval(earliest: day("2021-09-13"), latest: day("2021-09-13")), DayInterval(earliest: day("2021-09-16"), latest: day("2021-09-16"))])
    }

    @Test func earlierThisYear() throws {
        let found = try time("Earlier this year the firm cut jobs.", anchor: "2021-06-18")
        #expect(found.value == "2021")
        #expect(found.interval == DayInterval(earliest: day("2021-01-01"), latest: day("2021-06-18")))
        let later = try time("It will report later this month.", anchor: "2021-06-18")
        #expect(later.interval == DayInterval(earliest: day("2021-06-18"), latest: day("2021-06-30")))
    }

    @Test func oneBeforeAUnitIsALength() throws {
        #expect(times("The ministry has one month to appeal and it lasted one year.", anchor: "2021-11-30").map(\.value) == ["P1M", "P1Y"])
        // "One day" is a moment; "one quarter of" a share.
        #expect(times("One day he will win one quarter of the vote.", anchor: "2021-11-30").isEmpty)
    }

    @Test func aPluralUnitAloneIsALengthOfUnknownCount() throws {
        #expect(times("It came days after the test; she has decades of experience and had months to act.", anchor: "2021-05-22").map(\.value) == ["PXD", "PXDE", "PXM"])
        // A word picking out which units makes none: "these days", "the early years".
        #expect(times("These days it is calm, unlike the early years and her school days.", anchor: "2021-05-22").isEmpty)
    }

    @Test func agoExpressions() throws {
        #expect(try time("They left three days ago.", anchor: "2021-03-02").value == "2021-02-27")
        #expect(try time("They left two weeks ago.", anchor: "2021-06-18").value == "2021-W22")
        #expect(try time("They left a year ago.", anchor: "2021-06-18").value == "2020")
        let vague = try time("They left days ago.", anchor: "2021-06-18")
        #expect(vague.value == "PAST_REF")
        #expect(vague.interval.latest == day("2021-06-17"))
    }

    @Test func pastPresentAndFutureReferences() throws {
        for word in ["recently", "previously", "earlier"] {
            let found = try time("The group had \(word) refused.", anchor: "2021-06-18")
            #expect(found.value == "PAST_REF", "\(word)")
            #expect(found.precision == .reference)
            #expect(found.interval == DayInterval(earliest: nil, latest: day("2021-06-18")))
        }
        #expect(try time("Relations have been tense so far.", anchor: "2021-06-18").value == "PAST_REF")
        #expect(try time("Such talks failed in the past.", anchor: "2021-06-18").text == "in the past")
        let recent = try time("Prices rose in the past two weeks.", anchor: "2021-06-18")
        #expect(recent.interval == DayInterval(earliest: day("2021-06-04"), latest: day("2021-06-18")))
        // A span reaching back is written as its length, as TIMEX3 does, and keeps its days;
        // an event it dates is some time before the anchor.
        #expect(recent.value == "P2W" && recent.precision == .reference && recent.datingValue == "PAST_REF")
        #expect(times("Staff trained over the past 18 months and over the last few weeks.", anchor: "2021-06-18").map(\.value) == ["P18M", "PXW"])
        #expect(try time("Rules changed during the last two years.", anchor: "2021-06-18").interval.earliest == day("2019-06-19"))
        #expect(try time("It rained over the past weekend.", anchor: "2021-06-18").value == "PAST_REF")
        // After "for", only a span reaching back is a time; "the last days of" a period is none.
        #expect(times("Talks have stalled for the past decade and for the last two years.", anchor: "2021-06-18").map(\.value) == ["P1DE", "P2Y"])
        #expect(try time("Talks have stalled for the past decade.", anchor: "2021-06-18").text == "the past decade")
        #expect(try time("He stayed for the last two weeks of the talks.", anchor: "2021-06-18").text == "two weeks")
        // "much of" and a verb of spending time lead a span as "for" does.
        #expect(timeReadings("It was hot for much of the past two weeks. The club has spent the past year rebuilding.", anchor: "2021-06-18")
            == ["the past two weeks=P2W", "the past year=P1Y"])
        #expect(try time("For most of the last four years it was close.", anchor: "2021-06-18").text == "the last four years")
        #expect(try time("He spent the last two weeks of the talks abroad.", anchor: "2021-06-18").text == "two weeks")
        // "PRESENT_REF" and "PAST_REF" are no lengths.
        #expect(try time("The plan is currently on hold.", anchor: "2021-06-18").datingValue == "PRESENT_REF")
        #expect(try time("The plan is currently on hold.", anchor: "2021-06-18").value == "PRESENT_REF")
        // "to date": up to now, a present reference that reaches back.
        #expect(timeReadings("To date, no one has been charged. It is the largest fine to date.", anchor: "2021-06-18")
            == ["To date=PRESENT_REF", "to date=PRESENT_REF"])
        #expect(try time("To date, no one has been charged.", anchor: "2021-06-18").interval == DayInterval(earliest: nil, latest: day("2021-06-18")))
        // Not a time: a phrase of being current, a date itself; "stage" and "point" are no units
        // of time ("at this stage" hedges, mostly in quotes).
        #expect(times("Keep the records up to date. The date of the vote is unknown. At this stage, no decision was made.", anchor: "2021-06-18").isEmpty)
        // After an expression, "to date" reaches back into nothing: "from 2019 to date" is two.
        #expect(timeReadings("Sales have risen from 2019 to date.", anchor: "2021-06-18") == ["2019=2019", "to date=PRESENT_REF"])
        let future = try time("They will meet again in the coming weeks.", anchor: "2021-06-18")
        #expect(future.value == "FUTURE_REF")
        #expect(future.interval == DayInterval(earliest: day("2021-06-18"), latest: nil))
        #expect(times("He arrived earlier than planned.", anchor: "2021-06-18").isEmpty)
    }

    @Test func relationWordsBeforeDates() throws {
        let before = try time("The deal was agreed before June 2021.", anchor: nil)
        #expect(before.relation == .before)
        #expect(before.precision == .reference)
        #expect(before.interval == DayInterval(earliest: nil, latest: day("2021-05-31")))
        let since = try time("Prices have risen since 2019.", anchor: nil)
        #expect(since.relation == .after)
        #expect(since.interval == DayInterval(earliest: day("2019-01-01"), latest: nil))
    }
}

@Suite struct TimeReferenceTests {
    let references = [
        ReferenceDate(name: "Harbour strike", date: CalendarDay(year: 2020, month: 6, day: 15)!, phrases: ["the harbour strike", "the strike"]),
        ReferenceDate(name: "Opening", date: CalendarDay(year: 2021, month: 3, day: 1)!, phrases: ["ms lee's opening speech"]),
    ]

    @Test func beforeAReference() throws {
        let found = try time("The union warned of trouble before the strike.", anchor: "2021-01-01", references: references)
        #expect(found.text == "before the strike")
        #expect(found.relation == .before)
        #expect(found.value == "2020-06-15")
        #expect(found.interval == DayInterval(earliest: nil, latest: day("2020-06-14")))
    }

    @Test func daysBeforeIsShortlyBeforeAndKeepsItsWords() throws {
        let found = try time("Ships left just days before Ms. Lee’s opening speech.", anchor: nil, references: references)
        #expect(found.text == "just days before Ms. Lee’s opening speech")
        #expect(found.relation == .shortlyBefore)
        #expect(found.interval == DayInterval(earliest: day("2021-02-15"), latest: day("2021-02-28")))
    }

    @Test func countedDistancesAndAfter() throws {
        #expect(try time("Talks began three days before the Harbour Strike.", anchor: nil, references: references).value == "2020-06-12")
        let after = try time("Trade slowed after the strike.", anchor: "2021-01-01", references: references)
        #expect(after.relation == .after)
        #expect(after.interval == DayInterval(earliest: day("2020-06-16"), latest: nil))
        let since = try time("Trade has slowed since the strike.", anchor: nil, references: references)
        #expect(since.interval.earliest == day("2020-06-15"))
        #expect(try time("Crowds gathered during the strike.", anchor: nil, references: references).value == "2020-06-15")
    }

    @Test func referencesResolveWithoutAnAnchor() throws {
        let found = try time("He spoke before the harbour strike.", anchor: nil, references: references)
        #expect(found.interval.latest == day("2020-06-14"))
        #expect(!found.assumed)
    }

    @Test func phrasesOutsideRelationsAreLeftAlone() {
        #expect(times("The strike was long.", anchor: nil, references: references).isEmpty)
    }
}

@Suite struct TimeRobustnessTests {
    @Test func expressionsAtTheStartOfASentence() throws {
        #expect(try time("Mid-June saw the first protests.", anchor: "2021-12-01").value == "2021-06")
        #expect(try time("2020 was a hard year.", anchor: nil).value == "2020")
        #expect(try time("Yesterday the talks ended.", anchor: "2021-03-01").value == "2021-02-28")
    }

    @Test func sentencesAreNormalizedSeparatelyAndInOrder() {
        let text = "In May the plan failed. It will be revised in May."
        let document = Document(id: "t", path: "t", text: text)
        let sentences = [
            Sentence(document: 0, index: 0, paragraph: 0, range: TextRange(start: 0, end: 23)),
            Sentence(document: 0, index: 1, paragraph: 0, range: TextRange(start: 24, end: text.utf8.count)),
        ]
        let found = TimeNormalizer(references: []).normalize(
            document, documentIndex: 3, sentences: sentences, anchor: CalendarDay(year: 2021, month: 3, day: 1), assumed: false)
        #expect(found.map(\.value) == ["2020-05", "2021-05"])
        #expect(found.map(\.sentence) == [0, 1])
        #expect(found.allSatisfy { $0.document == 3 })
    }

    @Test func garbageNeverCrashesAndRangesStayInsideTheText() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let pieces = ["In", "May", "2021", "-", "18th", "of", "June", ",", "last", "week", "ago", "days", "before", "the",
                      "’s", "'", "90s", "mid-", "Thursday", "since", "\u{FFFD}", "é", "\"", ".", "earlier", "this", "year", "0000-00-00", "99999"]
        for _ in 0..<200 {
            var words: [String] = []
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                words.append(pieces[Int(state >> 33) % pieces.count])
            }
            let text = words.joined(separator: state & 1 == 0 ? " " : "")
            let references = [ReferenceDate(name: "x", date: CalendarDay(year: 2020, month: 1, day: 1)!, phrases: ["the", "june"])]
            for found in times(text, anchor: state & 2 == 0 ? nil : "2021-01-05", references: references) {
                #expect(found.range.start >= 0 && found.range.end <= text.utf8.count && found.range.start < found.range.end)
                #expect(!found.value.isEmpty)
            }
        }
    }
}

/// "that year", "the following month", "two days later": times counted from the one the story
/// told last, as a reader counts them (HeidelTime's narrative reference), not from publication.
@Suite struct TimeStoryReferenceTests {
    @Test func thatYearIsTheYearToldLast() throws {
        let text = "The firm was founded in 2009. In October that year it opened an office. Later that year it hired staff. "
            + "That same year it moved. Earlier that year it had been sold."
        let found = times(text, anchor: "2021-06-18")
        #expect(found.map(\.value) == ["2009", "2009-10", "2009", "2009", "2009"], "\(found.map(\.value))")
        // "Later that year" runs from the month told (October) to the year's end; "earlier" up to it.
        #expect(found[2].interval == DayInterval(earliest: day("2009-10-31"), latest: day("2009-12-31")))
        #expect(found[4].interval == DayInterval(earliest: day("2009-01-01"), latest: day("2009-12-31")))
        #expect(found.allSatisfy { !$0.assumed })
    }

    @Test func followingAndPreviousUnitsCountFromTheTimeTold() {
        let text = "Tom Roe joined in March 2015. The following year he left. He came back in May the next year. "
            + "A year later he retired. Sales had risen from the previous year. He fell ill in March 2020; two months later he died."
        #expect(times(text, anchor: "2021-06-18").map(\.value) == ["2015-03", "2016", "2017-05", "2018", "2017", "2020-03", "2020-05"])
    }

    @Test func daysLaterCountFromTheDayTold() {
        let values = times("The talks began on 3 March 2020. Two days later they ended. A week later Ada Lintz resigned.", anchor: "2021-06-18").map(\.value)
        #expect(values == ["2020-03-03", "2020-03-05", "2020-W11"], "\(values)")
        // With no day told, "two days earlier" is only some time past, and "later" is unknown.
        #expect(times("Two days earlier he had resigned.", anchor: "2021-06-18").map(\.value) == ["PAST_REF"])
        #expect(times("Two days later he resigned.", anchor: "2021-06-18").map(\.value) == ["XXXX-XX-XX"])
        // A baseline of comparison and a duration before "earlier this year" count from no time told.
        #expect(times("On March 3, 2020 sales rose 21% from a year earlier.", anchor: "2021-06-18").map(\.value) == ["2020-03-03", "PAST_REF"])
        let extended = times("On March 3, 2020 it began. They extended the treaty for five years earlier this year.", anchor: "2021-06-18")
        #expect(extended.map(\.value) == ["2020-03-03", "2021"], "\(extended.map(\.value))")
    }

    @Test func aTimelineEntryTellsWhatHappened() {
        // Published in May: the March entry in the historical present is this March, not next.
        #expect(times("March 3 - At least 38 people are killed.", anchor: "2021-05-03").map(\.value) == ["2021-03-03"])
        #expect(times("April 16: Lawmakers announce a unity government.", anchor: "2021-05-03").map(\.value) == ["2021-04-16"])
        // Not an entry: the future still looks ahead.
        #expect(times("Lawmakers will meet on March 3.", anchor: "2021-05-03").map(\.value) == ["2022-03-03"])
    }

    @Test func aDateOfLastOrNextYear() {
        let values = times("He broke in on March 3 last year and on 9 April last year. It reopens in June next year.", anchor: "2022-05-12").map(\.value)
        #expect(values == ["2021-03-03", "2021-04-09", "2023-06"], "\(values)")
    }

    @Test func partsOfTheDayToldAreThatDay() {
        let values = times("The storm hit on 14 February 2021. In an interview the same night he blamed the wind. The following morning it froze.", anchor: "2021-02-23").map(\.value)
        #expect(values == ["2021-02-14", "2021-02-14TNI", "2021-02-15TMO"], "\(values)")
        // In a sentence of its own, with no other time word.
        let built = EventFixture.story(ofArticle: "The storm hit on 14 February 2021. In an interview that night, he blamed the wind.", published: day("2021-02-23") ?? CalendarDay(daysSinceEpoch: 0))
        #expect(built.times.map(\.value) == ["2021-02-14", "2021-02-14TNI"], "\(built.times.map(\.value))")
    }

    @Test func yearsBeforeNounsAndOlderYears() {
        #expect(times("The canal, first opened in 1869, was closed after the 1967 Arab-Israeli war.", anchor: "2021-03-31").map(\.value) == ["1869", "1967"])
        #expect(times("In a 2009 interview she spoke of the 2020 Atlantic hurricane season.", anchor: "2021-03-31").map(\.value) == ["2009", "2020"])
        // A number that is a count stays one; so does a year before a noun of no happening.
        #expect(times("He sold it in 1500 lots. The 2020 figures were poor.", anchor: "2021-03-31").isEmpty)
    }

    @Test func withNoTimeToldThePublicationYearIsMeant() throws {
        let found = try time("That year the club won the league.", anchor: "2021-06-18")
        #expect(found.value == "2021")
        #expect(found.text == "That year")
        // Undated and nothing told: the year stays unknown.
        #expect(try time("In October that year the club won.", anchor: nil).value == "XXXX-10")
    }

    @Test func thatMonthOrSeasonIsOfTheYearToldLast() {
        let text = "The mill opened in 2015. That September, it flooded. By that summer it had reopened. It closed that winter."
        let found = times(text, anchor: "2021-06-18")
        #expect(found.map(\.value) == ["2015", "2015-09", "2015-SU", "2015-WI"], "\(found.map(\.value))")
        #expect(found.dropFirst().allSatisfy { !$0.assumed })
        // "that" as the conjunction is no such time: the month is read as it would be alone.
        #expect(times("The mill opened in 2015. Its owner said that September was the wettest month.", anchor: "2021-06-18").map(\.value) == ["2015", "2020-09"])
        // No year told: the month alone in the sentence's tense (a past September, not this one).
        #expect(times("That September, the mill flooded.", anchor: "2021-06-18").map(\.value) == ["2020-09"])
        #expect(times("The mill flooded in September of that year.", anchor: "2021-06-18").map(\.value) == ["2020-09"])
    }

    @Test func otherPhrasesWithThatAreNoTimes() {
        #expect(times("He said that day one was hard and that years of work paid off.", anchor: "2021-06-18").isEmpty)
        #expect(times("Prices rose that month after month.", anchor: "2021-06-18").isEmpty)
        #expect(times("She said that the plan would work.", anchor: "2021-06-18").isEmpty)
    }

    @Test func aPassiveTakesTheTenseOfItsBe() {
        // Published on a Friday.
        #expect(times("Roe, who will be sworn in on Wednesday, has yet to outline a policy.", anchor: "2021-01-15").map(\.value) == ["2021-01-20"])
        #expect(times("The two can vote once they are sworn in on January 20.", anchor: "2021-01-06").map(\.value) == ["2021-01-20"])
        #expect(times("The ministers were sworn in on Wednesday.", anchor: "2021-01-15").map(\.value) == ["2021-01-13"])
    }

    @Test func theNewYearIsTheYearAfterTheAnchors() {
        let sentence = "The council will vote in the new year, and strikes could follow early in the new year."
        #expect(timeReadings(sentence, anchor: "2022-10-04") == ["in the new year=2023", "early in the new year=2023"])
        #expect(timeReadings("Talks will run until the New Year.", anchor: "2022-12-09") == ["until the New Year=2023"])
        // A part of a named period after "early in" or "late in".
        #expect(timeReadings("The plant could reopen early in 2024.", anchor: "2022-10-04") == ["early in 2024=2024"])
        // Not the holiday's eve, a compound, a new year of study, nor the verb "end".
        #expect(timeReadings("Crowds gathered on New Year's Eve.", anchor: "2022-10-04").isEmpty)
        #expect(timeReadings("Crowds gathered on New Year\u{2019}s Eve.", anchor: "2022-10-04").isEmpty)
        #expect(timeReadings("The council will vote in the new year\u{201D}, she said.", anchor: "2022-10-04") == ["in the new year=2023"])
        #expect(timeReadings("The new year-round service has begun.", anchor: "2022-10-04").isEmpty)
        #expect(timeReadings("Pupils start the new year of study.", anchor: "2022-10-04").isEmpty)
        #expect(timeReadings("The talks will end in the spring.", anchor: "2022-10-04") == ["in the spring=2023-SP"])
        // An undated article cannot say which year follows.
        #expect(timeReadings("The county will apply in the new year.", anchor: nil) == ["in the new year=XXXX"])
    }

    @Test func aTimetablesPresentTenseLooksAhead() {
        #expect(times("The budget for the year, which begins in April, was approved.", anchor: "2021-01-15").map(\.value) == ["2021-04"])
        #expect(times("We expect a decision before Christmas.", anchor: "2021-11-15").map(\.value) == ["2021-12-25"])
        // Plans are things too: "submitted revised plans in November" is behind.
        #expect(times("Harlow Homes submitted revised plans in November.", anchor: "2022-03-09").map(\.value) == ["2021-11"])
        // What closes at a time looks ahead; what closed, or shut, is behind.
        #expect(times("The transfer window closes on Thursday.", anchor: "2022-08-30").map(\.value) == ["2022-09-01"])
        #expect(times("The inquiry concludes on Friday.", anchor: "2022-08-30").map(\.value) == ["2022-09-02"])
        #expect(times("The factory shut on Thursday.", anchor: "2022-08-30").map(\.value) == ["2022-08-25"])
    }

    @Test func anAsideKeepsItsOwnTense() {
        let sentence = "Governor Jo Roe, who approved a disaster declaration over the weekend, is scheduled to visit on Friday."
        #expect(times(sentence, anchor: "2021-09-01").map(\.value) == ["2021-W34-WE", "2021-09-03"])
        #expect(times("The vote, which is due on Friday, was delayed.", anchor: "2021-09-01").map(\.value) == ["2021-09-03"])
        // So does one a past participle opens, however near the main verb is.
        #expect(times("The walkout, announced by the union on Wednesday afternoon, will run until Friday.", anchor: "2022-09-01")
            .map(\.value) == ["2022-08-31TAF", "2022-09-02"])
        // An aside that runs to the end of the sentence is not told in the main verb's tense.
        #expect(times("The union is seeking a rise that matches inflation, which hit 9.9% in August.", anchor: "2022-10-04")
            .map(\.value) == ["2022-08"])
        #expect(times("Ana Lo is leading the talks, which are due to resume in March.", anchor: "2022-10-04")
            .map(\.value) == ["2023-03"])
    }

    @Test func expectedWithAnObjectIsAPastVerbOfOpinion() {
        #expect(times("When the party opened its congress in Harlow on Jan. 5, few observers expected surprises.", anchor: "2021-01-15")
            .map(\.value) == ["2021-01-05"])
        // A plan's participle still looks ahead.
        #expect(times("Roe limped off and is not expected back until November.", anchor: "2021-09-15").map(\.value) == ["2021-11"])
        #expect(times("Shareholders will vote at a meeting expected in June.", anchor: "2023-09-15").map(\.value) == ["2024-06"])
        #expect(times("The talks are widely expected in March.", anchor: "2021-01-15").map(\.value) == ["2021-03"])
    }

    @Test func anEdWordAfterALinkingVerbIsAState() {
        // Published on a Friday: the schools said they would stay shut the coming Monday.
        #expect(times("The district said campuses would remain closed Monday.", anchor: "2024-05-03").map(\.value) == ["2024-05-06"])
        #expect(times("Roads remained closed on Monday.", anchor: "2024-05-03").map(\.value) == ["2024-04-29"])
    }

    @Test func aDayWithoutAYearGoesOnInTheYearOfTheStoryTold() {
        let text = "On November 13, 2021, Roe drank at a friend's house. Detectives arrested him on November 19. The trial opened on March 3."
        #expect(times(text, anchor: "2023-06-16").map(\.value) == ["2021-11-13", "2021-11-19", "2023-03-03"])
        // Told in the year of publication, the rule of the anchor stands.
        #expect(times("On May 2, 2023, Roe fled. He was caught on June 1.", anchor: "2023-06-16").map(\.value) == ["2023-05-02", "2023-06-01"])
    }

    @Test func aParticipleBetweenACommaAndByIsNoVerb() {
        #expect(times("She expects one more increase in November, followed by a pause.", anchor: "2023-09-21").map(\.value) == ["2023-11"])
        // A verb before "by" is one.
        #expect(times("The committee voted by seven votes to four on Tuesday night.", anchor: "2022-03-09").map(\.value) == ["2022-03-08TNI"])
    }

    @Test func anUndatedArticleReadsADayInTheYearOfADayToldBefore() {
        let found = times("Go back to June 4, 2020. On June 16, the office was blown up. On March 3 the law passed.", anchor: nil)
        #expect(found.map(\.value) == ["2020-06-04", "2020-06-16", "XXXX-03-03"])
    }

    @Test func aYearAfterForWithNoNounAfterIt() {
        #expect(times("The Cabinet approved a record budget for 2021.", anchor: "2021-01-15").map(\.value) == ["2021"])
        #expect(times("The budget for fiscal 2021, approved on a vote, is large.", anchor: "2021-01-15").map(\.value) == ["2021"])
        #expect(times("He won for 2021 votes to 12.", anchor: "2021-01-15").isEmpty)
    }

    @Test func noonAndMidnightAreTimesOfTheDayToldAfterThem() {
        // Published on a Monday.
        #expect(times("Police arrived at noon on Sunday.", anchor: "2019-06-10").map(\.value) == ["2019-06-09T12:00", "2019-06-09"])
        #expect(times("Police will arrive at 3 p.m. on Sunday.", anchor: "2019-06-10").map(\.value) == ["2019-06-16T15:00", "2019-06-16"])
        #expect(times("Roe was shot shortly after midnight on June 9, 2019, after an argument.", anchor: "2021-09-23").map(\.value)
            == ["2019-06-09T00:00", "2019-06-09"])
        #expect(times("It was a midnight raid.", anchor: "2019-06-10").isEmpty)
        // A day ahead of publication told before is not the day of what was done.
        #expect(times("They will be sworn in on January 20. Roe claimed victory shortly after midnight.", anchor: "2021-01-06").map(\.value)
            == ["2021-01-20", "2021-01-06T00:00"])
    }

    @Test func theFollowingWeekdayIsTheFirstAfterTheDayToldLast() {
        // Published on a Tuesday.
        #expect(timeReadings("On Saturday, 1 May, the marches grew. The following Tuesday, the minister resigned.", anchor: "2021-06-01")
            == ["On Saturday, 1 May=2021-05-01", "The following Tuesday=2021-05-04"])
        #expect(timeReadings("The vote is on Monday. Talks resume the next Thursday.", anchor: "2021-06-01")
            == ["on Monday=2021-06-07", "the next Thursday=2021-06-10"])
        // With no day told, the anchor's; the same weekday is a week on.
        #expect(timeReadings("Talks resume the following Tuesday.", anchor: "2021-06-01") == ["the following Tuesday=2021-06-08"])
        #expect(timeReadings("Talks resumed the following Tuesday.", anchor: nil) == ["the following Tuesday=XXXX-WXX-2"])
    }

    @Test func midnightEndsTheDayItClosesAndOpensTheDayToldAfterIt() {
        // Published on a Tuesday. TIMEX3 writes the end of a day as T24:00.
        #expect(timeReadings("The council voted shortly before midnight on Monday.", anchor: "2019-11-19")
            == ["before midnight=2019-11-18T24:00", "on Monday=2019-11-18"])
        #expect(timeReadings("The truce takes effect at midnight on June 25.", anchor: "2021-06-17")
            == ["at midnight=2021-06-25T00:00", "on June 25=2021-06-25"])
        #expect(timeReadings("On 2 November crowds gathered. Clashes lasted until well after midnight.", anchor: "2019-11-19")
            == ["On 2 November=2019-11-02", "after midnight=2019-11-02T24:00"])
        #expect(timeReadings("Polls will close at midnight.", anchor: "2019-11-19") == ["at midnight=2019-11-19T24:00"])
        #expect(timeReadings("Ballots must arrive by midnight Friday.", anchor: "2019-11-19") == ["midnight Friday=2019-11-22T24:00"])
        // Undated: the day told before is of unknown year.
        #expect(timeReadings("On 28 April the first clashes started. I heard helicopters until after midnight.", anchor: nil)
            == ["On 28 April=XXXX-04-28", "after midnight=XXXX-04-28T24:00"])
    }

    @Test func aTimeOfDayIsOnTheDayToldRightAfterIt() {
        // Published on a Thursday; Tuesday was told first, yesterday is Wednesday.
        #expect(timeReadings("The fire started at 11pm on Tuesday and was out by 2pm yesterday.", anchor: "2022-02-03")
            == ["at 11pm=2022-02-01T23:00", "on Tuesday=2022-02-01", "2pm=2022-02-02T14:00", "yesterday=2022-02-02"])
        // The day after a time is read once: "the following morning" is one day on, not two.
        #expect(timeReadings("On 2 August gravel washed onto the line. A train struck it before 7am the following morning.", anchor: "2021-11-30")
            == ["On 2 August=2021-08-02", "before 7am=2021-08-03T07:00", "the following morning=2021-08-03TMO"])
        // A span's two times ask for their day once between them.
        #expect(timeReadings("On 2 August the line shut. The road was shut from 9 a.m. to 1 p.m. the following day.", anchor: "2021-11-30")
            == ["On 2 August=2021-08-02", "9 a.m.=2021-08-03T09:00", "1 p.m.=2021-08-03T13:00", "the following day=2021-08-03"])
        // Told with the time, a day past publication holds in a past-tense clause.
        #expect(timeReadings("The crew said they landed at 6am the next morning.", anchor: "2022-02-03")
            == ["at 6am=2022-02-04T06:00", "the next morning=2022-02-04TMO"])
        // A time before a span or a named period is not on a day.
        #expect(timeReadings("The shop opened at 9am last week.", anchor: "2022-02-03").first == "at 9am=2022-02-03T09:00")
    }
}
