import ArgumentParser
import CMallocPolicy

/// `storyline-bench`: throughput, memory and latency figures for `make bench`.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline-bench",
        abstract: "Storyline benchmarks: corpus generation, model building, alignment and interface latency.",
        discussion: "With no command, runs everything `make bench` reports (corpora are cached under .build/bench-corpus).",
        subcommands: [RunAllCommand.self, GenerateCommand.self, ExtractCommand.self, QualityCommand.self, InterfaceCommand.self, StartupCommand.self],
        defaultSubcommand: RunAllCommand.self
    )

    /// Sets the allocation policy (large blocks in their own mappings), then runs the command line.
    static func main() {
        _ = storyline_apply_malloc_policy()
        main(nil)
    }
}
