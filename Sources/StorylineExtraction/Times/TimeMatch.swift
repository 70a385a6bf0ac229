import StorylineModel

/// A temporal expression found in a sentence, before it is resolved against the anchor.
struct TimeMatch: Sendable {
    /// First token of the expression.
    var first: Int
    /// One past its last token.
    var end: Int
    /// What it names.
    var kind: TimeMatchKind
    /// A part of the named period ("early June", "the end of 2020").
    var part: PeriodPart?
    /// How the event relates to the named time ("before June", "since 2019").
    var relation: TimeRelation = .on
    /// Whether a before/after relation includes the named time ("since", "until").
    var includesNamedTime = false
    /// For a time of day: whether its day is told right after it ("11pm on Tuesday", "2pm
    /// yesterday"), so that it holds even ahead of publication in a past-tense clause.
    var dayToldAfter = false
}

/// What a temporal expression names, in its own terms.
enum TimeMatchKind: Sendable {
    /// A day; the year is nil when the text leaves it out ("June 18").
    case date(year: Int?, month: Int, day: Int)
    /// A holiday whose day moves with the year ("Thanksgiving", "Easter Monday"); the year is
    /// nil when the text leaves it out.
    case movableDay(MovableHoliday, year: Int?)
    /// A month; the year is nil when the text leaves it out ("in January", "last March").
    case month(year: Int?, month: Int, deixis: Deixis?)
    /// A season, with or without a year.
    case season(year: Int?, season: Season, deixis: Deixis?)
    /// A quarter of a year; without a year, of the anchor's year moved by `yearOffset`
    /// ("the second quarter of next year": 1).
    case quarter(year: Int?, quarter: Int, yearOffset: Int)
    /// A year.
    case year(Int)
    /// A decade, by its first year (1990).
    case decade(Int)
    /// A weekday relative to the anchor ("on Thursday", "last Friday").
    case weekday(Int, deixis: Deixis?)
    /// A day counted from the anchor ("yesterday" is -1).
    case dayOffset(Int)
    /// A day counted from the day the story last named ("the next day" is +1, "earlier in the
    /// day" 0), or from the anchor when it named none.
    case narrativeDay(Int)
    /// The first such weekday after the day the story last named ("the following Tuesday"), or
    /// after the anchor when it named none.
    case narrativeWeekday(Int)
    /// A part of a day said without its day ("by mid-morning", "through the night"): of the day
    /// told in its sentence or the one before, else of the anchor's day.
    case toldDayPart
    /// A year or month counted from the one the story last named ("that year" is year, 0; "the
    /// following year" +1; "two months later" +2), or from the anchor's when it named none.
    case narrative(TimeUnit, offset: Int)
    /// The part of the story's year or month after the time it last named ("later that year"),
    /// or before it ("earlier that month").
    case narrativePart(TimeUnit, afterNamed: Bool)
    /// A month of the year the story last named, moved by `yearOffset` ("in October that year",
    /// "March the following year").
    case narrativeMonth(Int, yearOffset: Int)
    /// A season of the year the story last named ("that summer").
    case narrativeSeason(Season)
    /// A day or month of the anchor's year moved by `yearOffset` ("on March 3 last year": -1,
    /// "in June next year": +1).
    case inAnchorYear(month: Int, day: Int?, yearOffset: Int)
    /// So many days, weeks, months or years after (or, negative, before) the time the story
    /// last named ("two days later", "a year earlier"); with none named, some time past for
    /// "earlier" and unknown for "later" (the anchor is not the story's moment).
    case narrativeShift(TimeUnit, by: Int)
    /// A baseline of comparison so many units before the period (a month, quarter or year)
    /// named earlier in the same sentence ("3.4% in May from a year earlier": May of the year
    /// before), at that period's precision; else some time past.
    case baseline(TimeUnit, by: Int)
    /// A time of day ("at 7:06 a.m.", "about 11.40pm", "at 14:30"), on the day the story last
    /// named, else the anchor.
    /// With a weekday after it ("4:15 p.m. Tuesday"), on that weekday.
    case clock(hour: Int, minute: Int, weekday: Int?)
    /// The night before the anchor's day, or its own night when told ahead ("overnight"), by
    /// the day that night opens (TIMEX3's TNI, kept at day precision as "that night" is).
    case overnight
    /// The weekend nearest the anchor ("over the weekend"): the last one over in the past
    /// tense, the coming one otherwise.
    case nearestWeekend
    /// A calendar unit counted from the anchor's ("last week" is week, -1).
    case relative(TimeUnit, offset: Int)
    /// The part of the anchor's unit before it ("earlier this year") or after it ("later this month").
    case partOfCurrent(TimeUnit, beforeAnchor: Bool)
    /// So many units before the anchor ("three days ago"); nil count: a vague number ("days ago").
    case ago(TimeUnit, count: Int?)
    /// A length of time ("three years", "a two-week trial", "for an hour"): P3Y, P2W, PT1H.
    case duration(DurationUnit, count: Int)
    /// A whole count of a unit and a half ("four and a half hours", "a year and a half"): PT4.5H, P1.5Y.
    case halfDuration(DurationUnit, whole: Int)
    /// A length told in two units, the second shorter ("six years and eight months"): P6Y8M.
    case twoPartDuration(DurationUnit, count: Int, DurationUnit, smallerCount: Int)
    /// A time that recurs ("every year", "on Sundays", "twice a week"): TIMEX3's SET.
    case recurrence(Recurrence)
    /// Some time before the anchor; `days` bounds how long before when the text says.
    case pastReference(days: Int?)
    /// A span reaching back to the anchor ("over the past two weeks"): a length (P2W, count
    /// 0 for a vague one, PXM) whose days are the `days` before the anchor.
    case recentSpan(DurationUnit, count: Int, days: Int)
    /// At the anchor ("now").
    case presentReference
    /// Up to the anchor ("to date"): a present reference that began before it.
    case untilNow
    /// After the anchor ("soon").
    case futureReference
    /// Relative to a named reference date (its day): offsets in days from it (low…high), or one exact day.
    case reference(CalendarDay, relation: TimeRelation, low: Int?, high: Int?, exact: Int?)
}

/// What recurs in a recurring time (TIMEX3 SET), and its value.
enum Recurrence: Sendable, Equatable {
    /// Every so many units ("every year", "daily", "$5 a day", "every two weeks"): P1Y,
    /// P1D, P2W; count 0 for a vague one ("every few years": PXY).
    case every(DurationUnit, count: Int)
    /// A weekday ("on Sundays", "every Tuesday"): XXXX-WXX-2.
    case weekday(Int)
    /// A part of any day ("most evenings", "every morning"): XXXX-XX-XX, the part's letters
    /// added from the words as for a day ("TEV").
    case dayPart
    /// Weekends ("at weekends", "every weekend"): XXXX-WXX-WE.
    case weekend
    /// A season ("every summer"): XXXX-SU.
    case season(Season)
    /// A month ("every January"): XXXX-01.
    case month(Int)

    /// Its TIMEX3 value.
    var value: String {
        switch self {
        case let .every(unit, count): TimeResolver.length(unit, count)
        case let .weekday(day): TimexText.make { $0.text("XXXX-WXX-"); $0.number(day) }
        case .dayPart: "XXXX-XX-XX"
        case .weekend: "XXXX-WXX-WE"
        case let .season(season): "XXXX-" + season.rawValue
        case let .month(month): TimexText.partialMonth(month)
        }
    }
}
