import StorylineBrowser
import StorylineRender
@testable import StorylineTerminal
import Testing

/// A grid from rows of single-cell graphemes; "好" style wide graphemes take the next cell too.
private func grid(_ rows: [String], width: Int, wide: Set<Character> = []) -> Grid {
    var grid = Grid(size: GridSize(width: width, height: rows.count))
    for (y, row) in rows.enumerated() {
        var x = 0
        for character in row where x < width {
            grid[x, y] = Cell(text: String(character))
            if wide.contains(character) {
                grid[x + 1, y] = Cell(text: "")
                x += 2
            } else {
                x += 1
            }
        }
    }
    return grid
}

@Suite struct GridDiffTests {
    @Test func identicalFramesDrawNothing() {
        let frame = grid(["hello", "world"], width: 6)
        #expect(GridDiff.changes(from: frame, to: frame).isEmpty)
    }

    @Test func onlyChangedCellsAreDrawnInRowOrder() {
        let old = grid(["hello", "world"], width: 6)
        let new = grid(["hallo", "worle"], width: 6)
        #expect(GridDiff.changes(from: old, to: new) == [CellPoint(x: 1, y: 0), CellPoint(x: 4, y: 1)])
    }

    @Test func styleChangesCount() {
        let old = grid(["ab"], width: 2)
        var new = old
        new[1, 0] = Cell(text: "b", style: CellStyle(attributes: .reverse))
        #expect(GridDiff.changes(from: old, to: new) == [CellPoint(x: 1, y: 0)])
    }

    @Test func wideGraphemeIsDrawnOnceFromItsLeftCell() {
        let old = grid(["abcd"], width: 4)
        let new = grid(["a好d"], width: 4, wide: ["好"])
        #expect(GridDiff.changes(from: old, to: new) == [CellPoint(x: 1, y: 0)])
    }

    @Test func overwritingHalfOfAnOldWideGraphemeRedrawsItsOtherHalf() {
        let old = grid(["a好d"], width: 4, wide: ["好"])
        var new = old
        new[2, 0] = Cell(text: "x")
        new[1, 0] = Cell(text: " ")
        // The old wide grapheme covered 1 and 2: both cells are drawn again.
        #expect(GridDiff.changes(from: old, to: new) == [CellPoint(x: 1, y: 0), CellPoint(x: 2, y: 0)])
    }

    @Test func replacingAWideGraphemeWithNarrowOnesDrawsBoth() {
        let old = grid(["a好d"], width: 4, wide: ["好"])
        let new = grid(["axyd"], width: 4)
        #expect(GridDiff.changes(from: old, to: new) == [CellPoint(x: 1, y: 0), CellPoint(x: 2, y: 0)])
    }

    @Test func aNewSizeDrawsEveryNonBlankCell() {
        let old = grid(["ab"], width: 2)
        let new = grid(["a c", " d "], width: 3)
        #expect(GridDiff.changes(from: old, to: new) == [
            CellPoint(x: 0, y: 0), CellPoint(x: 2, y: 0), CellPoint(x: 1, y: 1),
        ])
    }
}

@Suite struct CellGlyphTests {
    /// A stand-in for wcwidth: CJK and emoji wide, combining marks zero, controls unprintable.
    static func width(_ scalar: UInt32) -> Int {
        switch scalar {
        case 0..<0x20, 0x7F..<0xA0: return -1
        case 0x300...0x36F, 0x200D, 0xFE0F: return 0
        case 0x4E00...0x9FFF, 0x1F300...0x1FAFF: return 2
        default: return 1
        }
    }

    @Test func plainTextPassesThrough() {
        #expect(CellGlyph.make(text: "é", wide: false, width: Self.width) == CellGlyph(scalars: [0xE9]))
        #expect(CellGlyph.make(text: "\u{201C}", wide: false, width: Self.width) == CellGlyph(scalars: [0x201C]))
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(CellGlyph.make(text: "e\u{301}", wide: false, width: Self.width) == CellGlyph(scalars: [0x65, 0x301]))
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        #expect(CellGlyph.make(text: "\u{1B}", wide: false, width: Self.width) == CellGlyph(scalars: [0x241B]))
        #expect(CellGlyph.make(text: "\u{7F}", wide: false, width: Self.width) == CellGlyph(scalars: [0x2421]))
        #expect(CellGlyph.make(text: "\u{9B}", wide: false, width: Self.width) == CellGlyph(scalars: [0x2370]))
        #expect(CellGlyph.make(text: "a\u{7}", wide: false, width: Self.width) == CellGlyph(scalars: [0x2370]))
    }

    @Test func wideGraphemesFitTheirTwoCells() {
        #expect(CellGlyph.make(text: "好", wide: true, width: Self.width) == CellGlyph(scalars: [0x597D]))
        // The terminal would draw it in one cell: the second cell is blanked.
        #expect(CellGlyph.make(text: "a", wide: true, width: Self.width) == CellGlyph(scalars: [0x61], padsRight: true))
        // The terminal would draw it in two cells where the grid planned one: placeholder.
        #expect(CellGlyph.make(text: "好", wide: false, width: Self.width) == CellGlyph(scalars: [0x2370]))
    }

    @Test func joinedEmojiKeepOnlyTheirFirstPerson() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        #expect(CellGlyph.make(text: family, wide: true, width: Self.width) == CellGlyph(scalars: [0x1F468]))
    }

    @Test func emptyAndUnprintableCells() {
        #expect(CellGlyph.make(text: "", wide: false, width: Self.width) == CellGlyph(scalars: [0x20]))
        #expect(CellGlyph.make(text: "\u{301}", wide: false, width: Self.width) == CellGlyph(scalars: [0x20, 0x301]))
    }
}

@Suite struct KeyDecoderTests {
    let decoder = KeyDecoder(table: .ncurses)
    let table = KeyCodeTable.ncurses

    private func code(for key: Key) throws -> UInt32 {
        let entry = try #require(table.keys.first { $0.value == key })
        return UInt32(entry.key)
    }

    @Test func printableCharactersAreText() {
        #expect(decoder.decode(UInt32(UInt8(ascii: "G")), isKeyCode: false) == .key(.character("G")))
        #expect(decoder.decode(0xE9, isKeyCode: false) == .key(.character("é")))
        #expect(decoder.decode(0x597D, isKeyCode: false) == .key(.character("好")))
    }

    @Test func rawControlBytesAreKeys() {
        #expect(decoder.decode(3, isKeyCode: false) == .key(.control("c")))
        #expect(decoder.decode(26, isKeyCode: false) == .key(.control("z")))
        #expect(decoder.decode(12, isKeyCode: false) == .key(.control("l")))
        #expect(decoder.decode(10, isKeyCode: false) == .key(.enter))
        #expect(decoder.decode(13, isKeyCode: false) == .key(.enter))
        #expect(decoder.decode(9, isKeyCode: false) == .key(.tab))
        #expect(decoder.decode(127, isKeyCode: false) == .key(.backspace))
        #expect(decoder.decode(8, isKeyCode: false) == .key(.backspace))
        #expect(decoder.decode(27, isKeyCode: false) == .key(.escape))
        #expect(decoder.decode(0, isKeyCode: false) == .ignored)
        #expect(decoder.decode(0x9B, isKeyCode: false) == .ignored)
    }

    @Test func keyCodesMapToKeys() throws {
        for key in [Key.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .backTab, .enter, .backspace, .delete, .function(1), .function(12)] {
            #expect(decoder.decode(try code(for: key), isKeyCode: true) == .key(key))
        }
        #expect(decoder.decode(UInt32(table.resize), isKeyCode: true) == .resize)
        #expect(decoder.decode(UInt32(table.mouse), isKeyCode: true) == .mouse)
        #expect(decoder.decode(0o777, isKeyCode: true) == .ignored)
    }

    @Test func keyCodesAreNotMistakenForCharacters() throws {
        // KEY_DOWN is 0o402, also the scalar "Ă": the key-code flag decides.
        let down = try code(for: .down)
        #expect(decoder.decode(down, isKeyCode: true) == .key(.down))
        #expect(decoder.decode(down, isKeyCode: false) == .key(.character(Character(Unicode.Scalar(down) ?? " "))))
    }
}

@Suite struct MouseDecoderTests {
    let mouse = MouseDecoder.ncurses

    @Test func buttonStatesBecomeMouseEvents() {
        #expect(mouse.decode(buttonState: mouse.click, x: 3, y: 4) == MouseEvent(x: 3, y: 4, kind: .click))
        #expect(mouse.decode(buttonState: mouse.doubleClick, x: 0, y: 1) == MouseEvent(x: 0, y: 1, kind: .doubleClick))
        #expect(mouse.decode(buttonState: mouse.wheelUp, x: 5, y: 5) == MouseEvent(x: 5, y: 5, kind: .wheelUp))
        #expect(mouse.decode(buttonState: mouse.wheelDown, x: 5, y: 5) == MouseEvent(x: 5, y: 5, kind: .wheelDown))
        #expect(mouse.decode(buttonState: 0, x: 1, y: 1) == nil)
    }

    @Test func requestedEventsIncludeClicksAndTheWheel() {
        #expect(mouse.requested & mouse.click != 0)
        #expect(mouse.requested & mouse.doubleClick != 0)
        #expect(mouse.requested & mouse.wheelUp != 0)
        #expect(mouse.requested & mouse.wheelDown != 0)
    }
}

@Suite struct ColorPairTableTests {
    @Test func pairsAreHandedOutOnceEach() {
        var table = ColorPairTable(pairLimit: 64, defaultColors: true)
        var initialized: [[Int16]] = []
        let record: (Int16, Int16, Int16) -> Bool = { _, _, _ in true }
        let first = table.pair(foreground: .red, background: .default) { pair, fg, bg in
            initialized.append([pair, fg, bg])
            return true
        }
        let again = table.pair(foreground: .red, background: .default, initialize: record)
        let second = table.pair(foreground: .black, background: .cyan, initialize: record)
        #expect(first == 1)
        #expect(again == 1)
        #expect(second == 2)
        #expect(initialized == [[1, 1, -1]])
        #expect(table.pair(foreground: .default, background: .default, initialize: record) == 0)
    }

    @Test func withoutDefaultColorsTheDefaultsAreWhiteOnBlack() {
        let table = ColorPairTable(pairLimit: 64, defaultColors: false)
        #expect(table.cursesColor(.default, isBackground: false) == 7)
        #expect(table.cursesColor(.default, isBackground: true) == 0)
        #expect(table.cursesColor(.white, isBackground: true) == 7)
    }

    @Test func runningOutOfPairsFallsBackToDefaultColours() {
        var table = ColorPairTable(pairLimit: 2, defaultColors: true)
        #expect(table.pair(foreground: .red, background: .default) { _, _, _ in true } == 1)
        #expect(table.pair(foreground: .blue, background: .default) { _, _, _ in true } == 0)
    }
}

@Suite struct TerminalAvailabilityTests {
    @Test func unsetEmptyAndDumbTerminalsAreRefusedWithAHint() throws {
        for term in [nil, "", "dumb", "DUMB"] as [String?] {
            let problem = try #require(TerminalAvailability.problem(term: term))
            #expect(problem.message.contains("storyline timeline"))
        }
        #expect(TerminalAvailability.problem(term: nil)?.message.contains("TERM is not set") == true)
    }

    @Test func ordinaryTerminalsPass() {
        #expect(TerminalAvailability.problem(term: "xterm-256color") == nil)
        #expect(TerminalAvailability.problem(term: "screen") == nil)
    }

    @Test func resetSequenceTurnsTheMouseOffAndLeavesTheAlternateScreen() {
        #expect(ResetSequence.mouseOff.contains("\u{1B}[?1000l"))
        #expect(ResetSequence.mouseOff.contains("\u{1B}[?1006l"))
        #expect(ResetSequence.generic.hasPrefix(ResetSequence.mouseOff))
        #expect(ResetSequence.generic.contains("\u{1B}[?25h"))
        #expect(ResetSequence.generic.hasSuffix("\u{1B}[?1049l"))
    }
}
