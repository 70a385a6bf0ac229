/// A set of precomputed 64-bit hashes (`WordSet.hash`), so hot loops test membership without
/// the standard library's seeded hashing.
public struct HashKeySet: Sendable {
    /// The keys, each mapped to 0.
    private var map: HashKeyMap

    /// Creates an empty set.
    public init(capacity: Int = 64) { map = HashKeyMap(capacity: capacity) }

    /// Number of keys stored.
    public var count: Int { map.count }

    /// Whether `key` is in the set.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { map.value(for: key) >= 0 }

    /// Adds `key`; returns whether it was new.
    @discardableResult
    public mutating func insert(_ key: UInt64) -> Bool {
        guard !contains(key) else { return false }
        map.set(0, for: key)
        return true
    }
}
