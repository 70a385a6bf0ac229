/// An `Int` index or id stored in 32 bits (clamped): sentences, mentions, quotes and times
/// of a large corpus number in the millions, and half-size fields halve their memory.
///
/// Encodes as a plain integer, so types using it keep their JSON shape.
@propertyWrapper
@frozen
public struct CompactIndex: Hashable, Sendable, Codable {
    @usableFromInline var stored: Int32

    @inlinable
    public init(wrappedValue: Int) {
        stored = Int32(clamping: wrappedValue)
    }

    /// The value as an `Int`.
    @inlinable
    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(clamping: newValue) }
    }

    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}
