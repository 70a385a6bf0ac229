import CTerminalGuard

/// The Swift face of the C terminal guard, which restores the terminal on quit, on
/// SIGINT/SIGTERM/SIGHUP and on crashes with async-signal-safe calls only.
enum TerminalGuard {
    /// Saves the termios of `fileDescriptor` and installs the signal handlers.
    static func arm(fileDescriptor: Int32) {
        _ = storyline_guard_save(fileDescriptor)
        _ = storyline_guard_install()
    }

    /// The bytes that take the terminal out of full-screen mode, written by the handlers.
    static func setResetSequence(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    storyline_guard_set_reset_sequence($0, buffer.count)
                }
            }
        }
    }

    /// Whether the terminal is in full-screen mode now (so the handlers must reset it).
    static func setActive(_ active: Bool) {
        storyline_guard_set_active(active ? 1 : 0)
    }

    /// Keeps standard error off the full-screen display until `disarm` replays it.
    static func captureStandardError() {
        _ = storyline_guard_capture_stderr()
    }

    /// Restores the termios and standard error and removes the handlers (after endwin).
    static func disarm() {
        storyline_guard_uninstall()
    }
}
