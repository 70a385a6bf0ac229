import CNcursesw
import CTerminalGuard
import StorylineBrowser
import StorylineRender

/// The ncurses backend: the only code that touches the terminal.
public enum TerminalBackend {
    /// Whether a usable terminal is attached (placeholder until the backend lands).
    public static var isAvailable: Bool { false }
}
