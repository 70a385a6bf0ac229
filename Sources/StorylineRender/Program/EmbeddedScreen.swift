import StorylineBrowser

/// An in-memory `Screen`: plays a script of input events and keeps every frame presented.
/// For tests and benchmarks; no terminal involved.
public final class EmbeddedScreen: Screen {
    /// Current size; a `.resize` event in the script changes it.
    public private(set) var size: GridSize
    /// Every frame presented, oldest first.
    public private(set) var frames: [Grid] = []
    /// Events not yet delivered.
    public private(set) var pending: [InputEvent]
    /// How many times `invalidate()` was called.
    public private(set) var invalidations = 0
    /// How many times `suspend()` was called.
    public private(set) var suspensions = 0

    public init(width: Int, height: Int, events: [InputEvent] = []) {
        self.size = GridSize(width: width, height: height)
        self.pending = events
    }

    /// The last frame presented.
    public var lastFrame: Grid? { frames.last }

    public func present(_ grid: Grid) { frames.append(grid) }

    public func nextEvent() -> InputEvent? {
        guard !pending.isEmpty else { return nil }
        let event = pending.removeFirst()
        if case .resize(let width, let height) = event { size = GridSize(width: width, height: height) }
        return event
    }

    public func invalidate() { invalidations += 1 }

    public func suspend() { suspensions += 1 }
}
