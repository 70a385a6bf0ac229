/// A set of words or phrases looked up by their bytes, without building Strings.
public struct WordSet: Sendable {
    private var buckets: [UInt64: [[UInt8]]] = [:]
    private let caseInsensitive: Bool

    /// The words as stored (ASCII-lower-cased when case is ignored).
    public var members: [[UInt8]] { buckets.values.flatMap { $0 } }
    /// Whether ASCII case is ignored.
    public var ignoresCase: Bool { caseInsensitive }

    /// Builds the set from `words`; with `caseInsensitive`, ASCII case is ignored.
    public init(_ words: [String], caseInsensitive: Bool = true) {
        self.caseInsensitive = caseInsensitive
        for word in words {
            let bytes = caseInsensitive ? word.utf8.map(ByteClass.lower) : Array(word.utf8)
            buckets[Self.hash(bytes), default: []].append(bytes)
        }
    }

    /// Whether `bytes[start..<end]` is in the set.
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start >= 0, end <= bytes.count, start < end else { return false }
        let key = Self.hash(bytes, start, end, lowered: caseInsensitive)
        guard let candidates = buckets[key] else { return false }
        return candidates.contains { candidate in
            guard candidate.count == end - start else { return false }
            for offset in 0..<candidate.count {
                let byte = caseInsensitive ? ByteClass.lower(bytes[start + offset]) : bytes[start + offset]
                if byte != candidate[offset] { return false }
            }
            return true
        }
    }

    /// Whether `token` is in the set.
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        contains(bytes, token.start, token.end)
    }

    /// FNV-1a hash of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// FNV-1a hash of `bytes[start..<end]`, optionally ASCII-lower-cased.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowered: Bool) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end {
            let byte = lowered ? ByteClass.lower(bytes[index]) : bytes[index]
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return value
    }
}
