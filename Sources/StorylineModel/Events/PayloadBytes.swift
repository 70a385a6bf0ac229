/// Hashing and comparing runs of payload bytes eight at a time: the writer looks up every
/// title, trigger list and short derivation it writes, and the standard library's hasher
/// and element-by-element comparison cost more than writing the field.
enum PayloadBytes {
    /// A hash of `bytes` (a lookup key only: equal hashes are confirmed by `equal`).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count) &* multiplier
        var i = 0
        while i + 8 <= count {
            hash = mix(hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < count {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        return Int(truncatingIfNeeded: mix(hash ^ tail))
    }

    /// Whether `a` and `b` hold the same bytes.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        let rawX = UnsafeRawPointer(x), rawY = UnsafeRawPointer(y)
        var i = 0
        while i + 8 <= a.count {
            guard rawX.loadUnaligned(fromByteOffset: i, as: UInt64.self) == rawY.loadUnaligned(fromByteOffset: i, as: UInt64.self) else {
                return false
            }
            i += 8
        }
        while i < a.count {
            guard x[i] == y[i] else { return false }
            i += 1
        }
        return true
    }

    /// An odd constant with well-spread bits (from the 64-bit finaliser of MurmurHash3).
    private static let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD

    /// Spreads every bit of `value` over the high and low halves.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* multiplier
        return product ^ (product >> 29)
    }
}
