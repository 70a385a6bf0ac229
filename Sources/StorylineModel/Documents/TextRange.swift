/// A half-open range of UTF-8 byte offsets into a document's text.
public struct TextRange: Hashable, Sendable, Codable, Comparable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
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
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
