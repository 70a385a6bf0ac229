import ArgumentParser
import CMallocPolicy

/// `storyline`: a terminal timeline browser for news stories.
@main
struct Storyline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Browse the timeline of events reported by a set of news articles.",
        discussion: "With no command, opens the browser (or prints the timeline when stdout is not a terminal). With no path, uses the bundled seed articles.",
        subcommands: [Browse.self, TimelineCommand.self, QuotesCommand.self, ActorsCommand.self, CompareCommand.self],
        defaultSubcommand: Browse.self
    )

    /// Sets the allocation policy (large blocks in their own mappings), then runs the command line.
    static func main() {
        _ = storyline_apply_malloc_policy()
        main(nil)
    }
}
