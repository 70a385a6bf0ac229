/// How precisely a time value is known, finest first.
public enum TimePrecision: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case day
    case week
    case month
    case season
    case quarter
    case year
    case decade
    /// Only a relation to a reference point is known (PAST_REF, "before 2019-11-05").
    case reference
    /// Nothing is known.
    case unknown
    /// A length of time, not a point in it ("three years": P3Y); it dates nothing.
    case duration
    /// A time that recurs ("every year": P1Y, "on Sundays": XXXX-WXX-7): TIMEX3's SET; it
    /// dates nothing either.
    case set

    /// Rank used for ordering: smaller is finer (a switch, not a search of `allCases`: it is
    /// read for every date compared).
    @inlinable
    public var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .season: 3
        case .quarter: 4
        case .year: 5
        case .decade: 6
        case .reference: 7
        case .unknown: 8
        case .duration: 9
        case .set: 10
        }
    }

    /// Whether a time of this precision tells no moment an event happened at: a length of
    /// time ("for three years") or a recurring time ("every year").
    @inlinable
    public var datesNothing: Bool { self == .duration || self == .set }

    public static func < (lhs: TimePrecision, rhs: TimePrecision) -> Bool { lhs.rank < rhs.rank }
}
