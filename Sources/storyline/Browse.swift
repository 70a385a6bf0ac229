import ArgumentParser
import StorylineBrowser
import StorylineOutput
import StorylineRender
import StorylineTerminal

/// `storyline [PATHS]`: the interactive browser, or the text timeline when not on a terminal.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the timeline browser (default command).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let story = try corpus.buildStory()
        let filter = try corpus.actorFilter(in: story)
        let timeline = TimelineText(actorFilter: filter).render(story)
        guard standardOutputIsTerminal else {
            print(timeline, terminator: "")
            return
        }
        let screen: NcursesScreen
        do {
            screen = try NcursesScreen.open()
        } catch {
            StandardError.write(error.message)
            throw ExitCode(1)
        }
        defer { screen.close() }
        var preview = TimelinePreview(lines: timeline.split(separator: "\n").map(String.init))
        preview.run(on: screen)
    }
}

/// A plain scrolling list of the text timeline, shown until the browser program lands.
struct TimelinePreview {
    var lines: [String]
    var selected = 0

    mutating func run(on screen: NcursesScreen) {
        screen.present(render(size: screen.size))
        while let event = screen.nextEvent() {
            switch event {
            case .key(.character("q")), .key(.character("Q")), .key(.control("c")):
                return
            case .key(.character("j")), .key(.down):
                selected = min(selected + 1, max(lines.count - 1, 0))
            case .key(.character("k")), .key(.up):
                selected = max(selected - 1, 0)
            case .key(.character("g")), .key(.home):
                selected = 0
            case .key(.character("G")), .key(.end):
                selected = max(lines.count - 1, 0)
            case .key(.control("l")):
                screen.invalidate()
            case .key(.control("z")):
                screen.suspend()
            default:
                break
            }
            screen.present(render(size: screen.size))
        }
    }

    func render(size: GridSize) -> Grid {
        var grid = Grid(size: size)
        guard size.height >= 3 else { return grid }
        put("Storyline timeline", y: 0, style: CellStyle(attributes: .bold, foreground: .black, background: .cyan), in: &grid)
        let rows = size.height - 2
        let top = max(0, min(selected - rows / 2, lines.count - rows))
        for row in 0..<rows where top + row < lines.count {
            let index = top + row
            let style = index == selected ? CellStyle(attributes: .reverse) : .plain
            put(lines[index], y: row + 1, style: style, in: &grid)
        }
        put("\(selected + 1)/\(lines.count)  j/k move  g/G ends  q quit", y: size.height - 1,
            style: CellStyle(attributes: .reverse), in: &grid)
        return grid
    }

    private func put(_ text: String, y: Int, style: CellStyle, in grid: inout Grid) {
        var x = 0
        for character in text where x < grid.width {
            grid[x, y] = Cell(text: String(character), style: style)
            x += 1
        }
        while x < grid.width, style != .plain {
            grid[x, y] = Cell(text: " ", style: style)
            x += 1
        }
    }
}
