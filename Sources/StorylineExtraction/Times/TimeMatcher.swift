import StorylineModel

/// Finds temporal expressions in one sentence's tokens, left to right, longest rule first.
struct TimeMatcher {
    let t: TimeTokens

    /// Appends every expression of the sentence to `found`, not overlapping, in text order;
    /// `taken` (ascending) marks tokens already claimed (by reference matches). Only candidate
    /// tokens can start one: a word outside the lexicon, without a digit first or a hyphen, or
    /// a punctuation mark never does.
    func matches(skipping taken: ArraySlice<TimeMatch>, into found: inout [TimeMatch]) {
        var i = 0
        // The end of the last expression found: a rule read from the word after its first
        // ("to date" from "date") must not reach back into it.
        var lastEnd = 0
        var nextTaken = taken.startIndex
        for candidate in t.candidates {
            let k = Int(candidate)
            guard k >= i else { continue }
            i = k
            while nextTaken < taken.endIndex, taken[nextTaken].end <= i { nextTaken += 1 }
            if nextTaken < taken.endIndex, taken[nextTaken].first <= i {
                i = taken[nextTaken].end
                continue
            }
            if let match = introduced(at: i) ?? core(at: i), match.first >= lastEnd,
               nextTaken >= taken.endIndex || match.end <= taken[nextTaken].first {
                found.append(match)
                lastEnd = match.end
                i = max(match.end, i + 1)
            } else {
                i += 1
            }
        }
    }

    /// A preposition or relation word followed by an expression ("in January", "before 2019").
    private func introduced(at i: Int) -> TimeMatch? {
        let relation: TimeRelation
        var next = i + 1
        switch t.word(i) {
        case .preposition?:
            if t.isWord(i, "by") || t.isWord(i, "from") { return nil }
            relation = .on
        case .relation(let kind)?:
            if t.isWord(i, "ahead") || t.isWord(i, "prior") {
                guard t.keyword(next) == .of || t.keyword(next) == .to else { return nil }
                next += 1
            }
            relation = t.isWord(i, "since") ? .after : kind
        default:
            return nil
        }
        guard var match = core(at: next) else { return nil }
        match.first = i
        switch match.kind {
        case .pastReference, .recentSpan, .presentReference, .untilNow, .futureReference, .ago:
            if relation != .on { return nil }  // "since recently" and the like: leave the word alone.
        case .duration, .halfDuration, .twoPartDuration:
            return nil  // "for three years", "after two hours": the length alone.
        case .recurrence:
            if relation != .on { return nil }  // "on Sundays", "at weekends"; not "until Sundays".
        default:
            break
        }
        if relation != .on {
            match.relation = relation
            // "since June" and "until June" include June; "after June" and "before June" do not.
            match.includesNamedTime = t.isWord(i, "since") || t.isWord(i, "until") || t.isWord(i, "till")
        }
        return match
    }

    /// An expression starting exactly at token `i`.
    func core(at i: Int) -> TimeMatch? {
        guard i < t.count else { return nil }
        switch t.word(i) {
        case .part(let part)?:
            return partOf(at: i, part: part)
        case .keyword(.the)?:
            return theExpression(at: i)
        case .month?, .monthAbbreviation?:
            return monthFirst(at: i)
        case .weekday(let day)?:
            guard t.isCapitalised(i) else { return nil }
            // "Sunday Times", "Friday Prayers": a weekday before a name is part of that name.
            if t.isCapitalised(i + 1), t.month(i + 1) == nil, t.word(i - 1) != .preposition { return nil }
            // "Sunday afternoons": that part of every such day.
            if t.word(i + 1) == .dayParts { return TimeMatch(first: i, end: i + 2, kind: .recurrence(.weekday(day))) }
            if let date = dateAfterWeekday(i) { return date }
            return TimeMatch(first: i, end: dayPartEnd(i + 1), kind: .weekday(day, deixis: nil))
        case .holiday(let month, let day, let needsDay)?:
            return holiday(at: i, month: month, day: day, needsDay: needsDay)
        case .movableHoliday(let holiday, let needsDay)?:
            return movableHoliday(at: i, holiday: holiday, needsDay: needsDay)
        case .dayOffset(let offset)?:
            return TimeMatch(first: i, end: dayPartEnd(i + 1), kind: .dayOffset(offset))
        case .dayPart?:
            return toldDayPart(at: i)
        case .deixis(let deixis)?:
            return deictic(at: i, deixis: deixis)
        case .season(let season)?:
            return seasonExpression(at: i, season: season, deixis: nil, introduced: t.word(i - 1) == .preposition)
        case .count?, .unit?:
            return wordClock(at: i) ?? ago(at: i)
        case .lengthUnit?:
            // "within minutes", "for hours": a length of unknown count only after a word that
            // makes one ("opening hours" is none).
            guard i > 0, t.tokens[i - 1].isWord, TimeLexicon.singleDurationLeads.contains(t.bytes, t.tokens[i - 1]),
                  ByteClass.lower(t.bytes[t.tokens[i].end - 1]) == UInt8(ascii: "s") else { return nil }
            return duration(at: i, unitAt: i, count: 0)
        case .keyword(let keyword)?:
            return keywordExpression(at: i, keyword: keyword)
        case .pastAdverb?:
            return TimeMatch(first: i, end: i + 1, kind: .pastReference(days: nil))
        case .presentAdverb?:
            return TimeMatch(first: i, end: i + 1, kind: .presentReference)
        case .futureAdverb?:
            return TimeMatch(first: i, end: i + 1, kind: .futureReference)
        case .preposition?:
            return prepositionPhrase(at: i)
        case .namedHour(let hour)?:
            return namedHour(at: i, hour: hour)
        case .frequency(let unit, let count)?:
            return frequency(at: i, unit: unit, count: count)
        case .weekdays(let day)?:
            guard t.isCapitalised(i) else { return nil }
            return TimeMatch(first: i, end: i + 1, kind: .recurrence(.weekday(day)))
        case .dayParts?:
            return recurringDayPart(at: i)
        default:
            return numeric(at: i)
        }
    }

    /// "at noon", "shortly after midnight", "by midday Friday": that hour of the day told, after a
    /// preposition or relation ("a midnight raid" names no time).
    private func namedHour(at i: Int, hour: Int) -> TimeMatch? {
        switch t.word(i - 1) {
        case .preposition?, .relation?: break
        default: return nil
        }
        var end = i + 1
        var weekday: Int?
        if case .weekday(let day)? = t.word(end), t.isCapitalised(end) {
            weekday = day
            end += 1
        }
        return TimeMatch(first: i, end: end, kind: .clock(hour: hour, minute: 0, weekday: weekday))
    }

    /// "Christmas", "Christmas Eve", "Christmas Day 2020", "Boxing Day", "Halloween": the day
    /// of the year it falls on, read like "December 25" (a year when one follows).
    private func holiday(at i: Int, month: Int, day: Int, needsDay: Bool) -> TimeMatch? {
        guard t.isCapitalised(i) else { return nil }
        var end = i + 1
        var day = day
        let next = t.tokens.indices.contains(end) && t.tokens[end].isWord && t.isCapitalised(end)
        if next, t.keyword(end) == .eve {
            day -= 1
            end += 1
        } else if next, t.isWord(end, "day") {
            end += 1
        } else if needsDay {
            return nil
        }
        if let year = t.yearNumber(end) { return TimeMatch(first: i, end: end + 1, kind: .date(year: year, month: month, day: day)) }
        // "a Christmas tree", "Halloween costumes": without a preposition, relation or
        // deictic word before it, a holiday names no day.
        switch t.word(i - 1) {
        case .preposition?, .relation?, .deixis?: break
        default: if end == i + 1 { return nil }
        }
        return TimeMatch(first: i, end: end, kind: .date(year: nil, month: month, day: day))
    }

    /// "Thanksgiving", "Labor Day", "Memorial Day 2021", "Easter", "Easter Monday", "the
    /// Thanksgiving holiday": the day it
    /// falls on in its year, after a preposition, relation or deictic word as a fixed
    /// holiday is ("Thanksgiving dinner" names no day).
    private func movableHoliday(at i: Int, holiday: MovableHoliday, needsDay: Bool) -> TimeMatch? {
        guard t.isCapitalised(i) else { return nil }
        var end = i + 1
        var holiday = holiday
        if t.isCapitalised(end), t.isWord(end, "day") {
            end += 1
        } else if !needsDay, t.isWord(end, "holiday") {
            end += 1  // "for the Thanksgiving holiday"
        } else if needsDay {
            return nil
        } else if case .easter = holiday, case .weekday(let day)? = t.word(end), t.isCapitalised(end), day == 1 || day == 7 {
            holiday = .easter(offset: day == 1 ? 1 : 0)  // "Easter Monday", "Easter Sunday"
            end += 1
        }
        if let year = t.yearNumber(end) { return TimeMatch(first: i, end: end + 1, kind: .movableDay(holiday, year: year)) }
        switch t.word(i - 1) {
        case .preposition?, .relation?, .deixis?: break
        default: if end == i + 1 { return nil }
        }
        return TimeMatch(first: i, end: end, kind: .movableDay(holiday, year: nil))
    }

    // MARK: Numbers first: ISO dates, "18 June 2021", years, decades, "3 days ago".

    private func numeric(at i: Int) -> TimeMatch? {
        guard i < t.count, t.tokens[i].isWord else { return nil }
        if let iso = isoDate(i) { return TimeMatch(first: i, end: i + 1, kind: iso) }
        if let clock = clockTime(i) { return clock }
        if let hyphen = innerHyphen(i), let hyphenated = hyphenatedPart(i, hyphen: hyphen) ?? hyphenatedDuration(i, hyphen: hyphen)
            ?? hyphenatedQuarter(i, hyphen: hyphen) ?? hyphenatedFrequency(i, hyphen: hyphen) {
            return hyphenated
        }
        if let decade = decade(i) { return TimeMatch(first: i, end: i + 1, kind: .decade(decade)) }
        // "28-29 July", "11–13 June": the range is dated by its first day.
        let range = t.dayRange(i)
        if let day = range?.first ?? t.dayNumber(i) {
            var next = range?.end ?? i + 1
            if t.keyword(next) == .of { next += 1 }
            if let month = monthName(next) {
                var end = next + 1
                if t.isPunctuation(end, UInt8(ascii: ".")), case .monthAbbreviation? = t.word(next) { end += 1 }
                if t.isPunctuation(end, UInt8(ascii: ",")), t.yearNumber(end + 1) != nil { end += 1 }
                if let year = t.yearNumber(end) {
                    return TimeMatch(first: i, end: end + 1, kind: .date(year: year, month: month, day: day))
                }
                if let (offset, yearEnd) = deicticYear(at: end) {
                    return TimeMatch(first: i, end: yearEnd, kind: .inAnchorYear(month: month, day: day, yearOffset: offset))
                }
                return TimeMatch(first: i, end: next + 1, kind: .date(year: nil, month: month, day: day))
            }
        }
        if let year = t.yearNumber(i), (1900...2099).contains(year) || olderYearContext(i), yearContext(i) {
            return TimeMatch(first: i, end: i + 1, kind: .year(year))
        }
        return ago(at: i)
    }

    /// "7:06 a.m.", "11.40pm", "6am", "at 14:30": hours and minutes joined by a colon (or a
    /// period before am/pm), with am/pm attached or after a space; a 24-hour time only after "at".
    private func clockTime(_ i: Int) -> TimeMatch? {
        guard let (hour, hourDigits, hourMeridiem) = clockNumber(i) else { return nil }
        // "0600 GMT": four digits before a zone.
        if hourDigits == 4, hourMeridiem == nil, hour / 100 < 24, hour % 100 < 60, i + 1 < t.count, t.tokens[i + 1].isWord,
           TimeLexicon.timeZones.contains(t.bytes, t.tokens[i + 1]) {
            return TimeMatch(first: i, end: i + 2, kind: .clock(hour: hour / 100, minute: hour % 100, weekday: nil))
        }
        guard hourDigits <= 2 else { return nil }
        var end = i + 1
        var minute = 0
        var meridiem = hourMeridiem
        var colon = false
        // Minutes: ":06" or ".40" written on without spaces.
        if meridiem == nil, end + 1 < t.count, t.tokens[end].start == t.tokens[i].end, t.tokens[end + 1].start == t.tokens[end].end,
           t.isPunctuation(end, UInt8(ascii: ":")) || t.isPunctuation(end, UInt8(ascii: ".")),
           let (value, digits, suffix) = clockNumber(end + 1), digits == 2, value < 60 {
            colon = t.isPunctuation(end, UInt8(ascii: ":"))
            minute = value
            meridiem = suffix
            end += 2
        }
        if meridiem == nil, end < t.count, let written = meridiemWord(end) {
            meridiem = written
            end += 1
        }
        // "8 o'clock", "8.15 in the morning", "ten at night".
        let spoken = meridiem == nil ? spokenHourEnd(end) : nil
        if let spoken {
            meridiem = spoken.meridiem
            end = spoken.end
        }
        // "14:52 BST", "7 p.m. ET": the zone goes with the time (the value keeps local time).
        let zoned = end < t.count && t.tokens[end].isWord && TimeLexicon.timeZones.contains(t.bytes, t.tokens[end])
        let clockHour: Int
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            clockHour = hour % 12 + (meridiem ? 12 : 0)
        } else if spoken != nil {
            guard (1...12).contains(hour) else { return nil }
            // "8 o'clock": as written, as HeidelTime reads it, unless an evening was told before it.
            clockHour = eveningHour(hour, before: i)
        } else {
            // A 24-hour time after "at" or another preposition or relation ("until 23:59"),
            // before a zone, or heading a live report's entry alone.
            guard colon, hour < 24, t.isWord(i - 1, "at") || t.word(i - 1) == .preposition || isRelation(i - 1) || zoned
                || (i == 0 && end == t.count) else { return nil }
            clockHour = hour
        }
        if zoned { end += 1 }
        // "4:15 p.m. Tuesday", "2 a.m. Wednesday": on that weekday.
        var weekday: Int?
        if case .weekday(let day)? = t.word(end), t.isCapitalised(end) {
            weekday = day
            end = dayPartEnd(end + 1)
        }
        return TimeMatch(first: i, end: end, kind: .clock(hour: clockHour, minute: minute, weekday: weekday))
    }

    /// Whether token `i` runs on into an apostrophe or a hyphen ("Year's", "year-round").
    private func joinsWordAfter(_ i: Int) -> Bool {
        guard i + 1 < t.count, t.tokens[i + 1].start == t.tokens[i].end else { return false }
        return t.isPunctuation(i + 1, UInt8(ascii: "-")) || QuoteMarks.isApostrophe(t.bytes, t.tokens[i + 1].start)
    }

    /// Whether token `i` relates an event to a time ("until", "since").
    private func isRelation(_ i: Int) -> Bool {
        if case .relation? = t.word(i) { return true }
        return false
    }

    /// After an hour at token `i`: "o'clock", then a part of the day that tells morning from
    /// evening ("in the morning", "in the evening", "at night"), either or both; one past them,
    /// with whether the hour is after noon (nil: not told).
    private func spokenHourEnd(_ i: Int) -> (end: Int, meridiem: Bool?)? {
        var end = i
        if t.keyword(end) == .oclock { end += 1 }
        var meridiem: Bool?
        if t.isWord(end, "in"), t.keyword(end + 1) == .the {
            if t.isWord(end + 2, "morning") {
                meridiem = false
            } else if t.isWord(end + 2, "afternoon") || t.isWord(end + 2, "evening") {
                meridiem = true
            }
            if meridiem != nil { end += 3 }
        } else if t.isWord(end, "at"), t.isWord(end + 1, "night") {
            meridiem = true
            end += 2
        }
        return end > i ? (end, meridiem) : nil
    }

    /// "ten o'clock", "seven in the morning", "four o'clock in the morning": an hour written
    /// as a word, with what makes it one.
    private func wordClock(at i: Int) -> TimeMatch? {
        guard !t.isWord(i, "a"), !t.isWord(i, "an"), case .count(let hour?)? = t.word(i), (1...12).contains(hour),
              let spoken = spokenHourEnd(i + 1) else { return nil }
        let clockHour = spoken.meridiem.map { hour % 12 + ($0 ? 12 : 0) } ?? eveningHour(hour, before: i)
        return TimeMatch(first: i, end: spoken.end, kind: .clock(hour: clockHour, minute: 0, weekday: nil))
    }

    /// Most words before an hour that an evening or night told ahead of it reaches ("Most
    /// evenings I'm still marking at ten o'clock").
    private static let eveningReach = 8
    /// Hours an evening or night told before them puts after noon.
    private static let eveningHours = 5...11

    /// `hour` (told without am or pm) after noon when an evening or night is told a few words
    /// before it in the sentence; else as written.
    private func eveningHour(_ hour: Int, before i: Int) -> Int {
        guard Self.eveningHours.contains(hour) else { return hour }
        for k in stride(from: i - 1, through: max(0, i - Self.eveningReach), by: -1) {
            if t.isWord(k, "evening") || t.isWord(k, "evenings") || t.isWord(k, "night") || t.isWord(k, "nights") || t.isWord(k, "tonight") {
                return hour + 12
            }
        }
        return hour
    }

    /// The digits opening token `i` with an attached "am" or "pm" (true for pm), when nothing else follows them.
    private func clockNumber(_ i: Int) -> (value: Int, digits: Int, meridiem: Bool?)? {
        guard let (value, digits, end) = t.leadingDigits(i) else { return nil }
        if end == t.tokens[i].end { return (value, digits, nil) }
        guard let meridiem = TimeTokenizer.meridiem(t.bytes, end, t.tokens[i].end) else { return nil }
        return (value, digits, meridiem)
    }

    /// Whether token `i` (after a number) is "a.m.", "p.m.", "am" or "pm" (true for pm).
    private func meridiemWord(_ i: Int) -> Bool? {
        guard i < t.count, t.tokens[i].isWord else { return nil }
        return TimeTokenizer.meridiem(t.bytes, t.tokens[i].start, t.tokens[i].end)
    }

    /// "2019-03-14" (one word token).
    private func isoDate(_ i: Int) -> TimeMatchKind? {
        let token = t.tokens[i]
        guard token.count == 10 else { return nil }
        let b = t.bytes
        let s = token.start
        guard b[s + 4] == 0x2D, b[s + 7] == 0x2D else { return nil }
        func digits(_ from: Int, _ n: Int) -> Int? {
            var value = 0
            for k in from..<(from + n) {
                guard ByteClass.isDigit(b[k]) else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            return value
        }
        guard let year = digits(s, 4), let month = digits(s + 5, 2), let day = digits(s + 8, 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return .date(year: year, month: month, day: day)
    }

    /// "mid-June", "early-2020", "mid-1990s" (one word token with a part prefix).
    private func hyphenatedPart(_ i: Int, hyphen: Int) -> TimeMatch? {
        let token = t.tokens[i]
        let b = t.bytes
        guard case .part(let part)? = TimeLexicon.words.value(b, token.start, hyphen) else { return nil }
        let rest = hyphen + 1
        if case .month(let month)? = TimeLexicon.words.value(b, rest, token.end) {
            var match = TimeMatch(first: i, end: i + 1, kind: .month(year: nil, month: month, deixis: nil), part: part)
            if let year = t.yearNumber(i + 1) {
                match.kind = .month(year: year, month: month, deixis: nil)
                match.end = i + 2
            }
            return match
        }
        let digits = token.end - rest
        if digits == 4, let year = Int(TextBytes.string(b, rest, token.end)), (1000...2999).contains(year) {
            return TimeMatch(first: i, end: i + 1, kind: .year(year), part: part)
        }
        if digits == 5, b[token.end - 1] == UInt8(ascii: "s"), let year = Int(TextBytes.string(b, rest, token.end - 1)), year % 10 == 0 {
            return TimeMatch(first: i, end: i + 1, kind: .decade(year), part: part)
        }
        return nil
    }

    /// "1990s", "90s" (and "'90s": the apostrophe is its own token before it).
    private func decade(_ i: Int) -> Int? {
        let token = t.tokens[i]
        let b = t.bytes
        // Only digits parse, so a word like "talks" is turned away before any String is made.
        guard token.count == 5 || token.count == 3, ByteClass.isDigit(b[token.start]), ByteClass.lower(b[token.end - 1]) == UInt8(ascii: "s"),
              let value = Int(TextBytes.string(b, token.start, token.end - 1)), value % 10 == 0 else { return nil }
        if token.count == 5 { return (1000...2990).contains(value) ? value : nil }
        return value >= 30 ? 1900 + value : 2000 + value
    }

    /// Whether a bare four-digit number at `i` reads as a year: after "in", "since", a month…
    private func yearContext(_ i: Int) -> Bool {
        // "2020 was a hard year": a sentence opening with a year and a verb.
        if i == 0 { return t.isWord(1, "was") || t.isWord(1, "is") || t.isWord(1, "will") || t.isPunctuation(1, UInt8(ascii: ",")) }
        var previous = t.tokens[i - 1]
        // "since at least 2014", "until at least 2030": the hedge stands between.
        if i >= 3, t.isWord(i - 1, "least"), t.isWord(i - 2, "at") { previous = t.tokens[i - 3] }
        if previous.isWord, TimeLexicon.yearPrepositions.contains(t.bytes, previous) { return true }
        // "a budget for 2021.", "for fiscal 2021, which …": not a count of something ("for 2021 votes").
        if previous.isWord, TimeLexicon.yearLeadsBeforeNoNoun.contains(t.bytes, previous),
           i + 1 >= t.count || !t.tokens[i + 1].isWord || t.tokens[i + 1].isCapitalised
            || TimeLexicon.wordsAfterYearNoNoun.contains(t.bytes, t.tokens[i + 1]) {
            return true
        }
        // "the 2020 election", "a 2009 interview", "the 1967 Arab-Israeli war", "the 2020 Atlantic
        // hurricane season", "her 2021 campaign": a year modifying a noun of happenings, a word
        // or two between them.
        if t.keyword(i - 1) == .the || (i > 0 && t.tokens[i - 1].isWord && TimeLexicon.yearDeterminers.contains(t.bytes, t.tokens[i - 1])) {
            for k in (i + 1)...(i + Self.yearModifierReach) {
                guard k < t.count, t.tokens[k].isWord, t.number(k) == nil, t.unit(k) == nil else { return false }
                if !t.tokens[k].isCapitalised, TimeLexicon.yearModifiedNouns.contains(t.bytes, t.tokens[k]) { return true }
                // "the 1972 Clean Water Act", "the 2015 Paris Agreement": a named law or event.
                if t.tokens[k].isCapitalised, TimeLexicon.yearNamedHeads.contains(t.bytes, t.tokens[k]),
                   (i + 1..<k).allSatisfy({ t.isCapitalised($0) }) {
                    return true
                }
            }
        }
        return false
    }

    /// Most words from a year to the noun it modifies ("the 2020 Atlantic hurricane season").
    static let yearModifierReach = 3

    /// Whether a year before 1900 or after 2099 reads as one: after "in", "since", "from" or
    /// "until", no lower-case word after it ("opened in 1869", not "in 1500 cases"); or after
    /// a name and "of" ("the Electoral Count Act of 1887").
    private func olderYearContext(_ i: Int) -> Bool {
        if t.isWord(i - 1, "of"), t.isCapitalised(i - 2), i + 1 >= t.count || !t.tokens[i + 1].isWord || t.isWord(i + 1, "and") { return true }
        guard t.isWord(i - 1, "in") || t.isWord(i - 1, "since") || t.isWord(i - 1, "from") || t.isWord(i - 1, "until") else { return false }
        return i + 1 >= t.count || !t.tokens[i + 1].isWord || t.tokens[i + 1].isCapitalised || t.isWord(i + 1, "and")
    }

    /// "Tuesday 29 November", "Tuesday, Nov. 29, 2022": a weekday before a date is that date
    /// (the date says which week the weekday is in). Not before a range ("Friday, June 15–18"):
    /// the weekday may be its last day.
    private func dateAfterWeekday(_ i: Int) -> TimeMatch? {
        let next = t.isPunctuation(i + 1, UInt8(ascii: ",")) ? i + 2 : i + 1
        guard next < t.count, let date = monthName(next) != nil ? monthFirst(at: next) : t.dayNumber(next) != nil ? numeric(at: next) : nil,
              !(date.first..<date.end).contains(where: { t.dayRange($0) != nil })
        else { return nil }
        switch date.kind {
        case .date(_, _, _), .inAnchorYear(_, .some(_), _):
            var match = date
            match.first = i
            return match
        default:
            return nil
        }
    }

    // MARK: Months.

    /// The month named at `i` by a capitalised name or abbreviation.
    private func monthName(_ i: Int) -> Int? {
        guard t.isCapitalised(i) else { return nil }
        switch t.word(i) {
        case .month(let month)?:
            return month
        case .monthAbbreviation(let month)?:
            return month
        default:
            return nil
        }
    }

    /// "June 18, 2021", "June 18", "June 2021", "January", "Jan. 5".
    private func monthFirst(at i: Int) -> TimeMatch? {
        guard let month = monthName(i) else { return nil }
        var next = i + 1
        let abbreviated: Bool
        if case .monthAbbreviation? = t.word(i) { abbreviated = true } else { abbreviated = false }
        if abbreviated, t.isPunctuation(next, UInt8(ascii: ".")) { next += 1 }
        if let match = monthQuarter(at: i, month: month, unit: next) { return match }
        // "July 28-29": the range is dated by its first day.
        let range = t.dayRange(next)
        if let day = range?.first ?? t.dayNumber(next), t.yearNumber(next) == nil {
            let dayEnd = range?.end ?? next + 1
            var end = dayEnd
            if t.isPunctuation(end, UInt8(ascii: ",")), t.yearNumber(end + 1) != nil { end += 1 }
            if let year = t.yearNumber(end) {
                return TimeMatch(first: i, end: end + 1, kind: .date(year: year, month: month, day: day))
            }
            if let (offset, yearEnd) = deicticYear(at: dayEnd) {
                return TimeMatch(first: i, end: yearEnd, kind: .inAnchorYear(month: month, day: day, yearOffset: offset))
            }
            return TimeMatch(first: i, end: dayEnd, kind: .date(year: nil, month: month, day: day))
        }
        var yearIndex = next
        if t.keyword(yearIndex) == .of || t.isPunctuation(yearIndex, UInt8(ascii: ",")) { yearIndex += 1 }
        if let year = t.yearNumber(yearIndex) {
            return TimeMatch(first: i, end: yearIndex + 1, kind: .month(year: year, month: month, deixis: nil))
        }
        if abbreviated { return nil }
        // "MHRA chief June Raine said": a month before a capitalised word is a given name unless
        // a preposition or the like introduces it ("in June Ana Lo said").
        if TimeLexicon.ambiguousMonths.contains(t.bytes, t.tokens[i]) || (t.isCapitalised(next) && t.word(next) == nil) {
            guard i > 0, t.tokens[i - 1].isWord, TimeLexicon.ambiguousMonthContext.contains(t.bytes, t.tokens[i - 1]) else { return nil }
        }
        // "in March last year": a month of the year before the anchor's.
        if let (offset, yearEnd) = deicticYear(at: yearIndex) {
            return TimeMatch(first: i, end: yearEnd, kind: .inAnchorYear(month: month, day: nil, yearOffset: offset))
        }
        // "in October that year", "March of the following year": a month of the story's year.
        if let found = storyUnit(at: yearIndex, nextCounts: true), found.unit == .year {
            return TimeMatch(first: i, end: found.end, kind: .narrativeMonth(month, yearOffset: found.offset))
        }
        return TimeMatch(first: i, end: i + 1, kind: .month(year: nil, month: month, deixis: nil))
    }

    // MARK: Deixis: "last week", "this month", "next Thursday", "last night".

    private func deictic(at i: Int, deixis: Deixis) -> TimeMatch? {
        let next = i + 1
        if let month = t.month(next), t.isCapitalised(next) {
            return TimeMatch(first: i, end: next + 1, kind: .month(year: nil, month: month, deixis: deixis))
        }
        switch t.word(next) {
        case .weekday(let day)? where t.isCapitalised(next):
            return TimeMatch(first: i, end: dayPartEnd(next + 1), kind: .weekday(day, deixis: deixis))
        case .season(let season)?:
            return seasonExpression(at: next, season: season, deixis: deixis, introduced: true).map { match in
                var match = match
                match.first = i
                return match
            }
        case .unit(let unit)? where !t.isWord(next, "days") && !t.isWord(next, "weeks") && !t.isWord(next, "months") && !t.isWord(next, "years"):
            let offset = deixis == .last ? -1 : deixis == .next ? 1 : 0
            guard unit != .day && unit != .decade && unit != .fortnight else { return nil }
            return TimeMatch(first: i, end: next + 1, kind: .relative(unit, offset: offset))
        case .dayPart?:
            if t.isWord(next, "night") {
                guard deixis == .last else { return nil }
                return TimeMatch(first: i, end: next + 1, kind: .dayOffset(-1))
            }
            return deixis == .this ? TimeMatch(first: i, end: next + 1, kind: .dayOffset(0)) : nil
        default:
            return nil
        }
    }

    /// Seasons need a year, a deixis or an introducing word ("in the spring") to count as times.
    private func seasonExpression(at i: Int, season: Season, deixis: Deixis?, introduced: Bool) -> TimeMatch? {
        var yearIndex = i + 1
        if t.keyword(yearIndex) == .of || t.isPunctuation(yearIndex, UInt8(ascii: ",")) { yearIndex += 1 }
        if let year = t.yearNumber(yearIndex) {
            return TimeMatch(first: i, end: yearIndex + 1, kind: .season(year: year, season: season, deixis: nil))
        }
        // "the fall of the city", "the summer of discontent": a season followed by "of" without a year is not a time.
        if deixis == nil, t.keyword(i + 1) == .of { return nil }
        // "fall" is mostly the verb or noun: only "this fall", "in the fall" and the like.
        if t.isWord(i, "fall"), deixis == nil, !(t.keyword(i - 1) == .the && t.word(i - 2) == .preposition) { return nil }
        // "a hard summer", "the allies' summer drills": "summer", "winter" and "autumn" in lower
        // case are seasons wherever they stand ("spring" is as often the noun or the verb).
        let bare = !t.isCapitalised(i) && (t.isWord(i, "summer") || t.isWord(i, "winter") || t.isWord(i, "autumn"))
        guard deixis != nil || introduced || t.keyword(i - 1) == .the || bare else { return nil }
        return TimeMatch(first: i, end: i + 1, kind: .season(year: nil, season: season, deixis: deixis))
    }

    // MARK: Weekday and day parts.

    /// "by mid-morning", "at lunchtime", "until evening": a part of the day told, right after a
    /// preposition or relation. Not "at night" or "by night", a habit or a manner.
    private func toldDayPart(at i: Int) -> TimeMatch? {
        guard !t.isWord(i, "night") else { return nil }
        switch t.word(i - 1) {
        case .preposition?, .relation?: return TimeMatch(first: i, end: i + 1, kind: .toldDayPart)
        default: return nil
        }
    }

    /// "through the night", "by the afternoon", "during the late afternoon", "the applause of the
    /// afternoon": a part of the day told, after "the" (token `i`) and a word that leads to one.
    private func toldDayPartAfterThe(at i: Int) -> TimeMatch? {
        // The part of the day first: asked at every "the", it is the cheap test.
        var part = i + 1
        if case .part? = t.word(part), t.isWord(part, "late") || t.isWord(part, "early") { part += 1 }
        guard case .dayPart? = t.word(part), i >= 1, t.tokens[i - 1].isWord,
              TimeLexicon.dayPartLeads.contains(t.bytes, t.tokens[i - 1]) else { return nil }
        return TimeMatch(first: i, end: part + 1, kind: .toldDayPart)
    }

    /// One past a following day part ("Thursday night"), or `i` when there is none.
    private func dayPartEnd(_ i: Int) -> Int {
        if case .dayPart? = t.word(i) { return i + 1 }
        return i
    }

    // MARK: "three days ago", "a year ago", "days ago".

    private func ago(at i: Int) -> TimeMatch? {
        var index = i
        var count: Int?
        let counted = t.count(index)
        if counted.found {
            count = counted.value
            index += 1
            if t.isWord(index, "of") { index += 1 }  // "a couple of weeks ago"
            // "five consecutive months", "14 Earth days", "a whole year": counted the same.
            if index < t.count, t.tokens[index].isWord, DurationUnit.of(t.word(index + 1)) != nil,
               TimeLexicon.lengthModifiers.contains(t.bytes, t.tokens[index]) { index += 1 }
        }
        // "four and a half hours": a whole count and half the unit.
        if let whole = count, whole > 0, index == i + 1, t.isWord(index, "and"), t.isWord(index + 1, "a"), t.isWord(index + 2, "half"),
           let length = DurationUnit.of(t.word(index + 3)), length.times == 1, !endsInShift(index + 4) {
            return TimeMatch(first: hedgeStart(before: i), end: index + 4, kind: .halfDuration(length.unit, whole: whole))
        }
        // "four nights", "for two nights": so many days, a night counted as one.
        if let nights = count, nights > 1, index == i + 1, t.isWord(index, "nights"), t.word(index + 1) != .ago {
            return TimeMatch(first: hedgeStart(before: i), end: index + 1, kind: .duration(.day, count: nights))
        }
        // "two days earlier", "a year later": counted from the time the story named last.
        if counted.found, let unit = t.unit(index), t.keyword(index + 1) == .earlier || t.keyword(index + 1) == .later {
            let later = t.keyword(index + 1) == .later
            // "for five years earlier this year": the duration is no time, "earlier this year" is.
            if t.deixis(index + 2) == .this || t.keyword(index + 2) == .that || t.isWord(index + 2, "in") || t.isWord(i - 1, "for") { return nil }
            // "Sales rose 21% from a year earlier": a baseline of comparison, before an undated moment.
            let baseline = t.isWord(i - 1, "from") || t.isWord(i - 1, "than") || t.isWord(i - 1, "with") || t.isWord(i - 1, "on")
            if baseline, !later, let count, unit == .day || unit == .week || unit == .month || unit == .year {
                return TimeMatch(first: i, end: index + 2, kind: .baseline(unit, by: -count))
            }
            guard let count, !baseline, unit == .day || unit == .week || unit == .month || unit == .year else {
                // A vague count ("days later"): before an undated moment is still some time past.
                return later ? nil : TimeMatch(first: i, end: index + 2, kind: .pastReference(days: nil))
            }
            return TimeMatch(first: i, end: index + 2, kind: .narrativeShift(unit, by: later ? count : -count))
        }
        if let unit = t.unit(index), t.word(index + 1) == .ago {
            if !counted.found { count = nil }
            return TimeMatch(first: i, end: index + 2, kind: .ago(unit, count: count))
        }
        // "several hours", "for years": a length of an unknown count (count 0, written "X").
        if counted.found, count == nil, index > i { return duration(at: i, unitAt: index, count: 0) }
        // "for years", "days after the test", "decades of experience", "hours apart": a plural
        // unit alone is a length of unknown count, unless a word before it picks out which
        // ("these days", "the early years", "in recent years").
        if !counted.found, index == i, t.tokens[i].count > 1, i == 0 || !t.isCapitalised(i),
           ByteClass.lower(t.bytes[t.tokens[i].end - 1]) == UInt8(ascii: "s"),
           i == 0 || !t.tokens[i - 1].isWord || !TimeLexicon.pluralUnitPickers.contains(t.bytes, t.tokens[i - 1]),
           // A count before it was read, and turned away, with it ("for five years earlier this year").
           !t.count(i - 1).found, t.number(i - 1) == nil {
            // "at weekends": every weekend, which is no length.
            if t.unit(i) == .weekend { return TimeMatch(first: i, end: i + 1, kind: .recurrence(.weekend)) }
            return duration(at: i, unitAt: i, count: 0)
        }
        if counted.found, let rate = rate(at: i, countEnd: index) { return rate }
        return duration(at: i, unitAt: index, count: counted.found ? count : nil)
    }

    // MARK: "three years", "for an hour", "a two-week trial".

    /// A length of time: a known count, then a unit at `unitAt`. Not an age ("24 years old"),
    /// and "a", "an", "one" only after a word that makes a length of it ("for a year", "more
    /// than a year"; not "$5 a year", "one day").
    private func duration(at i: Int, unitAt index: Int, count: Int?) -> TimeMatch? {
        guard let count, count > 0 && index > i || count == 0 else { return nil }
        guard let length = DurationUnit.of(t.word(index)) else { return nil }
        if t.isWord(index + 1, "old") { return nil }
        // "a year from now", "two weeks from now": that far after the anchor.
        if count > 0, index > i, t.isWord(index + 1, "from"), t.isWord(index + 2, "now"), case .unit(let unit)? = t.word(index) {
            return TimeMatch(first: i, end: index + 3, kind: unit == .day ? .dayOffset(count) : .relative(unit, offset: count))
        }
        // "half an hour", "half a day", "half a year": half the unit, told in the next smaller one.
        if count == 1, index == i + 1, t.isWord(i - 1, "half"), let half = DurationUnit.half(of: length.unit) {
            return TimeMatch(first: i - 1, end: index + 1, kind: .duration(half.unit, count: half.count * length.times))
        }
        if count > 0, index > i, let longer = longerLength(at: i, unitAt: index, count: count * length.times, length.unit, times: length.times) {
            return longer
        }
        // "has one month to appeal": "one" before a unit other than a day ("one day") or a
        // quarter ("one quarter of the vote") is a length by itself.
        // "a week after the vote", "a day before it", as "two weeks after the vote" is.
        if count == 1, t.number(i) == nil,
           !(length.unit != .day && length.times == 1 && t.isWord(i, "one") && !t.isWord(index + 1, "of")),
           !(index == i + 1 && (t.isWord(index + 1, "after") || t.isWord(index + 1, "before"))),
           !(i > 0 && t.tokens[i - 1].isWord && TimeLexicon.singleDurationLeads.contains(t.bytes, t.tokens[i - 1])),
           // "an hour a day": a length in each of a rate's units.
           rateUnit(at: index + 1) == nil { return nil }
        return TimeMatch(first: hedgeStart(before: lengthStart(i)), end: index + 1, kind: .duration(length.unit, count: count * length.times))
    }

    /// A length that goes on past its unit at `unitAt`: "an hour and a half" (the unit and
    /// half of it) or "six years and eight months" (a count of a shorter unit).
    private func longerLength(at i: Int, unitAt index: Int, count: Int, _ unit: DurationUnit, times: Int) -> TimeMatch? {
        // "two years and three months ago", "a year and a half later": a moment, not a length.
        guard t.isWord(index + 1, "and"), !endsInShift(index + 4) else { return nil }
        if times == 1, t.isWord(index + 2, "a"), t.isWord(index + 3, "half") {
            return TimeMatch(first: hedgeStart(before: i), end: index + 4, kind: .halfDuration(unit, whole: count))
        }
        guard let smallerCount = t.count(index + 2).value, smallerCount > 0,
              let smaller = DurationUnit.of(t.word(index + 3)), smaller.times == 1,
              let most = unit.count(of: smaller.unit), smallerCount < most else { return nil }
        return TimeMatch(first: hedgeStart(before: i), end: index + 4, kind: .twoPartDuration(unit, count: count, smaller.unit, smallerCount: smallerCount))
    }

    /// Whether token `i` makes the length before it a moment ("ago", "earlier", "later").
    private func endsInShift(_ i: Int) -> Bool {
        t.word(i) == .ago || t.keyword(i) == .earlier || t.keyword(i) == .later
    }

    /// Where a length whose count opens at token `i` starts: with the article of "a few" and
    /// "a couple of", and with "the next", "the following" or "the first" before a count
    /// ("the next two weeks", "within the first two years").
    private func lengthStart(_ i: Int) -> Int {
        guard i >= 1 else { return i }
        if t.isWord(i, "few") || t.isWord(i, "couple"), t.isWord(i - 1, "a") { return i - 1 }
        if i >= 2, t.keyword(i - 2) == .the,
           t.deixis(i - 1) == .next || t.isWord(i - 1, "following") || t.isWord(i - 1, "first") {
            return i - 2
        }
        return i
    }

    // MARK: "every year", "twice a week", "$5 a day", "on Sundays".

    /// A rate's unit at token `i`: "a", "an" or "per" and a unit in the singular ("a year",
    /// "per hour"), not a moment or a length ("a day after the vote", "a year of protests");
    /// the unit as a length, and one past it.
    private func rateUnit(at i: Int) -> (unit: DurationUnit, count: Int, end: Int)? {
        guard t.isWord(i, "a") || t.isWord(i, "an") || t.keyword(i) == .per, let length = DurationUnit.of(t.word(i + 1)),
              !t.endsInS(i + 1) else { return nil }
        if i + 2 < t.count, t.tokens[i + 2].isWord, TimeLexicon.afterNoRate.contains(t.bytes, t.tokens[i + 2]) { return nil }
        return (length.unit, length.times, i + 2)
    }

    /// A rate's unit opening at token `i`, where a count ends at `countEnd`: "three times a
    /// week" (from the count), or "a year" after a number, an amount or a unit ("$148 a year",
    /// "$5 million a year", "24 hours a day", "1,200 vehicles a day").
    private func rate(at i: Int, countEnd: Int) -> TimeMatch? {
        if t.isWord(countEnd, "times"), let unit = rateUnit(at: countEnd + 1) {
            return TimeMatch(first: i, end: unit.end, kind: .recurrence(.every(unit.unit, count: unit.count)))
        }
        guard countEnd == i + 1, let unit = rateUnit(at: i), i > 0 else { return nil }
        let before = i - 1
        let counted = hasDigit(before) || t.isPunctuation(before, UInt8(ascii: "%"))
            || t.tokens[before].isWord && TimeLexicon.rateLeads.contains(t.bytes, t.tokens[before])
            || DurationUnit.of(t.word(before)) != nil
            // A counted noun: "1,200 vehicles a day", "two meals a day".
            || t.tokens[before].isWord && !t.isCapitalised(before) && t.word(before) == nil
                && (hasDigit(before - 1) || t.count(before - 1).value.map { $0 > 1 } == true)
        guard counted else { return nil }
        return TimeMatch(first: i, end: unit.end, kind: .recurrence(.every(unit.unit, count: unit.count)))
    }

    /// Whether token `i` holds a digit.
    private func hasDigit(_ i: Int) -> Bool {
        guard i >= 0, i < t.count else { return false }
        for index in t.tokens[i].start..<t.tokens[i].end where ByteClass.isDigit(t.bytes[index]) { return true }
        return false
    }

    /// "every year", "each Sunday", "every two weeks", "every other month", "every few
    /// years", "every morning", "every weekend", "every summer", "every January".
    private func every(at i: Int) -> TimeMatch? {
        var next = i + 1
        if t.isWord(next, "single") { next += 1 }
        var count = 1
        if t.isWord(next, "other") {
            count = 2
            next += 1
        } else if !t.isWord(next, "a"), !t.isWord(next, "an") {
            let counted = t.count(next)
            if counted.found {
                count = counted.value ?? 0
                next += 1
            }
        }
        let recurrence: Recurrence
        switch t.word(next) {
        case .unit(.weekend)? where count == 1:
            recurrence = .weekend
        case .unit?, .lengthUnit?:
            guard let length = DurationUnit.of(t.word(next)) else { return nil }
            recurrence = .every(length.unit, count: count * length.times)
        case .weekday(let day)? where count == 1 && t.isCapitalised(next):
            return TimeMatch(first: i, end: dayPartEnd(next + 1), kind: .recurrence(.weekday(day)))
        case .dayPart? where count == 1:
            recurrence = .dayPart
        case .season(let season)? where count == 1:
            recurrence = .season(season)
        case .month(let month)? where count == 1 && t.isCapitalised(next):
            recurrence = .month(month)
        default:
            return nil
        }
        return TimeMatch(first: i, end: next + 1, kind: .recurrence(recurrence))
    }

    /// "daily", "annually", "quarterly": every so many units; not a name's word ("the Daily
    /// Mail", "China Daily") or a paper's description ("the weekly Der Spiegel").
    private func frequency(at i: Int, unit: DurationUnit, count: Int) -> TimeMatch? {
        if t.isCapitalised(i), i > 0 || t.isCapitalised(i + 1) { return nil }
        if t.isCapitalised(i + 1), t.keyword(i - 1) == .the || t.isWord(i - 1, "a") { return nil }
        return TimeMatch(first: i, end: i + 1, kind: .recurrence(.every(unit, count: count)))
    }

    /// "most evenings", "on weekday mornings", "on evenings": that part of every day, after
    /// a word that makes it one ("sleepless nights", "four nights" are not).
    private func recurringDayPart(at i: Int) -> TimeMatch? {
        if t.isWord(i - 1, "most") || t.isWord(i - 1, "weekday") {
            return TimeMatch(first: i - 1, end: i + 1, kind: .recurrence(.dayPart))
        }
        guard t.word(i - 1) == .preposition else { return nil }
        return TimeMatch(first: i, end: i + 1, kind: .recurrence(.dayPart))
    }

    /// Where a hedge before a length at token `i` starts ("more than two hours", "almost 20
    /// years", "at least a week"), or `i`: the words belong to the expression, as in TIMEX3.
    private func hedgeStart(before i: Int) -> Int {
        guard i >= 1, t.tokens[i - 1].isWord else { return i }
        if TimeLexicon.durationHedges.contains(t.bytes, t.tokens[i - 1]) { return i - 1 }
        if i >= 2, t.tokens[i - 2].isWord, t.isWord(i - 1, "than") || t.isWord(i - 1, "least") || t.isWord(i - 1, "to"),
           TimeLexicon.durationHedgeLeads.contains(t.bytes, t.tokens[i - 2]) {
            return i - 2
        }
        return i
    }

    /// Whether word token `i` may be a decade's part written with a hyphen ("mid-2000s"): it
    /// ends in a digit and "s", and has a hyphen.
    private func isHyphenatedDecade(_ i: Int) -> Bool {
        guard i < t.count else { return false }
        let token = t.tokens[i]
        guard token.isWord, token.count > 5, t.bytes[token.end - 1] == UInt8(ascii: "s"), ByteClass.isDigit(t.bytes[token.end - 2]) else { return false }
        return innerHyphen(i) != nil
    }

    /// The first hyphen inside word token `i` with a byte after it ("mid-June", "two-week").
    private func innerHyphen(_ i: Int) -> Int? {
        let token = t.tokens[i]
        var hyphen = token.start
        while hyphen < token.end, t.bytes[hyphen] != 0x2D { hyphen += 1 }
        return hyphen + 1 < token.end ? hyphen : nil
    }

    /// "two-week", "14-week", "five-year" (one word token: a count, a hyphen, a unit).
    private func hyphenatedDuration(_ i: Int, hyphen: Int) -> TimeMatch? {
        let token = t.tokens[i]
        let b = t.bytes
        let count: Int
        if let digits = t.leadingDigits(i), digits.end == hyphen, digits.digits <= 3 {
            count = digits.value
        } else if case .count(let value?)? = TimeLexicon.words.value(b, token.start, hyphen) {
            count = value
        } else {
            return nil
        }
        guard count > 0, let length = DurationUnit.of(TimeLexicon.words.value(b, hyphen + 1, token.end)) else { return nil }
        return TimeMatch(first: i, end: i + 1, kind: .duration(length.unit, count: count * length.times))
    }

    /// "twice-weekly", "once-yearly" (one word token: how many times, a hyphen, an adverb of
    /// how often): every such unit, as "twice a week" is.
    private func hyphenatedFrequency(_ i: Int, hyphen: Int) -> TimeMatch? {
        let b = t.bytes
        guard case .keyword(.times)? = TimeLexicon.words.value(b, t.tokens[i].start, hyphen),
              case .frequency(let unit, let count)? = TimeLexicon.words.value(b, hyphen + 1, t.tokens[i].end) else { return nil }
        return TimeMatch(first: i, end: i + 1, kind: .recurrence(.every(unit, count: count)))
    }

    /// "third-quarter profit", "a first-quarter loss" (one word token: an ordinal, a hyphen,
    /// "quarter"): the quarter of the anchor's year, as "the third quarter" is.
    private func hyphenatedQuarter(_ i: Int, hyphen: Int) -> TimeMatch? {
        let token = t.tokens[i]
        let b = t.bytes
        guard TimeLexicon.words.value(b, hyphen + 1, token.end) == .unit(.quarter),
              let number = TimeLexicon.ordinals.value(b, token.start, hyphen), (1...4).contains(number) else { return nil }
        return TimeMatch(first: i, end: i + 1, kind: .quarter(year: nil, quarter: number, yearOffset: 0))
    }

    // MARK: "early June", "the end of 2020".

    private func partOf(at i: Int, part: PeriodPart) -> TimeMatch? {
        // "late Wednesday", "early today", "late in the afternoon": the day, or the part of the
        // day told, with the word that says when in it.
        if t.isWord(i, "late") || t.isWord(i, "early") {
            let inThe = t.isWord(i + 1, "in") && t.keyword(i + 2) == .the
            if var match = core(at: inThe ? i + 2 : i + 1) {
                switch match.kind {
                case .weekday, .dayOffset, .toldDayPart:
                    match.first = i
                    return match
                default:
                    break
                }
            }
        }
        // "early in 2023", "late in the new year": the part of the period named after "in".
        // ("End" is left out: "talks will end in the spring" is the verb.)
        if t.isWord(i, "late") || t.isWord(i, "early"), t.isWord(i + 1, "in"), let named = introduced(at: i + 1),
           let match = period(named, part: part, openingAt: i) {
            return match
        }
        var next = i + 1
        if t.keyword(next) == .of { next += 1 }
        if t.isPunctuation(next, UInt8(ascii: "-")) { next += 1 }
        guard let match = core(at: next) else { return nil }
        return period(match, part: part, openingAt: i)
    }

    /// `match` as one part of its period ("the end of June"), opening at token `first`; nil
    /// for kinds that have no parts (a day, a weekday).
    private func period(_ match: TimeMatch, part: PeriodPart, openingAt first: Int) -> TimeMatch? {
        switch match.kind {
        case .month, .year, .decade, .season, .relative, .quarter:
            var match = match
            match.first = first
            match.part = part
            return match
        default:
            return nil
        }
    }

    /// Expressions opening with "the": "the 1990s", "the end of June", "the 18th of June", "the day before".
    private func theExpression(at i: Int) -> TimeMatch? {
        let next = i + 1
        // "the next day", "the next morning": from the day told last.
        if t.isWord(next + 1, "day") && t.deixis(next) == .next || t.word(next + 1) == .dayPart && t.isWord(next, "next") {
            return TimeMatch(first: i, end: next + 2, kind: .narrativeDay(1))
        }
        // "the following Tuesday", "the next Friday": after the day told last.
        if t.isWord(next, "following") || t.isWord(next, "next"), case .weekday(let day)? = t.word(next + 1), t.isCapitalised(next + 1) {
            return TimeMatch(first: i, end: next + 2, kind: .narrativeWeekday(day))
        }
        // "the same day", "the following year", "the previous month": from the time told last.
        if let match = storyTime(at: i) { return match }
        if let match = toldDayPartAfterThe(at: i) { return match }
        // "in the evenings": that part of every day.
        if t.word(next) == .dayParts, t.isWord(i - 1, "in") { return TimeMatch(first: i, end: next + 1, kind: .recurrence(.dayPart)) }
        // "for the past decade", "for the last two years": a span reaching back. "For" is no
        // time preposition ("for May's vote"), so only this shape is read after it.
        if t.keyword(next) == .past || t.deixis(next) == .last, leadsASpan(beforeThe: i),
           var match = recentSpan(at: i - 1), case .recentSpan = match.kind, !t.isWord(match.end, "of") {
            match.first = i
            return match
        }
        // "for the next few months", "within the next 48 hours", "spend the next fortnight": a
        // length ahead (PXM, PT48H, P2W).
        // ("much of the next year" is the year after the one told, not a length.)
        if t.deixis(next) == .next, leadsASpan(beforeThe: i) && !t.isWord(i - 1, "of") || t.isWord(i - 1, "within") {
            let counted = t.count(next + 1)
            let unit = counted.found ? next + 2 : next + 1
            guard let length = DurationUnit.of(t.word(unit)) else { return nil }
            let count = counted.found ? counted.value ?? 0 : t.endsInS(unit) ? 0 : 1
            return TimeMatch(first: i, end: unit + 1, kind: .duration(length.unit, count: count * length.times))
        }
        if case .part(let part)? = t.word(next), t.keyword(next + 1) == .of, let match = core(at: next + 2) {
            return period(match, part: part, openingAt: i)
        }
        // "the early 1990s", "the mid-2000s": the article goes with a decade's part.
        // (Only a part word or a word ending in a decade's digits and "s" is read: most words
        // after "the" are neither.)
        let partWord: Bool
        if case .part? = t.word(next) { partWord = true } else { partWord = false }
        if partWord || t.word(next) == nil && isHyphenatedDecade(next),
           var match = core(at: next), case .decade = match.kind, match.part != nil {
            match.first = i
            return match
        }
        // "The next few days are going to be hard": days ahead, as "in the next few days" is;
        // "in the months ahead", as "in the coming months" is.
        if t.deixis(next) == .next, t.isWord(next + 1, "few"), t.unit(next + 2) != nil {
            return TimeMatch(first: i, end: next + 3, kind: .futureReference)
        }
        if t.isWord(next + 1, "ahead"), t.unit(next) != nil {
            return TimeMatch(first: i, end: next + 2, kind: .futureReference)
        }
        if let match = quarter(at: next) ?? monthName(next).flatMap({ monthQuarter(at: next, month: $0, unit: next + 1) }) {
            return TimeMatch(first: i, end: match.end, kind: match.kind)
        }
        if let match = yearHalf(at: i) { return match }
        // "in the new year", "until the New Year": the year after the anchor's (not "the New
        // Year's Eve", nor "the new year-round service").
        if t.isWord(next, "new"), t.isWord(next + 1, "year"), t.word(i - 1) == .preposition || isRelation(i - 1), !joinsWordAfter(next + 1) {
            return TimeMatch(first: i, end: next + 2, kind: .relative(.year, offset: 1))
        }
        if case .season(let season)? = t.word(next), var match = seasonExpression(at: next, season: season, deixis: nil, introduced: false) {
            match.first = i  // "the spring": keep the article with the season.
            return match
        }
        // "for the foreseeable future": as "in the near future" is (FUTURE_REF).
        if t.keyword(next + 1) == .future, t.isWord(next, "foreseeable") { return TimeMatch(first: i, end: next + 2, kind: .futureReference) }
        // "for the rest of the week": what is left of the anchor's week, month or year.
        if t.keyword(next + 1) == .of, t.keyword(next + 2) == .the, t.isWord(next, "rest"), let unit = t.unit(next + 3),
           unit == .year || unit == .month || unit == .week {
            return TimeMatch(first: i, end: next + 4, kind: .relative(unit, offset: 0))
        }
        // "the end of the year": inside a part phrase, "the year" is the anchor's year.
        if t.keyword(i - 1) == .of, case .part? = t.word(i - 2), let unit = t.unit(next), unit == .year || unit == .month || unit == .week {
            return TimeMatch(first: i, end: next + 1, kind: .relative(unit, offset: 0))
        }
        // "over the weekend", "at the weekend", "before the weekend": the weekend nearest the anchor, by tense.
        if t.unit(next) == .weekend, t.isWord(next, "weekend"), t.word(i - 1) == .preposition || t.isWord(i - 1, "before") || t.isWord(i - 1, "until")
            || t.isWord(i - 1, "into") || (t.keyword(i - 1) == .of && t.isWord(i - 2, "ahead")) {
            return TimeMatch(first: i, end: next + 1, kind: .nearestWeekend)
        }
        if t.tokens.indices.contains(next), t.tokens[next].isWord, let decade = decade(next) {
            return TimeMatch(first: i, end: next + 1, kind: .decade(decade))
        }
        if t.isPunctuation(next, UInt8(ascii: "'")), next + 1 < t.count, t.tokens[next + 1].isWord, let decade = decade(next + 1) {
            return TimeMatch(first: i, end: next + 2, kind: .decade(decade))
        }
        // "the 21st of March", "the Fourth of July": a day told by its ordinal.
        if t.keyword(next + 1) == .of, let day = ordinalDay(next),
           let match = monthFirst(at: next + 2), case .month(let year, let month, nil) = match.kind {
            return TimeMatch(first: i, end: match.end, kind: .date(year: year, month: month, day: day))
        }
        // "the first Monday of January", "the last Friday in May 2023": that weekday of the month.
        if case .weekday(let weekday)? = t.word(next + 1), t.keyword(next + 2) == .of || t.isWord(next + 2, "in"),
           let n = weekdayOrdinal(next), let match = monthFirst(at: next + 3), case .month(let year, let month, nil) = match.kind {
            return TimeMatch(first: i, end: match.end, kind: .movableDay(.nthWeekday(month: month, weekday: weekday, n: n), year: year))
        }
        return nil
    }

    /// Which of its month's weekdays an ordinal at token `i` counts ("first" or "1st" 1 to
    /// "fifth" 5, "last" -1).
    private func weekdayOrdinal(_ i: Int) -> Int? {
        if t.isWord(i, "last") || t.isWord(i, "final") { return -1 }
        return ordinalDay(i).flatMap { $0 <= 5 ? $0 : nil }
    }

    /// The day of a month an ordinal at token `i` names: digits ("21st") or a word ("fourth").
    private func ordinalDay(_ i: Int) -> Int? {
        if let day = t.dayNumber(i) { return t.number(i)?.ordinal == true ? day : nil }
        guard i < t.count, t.tokens[i].isWord else { return nil }
        return TimeLexicon.dayOrdinals.value(t.bytes, t.tokens[i].start, t.tokens[i].end)
    }

    /// "the first half of 2024", "the second half of next year", "the first half of the year":
    /// a year's half, named with its year (a half alone may be a match's).
    private func yearHalf(at i: Int) -> TimeMatch? {
        guard t.isWord(i + 2, "half"), t.keyword(i + 3) == .of, t.tokens.indices.contains(i + 1),
              let number = TimeLexicon.ordinals.value(t.bytes, t.tokens[i + 1].start, t.tokens[i + 1].end), number <= 2 else { return nil }
        let part: PeriodPart = number == 1 ? .firstHalf : .secondHalf
        let year = i + 4
        if t.keyword(year) == .the, t.isWord(year + 1, "year") {
            return TimeMatch(first: i, end: year + 2, kind: .relative(.year, offset: 0), part: part)
        }
        guard let match = core(at: year) else { return nil }
        switch match.kind {
        case .year, .relative(.year, _): return period(match, part: part, openingAt: i)
        default: return nil
        }
    }

    /// "June quarter", "the December quarter 2020" (Australian and Indian reports): the quarter
    /// ending in the month at `i`, whose "quarter" is at `unit`.
    private func monthQuarter(at i: Int, month: Int, unit: Int) -> TimeMatch? {
        guard month % 3 == 0, t.unit(unit) == .quarter, t.isWord(unit, "quarter") else { return nil }
        let year = t.yearNumber(unit + 1)
        return TimeMatch(first: i, end: unit + (year == nil ? 1 : 2), kind: .quarter(year: year, quarter: month / 3, yearOffset: 0))
    }

    /// "first quarter of 2021", "Q3 2020", "the second quarter of next year".
    private func quarter(at i: Int) -> TimeMatch? {
        // The unit first: it is one load, where the ordinal is a hash and a lookup.
        guard t.unit(i + 1) == .quarter, t.tokens.indices.contains(i),
              let number = TimeLexicon.ordinals.value(t.bytes, t.tokens[i].start, t.tokens[i].end),
              (1...4).contains(number) else { return nil }
        var yearIndex = i + 2
        if t.keyword(yearIndex) == .of { yearIndex += 1 }
        if let year = t.yearNumber(yearIndex) {
            return TimeMatch(first: i, end: yearIndex + 1, kind: .quarter(year: year, quarter: number, yearOffset: 0))
        }
        if yearIndex > i + 2, case .deixis(let deixis)? = t.word(yearIndex), t.unit(yearIndex + 1) == .year, !t.isWord(yearIndex + 1, "years") {
            let offset = deixis == .last ? -1 : deixis == .next ? 1 : 0
            return TimeMatch(first: i, end: yearIndex + 2, kind: .quarter(year: nil, quarter: number, yearOffset: offset))
        }
        return TimeMatch(first: i, end: i + 2, kind: .quarter(year: nil, quarter: number, yearOffset: 0))
    }

    // MARK: Keyword expressions: "so far", "earlier this year", "later today".

    private func keywordExpression(at i: Int, keyword: TimeKeyword) -> TimeMatch? {
        switch keyword {
        case .date:
            // "To date, …", "the largest to date": up to now (not "keep up to date").
            guard t.keyword(i - 1) == .to, !t.isWord(i - 2, "up") else { return nil }
            return TimeMatch(first: i - 1, end: i + 1, kind: .untilNow)
        case .so:
            return t.keyword(i + 1) == .far ? TimeMatch(first: i, end: i + 2, kind: .pastReference(days: nil)) : nil
        case .earlier, .later:
            let before = keyword == .earlier
            if t.deixis(i + 1) == .this, let unit = t.unit(i + 2), unit != .day {
                return TimeMatch(first: i, end: i + 3, kind: .partOfCurrent(unit, beforeAnchor: before))
            }
            if t.isWord(i + 1, "in"), t.keyword(i + 2) == .the, let unit = t.unit(i + 3), unit != .day {
                return TimeMatch(first: i, end: i + 4, kind: .partOfCurrent(unit, beforeAnchor: before))
            }
            if case .dayOffset(0)? = t.word(i + 1) {
                return TimeMatch(first: i, end: i + 2, kind: .dayOffset(0))
            }
            // "Earlier on Tuesday", "later on June 3", "Earlier Friday" (wire style): that day.
            let dayStart = t.isWord(i + 1, "on") ? i + 2 : i + 1
            if let day = core(at: dayStart) {
                switch day.kind {
                case .weekday, .date: return TimeMatch(first: i, end: day.end, kind: day.kind)
                default: break
                }
            }
            // "earlier in the day", "later that day": the day the story is telling.
            if t.isWord(i + 1, "in"), t.keyword(i + 2) == .the, t.unit(i + 3) == .day, t.isWord(i + 3, "day") {
                return TimeMatch(first: i, end: i + 4, kind: .narrativeDay(0))
            }
            // "later that year", "earlier that same month": a part of the story's year or month.
            if let found = storyUnit(at: i + 1, nextCounts: false), t.keyword(i + 1) == .that, found.offset == 0 {
                let kind: TimeMatchKind = found.unit == .day ? .narrativeDay(0) : .narrativePart(found.unit, afterNamed: !before)
                return TimeMatch(first: i, end: found.end, kind: kind)
            }
            guard before, !t.isWord(i + 1, "than") else { return nil }
            return TimeMatch(first: i, end: i + 1, kind: .pastReference(days: nil))
        case .the:
            return theExpression(at: i)
        case .that:
            return storyTime(at: i)
        case .overnight:
            return overnight(at: i)
        case .every:
            return every(at: i)
        case .per:
            guard let unit = rateUnit(at: i) else { return nil }
            return TimeMatch(first: i, end: unit.end, kind: .recurrence(.every(unit.unit, count: unit.count)))
        case .times:
            // "twice a week", "once per month".
            guard let unit = rateUnit(at: i + 1) else { return nil }
            return TimeMatch(first: i, end: unit.end, kind: .recurrence(.every(unit.unit, count: unit.count)))
        default:
            return nil
        }
    }

    /// "overnight" as a time ("Overnight, the river rose", "fell across the region overnight,
    /// after …"): not before a noun ("an overnight stay"), and not as "suddenly" ("did not
    /// happen overnight", "almost overnight", "changed overnight").
    private func overnight(at i: Int) -> TimeMatch? {
        if i + 1 < t.count, t.tokens[i + 1].isWord, !TimeLexicon.afterOvernight.contains(t.bytes, t.tokens[i + 1]) { return nil }
        for k in max(0, i - 4)..<i where t.tokens[k].isWord {
            if TimeLexicon.suddenOvernight.contains(t.bytes, t.tokens[k]) { return nil }
            // "n't" of "didn't", "won't".
            let word = t.tokens[k]
            if word.count > 3, t.bytes[word.end - 1] == UInt8(ascii: "t"), t.bytes[word.end - 3] == UInt8(ascii: "n") { return nil }
        }
        return TimeMatch(first: i, end: i + 1, kind: .overnight)
    }

    /// "last year" (-1), "this year" (0), "next year" (+1) at token `i`: the offset and the end.
    private func deicticYear(at i: Int) -> (Int, Int)? {
        guard let deixis = t.deixis(i), t.isWord(i + 1, "year") else { return nil }
        return (deixis == .last ? -1 : deixis == .next ? 1 : 0, i + 2)
    }

    // MARK: The story's own time: "that year", "the following month", "the same day".

    /// The day, month or year the story last told at token `i` ("that year", "the same day",
    /// "the following month"), counted from it.
    private func storyTime(at i: Int) -> TimeMatch? {
        guard let found = storyUnit(at: i, nextCounts: false) else { return storyMonthOrSeason(at: i) }
        let kind: TimeMatchKind = found.unit == .day ? .narrativeDay(found.offset) : .narrative(found.unit, offset: found.offset)
        return TimeMatch(first: i, end: found.end, kind: kind)
    }

    /// "That September, …", "by that summer", "met that spring.": a month or season of the year
    /// the story last named. Only where "that" cannot be the conjunction ("said that September
    /// was wet"): opening the sentence, after a preposition, or before a comma or the end.
    private func storyMonthOrSeason(at i: Int) -> TimeMatch? {
        guard t.keyword(i) == .that else { return nil }
        let next = i + 1
        let kind: TimeMatchKind
        if let month = t.month(next), t.isCapitalised(next) {
            kind = .narrativeMonth(month, yearOffset: 0)
        } else if case .season(let season)? = t.word(next) {
            kind = .narrativeSeason(season)
        } else {
            return nil
        }
        let closes = next + 1 >= t.count || t.isPunctuation(next + 1, UInt8(ascii: ",")) || t.isPunctuation(next + 1, UInt8(ascii: "."))
            || t.isPunctuation(next + 1, UInt8(ascii: ";"))
        guard t.isCapitalised(i) || t.word(i - 1) == .preposition || closes else { return nil }
        return TimeMatch(first: i, end: next + 1, kind: kind)
    }

    /// "that year", "that same month", "the same day" (offset 0), "the following year" (+1),
    /// "the previous month" (-1) at token `i`: the unit, the offset and the end. "the next year"
    /// only where `nextCounts` ("March the next year"): alone it is mostly the coming twelve
    /// months ("over the next year"). Plural units ("that years of …") are no such time.
    private func storyUnit(at i: Int, nextCounts: Bool) -> (unit: TimeUnit, offset: Int, end: Int)? {
        var k = i + 1
        var offset = 0
        if t.keyword(i) == .that || t.keyword(i) == .the, t.isWord(k, "same") {
            k += 1
        } else if t.keyword(i) == .the {
            if t.isWord(k, "following") || (nextCounts && t.isWord(k, "next")) {
                offset = 1
            } else if t.isWord(k, "previous") {
                offset = -1
            } else {
                return nil
            }
            k += 1
        } else if t.keyword(i) != .that {
            return nil
        }
        // A part of a day ("that night", "the following morning") is of the day told.
        let unit: TimeUnit
        if t.word(k) == .dayPart {
            unit = .day
        } else {
            guard t.isWord(k, "year") || t.isWord(k, "month") || t.isWord(k, "day"), let named = t.unit(k) else { return nil }
            unit = named
        }
        // "said that day one was hard", "that month after month": the unit opens another phrase.
        if t.count(k + 1).found || t.isWord(k + 1, "after") || t.isWord(k + 1, "by") { return nil }
        return (unit, offset, k + 1)
    }

    /// Phrases opening with a preposition: "in the past", "in recent years", "in the coming weeks",
    /// "in future", "at present", "at the moment".
    private func prepositionPhrase(at i: Int) -> TimeMatch? {
        if t.isWord(i, "at") {
            if t.keyword(i + 1) == .present { return TimeMatch(first: i, end: i + 2, kind: .presentReference) }
            if t.keyword(i + 1) == .the, t.keyword(i + 2) == .moment { return TimeMatch(first: i, end: i + 3, kind: .presentReference) }
            return nil
        }
        // "during the last two years": only a span reaching back.
        if t.isWord(i, "during") {
            guard t.keyword(i + 1) == .the, t.keyword(i + 2) == .past || t.word(i + 2) == .deixis(.last),
                  let match = recentSpan(at: i), case .recentSpan = match.kind else { return nil }
            return match
        }
        guard t.isWord(i, "in") || t.isWord(i, "over") else { return nil }
        if t.keyword(i + 1) == .future { return TimeMatch(first: i, end: i + 2, kind: .futureReference) }
        if t.keyword(i + 1) == .recent, t.unit(i + 2) != nil { return TimeMatch(first: i, end: i + 3, kind: .pastReference(days: nil)) }
        guard t.keyword(i + 1) == .the else { return nil }
        switch t.word(i + 2) {
        case .keyword(.future)?:
            return TimeMatch(first: i, end: i + 3, kind: .futureReference)
        case .keyword(.near)? where t.keyword(i + 3) == .future:
            return TimeMatch(first: i, end: i + 4, kind: .futureReference)
        case .deixis(.next)?:
            // "in the coming weeks", "in the next few days".
            var index = i + 3
            let counted = t.count(index)
            if counted.found { index += 1 }
            // "over the next four days", "in the next 48 hours": a length told by its number
            // (P4D, PT48H), as "the past seven years" is.
            if let count = counted.value, let length = DurationUnit.of(t.word(index)) {
                return TimeMatch(first: i, end: index + 1, kind: .duration(length.unit, count: count * length.times))
            }
            // "over the next fortnight", "in the next hour": one unit is a length too (P2W, PT1H);
            // "in the coming weeks" is only ahead.
            if !counted.found, !t.endsInS(index), let length = DurationUnit.of(t.word(index)) {
                return TimeMatch(first: i, end: index + 1, kind: .duration(length.unit, count: length.times))
            }
            guard t.unit(index) != nil else { return nil }
            return TimeMatch(first: i, end: index + 1, kind: .futureReference)
        case .keyword(.past)?, .deixis(.last)?:
            return recentSpan(at: i)
        default:
            return nil
        }
    }

    /// Whether the words before "the" at `i` make "the past year" a span: "for", "much of" ("for
    /// much of the past two weeks"), or a verb of spending time ("have spent the past year").
    private func leadsASpan(beforeThe i: Int) -> Bool {
        if t.isWord(i - 1, "for") || t.isWord(i - 1, "spent") || t.isWord(i - 1, "spend") || t.isWord(i - 1, "spending") { return true }
        return t.isWord(i - 1, "of") && (t.isWord(i - 2, "much") || t.isWord(i - 2, "most") || t.isWord(i - 2, "all"))
    }

    /// "in the past", "in the past two weeks", "over the last few months": the words from
    /// token `i` (a preposition before "the past" or "the last").
    private func recentSpan(at i: Int) -> TimeMatch? {
        var index = i + 3
        var count: Int? = 1
        let counted = t.count(index)
        if counted.found {
            count = counted.value
            index += 1
        }
        if let unit = t.unit(index) {
            let days = (count ?? 3) * unit.approximateDays
            // A weekend is no length: "over the past weekend" stays a time before the anchor.
            guard let length = DurationUnit.of(unit) else { return TimeMatch(first: i, end: index + 1, kind: .pastReference(days: days)) }
            return TimeMatch(first: i, end: index + 1, kind: .recentSpan(length.unit, count: count.map { $0 * length.times } ?? 0, days: days))
        }
        guard t.keyword(i + 2) == .past, !counted.found else { return nil }
        return TimeMatch(first: i, end: i + 3, kind: .pastReference(days: nil))
    }
}
