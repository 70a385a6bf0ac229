/// Things the reducer asks the program loop to do, since a pure reducer cannot.
public struct Requests: OptionSet, Hashable, Sendable {
    /// The bits.
    public let rawValue: UInt8
    /// Requests from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Leave the browser.
    public static let quit = Requests(rawValue: 1 << 0)
    /// Give the terminal back to the shell until `fg`.
    public static let suspend = Requests(rawValue: 1 << 1)
    /// Repaint every cell.
    public static let redraw = Requests(rawValue: 1 << 2)
}
