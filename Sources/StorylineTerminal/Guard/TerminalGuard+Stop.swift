import CTerminalGuard

extension TerminalGuard {
    /// Stops the process as Ctrl-Z in a shell would, returning when it is continued (`fg`).
    static func stopProcess() {
        storyline_guard_stop_process()
    }
}
