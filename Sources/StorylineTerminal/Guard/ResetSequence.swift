import CNcursesw

/// The bytes that leave full-screen mode, from the terminal's own terminfo entry where it
/// has them, so a signal handler can write them without calling into ncurses.
enum ResetSequence {
    /// Mouse reporting off in every mode ncurses may have turned on (X10, button, any, SGR).
    static let mouseOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"

    /// terminfo capabilities written in this order: attributes off, keypad transmit off,
    /// cursor visible, leave the alternate screen.
    static let capabilities = ["sgr0", "rmkx", "cnorm", "rmcup"]

    /// The xterm values, used while ncurses starts (before the terminfo entry is loaded).
    static let xtermValues = [
        "sgr0": "\u{1B}[0m",
        "rmkx": "\u{1B}[?1l\u{1B}>",
        "cnorm": "\u{1B}[?25h",
        "rmcup": "\u{1B}[?1049l",
    ]

    /// The reset bytes for an xterm-like terminal, good enough while ncurses starts.
    static var generic: String {
        capabilities.reduce(mouseOff) { $0 + (xtermValues[$1] ?? "") }
    }

    /// The reset bytes for the current terminal (needs a screen set up by newterm); only
    /// sgr0 and cnorm fall back to their xterm values when the entry lacks them.
    static func forCurrentTerminal() -> String {
        var sequence = mouseOff
        for name in capabilities {
            if let value = storyline_terminfo_string(name) {
                sequence += String(cString: value)
            } else if name == "sgr0" || name == "cnorm" {
                sequence += xtermValues[name] ?? ""
            }
        }
        return sequence
    }
}
