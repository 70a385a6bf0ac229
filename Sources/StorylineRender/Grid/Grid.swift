/// One screen cell: a whole grapheme (or "" for the right half of a wide one) and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; "" when this cell is covered by the wide grapheme to its left.
    public var text: String
    public var style: CellStyle

    public init(text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
}

/// A size in cells.
public struct GridSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// An in-memory screen: widgets draw here, the backend flushes the cells that changed.
public struct Grid: Hashable, Sendable {
    public private(set) var size: GridSize
    public private(set) var cells: [Cell]

    public init(size: GridSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    /// The cell at column `x`, row `y` (blank outside the grid).
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Row `y` as plain text (wide graphemes once, right halves skipped).
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var out = ""
        for x in 0..<size.width { out += cells[y * size.width + x].text }
        return out
    }

    /// All rows as plain text, trailing spaces trimmed, joined by newlines.
    public var text: String {
        (0..<size.height).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
