import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private tmux server with one detached session, for driving the real binary in a
/// terminal from tests: type keys, resize, read the screen. Each session has its own socket,
/// so parallel tests never meet; `close()` kills the server.
public final class TmuxSession {
    /// The session's window width in cells.
    public private(set) var width: Int
    /// The session's window height in cells.
    public private(set) var height: Int

    private let tmux: String
    private let socket: String
    private let environment: [String: String]
    private var closed = false

    /// Starts a tmux server running `command` (a shell command line) in a `width`×`height` pane.
    /// Fails with a clear message when tmux is not installed (on `searchPath`, default PATH):
    /// the end-to-end tests need it and must never skip silently.
    public init(command: String, width: Int = 80, height: Int = 24, searchPath: String? = nil) throws {
        guard let tmux = TmuxProcess.find("tmux", searchPath: searchPath) else {
            throw TmuxError("tmux is not installed, and the end-to-end tests drive the browser inside tmux: install it (apt-get install tmux) or run `make test`, which installs it")
        }
        self.tmux = tmux
        self.width = width
        self.height = height
        socket = "storyline-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        environment["TERM"] = "xterm-256color"
        self.environment = environment
        let started = try TmuxProcess.run(tmux, [
            "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "test",
            "-x", String(width), "-y", String(height), command,
        ], environment: environment)
        guard started.status == 0 else {
            throw TmuxError("tmux new-session failed (\(started.status)): \(started.output)")
        }
        _ = try? tmuxCommand(["set-option", "-t", "test", "status", "off"])
    }

    deinit {
        close()
    }

    /// A shell command line that runs `executable` with `arguments` in a UTF-8 xterm-256color
    /// terminal with colours (`environment` adds or overrides variables; nil values unset them).
    public static func commandLine(_ executable: String, _ arguments: [String],
                                   environment: [String: String?] = [:]) -> String {
        // NO_COLOR is unset unless asked for: test runners may set it for their own output.
        var variables: [String: String?] = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "NO_COLOR": nil]
        for (name, value) in environment { variables[name] = value }
        var words = ["env"]
        let sorted = variables.sorted { $0.key < $1.key }
        for (name, value) in sorted where value == nil {
            words += ["-u", name]
        }
        for (name, value) in sorted {
            if let value { words.append(shellQuoted("\(name)=\(value)")) }
        }
        words.append(shellQuoted(executable))
        words += arguments.map(shellQuoted)
        return words.joined(separator: " ")
    }

    /// `text` quoted for sh.
    public static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs one tmux command against this server.
    @discardableResult
    public func tmuxCommand(_ arguments: [String]) throws -> ProcessResult {
        let result = try TmuxProcess.run(tmux, ["-L", socket] + arguments, environment: environment)
        guard result.status == 0 else {
            throw TmuxError("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result
    }

    /// Sends tmux key names ("j", "Enter", "C-c", "PageDown"), each one key.
    public func sendKeys(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", "test"] + keys)
    }

    /// Types `text` literally, character by character.
    public func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", "test", "-l", text])
    }

    /// Sends raw bytes to the program, as a terminal would (escape sequences included).
    public func sendBytes(_ text: String) throws {
        let hex = text.utf8.map { String($0, radix: 16) }
        try tmuxCommand(["send-keys", "-t", "test", "-H"] + hex)
    }

    /// Sends an xterm SGR mouse report for 0-based cell (`x`, `y`): `button` 0 is the left
    /// button (pressed then released), 64/65 the wheel up/down (one notch).
    public func sendMouse(button: Int, x: Int, y: Int) throws {
        let at = "\(button);\(x + 1);\(y + 1)"
        try sendBytes(button >= 64 ? "\u{1B}[<\(at)M" : "\u{1B}[<\(at)M\u{1B}[<\(at)m")
    }

    /// Resizes the window (the program gets SIGWINCH).
    public func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-t", "test", "-x", String(width), "-y", String(height)])
        self.width = width
        self.height = height
    }

    /// The screen as text, one line per row (`escapes`: with colour and attribute sequences).
    public func capture(escapes: Bool = false) throws -> String {
        try tmuxCommand(["capture-pane", "-p", "-t", "test"] + (escapes ? ["-e"] : [])).output
    }

    /// A tmux format evaluated for the pane, e.g. "#{alternate_on}".
    public func display(_ format: String) throws -> String {
        try tmuxCommand(["display-message", "-p", "-t", "test", format]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `text` appears; returns that screen or fails after `timeout`
    /// seconds with the last screen in the message.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 30, escapes: Bool = false) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout, escapes: escapes) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds for it; fails after `timeout` seconds.
    @discardableResult
    public func waitUntil(_ what: String, timeout: Double = 30, escapes: Bool = false,
                          _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture(escapes: escapes)
            if condition(screen) { return screen }
            usleep(50_000)
        } while Date() < deadline
        throw TmuxError("timed out after \(timeout) s waiting for \(what); the screen was:\n\(screen)")
    }

    /// Polls a tmux format until it has `value`; fails after `timeout` seconds.
    public func waitForFormat(_ format: String, toBe value: String, timeout: Double = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try display(format)
            if last == value { return }
            usleep(50_000)
        } while Date() < deadline
        throw TmuxError("timed out after \(timeout) s waiting for \(format) to be \(value); it was \(last); the screen was:\n\((try? capture()) ?? "")")
    }

    /// Kills the server and everything running in it.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = try? TmuxProcess.run(tmux, ["-L", socket, "kill-server"], environment: environment)
    }
}
