import Foundation
import StorylineTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The seed model as `storyline timeline --json` prints it, read loosely (only the fields
/// these tests need), so the tests follow the model as it improves.
struct SeedTimeline {
    struct Event {
        var title: String
        var evidence: [String]
        var actors: [String]
    }

    var events: [Event]
    var actorNames: [String]

    init(arguments: [String] = []) throws {
        let process = Process()
        process.executableURL = RepositoryPaths.executable
        process.arguments = ["timeline", "--json"] + arguments + [RepositoryPaths.seeds.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(root["events"] as? [[String: Any]])
        self.events = events.map { event in
            Event(
                title: event["title"] as? String ?? "",
                evidence: (event["evidence"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String },
                actors: (event["actors"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        }
        actorNames = (root["actors"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }
}

/// The browser on the seeds in a tmux pane.
struct BrowserRun {
    let session: TmuxSession

    init(_ arguments: [String] = [], width: Int = 120, height: Int = 40) throws {
        let command = TmuxSession.commandLine(RepositoryPaths.executable.path, arguments + [RepositoryPaths.seeds.path])
        session = try TmuxSession(command: command, width: width, height: height)
    }

    /// Waits for the status line to read "position/count" and returns the screen.
    @discardableResult
    func waitForPosition(_ position: Int, of count: Int) throws -> String {
        try session.waitFor(" \(position)/\(count) ")
    }

    /// The styled screen now.
    func styled() throws -> StyledScreen {
        StyledScreen(capture: try session.capture(escapes: true))
    }

    /// The text drawn with the selection style (black on cyan in colour).
    func selectedText() throws -> String {
        try styled().text { $0.background == 46 }
    }
}

/// A title as the timeline may show it: its first words, before any truncation.
private func titleStart(_ title: String) -> String {
    String(title.prefix(14))
}

/// Inside the source pane's border at 120×40 (right of the timeline, above the quotes).
private let sourceRows = 2..<38
private let sourceColumns = 49..<119

private func normalizedSpaces(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

/// Waits until the source pane has focus (the status line names it) and shows, drawn with
/// `highlight`, text from one of `event`'s evidence sentences; returns that screen.
@discardableResult
private func waitForEvidence(of event: SeedTimeline.Event, in session: TmuxSession,
                             highlight: (StyledCharacter) -> Bool) throws -> String {
    let evidence = event.evidence.map(normalizedSpaces)
    return try session.waitUntil("the evidence of \"\(event.title)\" highlighted in the focused source", escapes: true) { screen in
        let styled = StyledScreen(capture: screen)
        let highlighted = normalizedSpaces(styled.text(rows: sourceRows, columns: sourceColumns, where: highlight))
        let status = styled.text(row: session.height - 1)
        return highlighted.count >= 20 && evidence.contains { $0.contains(highlighted) } && status.contains("Source")
    }
}

@Suite(.serialized) struct BrowserEndToEndTests {
    @Test func capitalGSelectsTheLastEvent() throws {
        let model = try SeedTimeline()
        let count = model.events.count
        let last = try #require(model.events.last)
        let run = BrowserRunHolder(try BrowserRun())
        defer { run.close() }
        try run.browser.waitForPosition(1, of: count)
        try run.browser.session.sendKeys("G")
        try run.browser.waitForPosition(count, of: count)
        let selected = try run.browser.selectedText()
        #expect(selected.contains(titleStart(last.title)), "selected: \(selected)")
    }

    @Test func enterHighlightsTheEvidenceSentenceInTheSource() throws {
        let model = try SeedTimeline()
        let first = try #require(model.events.first)
        let run = BrowserRunHolder(try BrowserRun())
        defer { run.close() }
        try run.browser.waitForPosition(1, of: model.events.count)
        try run.browser.session.sendKeys("Enter")
        // The evidence sentence is drawn black on yellow.
        try waitForEvidence(of: first, in: run.browser.session) { $0.background == 43 }
    }

    /// NO_COLOR set, or a terminal without colours (vt100): attributes carry the highlight.
    @Test(arguments: [["NO_COLOR": "1"], ["TERM": "vt100"]] as [[String: String?]])
    func withoutColoursTheEvidenceIsShownByAttributesAlone(environment: [String: String?]) throws {
        let model = try SeedTimeline()
        let first = try #require(model.events.first)
        let command = TmuxSession.commandLine(RepositoryPaths.executable.path, [RepositoryPaths.seeds.path],
                                              environment: environment)
        let session = try TmuxSession(command: command, width: 120, height: 40)
        defer { session.close() }
        try session.waitFor(" 1/\(model.events.count) ")
        try session.sendKeys("Enter")
        let screen = try waitForEvidence(of: first, in: session) { $0.reverse && $0.bold }
        let cells = StyledScreen(capture: screen).rows.joined()
        #expect(!cells.contains { $0.foreground != nil || $0.background != nil }, "no colours with \(environment)")
    }

    @Test func choosingAnActorLeavesOnlyItsEvents() throws {
        let model = try SeedTimeline()
        // An actor in some events but not all, whose name no other actor's name contains.
        let actor = try #require(model.actorNames.first { name in
            let events = model.events.filter { $0.actors.contains(name) }.count
            let unique = !model.actorNames.contains { $0 != name && $0.localizedCaseInsensitiveContains(name) }
            return events > 0 && events < model.events.count && unique
        })
        let filtered = try SeedTimeline(arguments: ["--actor", actor])
        let kept = Set(filtered.events.map(\.title))
        let run = BrowserRunHolder(try BrowserRun())
        defer { run.close() }
        try run.browser.waitForPosition(1, of: model.events.count)
        try run.browser.session.sendKeys("a")
        try run.browser.session.type(actor)
        try run.browser.session.sendKeys("Enter")
        let screen = try run.browser.waitForPosition(1, of: filtered.events.count)
        #expect(screen.split(separator: "\n").first?.contains(actor) == true, "the title line shows the filter")
        // The timeline pane is the left part at 120 columns: only the kept events are listed there.
        let styled = try run.browser.styled()
        let timeline = (1..<39).map { styled.text(row: $0, to: 47) }.joined(separator: "\n")
        for event in filtered.events {
            #expect(timeline.contains(titleStart(event.title)), "\(event.title) is listed")
        }
        for event in model.events where !kept.contains(event.title) {
            let start = titleStart(event.title)
            guard !kept.contains(where: { $0.hasPrefix(start) }) else { continue }
            #expect(!timeline.contains(start), "\(event.title) is filtered out")
        }
    }

    @Test func theActorOptionStartsWithTheFilterSet() throws {
        let model = try SeedTimeline()
        let actor = try #require(model.actorNames.first { name in
            let events = model.events.filter { $0.actors.contains(name) }.count
            return events > 0 && events < model.events.count
        })
        let filtered = try SeedTimeline(arguments: ["--actor", actor])
        let run = BrowserRunHolder(try BrowserRun(["--actor", actor]))
        defer { run.close() }
        let screen = try run.browser.waitForPosition(1, of: filtered.events.count)
        #expect(screen.split(separator: "\n").first?.contains(actor) == true, "the title line shows the filter")
    }

    @Test func resizingKeepsTheSelection() throws {
        let model = try SeedTimeline()
        let count = model.events.count
        try #require(count >= 3)
        let third = model.events[2]
        let run = BrowserRunHolder(try BrowserRun())
        defer { run.close() }
        try run.browser.waitForPosition(1, of: count)
        try run.browser.session.sendKeys("j", "j")
        try run.browser.waitForPosition(3, of: count)
        for (width, height) in [(80, 24), (20, 5), (100, 30), (120, 40)] {
            try run.browser.session.resize(width: width, height: height)
            if width < 30 {
                try run.browser.session.waitFor("too small")
                continue
            }
            // The status line on the new last row and the same event selected.
            try run.browser.session.waitUntil("\(third.title) still selected at \(width)×\(height)", escapes: true) { screen in
                let styled = StyledScreen(capture: screen)
                return styled.rows.count >= height
                    && styled.text(row: height - 1).contains(" 3/\(count) ")
                    && styled.text { $0.background == 46 }.contains(titleStart(third.title))
            }
        }
    }

    @Test func mouseClicksSelectDoubleClicksJumpAndTheWheelScrolls() throws {
        let model = try SeedTimeline()
        let count = model.events.count
        try #require(count >= 4)
        let run = BrowserRunHolder(try BrowserRun())
        defer { run.close() }
        let session = run.browser.session
        try run.browser.waitForPosition(1, of: count)
        // At 120×40 the timeline's rows start on screen row 2.
        try session.sendMouse(button: 0, x: 10, y: 2 + 3)
        try run.browser.waitForPosition(4, of: count)
        // The wheel over the source pane scrolls it (up: the first frame shows its end).
        let before = try run.browser.styled().text(rows: sourceRows, columns: sourceColumns) { _ in true }
        try session.sendMouse(button: 64, x: 80, y: 10)
        try session.waitUntil("the source pane scrolled", escapes: true) { screen in
            StyledScreen(capture: screen).text(rows: sourceRows, columns: sourceColumns) { _ in true } != before
        }
        // A double click acts as Enter: the second event's evidence is highlighted, the source focused.
        try session.sendBytes(String(repeating: "\u{1B}[<0;11;4M\u{1B}[<0;11;4m", count: 2))
        try waitForEvidence(of: model.events[1], in: session) { $0.background == 43 }
    }

    /// Ctrl-Z in the browser, or SIGTSTP from outside (ncurses' own handler), stops it and
    /// gives the shell its screen back; `fg` brings the browser back as it was.
    @Test(arguments: ["Ctrl-Z", "SIGTSTP"])
    func suspendingGivesTheShellBackAndFgResumes(by way: String) throws {
        let model = try SeedTimeline()
        let pidFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("storyline-e2e-\(UUID().uuidString).pid").path
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let shell = "env -u PROMPT_COMMAND PS1='ready$ ' bash --norc --noprofile -i"
        let session = try TmuxSession(command: shell, width: 100, height: 30)
        defer { session.close() }
        try session.waitFor("ready$")
        let program = TmuxSession.commandLine(RepositoryPaths.executable.path, [RepositoryPaths.seeds.path])
        try session.type("sh -c \(TmuxSession.shellQuoted("echo $$ > \(TmuxSession.shellQuoted(pidFile)); exec \(program)"))")
        try session.sendKeys("Enter")
        try session.waitFor(" 1/\(model.events.count) ")
        try session.sendKeys("j")
        try session.waitFor(" 2/\(model.events.count) ")
        if way == "Ctrl-Z" {
            try session.sendKeys("C-z")
        } else {
            let text = try String(contentsOfFile: pidFile, encoding: .utf8)
            let pid = try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(kill(pid, SIGTSTP) == 0)
        }
        try session.waitForFormat("#{alternate_on}", toBe: "0")
        try session.waitFor("Stopped")
        #expect(try session.display("#{cursor_flag}") == "1")
        try session.type("fg")
        try session.sendKeys("Enter")
        try session.waitForFormat("#{alternate_on}", toBe: "1")
        // The whole screen comes back, selection included, and keys work again.
        try session.waitFor(" 2/\(model.events.count) ")
        try session.sendKeys("j")
        try session.waitFor(" 3/\(model.events.count) ")
        let prompts = try session.capture().components(separatedBy: "ready$").count
        try session.sendKeys("q")
        try session.waitForFormat("#{alternate_on}", toBe: "0")
        try session.waitUntil("the shell prompt back") { $0.components(separatedBy: "ready$").count > prompts }
        try session.type("echo status=$?")
        try session.sendKeys("Enter")
        try session.waitFor("status=0")
    }
}

/// Closes the tmux server when the test ends.
final class BrowserRunHolder {
    let browser: BrowserRun

    init(_ browser: BrowserRun) {
        self.browser = browser
    }

    func close() {
        browser.session.close()
    }
}
