import ArgumentParser
import Foundation

/// `storyline-bench startup`: process start to first complete frame of the real browser.
struct StartupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract: "Spawn the storyline binary under a pseudo-terminal and time start → first frame flushed.",
        discussion: "The frame counts as flushed when the program's output goes quiet for --quiet-ms; the figure is the time of its last byte. Median of --runs.")

    @Option(name: .long, help: "The storyline executable (default: the one beside this benchmark).")
    var binary: String?

    @Option(name: .long, help: "Terminal width.")
    var width = 120

    @Option(name: .long, help: "Terminal height.")
    var height = 40

    @Option(name: .long, help: "Number of runs (the median is reported).")
    var runs = 7

    @Option(name: .long, help: "Silence that marks the end of the first frame, in milliseconds.")
    var quietMs = 250.0

    @Argument(help: "Arguments for storyline (default: none, i.e. the bundled seeds).")
    var arguments: [String] = []

    func run() throws {
        let path = binary ?? (URL(fileURLWithPath: ChildProcess.selfPath).deletingLastPathComponent().appendingPathComponent("storyline").path)
        guard FileManager.default.isExecutableFile(atPath: path) else {
            print("startup: no executable at \(path); build it with `swift build -c release --product storyline`")
            throw ExitCode(1)
        }
        var samples: [Double] = []
        var lastBytes = 0
        for _ in 0..<max(1, runs) {
            let start = Clock.now()
            guard let terminal = PseudoTerminal(arguments: [path] + arguments, width: width, height: height,
                                                environment: ["TERM": "xterm-256color", "COLUMNS": String(width), "LINES": String(height)]) else {
                print("startup: cannot start \(path) under a pseudo-terminal")
                throw ExitCode(1)
            }
            let (bytes, lastByte) = terminal.readUntilQuiet(quiet: quietMs / 1000, limit: 10)
            terminal.send("q")
            terminal.finish(within: 2)
            guard let lastByte else { continue }
            samples.append(lastByte - start)
            lastBytes = bytes.count
        }
        guard !samples.isEmpty else {
            print("startup: the program wrote nothing")
            throw ExitCode(1)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        print("start → first frame flushed (\(width)×\(height) pty, \(lastBytes) bytes): median \(Figures.milliseconds(median)) ms, best \(Figures.milliseconds(samples[0])) ms over \(samples.count) runs")
        var result = ResultLine()
        result.set("firstFrame", median)
        result.set("bestFrame", samples[0])
        result.set("frameBytes", lastBytes)
        print(result.text)
    }
}
