/// Text attributes a cell can carry; with no colours they alone must carry meaning.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// The eight basic terminal colours plus the terminal's default.
public enum TerminalColor: UInt8, Hashable, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn.
public struct CellStyle: Hashable, Sendable {
    public var attributes: TextAttributes
    public var foreground: TerminalColor
    public var background: TerminalColor

    public init(attributes: TextAttributes = [], foreground: TerminalColor = .default, background: TerminalColor = .default) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    public static let plain = CellStyle()
}
