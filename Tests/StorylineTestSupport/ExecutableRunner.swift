import Foundation

/// What one run of the built `storyline` printed and how it ended.
public struct ExecutableRun: Sendable {
    public var status: Int32
    public var reason: Process.TerminationReason
    public var stdout: String
    public var stderr: String

    /// Standard error split into lines.
    public var lines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// Runs the built executable (or `executable`) with `arguments`, stdin from /dev/null and
    /// stdout a pipe (not a terminal), optionally in `directory` and with extra environment variables.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:], executable: URL = RepositoryPaths.executable
    ) throws -> ExecutableRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "dumb"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently with the process so neither can fill up and block it.
        let errorData = LockedData()
        let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return ExecutableRun(
            status: process.terminationStatus, reason: process.terminationReason,
            stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData.value, as: UTF8.self))
    }
}

/// Data written by one thread and read by another.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var done = false

    func set(_ value: Data) {
        lock.lock()
        data = value
        done = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
