import StorylineBrowser

/// The program loop: render, present, wait for input, reduce, and carry out the requests
/// (quit, suspend, redraw) the reducer cannot.
public final class BrowserProgram {
    /// The current state.
    public private(set) var state: BrowserState
    /// Where frames go and input comes from.
    public let screen: any Screen
    /// Colours or monochrome.
    public let theme: Theme

    /// A program showing `state` on `screen` in `theme`.
    public init(state: BrowserState, screen: any Screen, theme: Theme = .color) {
        self.state = state
        self.screen = screen
        self.theme = theme
    }

    /// Runs until the user quits or input ends; returns the final state.
    @discardableResult
    public func run() -> BrowserState {
        let size = screen.size
        state.apply(.resize(width: size.width, height: size.height))
        while true {
            screen.present(BrowserView.render(state, theme: theme))
            guard let event = screen.nextEvent() else { break }
            state.handle(event)
            if state.requests.contains(.quit) { break }
            if state.requests.contains(.suspend) {
                state.requests.remove(.suspend)
                screen.suspend()
                screen.invalidate()
                let resumed = screen.size
                state.apply(.resize(width: resumed.width, height: resumed.height))
            }
            if state.requests.contains(.redraw) {
                state.requests.remove(.redraw)
                screen.invalidate()
            }
        }
        return state
    }

    /// One step without a screen: the state after `event` and its frame (for benchmarks
    /// measuring key-to-frame time, and for tests).
    public static func step(_ state: inout BrowserState, _ event: InputEvent, theme: Theme = .color) -> Grid {
        state.handle(event)
        state.requests.remove([.redraw, .suspend])
        return BrowserView.render(state, theme: theme)
    }
}
