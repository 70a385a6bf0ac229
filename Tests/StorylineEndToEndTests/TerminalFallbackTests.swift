import Foundation
import StorylineTestSupport
import Testing

/// Runs the binary with standard output to a pipe and standard input from /dev/null.
private func runWithoutTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = RepositoryPaths.executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite struct TerminalFallbackTests {
    @Test func withoutATerminalTheDefaultCommandPrintsTheTextTimeline() throws {
        let seeds = RepositoryPaths.seeds.path
        let browse = try runWithoutTerminal([seeds], environment: ["TERM": "xterm-256color"])
        let timeline = try runWithoutTerminal(["timeline", seeds])
        #expect(browse.status == 0)
        #expect(!browse.output.isEmpty)
        #expect(browse.output == timeline.output)
        // Nothing of full-screen mode leaks into a pipe.
        #expect(!browse.output.contains("\u{1B}"))
    }
}
