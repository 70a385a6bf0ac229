import CNcursesw
import StorylineBrowser

/// ncurses key codes (KEY_*, from the C shim since Swift cannot import the macros) and
/// the keys they stand for.
struct KeyCodeTable: Sendable {
    /// Special keys by their ncurses code.
    let keys: [Int32: Key]
    /// KEY_RESIZE: the terminal changed size (from ncurses' SIGWINCH handler).
    let resize: Int32
    /// KEY_MOUSE: a mouse event waits in getmouse.
    let mouse: Int32

    /// The table for the linked ncurses.
    static let ncurses: KeyCodeTable = {
        var keys: [Int32: Key] = [
            storyline_key_up(): .up,
            storyline_key_down(): .down,
            storyline_key_left(): .left,
            storyline_key_right(): .right,
            storyline_key_home(): .home,
            storyline_key_end(): .end,
            storyline_key_ppage(): .pageUp,
            storyline_key_npage(): .pageDown,
            storyline_key_btab(): .backTab,
            storyline_key_enter(): .enter,
            storyline_key_backspace(): .backspace,
            storyline_key_dc(): .delete,
        ]
        for number in 1...12 {
            keys[storyline_key_f(Int32(number))] = .function(number)
        }
        return KeyCodeTable(keys: keys, resize: storyline_key_resize(), mouse: storyline_key_mouse())
    }()
}

/// Plain characters with a meaning of their own before they are taken as text.
enum ControlCharacterTable {
    static let tab: UInt32 = 0x09
    static let lineFeed: UInt32 = 0x0A
    static let carriageReturn: UInt32 = 0x0D
    static let backspace: UInt32 = 0x08
    static let escape: UInt32 = 0x1B
    static let delete: UInt32 = 0x7F
    /// Ctrl-A … Ctrl-Z.
    static let controlLetters: ClosedRange<UInt32> = 0x01...0x1A
}
