import CNcursesw

/// The bytes that leave full-screen mode, from the terminal's own terminfo entry where it
/// has them, so a signal handler can write them without calling into ncurses.
enum ResetSequence {
    /// Mouse reporting off in every mode ncurses may have turned on (X10, button, any, SGR).
    static let mouseOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"

    /// terminfo capabilities written in this order: attributes off, keypad transmit off,
    /// cursor visible, leave the alternate screen.
    static let capabilities = ["sgr0", "rmkx", "cnorm", "rmcup"]

    /// Used before the terminfo entry is loaded and for capabilities it lacks.
    static let fallbacks = [
        "sgr0": "\u{1B}[0m",
        "rmkx": "",
        "cnorm": "\u{1B}[?25h",
        "rmcup": "",
    ]

    /// The reset bytes for the current terminal (needs a screen set up by newterm).
    static func forCurrentTerminal() -> String {
        var sequence = mouseOff
        for name in capabilities {
            if let value = storyline_terminfo_string(name) {
                sequence += String(cString: value)
            } else {
                sequence += fallbacks[name] ?? ""
            }
        }
        return sequence
    }
}
