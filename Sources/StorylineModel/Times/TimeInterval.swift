/// The span of days a time value may denote: [earliest, latest], either end open.
public struct DayInterval: Hashable, Sendable, Codable {
    // Both ends in 12 bytes instead of 15 (two optional days): every time expression and
    // event holds one, and 12 lets them fill their last word. Month 0 marks an open end
    // (a real day's month is 1–12); an open end stores zeros, so equal intervals are equal bits.
    @usableFromInline var lowYear: Int32 = 0
    @usableFromInline var highYear: Int32 = 0
    @usableFromInline var lowMonth: UInt8 = 0
    @usableFromInline var lowDay: UInt8 = 0
    @usableFromInline var highMonth: UInt8 = 0
    @usableFromInline var highDay: UInt8 = 0

    /// First possible day, nil when unbounded.
    @inlinable
    public var earliest: CalendarDay? {
        get { Self.day(lowYear, lowMonth, lowDay) }
        set { (lowYear, lowMonth, lowDay) = Self.parts(of: newValue) }
    }

    /// Last possible day, nil when unbounded.
    @inlinable
    public var latest: CalendarDay? {
        get { Self.day(highYear, highMonth, highDay) }
        set { (highYear, highMonth, highDay) = Self.parts(of: newValue) }
    }

    /// The day stored as these fields (month 0: none).
    @inlinable
    static func day(_ year: Int32, _ month: UInt8, _ day: UInt8) -> CalendarDay? {
        month == 0 ? nil : CalendarDay(storedYear: year, storedMonth: month, storedDay: day)
    }

    /// The fields storing `day` (zeros for none).
    @inlinable
    static func parts(of day: CalendarDay?) -> (Int32, UInt8, UInt8) {
        guard let day else { return (0, 0, 0) }
        return (day.storedYear, day.storedMonth, day.storedDay)
    }

    @inlinable
    public init(earliest: CalendarDay?, latest: CalendarDay?) {
        self.earliest = earliest
        self.latest = latest
    }

    /// A single day.
    @inlinable
    public init(day: CalendarDay) { self.init(earliest: day, latest: day) }

    /// Whether the interval says nothing.
    @inlinable
    public var isUnbounded: Bool { lowMonth == 0 && highMonth == 0 }

    /// The narrowest interval inside both, or nil when they do not meet.
    /// Allocation-free: event merging calls it for every mention and every join.
    @inlinable
    public func intersection(_ other: DayInterval) -> DayInterval? {
        let lo: CalendarDay? =
            switch (earliest, other.earliest) {
            case let (a?, b?): max(a, b)
            case let (a?, nil): a
            case let (nil, b): b
            }
        let hi: CalendarDay? =
            switch (latest, other.latest) {
            case let (a?, b?): min(a, b)
            case let (a?, nil): a
            case let (nil, b): b
            }
        if let lo, let hi, lo > hi { return nil }
        return DayInterval(earliest: lo, latest: hi)
    }

    /// A day to sort by: the latest bound for "before X", else the earliest.
    @inlinable
    public var sortKey: CalendarDay? { earliest ?? latest }

    /// The JSON keys of the two ends (an open end is left out, as an optional property is).
    private enum CodingKeys: String, CodingKey {
        case earliest, latest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            earliest: try container.decodeIfPresent(CalendarDay.self, forKey: .earliest),
            latest: try container.decodeIfPresent(CalendarDay.self, forKey: .latest))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(earliest, forKey: .earliest)
        try container.encodeIfPresent(latest, forKey: .latest)
    }
}
