import StorylineModel

/// How an outlet writes a happening's date relative to its own publication day.
struct TimePhrase: Sendable {
    /// Phrase placed after a verb, with its leading space (" on Tuesday"), or "".
    var afterVerb: String
    /// Phrase opening a sentence, with its comma ("On Tuesday, "), or "".
    var opening: String

    /// No time given.
    static let none = TimePhrase(afterVerb: "", opening: "")

    init(afterVerb: String, opening: String) {
        self.afterVerb = afterVerb
        self.opening = opening
    }

    /// A phrase for `day` as written on `published`, varied the way reporters vary it.
    /// `election` is the acting country's election day and `demonym` its adjective, for
    /// "before the … election".
    init(day: CalendarDay, published: CalendarDay, election: CalendarDay, demonym: String,
         style: ArticleStyle, random: inout SplitMix64) {
        let words = TimePhrase.words(day: day, published: published, election: election,
                                     demonym: demonym, style: style, random: &random)
        guard let words else {
            self = .none
            return
        }
        afterVerb = " " + words
        opening = TimePhrase.capitalized(words) + ", "
    }

    private static func words(day: CalendarDay, published: CalendarDay, election: CalendarDay, demonym: String,
                              style: ArticleStyle, random: inout SplitMix64) -> String? {
        let ago = published.daysSinceEpoch - day.daysSinceEpoch
        let month = CalendarTable.months[day.month - 1]
        let weekday = CalendarTable.weekdays[day.weekday - 1]
        var options: [String] = []
        let untilElection = election.daysSinceEpoch - day.daysSinceEpoch
        if untilElection > 0 && untilElection <= 10 {
            options.append("days before the \(demonym) election")
        } else if untilElection > 10 && untilElection < 400 {
            options.append("before the \(demonym) election")
        } else if untilElection < 0 && untilElection > -120 {
            options.append("after the \(demonym) election")
        }
        if ago < 7 && published.isoWeek == day.isoWeek {
            options += ["on \(weekday)", "this week", "on \(weekday)"]
        } else if ago < 7 {
            options += ["on \(weekday)", "last \(weekday)"]
        }
        if day.year == published.year && day.month == published.month {
            options += ["earlier this month", dated(day, style: style, withYear: false)]
        } else if (published.year * 12 + published.month) - (day.year * 12 + day.month) == 1 {
            options += ["last month", "in \(month)"]
        } else if day.year == published.year {
            options += ["in \(month)", "earlier this year", day.day <= 10 ? "in early \(month)" : "in late \(month)"]
        } else {
            options += ["in \(month) \(day.year)", day.year == published.year - 1 ? "last year" : "in \(day.year)"]
        }
        options += ["recently", "previously", dated(day, style: style, withYear: true)]
        // About one report in six gives no time at all.
        if random.chance(16) { return nil }
        return random.pick(options)
    }

    /// "on 12 March" / "on March 12, 2024" / "on Sept. 3".
    private static func dated(_ day: CalendarDay, style: ArticleStyle, withYear: Bool) -> String {
        let names = style.abbreviatedMonths ? CalendarTable.monthAbbreviations : CalendarTable.months
        let month = names[day.month - 1]
        if style.dayFirst {
            return withYear ? "on \(day.day) \(month) \(day.year)" : "on \(day.day) \(month)"
        }
        return withYear ? "on \(month) \(day.day), \(day.year)" : "on \(month) \(day.day)"
    }

    /// `text` with its first ASCII letter in upper case.
    static func capitalized(_ text: String) -> String {
        guard let first = text.utf8.first, first >= 0x61, first <= 0x7A else { return text }
        return String(UnicodeScalar(first - 0x20)) + text.dropFirst()
    }
}
