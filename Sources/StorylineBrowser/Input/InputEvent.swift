/// One input from the terminal, already decoded by the backend.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse action at a cell.
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
}

/// A decoded key.
public enum Key: Hashable, Sendable {
    /// A printable character (Shift already applied: "G", "?").
    case character(Character)
    /// Control plus a letter, given in lower case: `.control("c")` is Ctrl-C.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    /// F1…F12.
    case function(Int)
}

/// A decoded mouse action; coordinates are 0-based cells.
public struct MouseEvent: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var kind: MouseKind

    public init(x: Int, y: Int, kind: MouseKind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}

/// What the mouse did.
public enum MouseKind: Hashable, Sendable {
    case click
    case doubleClick
    case wheelUp
    case wheelDown
}
