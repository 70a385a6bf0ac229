import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// The default run (`make bench`): every figure the issues ask for, each measured in its own process.
struct RunAllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "all", abstract: "Run every benchmark and print the report (default).")

    @Option(name: .long, help: "Generator seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Small corpus size in MB.")
    var smallMb: Double = 20

    @Option(name: .long, help: "Large corpus size in MB.")
    var largeMb: Double = 150

    @Option(name: .long, help: "Where generated corpora are cached (by seed and size).")
    var cache: String = ".build/bench-corpus"

    @Option(name: .long, help: "Event counts for the interface latency figures.")
    var uiEvents: [Int] = [10_000, 100_000]

    @Option(name: .long, help: "Runs of each corpus size, each in its own process: throughput and growth are their medians (a machine's first run after a pause can pay for memory the host took back).")
    var runs: Int = 3

    @Option(name: .long, help: "Wall-clock seconds the large run (model building and alignment) may take; a slower pipeline gets a smaller large corpus (said in the report).")
    var budgetSeconds: Double = 180

    func run() throws {
        print("Storyline benchmarks (release build, one core per process)")
        let small = try CorpusFolder.cached(seed: seed, megabytes: smallMb, in: cache)

        print("\n== Model building (ArticleLoader + StoryBuilder) ==")
        let smallRun = try child(["extract", small, "--align"])
        var smallRuns = [smallRun].compactMap { $0 }
        for _ in 1..<max(1, runs) { if let run = try child(["extract", small]) { smallRuns.append(run) } }
        let stageRun = try child(["extract", small, "--stages"])
        var largeSize = largeMb
        if let built = smallRun?.number("total"), built > 0 {
            // Linear growth assumed: what the small run took (model and alignment), scaled to the large size.
            let seconds = built + (smallRun?.number("align") ?? 0)
            let expected = seconds * largeMb / smallMb
            if expected > budgetSeconds {
                // A few fixed sizes only, so the cache does not fill with one corpus per run.
                let fitting = [100.0, 75, 50, 40].filter { $0 < largeMb && seconds * $0 / smallMb <= budgetSeconds }
                largeSize = fitting.first ?? max(smallMb * 2, 40)
                print("  note: \(Figures.fixed(largeMb, 0)) MB would take about \(Figures.fixed(expected, 0)) s at this speed; using \(Figures.fixed(largeSize, 0)) MB to stay within --budget-seconds \(Figures.fixed(budgetSeconds, 0))")
            }
        }
        let large = try CorpusFolder.cached(seed: seed, megabytes: largeSize, in: cache)
        var largeRuns = [try child(["extract", large, "--align"])].compactMap { $0 }
        for _ in 1..<max(1, runs) { if let run = try child(["extract", large]) { largeRuns.append(run) } }
        var report = BenchReport()
        if largeSize < largeMb {
            report.note("large corpus reduced from \(Figures.fixed(largeMb, 0)) MB to \(Figures.fixed(largeSize, 0)) MB: the pipeline is too slow for the time budget")
        }
        report.extraction(small: smallRuns, large: largeRuns, stages: stageRun)

        print("\n== Interface (issue 3) ==")
        let startup = try child(["startup"])
        report.startup(startup)
        for count in uiEvents {
            report.interface(events: count, try child(["ui", "--events", String(count)]))
        }
        print("\n== Summary against the targets ==")
        print(report.summary)
    }

    /// Runs a sub-benchmark in its own process, echoing its report lines. A model-building run
    /// has its corpus read into the page cache first (`CorpusFolder.warm`), by this process.
    private func child(_ arguments: [String]) throws -> ResultLine? {
        if arguments.first == "extract", arguments.count > 1 {
            let (read, seconds) = Clock.time { CorpusFolder.warm(arguments[1]) }
            print("  (corpus read into the page cache first: \(read.files) files, \(Figures.megabytes(read.bytes)) MB in \(Figures.fixed(seconds)) s)")
        }
        // Flush what is printed so far, so progress shows when the report goes to a file or pipe.
        fflush(nil)
        let (output, status) = try ChildProcess.run(arguments)
        for line in output.split(separator: "\n") where !line.hasPrefix(ResultLine.marker) {
            print("  " + line)
        }
        if status != 0 { print("  (\(arguments.joined(separator: " ")) exited with status \(status))") }
        return ResultLine(parsing: output)
    }
}
