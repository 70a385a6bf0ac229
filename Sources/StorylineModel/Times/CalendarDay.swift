/// A day of the proleptic Gregorian calendar, with the arithmetic time normalization needs.
///
/// Hand-rolled instead of Foundation's Calendar: it is used in hot loops and must be
/// deterministic whatever the machine's time zone.
public struct CalendarDay: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    // Stored in 6 bytes instead of 24: every time expression and event holds two days.
    @usableFromInline var storedYear: Int32
    @usableFromInline var storedMonth: UInt8
    @usableFromInline var storedDay: UInt8

    /// The year (proleptic Gregorian; stored in 32 bits).
    @inlinable
    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(clamping: newValue) }
    }

    /// The month, 1–12 (a value outside is clamped into it: compact holders of days read
    /// month 0 as "no day").
    @inlinable
    public var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = UInt8(clamping: min(max(newValue, 1), 12)) }
    }

    /// The day of the month, 1–31.
    @inlinable
    public var day: Int {
        get { Int(storedDay) }
        set { storedDay = UInt8(clamping: newValue) }
    }

    /// Creates a day; returns nil for impossible dates (month 13, 30 February…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year),
              let storedYear = Int32(exactly: year) else {
            return nil
        }
        self.storedYear = storedYear
        self.storedMonth = UInt8(month)
        self.storedDay = UInt8(day)
    }

    /// Creates the day with the given number of days since 1970-01-01.
    public init(daysSinceEpoch: Int) {
        // Civil-from-days (H. Hinnant's algorithm).
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.storedYear = Int32(clamping: yoe + era * 400 + (m <= 2 ? 1 : 0))
        self.storedMonth = UInt8(clamping: m)
        self.storedDay = UInt8(clamping: d)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let d = daysSinceEpoch  // 1970-01-01 was a Thursday (4).
        return ((d % 7) + 7 + 3) % 7 + 1
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1) ?? thursday
        let week = (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1
        return (thursday.year, week)
    }

    /// The Monday of ISO week `week` of `year`.
    public static func mondayOf(isoWeek week: Int, year: Int) -> CalendarDay? {
        guard let jan4 = CalendarDay(year: year, month: 1, day: 4) else { return nil }
        let monday1 = jan4.adding(days: 1 - jan4.weekday)
        return monday1.adding(days: (week - 1) * 7)
    }

    /// This day moved by `days` (negative moves back).
    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// The last day of this day's month.
    public var lastDayOfMonth: CalendarDay {
        CalendarDay(uncheckedYear: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
    }

    /// Number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Zero-padded decimal.
    public static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }

    /// A day from its stored fields, as a compact holder of days (`DayInterval`) keeps them.
    @inlinable
    init(storedYear: Int32, storedMonth: UInt8, storedDay: UInt8) {
        self.storedYear = storedYear
        self.storedMonth = storedMonth
        self.storedDay = storedDay
    }

    init(uncheckedYear: Int, month: Int, day: Int) {
        self.storedYear = Int32(clamping: uncheckedYear)
        self.storedMonth = UInt8(clamping: month)
        self.storedDay = UInt8(clamping: day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = CalendarDay(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
