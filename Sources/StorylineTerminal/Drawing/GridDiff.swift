import StorylineRender

/// A cell position on screen, 0-based.
public struct CellPoint: Hashable, Sendable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int

    /// The cell at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// Which cells must be drawn to turn one frame into the next.
public enum GridDiff {
    /// The cells to draw, row by row, left to right, when `old` is on screen and `new` is wanted
    /// (both the same size). Right halves of wide graphemes are never listed: drawing the wide
    /// grapheme on their left covers them. A changed cell next to a wide grapheme that is being
    /// split or joined also lists that neighbour, since the terminal blanks a half-overwritten
    /// wide character.
    public static func changes(from old: Grid, to new: Grid) -> [CellPoint] {
        guard old.size == new.size else { return everyCell(of: new) }
        let width = new.width
        return old.cells.withUnsafeBufferPointer { oldCells in
            new.cells.withUnsafeBufferPointer { newCells in
                var points: [CellPoint] = []
                for y in 0..<new.height {
                    let row = y * width
                    var lastListed = -1
                    func list(_ x: Int) {
                        guard x > lastListed else { return }
                        points.append(CellPoint(x: x, y: y))
                        lastListed = x
                    }
                    for x in 0..<width where oldCells[row + x] != newCells[row + x] {
                        let newIsRightHalf = newCells[row + x].text.isEmpty
                        let oldWasRightHalf = oldCells[row + x].text.isEmpty
                        if x > 0 && (newIsRightHalf || oldWasRightHalf) {
                            // Redraw the owner of this right half (new wide grapheme or the broken old one).
                            list(x - 1)
                        }
                        if !newIsRightHalf || x == 0 {
                            list(x)
                        }
                        // The old wide grapheme here covered x + 1: that cell must come back too.
                        if x + 1 < width, oldCells[row + x + 1].text.isEmpty, !newCells[row + x + 1].text.isEmpty {
                            list(x + 1)
                        }
                    }
                }
                return points
            }
        }
    }

    /// Every cell that carries something other than a plain blank (after the screen was erased).
    public static func everyCell(of grid: Grid) -> [CellPoint] {
        changes(from: Grid(size: grid.size), to: grid)
    }
}
