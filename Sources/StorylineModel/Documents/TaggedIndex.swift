/// An index and a two-bit tag (a small enum's case) in 32 bits: a sentence or mention then
/// fits 20 bytes instead of 24, since its enum byte no longer needs a word of padding.
///
/// The index keeps 30 bits (±536 million, clamped beyond): articles are capped at 50 MB, so
/// no paragraph or sentence number comes near.
@frozen
public struct TaggedIndex: Hashable, Sendable {
    /// The tag in the top two bits, the index below (two's complement in 30 bits).
    @usableFromInline var raw: UInt32

    /// Largest index kept as it is.
    @inlinable static var maxIndex: Int { (1 << 29) - 1 }

    /// `index` (clamped to 30 bits) with `tag` (0–3; higher bits are dropped).
    @inlinable
    public init(index: Int, tag: UInt8) {
        raw = 0
        self.index = index
        self.tag = tag
    }

    /// The index.
    @inlinable
    public var index: Int {
        get { Int(Int32(bitPattern: raw << 2) >> 2) }
        set {
            let clamped = min(max(newValue, -Self.maxIndex - 1), Self.maxIndex)
            raw = (raw & 0xC000_0000) | (UInt32(truncatingIfNeeded: clamped) & 0x3FFF_FFFF)
        }
    }

    /// The tag, 0–3.
    @inlinable
    public var tag: UInt8 {
        get { UInt8(truncatingIfNeeded: raw >> 30) }
        set { raw = (raw & 0x3FFF_FFFF) | (UInt32(newValue & 3) << 30) }
    }
}
