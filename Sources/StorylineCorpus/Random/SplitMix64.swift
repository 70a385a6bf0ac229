/// SplitMix64: a tiny, fast, well-mixed PRNG; the same seed always gives the same stream.
///
/// Used instead of the system generator so a corpus is reproducible byte for byte on any machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// Internal state, advanced by a fixed odd constant per draw.
    public private(set) var state: UInt64

    /// Starts the stream at `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (0 when `bound` ≤ 0). Lemire's multiply-shift, bias negligible here.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int((UInt64(bound).multipliedFullWidth(by: next())).high)
    }

    /// A value in the closed range.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array (the first element's default for an empty one is avoided by callers).
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// An independent generator derived from this one and `salt` (for per-article streams).
    public func derived(_ salt: UInt64) -> SplitMix64 {
        var copy = SplitMix64(seed: state ^ (salt &* 0xD6E8_FEB8_6659_FD93))
        _ = copy.next()
        return copy
    }
}
