import ArgumentParser

/// `storyline-bench`: throughput, memory and latency figures for `make bench`.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "storyline-bench", abstract: "Storyline benchmarks.")

    func run() throws {
        print("benchmarks not implemented yet")
    }
}
