/// How roles are drawn: colours plus attributes, or (monochrome) attributes alone, chosen so
/// bold, reverse and underline carry the same distinctions the colours do.
public struct Theme: Hashable, Sendable {
    /// Whether colours are off (NO_COLOR, or a terminal without colours).
    public var monochrome: Bool

    /// A theme with colours on or off.
    public init(monochrome: Bool) {
        self.monochrome = monochrome
    }

    /// Colours and attributes.
    public static let color = Theme(monochrome: false)
    /// Attributes only.
    public static let mono = Theme(monochrome: true)

    /// The style of `role`.
    public func style(_ role: StyleRole) -> CellStyle {
        monochrome ? ThemeTable.mono(role) : ThemeTable.color(role)
    }
}

extension CellStyle {
    /// This style with `other` laid over it: attributes add up, other's colours win where set.
    public func merged(with other: CellStyle) -> CellStyle {
        CellStyle(
            attributes: attributes.union(other.attributes),
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background
        )
    }
}
