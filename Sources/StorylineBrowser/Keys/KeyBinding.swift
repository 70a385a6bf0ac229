/// Keys bound to one action, with the words the help overlay shows for it.
public struct KeyBinding: Hashable, Sendable {
    /// The keys, first one shown first in help.
    public var keys: [Key]
    /// What they do.
    public var action: Action
    /// Help section ("Move", "Panes", …).
    public var section: String
    /// One line of help.
    public var help: String

    /// Binds `keys` to `action`, listed in help under `section`.
    public init(_ keys: [Key], _ action: Action, _ section: String, _ help: String) {
        self.keys = keys
        self.action = action
        self.section = section
        self.help = help
    }
}

extension Key {
    /// How help and hints name the key ("j", "↓", "PgDn", "Ctrl-F", "Space").
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(String(c).uppercased())"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let n): return "F\(n)"
        }
    }
}
