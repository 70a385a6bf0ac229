/// The three panes of the browser.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case timeline
    case source
    case quotes

    /// The name shown in borders, the title line and the status line.
    public var name: String {
        switch self {
        case .timeline: return "Timeline"
        case .source: return "Source"
        case .quotes: return "Quotes"
        }
    }

    /// The next pane in Tab order.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % 3) ?? .timeline }

    /// The previous pane in Tab order.
    public var previous: Pane { Pane(rawValue: (rawValue + 2) % 3) ?? .timeline }
}
