import Foundation
import StorylineTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real binary in a tmux pane, started from a shell script that prints a marker first
/// and, when the program ends, whether the tty settings are unchanged and the exit status.
struct ShellRun {
    let session: TmuxSession
    let pidFile: String

    /// Starts `storyline ARGUMENTS` (seeds by default) in a `width`×`height` pane.
    init(_ arguments: [String] = [RepositoryPaths.seeds.path], width: Int = 80, height: Int = 24,
         environment: [String: String?] = [:]) throws {
        pidFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("storyline-e2e-\(UUID().uuidString).pid").path
        let program = TmuxSession.commandLine(RepositoryPaths.executable.path, arguments, environment: environment)
        // `exec` keeps the pid written to the file: that is the browser's own pid.
        let inner = "echo $$ > \(TmuxSession.shellQuoted(pidFile)); exec \(program)"
        let script = """
            saved=$(stty -g); echo BEFORE-MARKER; sh -c \(TmuxSession.shellQuoted(inner)); status=$?; \
            if [ "$saved" = "$(stty -g)" ]; then echo TTY-SAME; else echo TTY-CHANGED; fi; \
            echo "[exit $status]"; exec sleep 600
            """
        session = try TmuxSession(command: script, width: width, height: height)
    }

    /// Waits until the program has taken the screen (alternate screen on).
    func waitForFullScreen() throws {
        try session.waitForFormat("#{alternate_on}", toBe: "1")
    }

    /// The program's pid, once it has started.
    func pid() throws -> pid_t {
        let text = try session.waitUntil("the pid file") { _ in
            (try? String(contentsOfFile: pidFile, encoding: .utf8))?.isEmpty == false
        }
        _ = text
        let contents = try String(contentsOfFile: pidFile, encoding: .utf8)
        return try #require(pid_t(contents.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Waits for the program to end with `status`; returns the screen then.
    @discardableResult
    func waitForExit(_ status: Int) throws -> String {
        try session.waitFor("[exit \(status)]")
    }

    /// Checks the terminal is as the shell left it: main screen with its earlier content back,
    /// tty modes unchanged, cursor visible, no mouse reporting.
    func expectRestored(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(screen.contains("BEFORE-MARKER"), "the screen before the program is back", sourceLocation: sourceLocation)
        #expect(screen.contains("TTY-SAME"), "stty settings restored", sourceLocation: sourceLocation)
        #expect(try session.display("#{alternate_on}") == "0", sourceLocation: sourceLocation)
        #expect(try session.display("#{cursor_flag}") == "1", sourceLocation: sourceLocation)
        let mouse = try session.display("#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_sgr_flag}")
        #expect(mouse == "0000", "mouse reporting off", sourceLocation: sourceLocation)
    }

    func close() {
        session.close()
        try? FileManager.default.removeItem(atPath: pidFile)
    }
}

@Suite(.serialized) struct TerminalRestoreTests {
    @Test func quittingWithQRestoresTheTerminal() throws {
        let run = try ShellRun()
        defer { run.close() }
        try run.waitForFullScreen()
        // The cursor is hidden while browsing.
        try run.session.waitForFormat("#{cursor_flag}", toBe: "0")
        try run.session.sendKeys("q")
        try run.expectRestored(run.waitForExit(0))
    }

    @Test func controlCQuitsCleanly() throws {
        let run = try ShellRun()
        defer { run.close() }
        try run.waitForFullScreen()
        try run.session.sendKeys("C-c")
        try run.expectRestored(run.waitForExit(0))
    }

    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129)])
    func terminationSignalsRestoreTheTerminalAndExitWith128PlusSignal(signal: Int32, status: Int) throws {
        let run = try ShellRun()
        defer { run.close() }
        try run.waitForFullScreen()
        #expect(kill(try run.pid(), signal) == 0)
        try run.expectRestored(run.waitForExit(status))
    }

    @Test(arguments: [(SIGSEGV, 139), (SIGABRT, 134)])
    func crashesRestoreTheTerminalAndKeepTheCrashReadable(signal: Int32, status: Int) throws {
        // A short, non-interactive report, so the whole of it fits on the screen.
        let report = "enable=yes,interactive=no,registers=none,images=none,sanitize=yes,limit=6,top=2,threads=crashed"
        let run = try ShellRun(height: 60, environment: ["SWIFT_BACKTRACE": report])
        defer { run.close() }
        try run.waitForFullScreen()
        #expect(kill(try run.pid(), signal) == 0)
        let screen = try run.waitForExit(status)
        try run.expectRestored(screen)
        // The Swift runtime's crash report is printed after the restore, on the normal screen.
        #expect(screen.contains("crashed"))
    }

    @Test(arguments: [["TERM": "dumb"], ["TERM": nil], ["TERM": "no-such-terminal"]] as [[String: String?]])
    func unusableTerminalsGetOneClearMessage(environment: [String: String?]) throws {
        let run = try ShellRun(environment: environment)
        defer { run.close() }
        let screen = try run.waitForExit(1)
        #expect(screen.contains("storyline timeline"))
        #expect(screen.contains("TTY-SAME"))
        #expect(try run.session.display("#{alternate_on}") == "0")
    }

    @Test func controlLRepaintsAScreenSomethingElseWroteOn() throws {
        let run = try ShellRun()
        defer { run.close() }
        try run.waitForFullScreen()
        let clean = try run.session.waitUntil("a full first frame") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 24 && !rows[23].trimmingCharacters(in: .whitespaces).isEmpty
        }
        // Another process writes over the screen behind the program's back.
        let tty = try run.session.display("#{pane_tty}")
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        handle.write(Data("\u{1B}[2J\u{1B}[HGARBAGE-WRITTEN-BY-SOMEONE-ELSE".utf8))
        try handle.close()
        try run.session.waitFor("GARBAGE-WRITTEN-BY-SOMEONE-ELSE")
        try run.session.sendKeys("C-l")
        try run.session.waitUntil("the frame repainted exactly as before") { $0 == clean }
        try run.session.sendKeys("q")
        try run.expectRestored(run.waitForExit(0))
    }

    @Test func articleControlCharactersNeverReachTheTerminal() throws {
        let folder = try TemporaryFolder("storyline-controls")
        defer { folder.remove() }
        try folder.write("article.txt", """
            ---
            title: Control test
            outlet: Test Wire
            published: 2021-03-04
            ---
            The minister said on Monday that the plan \u{1B}]2;PWNED-TITLE\u{07} was ready for a vote.

            The council met on Tuesday \u{1B}[31mRED-TEXT\u{1B}[0m in the capital to approve the budget.

            """)
        let run = try ShellRun([folder.url.path], width: 120, height: 30)
        defer { run.close() }
        try run.waitForFullScreen()
        let screen = try run.session.waitFor("RED-TEXT", escapes: true)
        // Escape characters are drawn as visible placeholders, not obeyed.
        #expect(screen.contains("\u{241B}"))
        #expect(try run.session.display("#{pane_title}") != "PWNED-TITLE")
        // The article's colour sequence is not obeyed: its words keep the theme's colours.
        for row in StyledScreen(capture: screen).rows {
            let text = String(row.map(\.character))
            guard let range = text.range(of: "RED-TEXT") else { continue }
            let start = text.distance(from: text.startIndex, to: range.lowerBound)
            let words = row[start..<(start + 8)]
            #expect(words.allSatisfy { $0.foreground != 31 }, "RED-TEXT drawn red: \(text)")
        }
        try run.session.sendKeys("q")
        try run.expectRestored(run.waitForExit(0))
    }

    @Test func resizingRedrawsAtTheNewSize() throws {
        let run = try ShellRun(width: 80, height: 24)
        defer { run.close() }
        try run.waitForFullScreen()
        try run.session.waitUntil("a full first frame") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 24 && !rows[23].trimmingCharacters(in: .whitespaces).isEmpty
        }
        try run.session.resize(width: 100, height: 30)
        // Enlarged, the terminal adds blank rows: only a redraw at the new size fills the last one
        // (the status line) and widens the frame to the new right edge.
        try run.session.waitUntil("the frame redrawn 100×30") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 30 && !rows[29].trimmingCharacters(in: .whitespaces).isEmpty
                && rows[1...28].contains { $0.count >= 100 }
        }
        try run.session.sendKeys("q")
        try run.expectRestored(run.waitForExit(0))
    }
}
