/// The one table from keys to actions: the input router reads it, the help overlay lists it.
public enum KeyMap {
    /// Every binding, in the order help shows them.
    public static let bindings: [KeyBinding] = [
        KeyBinding([.character("j"), .down], .moveDown, "Move", "next row / scroll down"),
        KeyBinding([.character("k"), .up], .moveUp, "Move", "prev row / scroll up"),
        KeyBinding([.pageDown, .character(" "), .control("f")], .pageDown, "Move", "page down"),
        KeyBinding([.pageUp, .character("b"), .control("b")], .pageUp, "Move", "page up"),
        KeyBinding([.control("d")], .halfPageDown, "Move", "half page down"),
        KeyBinding([.control("u")], .halfPageUp, "Move", "half page up"),
        KeyBinding([.character("g"), .home], .top, "Move", "first row"),
        KeyBinding([.character("G"), .end], .bottom, "Move", "last row"),
        KeyBinding([.tab], .nextPane, "Panes", "next pane"),
        KeyBinding([.backTab], .previousPane, "Panes", "previous pane"),
        KeyBinding([.character("1")], .focus(.timeline), "Panes", "timeline"),
        KeyBinding([.character("2")], .focus(.source), "Panes", "source"),
        KeyBinding([.character("3")], .focus(.quotes), "Panes", "quotes"),
        KeyBinding([.enter], .activate, "Source", "jump to its sentence"),
        KeyBinding([.character("]")], .nextEvidence, "Source", "next evidence sentence"),
        KeyBinding([.character("[")], .previousEvidence, "Source", "prev evidence sentence"),
        KeyBinding([.character("s")], .nextArticle, "Source", "next article on event"),
        KeyBinding([.character("c")], .toggleCompare, "Source", "compare the articles"),
        KeyBinding([.character("a")], .openActorPicker, "Filter", "filter by actors"),
        KeyBinding([.character("A")], .clearActorFilter, "Filter", "clear the actor filter"),
        KeyBinding([.character("/")], .startSearch, "Search", "search focused pane"),
        KeyBinding([.character("n")], .nextMatch, "Search", "next match"),
        KeyBinding([.character("N")], .previousMatch, "Search", "previous match"),
        KeyBinding([.escape], .back, "Other", "back / cancel"),
        KeyBinding([.character("q")], .backOrQuit, "Other", "back; quit on timeline"),
        KeyBinding([.character("Q"), .control("c")], .quit, "Other", "quit"),
        KeyBinding([.character("?")], .toggleHelp, "Other", "this help"),
        KeyBinding([.control("l")], .redraw, "Other", "redraw the screen"),
        KeyBinding([.control("z")], .suspend, "Other", "suspend (fg resumes)"),
    ]

    /// Key → action, built from `bindings`.
    static let actions: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.action }
        }
        return table
    }()

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? { actions[key] }

    /// The keys bound to `action`, as help names them ("j/↓").
    public static func keys(for action: Action) -> String {
        bindings.first { $0.action == action }.map { $0.keys.map(\.label).joined(separator: "/") } ?? ""
    }

    /// Section names in order of first appearance.
    public static var sections: [String] {
        var seen = Set<String>()
        return bindings.compactMap { seen.insert($0.section).inserted ? $0.section : nil }
    }
}
