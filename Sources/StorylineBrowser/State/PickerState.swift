/// The actor picker overlay.
public struct PickerState: Hashable, Sendable {
    /// Text typed to narrow the list.
    public var query: String
    /// Actor ids shown, most events first, narrowed by `query`.
    public var shown: [Int]
    /// Highlighted row and scroll.
    public var position: ListPosition
    /// Actor ids ticked with Space.
    public var chosen: Set<Int>

    /// A picker listing `shown` with `chosen` ticked.
    public init(query: String = "", shown: [Int], chosen: Set<Int>) {
        self.query = query
        self.shown = shown
        self.position = ListPosition()
        self.chosen = chosen
    }
}
