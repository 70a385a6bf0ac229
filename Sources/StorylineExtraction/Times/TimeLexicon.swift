import StorylineModel

/// What a word can contribute to a temporal expression.
enum TimeWord: Sendable, Equatable {
    /// A full month name (1 = January).
    case month(Int)
    /// A month abbreviation ("Jan", "Sept"): only with a day or year beside it.
    case monthAbbreviation(Int)
    /// A weekday (ISO: 1 = Monday … 7 = Sunday).
    case weekday(Int)
    /// A holiday on a fixed day of the year ("Christmas": December 25); `needsDay` when the
    /// word alone is something else ("boxing" without "Day").
    case holiday(month: Int, day: Int, needsDay: Bool)
    /// A holiday whose day moves with the year ("Thanksgiving", "Easter"); `needsDay` as for
    /// a fixed one ("Labor" without "Day").
    case movableHoliday(MovableHoliday, needsDay: Bool)
    /// A season.
    case season(Season)
    /// A calendar unit ("week", "months").
    case unit(TimeUnit)
    /// A unit read only as a length of time after a count ("hours", "minutes", "centuries").
    case lengthUnit(DurationUnit)
    /// "yesterday" (-1), "today" (0), "tomorrow" (+1), "tonight" (0).
    case dayOffset(Int)
    /// "last", "next", "this", "coming", "previous".
    case deixis(Deixis)
    /// Adverbs meaning some time before publication ("recently", "previously").
    case pastAdverb
    /// Adverbs meaning at publication ("now", "currently").
    case presentAdverb
    /// Adverbs meaning after publication ("soon").
    case futureAdverb
    /// A count word ("two"; "a" is 1). Nil: an unknown small count ("few", "several").
    case count(Int?)
    /// "ago".
    case ago
    /// A part of a period ("early", "mid", "late", "end", "beginning").
    case part(PeriodPart)
    /// Words relating an event to a time ("before", "since").
    case relation(TimeRelation)
    /// Prepositions kept with the expression they introduce ("in January", "on Thursday").
    case preposition
    /// Parts of a day ("morning", "night").
    case dayPart
    /// An hour named by a word ("noon": 12, "midnight": `midnight`).
    case namedHour(Int)
    /// An adverb of how often ("daily": every one day, "quarterly": every three months).
    case frequency(DurationUnit, count: Int)
    /// A weekday in the plural ("Sundays"): every such day.
    case weekdays(Int)
    /// Parts of a day in the plural ("evenings"): every such part, after a word that says so
    /// ("most evenings", "Sunday afternoons").
    case dayParts
    /// Other words that some multi-word expressions need.
    case keyword(TimeKeyword)
}

/// Calendar units.
enum TimeUnit: Sendable, Equatable {
    case day, week, weekend, fortnight, month, quarter, year, decade

    /// Approximate length in days, for intervals of vague counts.
    var approximateDays: Int {
        switch self {
        case .day: return 1
        case .week, .weekend: return 7
        case .fortnight: return 14
        case .month: return 30
        case .quarter: return 91
        case .year: return 365
        case .decade: return 3652
        }
    }
}

/// Units of a length of time, shortest first, with their TIMEX3 letters ("P3Y", "PT2H", "P2DE").
enum DurationUnit: Sendable, Equatable {
    case second, minute, hour, day, week, month, year, decade, century

    /// The unit of `unit` and how many of it one makes (a fortnight is two weeks); nil for
    /// a weekend, which is no length.
    static func of(_ unit: TimeUnit) -> (unit: DurationUnit, times: Int)? {
        switch unit {
        case .day: (.day, 1)
        case .week: (.week, 1)
        case .fortnight: (.week, 2)
        case .month: (.month, 1)
        case .quarter: (.month, 3)
        case .year: (.year, 1)
        case .decade: (.decade, 1)
        case .weekend: nil
        }
    }

    /// The unit a lexicon word names as a length, and how many of it: nil for other words.
    static func of(_ word: TimeWord?) -> (unit: DurationUnit, times: Int)? {
        switch word {
        case .unit(let unit)?: of(unit)
        case .lengthUnit(let unit)?: (unit, 1)
        default: nil
        }
    }

    /// Half of `unit` in the next smaller unit ("half an hour": 30 minutes), where it is whole.
    static func half(of unit: DurationUnit) -> (unit: DurationUnit, count: Int)? {
        switch unit {
        case .minute: (.second, 30)
        case .hour: (.minute, 30)
        case .day: (.hour, 12)
        case .year: (.month, 6)
        case .decade: (.year, 5)
        case .century: (.year, 50)
        case .second, .week, .month: nil
        }
    }

    /// How many of `smaller` make one of this unit, where a length told in both ("six years
    /// and eight months", "two hours and 30 minutes") counts fewer of it than that.
    func count(of smaller: DurationUnit) -> Int? {
        switch (self, smaller) {
        case (.century, .year): 100
        case (.decade, .year): 10
        case (.year, .month): 12
        case (.year, .week): 52
        case (.year, .day): 366
        case (.month, .week): 5
        case (.month, .day): 31
        case (.week, .day): 7
        case (.day, .hour): 24
        case (.hour, .minute), (.minute, .second): 60
        default: nil
        }
    }

    /// Whether TIMEX3 writes it after a "T" (a time of day's units).
    var isClock: Bool { self == .second || self == .minute || self == .hour }

    /// Its TIMEX3 letters.
    var letters: StaticString {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week: "W"
        case .month: "M"
        case .year: "Y"
        case .decade: "DE"
        case .century: "CE"
        }
    }
}

/// A holiday whose day of the year moves: the nth weekday of a month, or a day counted from
/// Easter Sunday.
enum MovableHoliday: Sendable, Equatable {
    /// The `n`th `weekday` (ISO) of `month` counted from its day `from`; `n` -1 is the last.
    case nthWeekday(month: Int, weekday: Int, n: Int, from: Int = 1)
    /// So many days after Easter Sunday.
    case easter(offset: Int)

    /// Its month (the day comes from the year).
    var month: Int {
        switch self {
        case let .nthWeekday(month, _, _, _): month
        case .easter: 4  // March or April; only read where no year is known
        }
    }

    /// Its day in `year`.
    func day(in year: Int) -> CalendarDay? {
        switch self {
        case let .nthWeekday(month, weekday, n, from):
            guard let first = CalendarDay(year: year, month: month, day: from) else { return nil }
            if n > 0 { return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1)) }
            let last = first.lastDayOfMonth
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        case let .easter(offset):
            return Self.easterSunday(year)?.adding(days: offset)
        }
    }

    /// Easter Sunday of `year` in the Gregorian calendar (the anonymous "computus").
    static func easterSunday(_ year: Int) -> CalendarDay? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }
}

/// Seasons, with their TIMEX3 codes.
enum Season: String, Sendable, Equatable {
    case spring = "SP", summer = "SU", autumn = "FA", winter = "WI"

    /// First month of the season (northern hemisphere, meteorological).
    var firstMonth: Int {
        switch self {
        case .spring: return 3
        case .summer: return 6
        case .autumn: return 9
        case .winter: return 12
        }
    }
}

/// Which occurrence a deictic word picks.
enum Deixis: Sendable, Equatable {
    case last, this, next
}

/// A part of a period that narrows its interval.
enum PeriodPart: Sendable, Equatable {
    case start, middle, end
    /// Halves of a period ("the first half of 2024"), named by their ordinal.
    case firstHalf, secondHalf
}

/// Words only some multi-word expressions use.
enum TimeKeyword: Sendable, Equatable {
    case the, of, so, far, past, future, recent, present, moment, near, earlier, later, eve, run, wake, up, to, just, shortly, that, overnight
    /// "every", "each": opens a recurring time ("every year", "each Sunday").
    case every
    /// "per": opens a rate's unit ("per year").
    case per
    /// "once", "twice", "thrice": how many times in a rate's unit ("twice a week").
    case times(Int)
    /// "o'clock" after an hour.
    case oclock
    /// "date" in "to date": until now.
    case date
}

/// Word tables for finding temporal expressions. General English only.
enum TimeLexicon {
    /// The hour "midnight" stands for until its day is known: 24, the end of a day, or 0, the
    /// start of the next (see `TimeResolver`).
    static let midnight = 24
    /// Hours from which a clock time told on a day makes it a night (with `midnight` excluded).
    static let nightfall = 20
    /// Hours before which a clock time after a night told is the next day's small hours.
    static let smallHoursEnd = 7
    /// Every word that can start or continue a temporal expression.
    static let words: WordTable<TimeWord> = WordTable(entries)
    /// The same words with their screening answers, for the tokenizer.
    static let screened: WordTable<ScreenedTimeWord> = WordTable(entries.map { ($0.0, ScreenedTimeWord($0.1)) })

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    private static let monthAbbreviations: [(String, Int)] = [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    /// Holidays on a fixed day, by their first word ("Christmas Eve" is the day before,
    /// "Boxing Day" needs its "Day"); movable feasts (Easter) are left out.
    private static let holidays: [(word: String, month: Int, day: Int, needsDay: Bool)] = [
        ("christmas", 12, 25, false), ("halloween", 10, 31, false), ("boxing", 12, 26, true),
    ]
    /// Holidays whose day moves, US ones by their US dates ("Labour Day" is May Day in many
    /// countries and is left out).
    private static let movableHolidays: [(word: String, holiday: MovableHoliday, needsDay: Bool)] = [
        ("thanksgiving", .nthWeekday(month: 11, weekday: 4, n: 4), false),
        ("labor", .nthWeekday(month: 9, weekday: 1, n: 1), true),
        ("memorial", .nthWeekday(month: 5, weekday: 1, n: -1), true),
        // The United States' rule, "the Tuesday after the first Monday in November": where a
        // story means another country's, its story file names the day and wins.
        ("election", .nthWeekday(month: 11, weekday: 2, n: 1, from: 2), true),
        ("easter", .easter(offset: 0), false),
    ]
    private static let countTens: [(word: String, value: Int)] = [
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]
    private static let countUnits = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Adverbs of how often, with the unit they repeat in ("fortnightly": every two weeks).
    private static let frequencies: [(word: String, unit: DurationUnit, count: Int)] = [
        ("hourly", .hour, 1), ("daily", .day, 1), ("weekly", .week, 1), ("fortnightly", .week, 2), ("monthly", .month, 1),
        ("quarterly", .month, 3), ("yearly", .year, 1), ("annually", .year, 1), ("annual", .year, 1),
    ]

    private static var entries: [(String, TimeWord)] {
        var list: [(String, TimeWord)] = []
        list += monthNames.enumerated().map { ($0.element, .month($0.offset + 1)) }
        list += monthAbbreviations.map { ($0.0, .monthAbbreviation($0.1)) }
        list += weekdayNames.enumerated().map { ($0.element, .weekday($0.offset + 1)) }
        list += weekdayNames.enumerated().map { ($0.element + "s", .weekdays($0.offset + 1)) }
        list += holidays.map { ($0.word, .holiday(month: $0.month, day: $0.day, needsDay: $0.needsDay)) }
        list += movableHolidays.map { ($0.word, .movableHoliday($0.holiday, needsDay: $0.needsDay)) }
        list += frequencies.map { ($0.word, .frequency($0.unit, count: $0.count)) }
        // "forty-four days": tens and units joined by a hyphen.
        list += countTens.flatMap { ten in countUnits.enumerated().map { ("\(ten.word)-\($0.element)", .count(ten.value + $0.offset + 1)) } }
        list += [
            ("spring", .season(.spring)), ("summer", .season(.summer)), ("autumn", .season(.autumn)),
            ("fall", .season(.autumn)), ("winter", .season(.winter)),
            ("day", .unit(.day)), ("days", .unit(.day)), ("week", .unit(.week)), ("weeks", .unit(.week)),
            ("weekend", .unit(.weekend)), ("weekends", .unit(.weekend)), ("fortnight", .unit(.fortnight)),
            ("month", .unit(.month)), ("months", .unit(.month)), ("quarter", .unit(.quarter)),
            ("year", .unit(.year)), ("years", .unit(.year)), ("decade", .unit(.decade)), ("decades", .unit(.decade)),
            // Not "second": "the second day" is an ordinal.
            ("hour", .lengthUnit(.hour)), ("hours", .lengthUnit(.hour)), ("minute", .lengthUnit(.minute)),
            ("minutes", .lengthUnit(.minute)), ("seconds", .lengthUnit(.second)),
            ("century", .lengthUnit(.century)), ("centuries", .lengthUnit(.century)),
            ("yesterday", .dayOffset(-1)), ("today", .dayOffset(0)), ("tomorrow", .dayOffset(1)), ("tonight", .dayOffset(0)),
            ("last", .deixis(.last)), ("previous", .deixis(.last)), ("this", .deixis(.this)),
            ("next", .deixis(.next)), ("coming", .deixis(.next)),
            ("recently", .pastAdverb), ("previously", .pastAdverb), ("lately", .pastAdverb), ("formerly", .pastAdverb),
            ("now", .presentAdverb), ("currently", .presentAdverb), ("nowadays", .presentAdverb),
            ("soon", .futureAdverb),
            ("a", .count(1)), ("an", .count(1)), ("one", .count(1)), ("two", .count(2)), ("three", .count(3)),
            ("four", .count(4)), ("five", .count(5)), ("six", .count(6)), ("seven", .count(7)), ("eight", .count(8)),
            ("nine", .count(9)), ("ten", .count(10)), ("eleven", .count(11)), ("twelve", .count(12)),
            ("thirteen", .count(13)), ("fourteen", .count(14)), ("fifteen", .count(15)), ("sixteen", .count(16)),
            ("seventeen", .count(17)), ("eighteen", .count(18)), ("nineteen", .count(19)), ("twenty", .count(20)),
            ("thirty", .count(30)), ("forty", .count(40)), ("fifty", .count(50)),
            ("few", .count(nil)), ("several", .count(nil)), ("many", .count(nil)), ("some", .count(nil)), ("couple", .count(2)),
            ("ago", .ago),
            ("early", .part(.start)), ("beginning", .part(.start)), ("start", .part(.start)),
            ("mid", .part(.middle)), ("middle", .part(.middle)),
            ("late", .part(.end)), ("end", .part(.end)),
            ("before", .relation(.before)), ("until", .relation(.before)), ("till", .relation(.before)),
            ("ahead", .relation(.before)), ("prior", .relation(.before)),
            ("after", .relation(.after)), ("since", .relation(.after)), ("following", .relation(.after)),
            ("in", .preposition), ("on", .preposition), ("during", .preposition), ("at", .preposition),
            ("throughout", .preposition), ("from", .preposition), ("by", .preposition), ("over", .preposition),
            ("morning", .dayPart), ("afternoon", .dayPart), ("evening", .dayPart), ("night", .dayPart),
            ("mid-morning", .dayPart), ("mid-afternoon", .dayPart), ("lunchtime", .dayPart),
            ("mornings", .dayParts), ("afternoons", .dayParts), ("evenings", .dayParts), ("nights", .dayParts),
            ("noon", .namedHour(12)), ("midday", .namedHour(12)), ("midnight", .namedHour(midnight)),
            ("the", .keyword(.the)), ("of", .keyword(.of)), ("so", .keyword(.so)), ("far", .keyword(.far)),
            ("past", .keyword(.past)), ("future", .keyword(.future)), ("recent", .keyword(.recent)),
            ("present", .keyword(.present)), ("moment", .keyword(.moment)), ("near", .keyword(.near)),
            ("earlier", .keyword(.earlier)), ("later", .keyword(.later)), ("eve", .keyword(.eve)),
            ("run-up", .keyword(.run)), ("wake", .keyword(.wake)), ("up", .keyword(.up)), ("to", .keyword(.to)),
            ("just", .keyword(.just)), ("only", .keyword(.just)), ("shortly", .keyword(.shortly)),
            ("immediately", .keyword(.shortly)), ("that", .keyword(.that)), ("overnight", .keyword(.overnight)),
            ("every", .keyword(.every)), ("each", .keyword(.every)), ("per", .keyword(.per)),
            // Keys are compared byte for byte: the typographic apostrophe is a key of its own.
            ("o'clock", .keyword(.oclock)), ("o\u{2019}clock", .keyword(.oclock)), ("date", .keyword(.date)),
            ("once", .keyword(.times(1))), ("twice", .keyword(.times(2))), ("thrice", .keyword(.times(3))),
        ]
        return list
    }

    /// Prepositions after which a bare four-digit number is read as a year ("in 2019").
    static let yearPrepositions = WordSet([
        "in", "since", "by", "until", "till", "during", "from", "before", "after", "of", "early", "late", "mid",
        "throughout", "to", "through", "between", "and", "circa", "summer", "spring", "autumn", "fall", "winter",
        "both", "either",
    ])

    /// Words before a year that are one only when no lower-case word follows it ("for 2021.",
    /// "fiscal 2021,"; not "for 2021 votes").
    static let yearLeadsBeforeNoNoun = WordSet(["for", "fiscal", "around", "about", "roughly"])

    /// Lower-case words after such a year that open no noun it would count ("its guidance for
    /// 2024 of a margin", "for 2021 and 2022").
    static let wordsAfterYearNoNoun = WordSet([
        "of", "and", "or", "to", "in", "on", "at", "by", "with", "from", "as", "than", "when", "was", "is", "will", "would",
    ])

    /// Words after which "May" and "March" are months rather than a verb ("in May", "last March").
    static let ambiguousMonthContext = WordSet([
        "in", "since", "by", "until", "till", "during", "from", "before", "after", "of", "early", "late", "mid",
        "last", "next", "this", "throughout", "through", "between", "and", "to", "on", "end", "start", "beginning", "middle",
    ])

    /// Month names that are also common words, needing a preposition before them ("in May").
    static let ambiguousMonths = WordSet(["may", "march"])

    /// Nouns a year commonly modifies ("the 2020 election").
    static let yearModifiedNouns = WordSet([
        "election", "elections", "campaign", "summit", "games", "olympics", "census", "budget", "vote", "war",
        "crisis", "season", "championship", "tournament", "world", "agreement", "deal", "accord", "treaty", "race",
        "referendum", "attack", "attacks", "talks", "meeting", "conference", "report", "law", "act", "plan",
        "interview", "speech", "visit", "study", "coup", "invasion", "uprising", "revolution", "protests", "riots",
        "shooting", "bombing", "killing", "killings", "massacre", "crash", "raid", "earthquake", "floods", "pandemic",
        "outbreak", "lockdown", "recession", "standoff", "clashes", "parade", "launch", "test", "tests", "rally",
        "ruling", "verdict", "trial", "decision", "revision", "amendment", "reform", "reforms", "bill", "policy",
        "review", "strategy", "target", "targets", "forecast", "guidance", "outlook", "results", "merger", "takeover",
        "final", "cup", "victory", "defeat", "story", "edition", "film", "album", "book", "declaration", "pact",
    ])

    /// Determiners before a year that modifies a noun ("her 2021 campaign", "its 2019 target").
    static let yearDeterminers = WordSet(["a", "its", "his", "her", "their", "our", "this", "that"])

    /// Nouns for the time leading up to a named date ("during the election campaign").
    static let precedingPeriodNouns = WordSet(["campaign", "campaigns", "race", "run-up", "preparations", "build-up"])

    /// Words that may follow "overnight" as a time (else it describes the noun after it).
    static let afterOvernight = WordSet([
        "and", "but", "as", "after", "before", "when", "while", "in", "on", "at", "with", "amid", "following",
        "to", "from", "into", "across", "near", "along", "local", "said", "says", "according",
    ])

    /// Words before "overnight" that make it "suddenly" (within four words; "did not happen
    /// overnight" is caught by its "not", "what happened overnight" stays a time).
    static let suddenOvernight = WordSet([
        "not", "never", "almost", "virtually", "practically", "seemingly", "literally", "nearly",
        "change", "changed", "changes", "become", "became", "becomes", "disappear", "disappeared",
        "vanish", "vanished", "transform", "transformed", "fix", "fixed", "solve", "solved", "cannot",
    ])

    /// Ordinal words for days of a month ("the first of May", "the Fourth of July",
    /// "the twenty-first of June").
    static let dayOrdinals: WordTable<Int> = {
        let firsts = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                     "eighteenth", "nineteenth", "twentieth"]
        var list = firsts.enumerated().map { ($0.element, $0.offset + 1) }
        list += teens.enumerated().map { ($0.element, $0.offset + 10) }
        list += firsts.enumerated().map { ("twenty-\($0.element)", $0.offset + 21) }
        list += [("thirtieth", 30), ("thirty-first", 31)]
        return WordTable(list)
    }()

    /// Ordinal words for quarters ("first quarter").
    static let ordinals: WordTable<Int> = WordTable([("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("final", 4), ("last", 4)])

    /// Words before "the" and a part of a day that make it a part of the day told ("through the
    /// night", "by the afternoon", "the applause of the afternoon").
    static let dayPartLeads = WordSet(["in", "during", "through", "throughout", "into", "by", "until", "till", "of", "for", "before", "after", "since"])

    /// Words before a length that hedge it and belong to its expression ("almost 20 years").
    static let durationHedges = WordSet(["almost", "nearly", "about", "around", "roughly", "approximately", "some"])

    /// Words between a count and its unit that say how the units are counted ("five
    /// consecutive months", "14 Earth days", "a whole year", "a few more weeks"); the length is
    /// the same. Not "long": "after a long week of talks" tells no length.
    static let lengthModifiers = WordSet([
        "consecutive", "straight", "successive", "business", "working", "calendar", "full", "whole", "entire", "earth",
        "more", "additional", "extra",
    ])

    /// First words of two-word hedges before a length ("more than", "at least", "up to").
    static let durationHedgeLeads = WordSet(["more", "less", "fewer", "at", "up"])

    /// Capitalised last words of a named law, accord or event a year may open ("the 1972 Clean
    /// Water Act", "the 2015 Paris Agreement").
    static let yearNamedHeads = WordSet([
        "Act", "Acts", "Treaty", "Accord", "Accords", "Agreement", "Convention", "Constitution", "Protocol", "Declaration",
        "Olympics", "Games", "Cup", "Election", "Elections", "Summit", "Census", "Budget", "Plan", "Strategy", "Review",
    ], caseInsensitive: false)

    /// Words before "a"/"an"/"one" and a unit that make it a length of time ("for a year",
    /// "more than a year", "took a day"); elsewhere it is a rate's unit or a moment ("$5 a
    /// year", "one day").
    static let singleDurationLeads = WordSet([
        "for", "than", "within", "nearly", "almost", "about", "around", "roughly", "over", "just", "only", "after", "under",
        "took", "take", "takes", "taking", "spent", "spend", "spends", "spending", "lasted", "lasts", "lasting",
        "waited", "wait", "waits", "waiting",
    ])

    /// Words before a plural unit that pick out which units, so it is no length ("these days",
    /// "the early years", "in recent years", "those months").
    static let pluralUnitPickers = WordSet([
        "the", "these", "those", "this", "that", "recent", "early", "late", "coming", "past", "last", "next", "first",
        "final", "previous", "following", "same", "other", "its", "his", "her", "their", "our", "my", "your", "school",
        "working", "golden", "dark", "happy", "old", "good", "bad", "war", "teenage", "college", "student", "formative",
    ])

    /// Words before "a"/"an" and a unit that make it a rate's unit, a recurring time ("$5
    /// million a year", "three times a week"); a number, a unit ("24 hours a day") and a
    /// counted noun ("1,200 vehicles a day") do too.
    static let rateLeads = WordSet([
        "times", "million", "billion", "trillion", "thousand", "hundred", "dozen", "percent", "cent", "bucks",
        "dollars", "pounds", "euros", "pence", "cents",
    ])

    /// Words after a unit that make "a"/"an" and it no rate's unit ("a day after the vote",
    /// "a year of protests", "a year old"); "or" is not one ("$40 a day or more").
    static let afterNoRate = WordSet(["of", "after", "before", "ago", "earlier", "later", "old", "from", "when", "since"])

    /// Time zones written after a time of day ("14:52 BST", "7 p.m. ET"), in capitals.
    static let timeZones = WordSet(timeZoneWords, caseInsensitive: false)

    /// The words of `timeZones` (also no organisations' initials).
    static let timeZoneWords = [
        "GMT", "BST", "UTC", "WET", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT",
        "PST", "PDT", "AKST", "HST", "ET", "CT", "MT", "PT", "KST", "JST", "IST", "HKT", "SGT", "PHT", "AEST",
        "AEDT", "ACST", "AWST", "NZST", "NZDT", "SAST", "WAT", "EAT", "PKT", "ICT", "WIB",
    ]

    /// Ordinal suffixes after a day number ("18th").
    static let ordinalSuffixes = WordSet(["st", "nd", "rd", "th"])
}
