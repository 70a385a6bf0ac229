/// How the screen is divided: a pure function of the terminal size (and, when only one
/// pane fits, of the focused pane). The reducer uses it for page sizes and mouse hits,
/// the renderer to draw.
public struct Layout: Hashable, Sendable {
    /// Smallest usable terminal.
    public static let minimumWidth = 30
    /// Smallest usable terminal.
    public static let minimumHeight = 8

    /// Which arrangement the size allows.
    public var mode: LayoutMode
    /// Whole screen.
    public var screen: Rect
    /// Top line: story name, counts, filter.
    public var titleBar: Rect
    /// Bottom line: position, pane, hints, messages.
    public var statusBar: Rect
    /// Frames (borders included) of the panes on screen.
    public var frames: [Pane: Rect]

    /// The layout for a `width` × `height` terminal with `focus` focused.
    public init(width: Int, height: Int, focus: Pane) {
        screen = Rect(x: 0, y: 0, width: width, height: height)
        titleBar = Rect(x: 0, y: 0, width: width, height: 1)
        statusBar = Rect(x: 0, y: height - 1, width: width, height: 1)
        frames = [:]
        if width < Layout.minimumWidth || height < Layout.minimumHeight {
            mode = .tooSmall
            titleBar = Rect(x: 0, y: 0, width: 0, height: 0)
            statusBar = titleBar
            return
        }
        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        if width < 80 || height < 24 {
            mode = .single
            frames[focus] = body
        } else if width < 120 {
            mode = .stacked
            let timelineHeight = body.height * 35 / 100
            let sourceHeight = body.height * 40 / 100
            frames[.timeline] = Rect(x: 0, y: body.y, width: width, height: timelineHeight)
            frames[.source] = Rect(x: 0, y: body.y + timelineHeight, width: width, height: sourceHeight)
            frames[.quotes] = Rect(x: 0, y: body.y + timelineHeight + sourceHeight, width: width,
                                   height: body.height - timelineHeight - sourceHeight)
        } else {
            mode = .wide
            let timelineWidth = width * 40 / 100
            let sourceHeight = body.height * 62 / 100
            frames[.timeline] = Rect(x: 0, y: body.y, width: timelineWidth, height: body.height)
            frames[.source] = Rect(x: timelineWidth, y: body.y, width: width - timelineWidth, height: sourceHeight)
            frames[.quotes] = Rect(x: timelineWidth, y: body.y + sourceHeight, width: width - timelineWidth,
                                   height: body.height - sourceHeight)
        }
    }

    /// The frame of `pane`, nil when it is not on screen.
    public func frame(of pane: Pane) -> Rect? { frames[pane] }

    /// The inside of `pane`'s border, nil when it is not on screen.
    public func content(of pane: Pane) -> Rect? { frames[pane]?.inset(by: 1) }

    /// Rows of text `pane` shows (at least 1, so paging always moves).
    public func rows(of pane: Pane) -> Int { max(1, content(of: pane)?.height ?? 1) }

    /// Columns of text `pane` shows (at least 1).
    public func columns(of pane: Pane) -> Int { max(1, content(of: pane)?.width ?? 1) }

    /// The pane whose frame holds the cell (`x`, `y`).
    public func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { frames[$0]?.contains(x: x, y: y) ?? false }
    }

    /// The rectangle an overlay (help, picker, compare) covers: centred, most of the screen.
    public var overlay: Rect {
        let w = min(screen.width - 2, max(Layout.minimumWidth - 2, screen.width * 4 / 5))
        let h = min(screen.height - 2, max(Layout.minimumHeight - 2, screen.height * 4 / 5))
        return Rect(x: (screen.width - w) / 2, y: (screen.height - h) / 2, width: w, height: h)
    }
}

/// The arrangement chosen for a terminal size.
public enum LayoutMode: Hashable, Sendable {
    /// ≥ 120 columns: timeline left, source right, quotes under the source.
    case wide
    /// 80–119 columns: timeline, source and quotes stacked.
    case stacked
    /// Under 80×24: one pane at a time.
    case single
    /// Under 30×8: only a message.
    case tooSmall
}
