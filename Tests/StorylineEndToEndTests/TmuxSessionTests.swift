import Foundation
import StorylineTestSupport
import Testing

/// The tmux harness itself: what the other end-to-end tests rely on.
@Suite(.serialized) struct TmuxSessionTests {
    @Test func withoutTmuxTheTestsFailWithAClearMessage() throws {
        let error = try #require(throws: TmuxError.self) {
            _ = try TmuxSession(command: "true", searchPath: "/nonexistent-folder")
        }
        #expect(error.description.contains("tmux is not installed"))
    }

    @Test func programsInThePaneGetNoBlockedSignalsAndKeepTheOnesTestsSend() throws {
        // The test process may block or ignore signals; the pane's programs must not inherit that.
        let session = try TmuxSession(command: "grep -E '^Sig(Blk|Ign)' /proc/self/status; exec sleep 600")
        defer { session.close() }
        let screen = try session.waitFor("SigIgn")
        func mask(_ name: String) throws -> UInt64 {
            let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix(name) })
            let hex = try #require(line.split(whereSeparator: { $0 == ":" || $0.isWhitespace }).last)
            return try #require(UInt64(hex, radix: 16))
        }
        #expect(try mask("SigBlk") == 0, "\(screen)")
        // SIGHUP, SIGINT, SIGABRT, SIGSEGV, SIGTERM, SIGTSTP, SIGWINCH: not ignored.
        let watched: [UInt64] = [1, 2, 6, 11, 15, 20, 28]
        let ignored = try mask("SigIgn")
        for signal in watched {
            #expect(ignored & (1 << (signal - 1)) == 0, "signal \(signal) ignored: \(screen)")
        }
    }

    @Test func keysResizeAndCaptureReachThePane() throws {
        let session = try TmuxSession(command: "read line; echo \"got:$line\"; exec sleep 600", width: 50, height: 10)
        defer { session.close() }
        try session.type("héllo “quotes”")
        try session.sendKeys("Enter")
        try session.waitFor("got:héllo “quotes”")
        try session.resize(width: 60, height: 12)
        #expect(try session.display("#{pane_width}x#{pane_height}") == "60x12")
    }

    @Test func quotingSurvivesTheShell() {
        #expect(TmuxSession.shellQuoted("it's") == "'it'\\''s'")
        let line = TmuxSession.commandLine("/bin/x", ["a b"], environment: ["TERM": nil, "X": "1"])
        #expect(line.hasPrefix("env -u NO_COLOR -u TERM "))
        #expect(line.hasSuffix("'/bin/x' 'a b'"))
        #expect(line.contains("'X=1'"))
    }
}
