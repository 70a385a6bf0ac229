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

    /// Rank used for ordering: smaller is finer.
    public var rank: Int { TimePrecision.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: TimePrecision, rhs: TimePrecision) -> Bool { lhs.rank < rhs.rank }
}
