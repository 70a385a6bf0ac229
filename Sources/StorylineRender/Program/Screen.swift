import StorylineBrowser

/// A place frames are shown and input comes from: ncurses in the terminal backend,
/// an in-memory screen in tests.
public protocol Screen: AnyObject {
    /// Current size in cells.
    var size: GridSize { get }
    /// Shows `grid`, sending only the cells that differ from the last frame.
    func present(_ grid: Grid)
    /// Waits for the next input; nil when input has ended.
    func nextEvent() -> InputEvent?
    /// Forgets what is on screen so the next `present` redraws every cell (Ctrl-L).
    func invalidate()
    /// Gives the terminal back to the shell until the user resumes the program (Ctrl-Z).
    func suspend()
}
