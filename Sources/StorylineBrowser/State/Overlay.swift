/// A window drawn over the panes.
public enum Overlay: Hashable, Sendable {
    /// Key help generated from the key map.
    case help
    /// Side-by-side comparison of the selected event's articles.
    case compare
}
