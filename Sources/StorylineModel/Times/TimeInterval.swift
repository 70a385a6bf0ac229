/// The span of days a time value may denote: [earliest, latest], either end open.
public struct DayInterval: Hashable, Sendable, Codable {
    /// First possible day, nil when unbounded.
    public var earliest: CalendarDay?
    /// Last possible day, nil when unbounded.
    public var latest: CalendarDay?

    public init(earliest: CalendarDay?, latest: CalendarDay?) {
        self.earliest = earliest
        self.latest = latest
    }

    /// A single day.
    public init(day: CalendarDay) { self.init(earliest: day, latest: day) }

    /// Whether the interval says nothing.
    public var isUnbounded: Bool { earliest == nil && latest == nil }

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
    public var sortKey: CalendarDay? { earliest ?? latest }
}
