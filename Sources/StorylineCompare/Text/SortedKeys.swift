/// Sorted arrays of keys used as small sets (cheaper than `Set` for a sentence's words).
enum SortedKeys {
    /// `keys` sorted, without repeats.
    static func unique<S: Sequence>(_ keys: S) -> [UInt64] where S.Element == UInt64 {
        var sorted = keys.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }

    /// Whether sorted `keys` holds `key` (binary search).
    static func contains(_ keys: [UInt64], _ key: UInt64) -> Bool {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}
