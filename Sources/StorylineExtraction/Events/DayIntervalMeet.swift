import StorylineModel

extension DayInterval {
    /// Same result as `intersection(_:)` without its temporary arrays: merging runs this
    /// for every mention and every join.
    @inline(__always)
    func meet(_ other: DayInterval) -> DayInterval? {
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
}
