import StorylineRender

/// Colour pairs handed out on first use: one per foreground/background combination drawn,
/// at most as many as the terminal has (COLOR_PAIRS), pair 0 being the terminal's default.
struct ColorPairTable {
    /// Pair per combination (index foreground × 9 + background); 0 when not assigned yet.
    private var assigned: [Int16]
    private var nextPair: Int
    private let pairLimit: Int
    /// Whether the terminal's default colours can be used (-1 in init_pair).
    private let defaultColors: Bool

    init(pairLimit: Int, defaultColors: Bool) {
        let combinations = TerminalColor.allCases.count * TerminalColor.allCases.count
        assigned = Array(repeating: 0, count: combinations)
        nextPair = 1
        self.pairLimit = min(pairLimit, Int(Int16.max))
        self.defaultColors = defaultColors
    }

    /// The curses colour number for `color` (-1: the terminal's default).
    func cursesColor(_ color: TerminalColor, isBackground: Bool) -> Int16 {
        switch color {
        case .default:
            if defaultColors { return -1 }
            return isBackground ? 0 : 7
        default:
            return Int16(color.rawValue) - 1
        }
    }

    /// The pair for a combination, initialising it with `initialize(pair, fg, bg)` the first
    /// time; 0 (default colours) when the terminal has no pairs left.
    mutating func pair(foreground: TerminalColor, background: TerminalColor,
                       initialize: (Int16, Int16, Int16) -> Bool) -> Int16 {
        if foreground == .default && background == .default { return 0 }
        let index = Int(foreground.rawValue) * TerminalColor.allCases.count + Int(background.rawValue)
        if assigned[index] != 0 { return assigned[index] }
        guard nextPair < pairLimit else { return 0 }
        let pair = Int16(nextPair)
        guard initialize(pair, cursesColor(foreground, isBackground: false), cursesColor(background, isBackground: true)) else {
            return 0
        }
        nextPair += 1
        assigned[index] = pair
        return pair
    }
}
