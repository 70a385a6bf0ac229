import ArgumentParser

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
}
