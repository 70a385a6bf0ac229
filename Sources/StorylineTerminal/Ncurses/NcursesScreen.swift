import CNcursesw
import StorylineBrowser
import StorylineRender

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal as a `Screen`, through ncursesw: frames are flushed as the cells that
/// changed since the last one, input arrives as decoded keys, mouse events and resizes.
/// The only type that talks to the terminal; `close()` (or deinit) gives it back.
public final class NcursesScreen: Screen {
    /// Whether colours are drawn; false on monochrome terminals and with NO_COLOR set,
    /// where the render layer must carry meaning with attributes alone.
    public let supportsColor: Bool

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let keys = KeyDecoder(table: .ncurses)
    private let mouse = MouseDecoder.ncurses
    private var colorPairs: ColorPairTable
    /// The frame on screen now; nil when the next frame must be drawn in full.
    private var shown: Grid?
    private var isClosed = false

    /// Opens the terminal on standard input and output, or explains why it cannot be used.
    /// Installs the handlers that restore the terminal on signals and crashes first, so
    /// ncurses keeps its own SIGINT/SIGTERM handlers out (it keeps SIGTSTP and SIGWINCH).
    public static func open(environment: TerminalEnvironment = .current) throws(TerminalUnavailable) -> NcursesScreen {
        if let problem = TerminalAvailability.problem(term: environment.term) { throw problem }
        guard isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(reason: "standard output is not a terminal")
        }
        TerminalLocale.prepare()
        TerminalGuard.arm(fileDescriptor: STDOUT_FILENO)
        // A signal while ncurses starts must already find the terminal reset.
        TerminalGuard.setResetSequence(ResetSequence.generic)
        TerminalGuard.setActive(true)
        guard let screen = storyline_newterm(nil) else {
            TerminalGuard.setActive(false)
            TerminalGuard.disarm()
            throw TerminalUnavailable(reason: "the terminal type TERM=\(environment.term ?? "") is unknown here (no terminfo entry)")
        }
        _ = set_term(screen)
        guard let window = storyline_stdscr(), storyline_terminfo_string("cup") != nil else {
            endwin()
            TerminalGuard.setActive(false)
            delscreen(screen)
            TerminalGuard.disarm()
            throw TerminalUnavailable(reason: "the terminal type TERM=\(environment.term ?? "") cannot move the cursor")
        }
        TerminalGuard.setResetSequence(ResetSequence.forCurrentTerminal())
        let result = NcursesScreen(screen: screen, window: window, noColor: environment.noColor)
        TerminalGuard.captureStandardError()
        return result
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, noColor: Bool) {
        self.screen = screen
        self.window = window
        var color = false
        var defaultColors = false
        if !noColor, has_colors(), start_color() == OK, storyline_colors() >= 8 {
            color = true
            defaultColors = use_default_colors() == OK
        }
        supportsColor = color
        colorPairs = ColorPairTable(pairLimit: color ? Int(storyline_color_pairs()) : 0, defaultColors: defaultColors)
        configureInput()
    }

    deinit {
        close()
    }

    /// Modes set at start and again after a suspension.
    private func configureInput() {
        // Raw: Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-Q arrive as keys; the browser decides what they do.
        raw()
        noecho()
        _ = keypad(window, true)
        _ = leaveok(window, true)
        _ = curs_set(0)
        _ = set_escdelay(25)
        _ = mouseinterval(200)
        _ = mousemask(mmask_t(mouse.requested), nil)
    }

    /// Current size in cells.
    public var size: GridSize {
        GridSize(width: Int(storyline_max_x(window)), height: Int(storyline_max_y(window)))
    }

    /// Draws the cells of `grid` that differ from the frame on screen, then updates the terminal once.
    public func present(_ grid: Grid) {
        guard !isClosed else { return }
        let previous: Grid
        if let shown, shown.size == grid.size {
            previous = shown
        } else {
            werase(window)
            previous = Grid(size: grid.size)
        }
        for point in GridDiff.changes(from: previous, to: grid) {
            draw(grid, at: point)
        }
        wnoutrefresh(window)
        doupdate()
        shown = grid
    }

    /// Waits for the next key, mouse event or resize; nil when input has ended.
    public func nextEvent() -> InputEvent? {
        var failures = 0
        while !isClosed {
            var value: wint_t = 0
            let result = wget_wch(window, &value)
            if result == ERR {
                // A signal interrupted the read (continue after Ctrl-Z); input ended otherwise.
                if errno == EINTR { continue }
                failures += 1
                if failures > 4 { return nil }
                continue
            }
            failures = 0
            switch keys.decode(UInt32(value), isKeyCode: result == storyline_key_code_yes()) {
            case .key(let key):
                return .key(key)
            case .resize:
                shown = nil
                let size = self.size
                return .resize(width: size.width, height: size.height)
            case .mouse:
                var event = MEVENT()
                if getmouse(&event) == OK,
                   let decoded = mouse.decode(buttonState: UInt32(event.bstate), x: Int(event.x), y: Int(event.y)) {
                    return .mouse(decoded)
                }
            case .ignored:
                continue
            }
        }
        return nil
    }

    /// Forgets what is on screen: the next `present` clears and redraws every cell (Ctrl-L).
    public func invalidate() {
        shown = nil
        _ = clearok(window, true)
    }

    /// Gives the terminal back to the shell and stops the process until `fg`, then repaints.
    public func suspend() {
        guard !isClosed else { return }
        endwin()
        TerminalGuard.setActive(false)
        TerminalGuard.stopProcess()
        TerminalGuard.setActive(true)
        configureInput()
        _ = clearok(window, true)
        wrefresh(window)
    }

    /// Leaves full-screen mode and restores the terminal as it was; idempotent.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        endwin()
        TerminalGuard.setActive(false)
        delscreen(screen)
        TerminalGuard.disarm()
    }

    // MARK: drawing

    private func draw(_ grid: Grid, at point: CellPoint) {
        let cell = grid[point.x, point.y]
        let wide = !cell.text.isEmpty && point.x + 1 < grid.width && grid[point.x + 1, point.y].text.isEmpty
        let glyph = CellGlyph.make(text: cell.text, wide: wide) { Int(storyline_wcwidth($0)) }
        let (attributes, pair) = cursesStyle(cell.style)
        if put(glyph.scalars, x: point.x, y: point.y, attributes: attributes, pair: pair) == ERR {
            _ = put([CellGlyphTable.unknown], x: point.x, y: point.y, attributes: attributes, pair: pair)
        }
        if glyph.padsRight {
            _ = put([CellGlyphTable.space], x: point.x + 1, y: point.y, attributes: attributes, pair: pair)
        }
    }

    private func put(_ scalars: [UInt32], x: Int, y: Int, attributes: attr_t, pair: Int16) -> Int32 {
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: scalars.count + 1) { buffer in
            for (index, scalar) in scalars.enumerated() {
                buffer[index] = wchar_t(bitPattern: scalar)
            }
            buffer[scalars.count] = 0
            guard let text = buffer.baseAddress else { return ERR }
            return storyline_put_cell(window, Int32(y), Int32(x), text, attributes, pair)
        }
    }

    private func cursesStyle(_ style: CellStyle) -> (attr_t, Int16) {
        var attributes = storyline_attr_normal()
        if style.attributes.contains(.bold) { attributes |= storyline_attr_bold() }
        if style.attributes.contains(.reverse) { attributes |= storyline_attr_reverse() }
        if style.attributes.contains(.underline) { attributes |= storyline_attr_underline() }
        if style.attributes.contains(.dim) { attributes |= storyline_attr_dim() }
        guard supportsColor else { return (attributes, 0) }
        let pair = colorPairs.pair(foreground: style.foreground, background: style.background) { pair, foreground, background in
            init_pair(pair, foreground, background) == OK
        }
        return (attributes, pair)
    }
}
