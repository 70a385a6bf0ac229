/// A half-open range of UTF-8 byte offsets into a document's text.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
    // 32-bit offsets (articles are capped at 50 MB): half the memory of every sentence,
    // mention, quote and time, of which a large corpus holds millions.
    @usableFromInline var storedStart: Int32
    @usableFromInline var storedEnd: Int32

    /// Offset of the first byte.
    @inlinable
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    /// Offset one past the last byte.
    @inlinable
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    public init(start: Int, end: Int) {
        self.storedStart = Int32(clamping: start)
        self.storedEnd = Int32(clamping: max(start, end))
    }

    /// Number of bytes covered.
    public var count: Int { end - start }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

    /// Whether the byte at `offset` lies inside this range.
    public func contains(offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether the two ranges share at least one byte.
    public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.storedStart, lhs.storedEnd) < (rhs.storedStart, rhs.storedEnd)
    }

    private enum CodingKeys: String, CodingKey {
        case start, end
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
