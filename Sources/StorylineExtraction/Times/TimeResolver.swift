import StorylineModel

/// A resolved time: TIMEX3 value, precision and interval, and whether the anchor was used.
struct ResolvedTime: Sendable {
    var value: String
    var precision: TimePrecision
    var interval: DayInterval
    var usedAnchor: Bool
}

/// Resolves matches against the anchor (publication date) the way HeidelTime's news mode does.
struct TimeResolver {
    /// The publication date, or nil for an undated article (values stay partial).
    let anchor: CalendarDay?
    /// The day the article named last (day precision), which "the next day" counts from.
    var narrativeDay: CalendarDay? {
        didSet {
            narrativeDaySentence = sentence
            narrativeNight = false
        }
    }
    /// Whether `narrativeDay` was told as its evening or night ("late Wednesday night", "after
    /// 11pm on Tuesday"), so that the small hours told next are the day after's.
    var narrativeNight = false
    /// The sentence being read, and the one `narrativeDay` was told in.
    var sentence = 0
    private(set) var narrativeDaySentence = 0
    /// The time the article named last (a day, week, month, season, quarter or year on its own,
    /// not a relation), which "that year" and "a month later" count from.
    var narrativeTime: DayInterval?
    /// In an undated article, the day it named last without a year ("on October 19"), held in
    /// `partialYear`: "the next day", "four days later" and a bare time of day count from it,
    /// and their values keep the year unknown ("XXXX-10-20").
    var partialDay: CalendarDay?
    /// A leap year, so that a partial February 29 exists.
    static let partialYear = 2000
    /// The last time named on its own in the sentence being read, with its unit (what a
    /// baseline "from a year earlier" is counted from).
    var sentenceTime: (interval: DayInterval, unit: TimeUnit)?

    /// The resolved time of `match`; `tense` is asked only when the match needs it.
    func resolve(_ match: TimeMatch, tense: () -> Tense?) -> ResolvedTime {
        var resolved = base(match, tense: tense)
        if let part = match.part {
            resolved.interval = Self.narrow(resolved.interval, to: part)
            // "the second half of 2024": TIMEX3 writes a year's half as 2024-H2.
            if resolved.precision == .year, part == .firstHalf || part == .secondHalf, resolved.value.utf8.count == 4 {
                resolved.value += part == .firstHalf ? "-H1" : "-H2"
            }
        }
        // References carry their relation in their offsets already.
        if match.relation != .on, !match.isReference {
            resolved.interval = Self.related(resolved.interval, match.relation, inclusive: match.includesNamedTime)
            resolved.precision = .reference
        }
        return resolved
    }

    private func base(_ match: TimeMatch, tense: () -> Tense?) -> ResolvedTime {
        switch match.kind {
        case let .date(year, month, day):
            return date(year: year, month: month, day: day, tense: tense)
        case let .month(year, month, deixis):
            return self.month(year: year, month: month, deixis: deixis, tense: tense)
        case let .movableDay(holiday, year):
            return movableDay(holiday, year: year, tense: tense)
        case let .season(year, season, deixis):
            return self.season(year: year, season: season, deixis: deixis, tense: tense)
        case let .quarter(year, quarter, yearOffset):
            var resolvedYear = year
            if resolvedYear == nil, let anchor {
                // "reported a fourth-quarter loss" in February: a quarter not yet begun, told in the
                // past tense, is last year's. Other tenses keep the anchor's year: results are told
                // in the present too ("third-quarter profit rises"), after the quarter has ended;
                // a part of a quarter is often a deadline ("drew up plans to … by the end of the
                // third quarter").
                let back = yearOffset == 0 && match.part == nil && quarter * 3 - 2 > anchor.month && tense() == .past
                resolvedYear = anchor.year + yearOffset - (back ? 1 : 0)
            }
            guard let resolvedYear else {
                return ResolvedTime(value: "XXXX-Q\(quarter)", precision: .quarter, interval: .open, usedAnchor: false)
            }
            return ResolvedTime(value: TimexText.quarter(year: resolvedYear, quarter: quarter), precision: .quarter,
                                interval: Self.months(year: resolvedYear, month: quarter * 3 - 2, count: 3), usedAnchor: match.kindHasNoYear)
        case let .year(year):
            return ResolvedTime(value: TimexText.year(year), precision: .year, interval: Self.year(year), usedAnchor: false)
        case let .decade(first):
            let interval = DayInterval(earliest: CalendarDay(year: first, month: 1, day: 1), latest: CalendarDay(year: first + 9, month: 12, day: 31))
            return ResolvedTime(value: TimexText.decade(first), precision: .decade, interval: interval, usedAnchor: false)
        case let .weekday(weekday, deixis):
            return self.weekday(weekday, deixis: deixis, tense: tense)
        case let .dayOffset(offset):
            guard let anchor else { return ResolvedTime(value: "XXXX-XX-XX", precision: .day, interval: .open, usedAnchor: false) }
            let day = anchor.adding(days: offset)
            return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: true)
        case let .clock(hour, minute, weekday):
            func clock(endingTheDay: @autoclosure () -> Bool) -> String {
                // Midnight opens the day unless it ends it (TIMEX3 writes that as T24:00).
                let hour = hour == TimeLexicon.midnight && !endingTheDay() ? 0 : hour
                return TimexText.make { $0.text("T"); $0.number(hour, width: 2); $0.text(":"); $0.number(minute, width: 2) }
            }
            let before = match.relation == .before || match.relation == .shortlyBefore
            if let weekday {
                var resolved = self.weekday(weekday, deixis: nil, tense: tense)
                guard resolved.interval.earliest != nil else { return resolved }
                // "by midnight Friday": the end of Friday.
                resolved.value += clock(endingTheDay: match.relation != .after && match.relation != .shortlyAfter)
                return resolved
            }
            // A day told ahead of publication ("will be sworn in on January 20") is not the day of
            // what was done "shortly after midnight", unless the time is told with it ("at 7am the
            // next morning").
            var told = narrativeDay
            if let day = told, let anchor, day > anchor, !match.dayToldAfter, tense() == .past { told = nil }
            if let day = told, rollsPastMidnight(hour: hour, match) { told = day.adding(days: 1) }
            // Midnight ends a day told before it ("that night … until well after midnight"), and
            // any day when before it ("shortly before midnight on Monday"); it opens a day told
            // right after it ("at midnight on June 25") and the publication day in a clause not
            // looking ahead ("claimed victory shortly after midnight").
            guard let day = told ?? anchor else {
                let value = partialDay.map { TimexText.partialDay(month: $0.month, day: $0.day) } ?? "XXXX-XX-XX"
                return ResolvedTime(value: value + clock(endingTheDay: before || partialDay != nil && !match.dayToldAfter),
                                    precision: .day, interval: .open, usedAnchor: false)
            }
            let ends = before || (told == nil ? tense() == .presentFuture : !match.dayToldAfter)
            return ResolvedTime(value: TimexText.day(day) + clock(endingTheDay: ends), precision: .day, interval: DayInterval(day: day),
                                usedAnchor: told == nil)
        case let .narrativeWeekday(weekday):
            guard let base = narrativeDay ?? anchor else {
                return ResolvedTime(value: "XXXX-WXX-\(weekday)", precision: .day, interval: .open, usedAnchor: false)
            }
            let ahead = (weekday - base.weekday + 7) % 7
            let day = base.adding(days: ahead == 0 ? 7 : ahead)
            return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: narrativeDay == nil)
        case .toldDayPart:
            // A day told further back, or one ahead of publication in a past-tense clause ("the
            // vote is on Monday. … said at lunchtime"), is not the day meant: the anchor's is.
            var told = narrativeDay
            if sentence - narrativeDaySentence > 1 { told = nil }
            if let day = told, let anchor, day > anchor, tense() == .past { told = nil }
            guard let day = told ?? anchor else { return partialShift(.day, by: 0) }
            return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: told == nil)
        case let .narrativeDay(offset):
            guard let base = narrativeDay ?? anchor else { return partialShift(.day, by: offset) }
            let day = base.adding(days: offset)
            return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: narrativeDay == nil)
        case let .narrative(unit, offset):
            guard let base = storyBase(unit) ?? anchor else { return partialShift(unit, by: offset) }
            var resolved = shifted(base, unit, by: offset)
            resolved.usedAnchor = storyBase(unit) == nil
            return resolved
        case let .narrativePart(unit, afterNamed):
            let named = storyBase(unit)
            guard let base = named ?? anchor else { return partialShift(unit, by: 0) }
            var resolved = unitContaining(base, unit)
            // Split at the time told (or the anchor): "later that year" is after it, "earlier" before;
            // a time told that is the whole year splits nothing.
            let split = named == nil ? DayInterval(day: base) : narrativeTime ?? DayInterval(day: base)
            resolved.interval = split == resolved.interval ? split : afterNamed
                ? DayInterval(earliest: split.latest, latest: resolved.interval.latest)
                : DayInterval(earliest: resolved.interval.earliest, latest: split.earliest)
            resolved.usedAnchor = named == nil
            return resolved
        case let .narrativeMonth(month, yearOffset):
            // No year told: the month as it would be read alone ("That September, …" in a past
            // tense is the last September); undated, the month alone ("XXXX-10").
            if storyBase(.year) == nil, yearOffset == 0 { return self.month(year: nil, month: month, deixis: nil, tense: tense) }
            guard let year = (storyBase(.year) ?? anchor).map({ $0.year + yearOffset }) else {
                return self.month(year: nil, month: month, deixis: nil, tense: tense)
            }
            return ResolvedTime(value: TimexText.month(year: year, month: month), precision: .month,
                                interval: Self.months(year: year, month: month, count: 1), usedAnchor: storyBase(.year) == nil)
        case let .narrativeSeason(season):
            // With no year told, read as the season alone would be ("in the summer").
            guard let told = storyBase(.year) else { return self.season(year: nil, season: season, deixis: nil, tense: tense) }
            var resolved = self.season(year: told.year, season: season, deixis: nil, tense: tense)
            resolved.usedAnchor = false
            return resolved
        case let .inAnchorYear(month, day, yearOffset):
            let year = anchor.map { $0.year + yearOffset }
            var resolved = day.map { date(year: year, month: month, day: $0, tense: tense) }
                ?? self.month(year: year, month: month, deixis: nil, tense: tense)
            resolved.usedAnchor = anchor != nil
            return resolved
        case let .narrativeShift(unit, count):
            guard let base = unit == .day || unit == .week ? narrativeDay : storyBase(unit) else {
                if partialDay != nil, unit == .day || unit == .month { return partialShift(unit, by: count) }
                guard count < 0 else { return Self.partial(unit) }
                return ResolvedTime(value: "PAST_REF", precision: .reference, interval: DayInterval(earliest: nil, latest: anchor), usedAnchor: anchor != nil)
            }
            var resolved = shifted(base, unit, by: count)
            resolved.usedAnchor = false
            return resolved
        case let .baseline(unit, count):
            // A day named before the baseline is mostly the report's ("On March 3 sales rose 21%
            // from a year earlier"), not the period measured: only a period is counted from.
            guard let named = sentenceTime, named.unit != .day, named.unit != .week, let first = named.interval.earliest else {
                return ResolvedTime(value: "PAST_REF", precision: .reference, interval: DayInterval(earliest: nil, latest: anchor), usedAnchor: anchor != nil)
            }
            var resolved = unitContaining(Self.moved(first, unit, by: count), named.unit)
            resolved.usedAnchor = false
            return resolved
        case let .relative(unit, offset):
            return relative(unit, offset: offset, tense: tense)
        case .overnight:
            guard let anchor else { return ResolvedTime(value: "XXXX-XX-XX", precision: .day, interval: .open, usedAnchor: false) }
            let day = tense() == .presentFuture ? anchor : anchor.adding(days: -1)
            return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: true)
        case .nearestWeekend:
            let past = tense().map { $0 == .past } ?? true
            return relative(.weekend, offset: past ? -1 : 0, tense: tense)
        case let .partOfCurrent(unit, beforeAnchor):
            guard let anchor else { return Self.partial(unit) }
            var resolved = unitContaining(anchor, unit)
            resolved.interval = beforeAnchor
                ? DayInterval(earliest: resolved.interval.earliest, latest: anchor)
                : DayInterval(earliest: anchor, latest: resolved.interval.latest)
            return resolved
        case let .ago(unit, count):
            guard let anchor else { return ResolvedTime(value: "PAST_REF", precision: .reference, interval: .open, usedAnchor: false) }
            guard let count else {
                let days = unit.approximateDays
                let interval = DayInterval(earliest: anchor.adding(days: -days * 12), latest: anchor.adding(days: -days))
                return ResolvedTime(value: "PAST_REF", precision: .reference, interval: interval, usedAnchor: true)
            }
            return shifted(anchor, unit, by: -count)
        case let .duration(unit, count):
            return ResolvedTime(value: Self.length(unit, count), precision: .duration, interval: .open, usedAnchor: false)
        case let .halfDuration(unit, whole):
            return ResolvedTime(value: Self.halfLength(unit, whole), precision: .duration, interval: .open, usedAnchor: false)
        case let .twoPartDuration(unit, count, smaller, smallerCount):
            return ResolvedTime(value: Self.length(unit, count, then: smaller, smallerCount), precision: .duration, interval: .open, usedAnchor: false)
        case let .recurrence(recurrence):
            return ResolvedTime(value: recurrence.value, precision: .set, interval: .open, usedAnchor: false)
        case let .recentSpan(unit, count, days):
            // Written as its length, as TIMEX3 does; its days reach back from the anchor.
            let interval = anchor.map { DayInterval(earliest: $0.adding(days: -days), latest: $0) } ?? .open
            return ResolvedTime(value: Self.length(unit, count), precision: .reference, interval: interval, usedAnchor: anchor != nil)
        case let .pastReference(days):
            guard let anchor else { return ResolvedTime(value: "PAST_REF", precision: .reference, interval: .open, usedAnchor: false) }
            let earliest = days.map { anchor.adding(days: -$0) }
            return ResolvedTime(value: "PAST_REF", precision: .reference, interval: DayInterval(earliest: earliest, latest: anchor), usedAnchor: true)
        case .presentReference:
            return ResolvedTime(value: "PRESENT_REF", precision: .reference,
                                interval: anchor.map { DayInterval(day: $0) } ?? .open, usedAnchor: anchor != nil)
        case .untilNow:
            return ResolvedTime(value: "PRESENT_REF", precision: .reference, interval: DayInterval(earliest: nil, latest: anchor), usedAnchor: anchor != nil)
        case .futureReference:
            return ResolvedTime(value: "FUTURE_REF", precision: .reference,
                                interval: DayInterval(earliest: anchor, latest: nil), usedAnchor: anchor != nil)
        case let .reference(date, _, low, high, exact):
            if let exact {
                let day = date.adding(days: exact)
                return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: false)
            }
            let interval = DayInterval(earliest: low.map { date.adding(days: $0) }, latest: high.map { date.adding(days: $0) })
            return ResolvedTime(value: TimexText.day(date), precision: .reference, interval: interval, usedAnchor: false)
        }
    }

    /// Whether a time of day `hour` with no day told after it, read after a night told
    /// ("late Wednesday night … at 1:30 a.m.", "from 11pm on Tuesday until about 5am"), is in
    /// the small hours of the next day.
    func rollsPastMidnight(hour: Int, _ match: TimeMatch) -> Bool {
        narrativeNight && narrativeDay != nil && !match.dayToldAfter && hour < TimeLexicon.smallHoursEnd
    }

    // MARK: Calendar expressions.

    /// A movable holiday: its day in the year given, else the year a day of its date would
    /// take (read as this year's day, then moved to its day in the year chosen); undated,
    /// only its month.
    private func movableDay(_ holiday: MovableHoliday, year: Int?, tense: () -> Tense?) -> ResolvedTime {
        guard let reading = year ?? anchor?.year, let day = holiday.day(in: reading) else {
            return month(year: nil, month: holiday.month, deixis: nil, tense: tense)
        }
        let resolved = date(year: year, month: day.month, day: day.day, tense: tense)
        guard year == nil, let chosen = resolved.interval.earliest?.year, chosen != reading, let moved = holiday.day(in: chosen) else {
            return resolved
        }
        return date(year: chosen, month: moved.month, day: moved.day, tense: tense)
    }

    private func date(year: Int?, month: Int, day: Int, tense: () -> Tense?) -> ResolvedTime {
        if let year {
            guard let date = CalendarDay(year: year, month: month, day: day) else { return invalid(year: year, month: month) }
            return ResolvedTime(value: TimexText.day(date), precision: .day, interval: DayInterval(day: date), usedAnchor: false)
        }
        guard let anchor else {
            // Undated: the year of a day told a few weeks before ("June 4, 2020 … on June 16").
            if let later = toldYearDay(month: month, day: day, before: nil) { return later }
            return ResolvedTime(value: TimexText.make { $0.text("XXXX-"); $0.number(month, width: 2); $0.text("-"); $0.number(day, width: 2) }, precision: .day, interval: .open, usedAnchor: false)
        }
        var resolvedYear = anchor.year
        let sameYear = CalendarDay(year: anchor.year, month: month, day: min(day, CalendarDay.daysIn(month: month, year: anchor.year)))
        if let sameYear {
            switch tense() {
            // A day a year back would be written with its year: a day within two weeks ahead,
            // in a clause read as past ("came two weeks before he takes office on Jan. 20"), is
            // the coming one.
            case .past? where sameYear > anchor && sameYear.daysSinceEpoch - anchor.daysSinceEpoch > Self.nearFutureDays: resolvedYear -= 1
            case .presentFuture? where sameYear < anchor: resolvedYear += 1
            case .reported?:
                // The occurrence nearest the report, a year either side of this year's.
                let days = sameYear.daysSinceEpoch - anchor.daysSinceEpoch
                if days > 182 { resolvedYear -= 1 } else if days < -182 { resolvedYear += 1 }
            default: break
            }
        }
        // "On November 13, 2021, … He was arrested on November 19": a story told in an earlier
        // year goes on in it, for a day a few weeks after the day told last.
        if tense() != .presentFuture, let later = toldYearDay(month: month, day: day, before: resolvedYear) { return later }
        guard let date = CalendarDay(year: resolvedYear, month: month, day: day) else { return invalid(year: resolvedYear, month: month) }
        return ResolvedTime(value: TimexText.day(date), precision: .day, interval: DayInterval(day: date), usedAnchor: true)
    }

    /// The day `month`/`day` in the year of the day told last (or the next year), when it falls
    /// within `narrativeDayReach` days after it and that year is before `year` (any when nil).
    private func toldYearDay(month: Int, day: Int, before year: Int?) -> ResolvedTime? {
        guard let told = narrativeDay, year.map({ told.year < $0 }) ?? true,
              let later = [told.year, told.year + 1].lazy.compactMap({ CalendarDay(year: $0, month: month, day: day) })
                .first(where: { $0 >= told && $0.daysSinceEpoch - told.daysSinceEpoch <= Self.narrativeDayReach }) else { return nil }
        return ResolvedTime(value: TimexText.day(later), precision: .day, interval: DayInterval(day: later), usedAnchor: false)
    }

    /// Days after publication within which a day named without a year is this year's, whatever
    /// the tense.
    static let nearFutureDays = 14

    /// Days after the day told last within which a day named without a year is read in its year.
    static let narrativeDayReach = 92

    /// "30 February": keep the month, which is what the writer certainly meant.
    private func invalid(year: Int, month: Int) -> ResolvedTime {
        ResolvedTime(value: TimexText.month(year: year, month: month), precision: .month,
                     interval: Self.months(year: year, month: month, count: 1), usedAnchor: false)
    }

    private func month(year: Int?, month: Int, deixis: Deixis?, tense: () -> Tense?) -> ResolvedTime {
        if let year {
            return ResolvedTime(value: TimexText.month(year: year, month: month), precision: .month,
                                interval: Self.months(year: year, month: month, count: 1), usedAnchor: false)
        }
        guard let anchor else {
            return ResolvedTime(value: TimexText.partialMonth(month), precision: .month, interval: .open, usedAnchor: false)
        }
        let resolvedYear = Self.year(of: month, anchorMonth: anchor.month, anchorYear: anchor.year, deixis: deixis, tense: tense)
        return ResolvedTime(value: TimexText.month(year: resolvedYear, month: month), precision: .month,
                            interval: Self.months(year: resolvedYear, month: month, count: 1), usedAnchor: true)
    }

    /// The year of a month named without one: "last" is the latest before the anchor's month,
    /// "next" the first after; otherwise past tense looks back, future tense ahead, a reported
    /// future takes the nearer of the two, and an unknown tense keeps the anchor's year (HeidelTime).
    static func year(of month: Int, anchorMonth: Int, anchorYear: Int, deixis: Deixis?, tense: () -> Tense?) -> Int {
        switch deixis {
        case .last?: return month < anchorMonth ? anchorYear : anchorYear - 1
        case .next?: return month > anchorMonth ? anchorYear : anchorYear + 1
        case .this?: return anchorYear
        case nil:
            switch tense() {
            case .past?: return month <= anchorMonth ? anchorYear : anchorYear - 1
            case .presentFuture?: return month >= anchorMonth ? anchorYear : anchorYear + 1
            case .reported?:
                let ahead = (month - anchorMonth + 12) % 12
                guard ahead > 12 - ahead else { return month >= anchorMonth ? anchorYear : anchorYear + 1 }
                return month <= anchorMonth ? anchorYear : anchorYear - 1
            case nil: return anchorYear
            }
        }
    }

    private func season(year: Int?, season: Season, deixis: Deixis?, tense: () -> Tense?) -> ResolvedTime {
        var resolvedYear = year
        if resolvedYear == nil, let anchor {
            // Compare by the season's first month, as for months.
            resolvedYear = Self.year(of: season.firstMonth, anchorMonth: anchor.month, anchorYear: anchor.year, deixis: deixis, tense: tense)
            // "last fall" said in the fall is a year back (a winter runs into the next year).
            let monthsIn = (anchor.month - season.firstMonth + 12) % 12
            if deixis == .last, monthsIn < 3 { resolvedYear = anchor.year - (anchor.month < season.firstMonth ? 2 : 1) }
            // "preparing for a hard summer" in August: the season under way, whatever the tense.
            if deixis == nil, monthsIn < 3 { resolvedYear = anchor.year - (anchor.month < season.firstMonth ? 1 : 0) }
        }
        guard let resolvedYear else {
            return ResolvedTime(value: "XXXX-\(season.rawValue)", precision: .season, interval: .open, usedAnchor: false)
        }
        return ResolvedTime(value: TimexText.make { $0.number(resolvedYear, width: 4); $0.text("-"); $0.text(season.rawValue) }, precision: .season,
                            interval: Self.months(year: resolvedYear, month: season.firstMonth, count: 3), usedAnchor: year == nil)
    }

    private func weekday(_ weekday: Int, deixis: Deixis?, tense: () -> Tense?) -> ResolvedTime {
        guard let anchor else {
            return ResolvedTime(value: "XXXX-WXX-\(weekday)", precision: .day, interval: .open, usedAnchor: false)
        }
        let back = (anchor.weekday - weekday + 7) % 7  // days back to the latest such day (0: the anchor itself)
        let ahead = (weekday - anchor.weekday + 7) % 7
        let offset: Int
        switch deixis {
        case .last?: offset = -(back == 0 ? 7 : back)
        case .next?: offset = ahead == 0 ? 7 : ahead
        case .this?: offset = weekday - anchor.weekday
        case nil:
            switch tense() {
            case .presentFuture?: offset = ahead
            // A reported future looks ahead of a saying at or just before the report: of two
            // days about as far, the one ahead ("said on Thursday it would hold talks on
            // Monday"); "could not recognise them on Wednesday" told on Thursday is the day before.
            case .reported?: offset = ahead <= back + 1 ? ahead : -back
            case .past?, nil: offset = -back
            }
        }
        let day = anchor.adding(days: offset)
        return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: true)
    }

    private func relative(_ unit: TimeUnit, offset: Int, tense: () -> Tense?) -> ResolvedTime {
        guard let anchor else { return Self.partial(unit) }
        if unit == .weekend {
            // The weekend of the anchor's week, moved by whole weeks; "last weekend" is the latest one
            // already over, "this weekend" the one of the anchor's week.
            var saturday = anchor.adding(days: 6 - anchor.weekday)
            if offset < 0, saturday >= anchor { saturday = saturday.adding(days: -7) }
            if offset > 0 { saturday = saturday.adding(days: 7 * offset) }
            let week = saturday.isoWeek
            return ResolvedTime(value: TimexText.week(year: week.year, week: week.week, weekend: true), precision: .week,
                                interval: DayInterval(earliest: saturday, latest: saturday.adding(days: 1)), usedAnchor: true)
        }
        return shifted(anchor, unit, by: offset)
    }

    /// The unit containing `anchor` moved by `count` units.
    private func shifted(_ anchor: CalendarDay, _ unit: TimeUnit, by count: Int) -> ResolvedTime {
        switch unit {
        case .day:
            let day = anchor.adding(days: count)
            return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: true)
        case .week, .weekend, .fortnight:
            let days = unit == .fortnight ? 14 : 7
            return unitContaining(anchor.adding(days: count * days), .week)
        case .month:
            let total = anchor.year * 12 + (anchor.month - 1) + count
            let first = Self.day(Self.floorDiv(total, 12), month: Self.floorMod(total, 12) + 1, day: 1)
            return unitContaining(first, .month)
        case .quarter:
            let total = anchor.year * 4 + (anchor.month - 1) / 3 + count
            let first = Self.day(Self.floorDiv(total, 4), month: Self.floorMod(total, 4) * 3 + 1, day: 1)
            return unitContaining(first, .quarter)
        case .year, .decade:
            let years = unit == .decade ? count * 10 : count
            let shifted = Self.day(anchor.year + years, month: 1, day: 1)
            return unitContaining(shifted, unit)
        }
    }

    /// The named unit that contains `day`, with its value.
    private func unitContaining(_ day: CalendarDay, _ unit: TimeUnit) -> ResolvedTime {
        switch unit {
        case .day:
            return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: true)
        case .week, .weekend, .fortnight:
            let monday = day.adding(days: 1 - day.weekday)
            let week = day.isoWeek
            return ResolvedTime(value: TimexText.week(year: week.year, week: week.week), precision: .week,
                                interval: DayInterval(earliest: monday, latest: monday.adding(days: 6)), usedAnchor: true)
        case .month:
            return ResolvedTime(value: TimexText.month(year: day.year, month: day.month), precision: .month,
                                interval: Self.months(year: day.year, month: day.month, count: 1), usedAnchor: true)
        case .quarter:
            let quarter = (day.month - 1) / 3 + 1
            return ResolvedTime(value: TimexText.quarter(year: day.year, quarter: quarter), precision: .quarter,
                                interval: Self.months(year: day.year, month: quarter * 3 - 2, count: 3), usedAnchor: true)
        case .year:
            return ResolvedTime(value: TimexText.year(day.year), precision: .year, interval: Self.year(day.year), usedAnchor: true)
        case .decade:
            let first = Self.floorDiv(day.year, 10) * 10
            let interval = DayInterval(earliest: CalendarDay(year: first, month: 1, day: 1), latest: CalendarDay(year: first + 9, month: 12, day: 31))
            return ResolvedTime(value: TimexText.decade(first), precision: .decade, interval: interval, usedAnchor: true)
        }
    }

    /// `day` moved by `count` days, weeks, months or years (a month's day kept where it exists).
    static func moved(_ day: CalendarDay, _ unit: TimeUnit, by count: Int) -> CalendarDay {
        switch unit {
        case .day: return day.adding(days: count)
        case .week, .weekend: return day.adding(days: 7 * count)
        case .fortnight: return day.adding(days: 14 * count)
        case .month, .quarter, .year, .decade:
            let months = count * (unit == .month ? 1 : unit == .quarter ? 3 : unit == .year ? 12 : 120)
            let total = day.year * 12 + (day.month - 1) + months
            let year = floorDiv(total, 12), month = floorMod(total, 12) + 1
            return CalendarDay(year: year, month: month, day: day.day) ?? Self.day(year, month: month, day: 1)
        }
    }

    /// A day of the year (`.year`) or month (`.month`) the article named last, when the time it
    /// named lies within one; nil otherwise.
    private func storyBase(_ unit: TimeUnit) -> CalendarDay? {
        guard let named = narrativeTime, let first = named.earliest, let last = named.latest, first.year == last.year else { return nil }
        switch unit {
        case .year: return first
        case .month: return first.month == last.month ? first : nil
        default: return nil
        }
    }

    /// `unit` shifted by `count` from the partial day told last ("the next day" → "XXXX-10-20",
    /// "that month" → "XXXX-10"), kept partial: days and months only, without it `partial(unit)`.
    private func partialShift(_ unit: TimeUnit, by count: Int) -> ResolvedTime {
        guard let told = partialDay else { return Self.partial(unit) }
        switch unit {
        case .day:
            let day = told.adding(days: count)
            return ResolvedTime(value: TimexText.partialDay(month: day.month, day: day.day), precision: .day, interval: .open, usedAnchor: false)
        case .month:
            let month = Self.floorMod(told.month - 1 + count, 12) + 1
            return ResolvedTime(value: TimexText.partialMonth(month), precision: .month, interval: .open, usedAnchor: false)
        default:
            return Self.partial(unit)
        }
    }

    /// Values for relative expressions of an undated article.
    private static func partial(_ unit: TimeUnit) -> ResolvedTime {
        switch unit {
        case .day: return ResolvedTime(value: "XXXX-XX-XX", precision: .day, interval: .open, usedAnchor: false)
        case .week, .fortnight: return ResolvedTime(value: "XXXX-WXX", precision: .week, interval: .open, usedAnchor: false)
        case .weekend: return ResolvedTime(value: "XXXX-WXX-WE", precision: .week, interval: .open, usedAnchor: false)
        case .month: return ResolvedTime(value: "XXXX-XX", precision: .month, interval: .open, usedAnchor: false)
        case .quarter: return ResolvedTime(value: "XXXX-QX", precision: .quarter, interval: .open, usedAnchor: false)
        case .year: return ResolvedTime(value: "XXXX", precision: .year, interval: .open, usedAnchor: false)
        case .decade: return ResolvedTime(value: "XXX", precision: .decade, interval: .open, usedAnchor: false)
        }
    }

    // MARK: Interval helpers.

    /// `count` whole months from the first of `month`.
    static func months(year: Int, month: Int, count: Int) -> DayInterval {
        let start = year * 12 + (month - 1)
        let end = start + count - 1
        let firstDay = Self.day(floorDiv(start, 12), month: floorMod(start, 12) + 1, day: 1)
        let lastMonth = Self.day(floorDiv(end, 12), month: floorMod(end, 12) + 1, day: 1)
        return DayInterval(earliest: firstDay, latest: lastMonth.lastDayOfMonth)
    }

    static func year(_ year: Int) -> DayInterval {
        DayInterval(earliest: Self.day(year, month: 1, day: 1), latest: Self.day(year, month: 12, day: 31))
    }

    /// The part of an interval: its first, middle or last third ("early June" is 1–10 June) or
    /// one of its halves ("the second half of 2024").
    static func narrow(_ interval: DayInterval, to part: PeriodPart) -> DayInterval {
        guard let earliest = interval.earliest, let latest = interval.latest else { return interval }
        switch part {
        case .start: return third(earliest, latest, index: 0)
        case .middle: return third(earliest, latest, index: 1)
        case .end: return third(earliest, latest, index: 2)
        case .firstHalf: return half(earliest, latest, second: false)
        case .secondHalf: return half(earliest, latest, second: true)
        }
    }

    /// Third `index` (0, 1 or 2) of the days `earliest…latest`. Whole-month periods split by
    /// months (a year into four-month parts) or, for one month, into 1–10, 11–20 and 21–end.
    static func third(_ earliest: CalendarDay, _ latest: CalendarDay, index: Int) -> DayInterval {
        if earliest.day == 1, latest == latest.lastDayOfMonth {
            let monthCount = (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1
            if monthCount == 1 {
                return index < 2 ? DayInterval(earliest: earliest.adding(days: 10 * index), latest: earliest.adding(days: 10 * index + 9))
                    : DayInterval(earliest: earliest.adding(days: 20), latest: latest)
            }
            if monthCount % 3 == 0 {
                let third = monthCount / 3
                return months(year: earliest.year, month: earliest.month + index * third, count: third)
            }
        }
        let days = latest.daysSinceEpoch - earliest.daysSinceEpoch + 1
        let third = max(1, days / 3)
        switch index {
        case 0: return DayInterval(earliest: earliest, latest: earliest.adding(days: third - 1))
        case 1: return DayInterval(earliest: earliest.adding(days: third), latest: latest.adding(days: -third))
        default: return DayInterval(earliest: latest.adding(days: -(third - 1)), latest: latest)
        }
    }

    /// The first or second half of the days `earliest…latest` (of whole months when it is an
    /// even number of whole months: a year's halves are January–June and July–December).
    static func half(_ earliest: CalendarDay, _ latest: CalendarDay, second: Bool) -> DayInterval {
        let monthCount = (latest.year - earliest.year) * 12 + latest.month - earliest.month + 1
        if earliest.day == 1, latest == latest.lastDayOfMonth, monthCount % 2 == 0 {
            return months(year: earliest.year, month: earliest.month + (second ? monthCount / 2 : 0), count: monthCount / 2)
        }
        let days = latest.daysSinceEpoch - earliest.daysSinceEpoch + 1
        let firstHalf = max(1, days / 2)
        return second ? DayInterval(earliest: earliest.adding(days: firstHalf), latest: latest)
            : DayInterval(earliest: earliest, latest: earliest.adding(days: firstHalf - 1))
    }

    /// The days an event related to `interval` may fall on ("before June": up to 31 May).
    static func related(_ interval: DayInterval, _ relation: TimeRelation, inclusive: Bool) -> DayInterval {
        switch relation {
        case .before, .shortlyBefore:
            let bound = inclusive ? interval.latest : interval.earliest?.adding(days: -1)
            return DayInterval(earliest: nil, latest: bound)
        case .after, .shortlyAfter:
            let bound = inclusive ? interval.earliest : interval.latest?.adding(days: 1)
            return DayInterval(earliest: bound, latest: nil)
        case .on:
            return interval
        }
    }

    /// A day known to exist (first or last days of months); the epoch only if it somehow does not.
    static func day(_ year: Int, month: Int, day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day) ?? CalendarDay(daysSinceEpoch: 0)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    /// A length as TIMEX3 writes it: P3Y, PT2H; an unknown count ("several hours", "for
    /// years") as X.
    static func length(_ unit: DurationUnit, _ count: Int) -> String {
        TimexText.make { writer in
            writer.text(unit.isClock ? "PT" : "P")
            if count == 0 { writer.text("X") } else { writer.number(count) }
            writer.text(unit.letters)
        }
    }

    /// TIMEX3 value of a whole count and a half of `unit` ("PT4.5H").
    static func halfLength(_ unit: DurationUnit, _ whole: Int) -> String {
        TimexText.make { writer in
            writer.text(unit.isClock ? "PT" : "P")
            writer.number(whole)
            writer.text(".5")
            writer.text(unit.letters)
        }
    }

    /// TIMEX3 value of a length in two units, the second shorter ("P6Y8M", "PT2H30M", "P2DT6H").
    static func length(_ unit: DurationUnit, _ count: Int, then smaller: DurationUnit, _ smallerCount: Int) -> String {
        TimexText.make { writer in
            writer.text(unit.isClock ? "PT" : "P")
            writer.number(count)
            writer.text(unit.letters)
            if smaller.isClock, !unit.isClock { writer.text("T") }
            writer.number(smallerCount)
            writer.text(smaller.letters)
        }
    }
}

extension DayInterval {
    /// Unbounded at both ends.
    static let open = DayInterval(earliest: nil, latest: nil)
}

extension TimeMatch {
    /// Whether the year comes from the anchor ("the first quarter" without a year).
    var kindHasNoYear: Bool {
        if case .quarter(nil, _, _) = kind { return true }
        return false
    }

    /// Whether this names a story reference date.
    var isReference: Bool {
        if case .reference = kind { return true }
        return false
    }
}

extension TimePrecision {
    /// The calendar unit of a time of this precision (nil for a season, a decade or no point in time).
    var calendarUnit: TimeUnit? {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        default: nil
        }
    }
}
