/// Short human labels for dates, at the precision they are known.
public enum DateLabel {
    /// Three-letter English month names, January first.
    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "3 Nov 2020".
    public static func day(_ day: CalendarDay) -> String {
        "\(day.day) \(monthAbbreviations[day.month - 1]) \(day.year)"
    }

    /// "Nov 2020".
    public static func month(_ day: CalendarDay) -> String {
        "\(monthAbbreviations[day.month - 1]) \(day.year)"
    }

    /// Days from `first` to `last`: "2021-09-11–12", "2021-09-30–10-01", "2021-12-31–2022-01-01".
    public static func days(_ first: CalendarDay, _ last: CalendarDay) -> String {
        let tail = last.iso
        if first.year == last.year && first.month == last.month { return first.iso + "–" + tail.dropFirst(8) }
        if first.year == last.year { return first.iso + "–" + tail.dropFirst(5) }
        return first.iso + "–" + tail
    }

    /// The shortest label for a span of days: "Jun 2021", "Jan–Jun 2021", "Jan 2017–Jan 2021".
    public static func span(_ first: CalendarDay, _ last: CalendarDay) -> String {
        if first.year == last.year && first.month == last.month { return month(first) }
        if first.year == last.year {
            return "\(monthAbbreviations[first.month - 1])–\(monthAbbreviations[last.month - 1]) \(last.year)"
        }
        return "\(month(first))–\(month(last))"
    }
}

extension EventDate {
    /// The date as a timeline shows it: "2019-03-14", "2019-W11", "Mar 2019", "2019",
    /// "before 3 Nov 2020", "after Jan 2021", "undated".
    public var label: String {
        let earliest = interval.earliest
        let latest = interval.latest
        switch precision {
        case .unknown:
            return "undated"
        case .duration, .set:
            // A length or a recurring time dates no event; shown as its value should one be asked for.
            return value ?? "undated"
        case .day:
            // Coordinated days ("on Saturday and Sunday") span several.
            if let earliest, let latest, earliest < latest { return DateLabel.days(earliest, latest) }
            return earliest.map(\.iso) ?? value ?? "undated"
        case .week:
            if let value, value.contains("-W") { return value }
            return earliest.map { "week of \(DateLabel.day($0))" } ?? "undated"
        case .month:
            if let earliest, let latest, latest.year != earliest.year || latest.month != earliest.month {
                return DateLabel.span(earliest, latest)  // "in June and July"
            }
            if let earliest { return DateLabel.month(earliest) }
            if let value, value.hasPrefix("XXXX-"), let m = Int(value.dropFirst(5)), (1...12).contains(m) {
                return DateLabel.monthAbbreviations[m - 1]
            }
            return value ?? "undated"
        case .season, .quarter:
            return value ?? earliest.map(DateLabel.month) ?? "undated"
        case .year:
            if let earliest, let latest, latest.year != earliest.year { return "\(earliest.year)–\(latest.year)" }  // "in 2018 and 2019"
            return earliest.map { String($0.year) } ?? value ?? "undated"
        case .decade:
            return earliest.map { "\($0.year / 10 * 10)s" } ?? value ?? "undated"
        case .reference:
            switch (earliest, latest) {
            case (nil, let hi?): return "before \(DateLabel.day(hi.adding(days: 1)))"
            case (let lo?, nil): return "after \(DateLabel.day(lo.adding(days: -1)))"
            case (let lo?, let hi?): return DateLabel.span(lo, hi)
            case (nil, nil): return value == "FUTURE_REF" ? "future" : "earlier"
            }
        }
    }
}
