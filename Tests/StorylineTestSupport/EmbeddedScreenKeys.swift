import StorylineBrowser

/// Shorthands for driving a browser state with keys in tests.
public enum Keys {
    /// The key events of the characters of `text` (each a `.character`).
    public static func typing(_ text: String) -> [InputEvent] {
        text.map { .key(.character($0)) }
    }
}

extension BrowserState {
    /// Applies each key in turn.
    public mutating func press(_ keys: Key...) {
        for key in keys { handle(.key(key)) }
    }

    /// Types each character of `text` as a key.
    public mutating func type(_ text: String) {
        for event in Keys.typing(text) { handle(event) }
    }
}
