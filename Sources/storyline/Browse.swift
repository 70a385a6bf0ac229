import ArgumentParser
import StorylineOutput

/// `storyline [PATHS]`: the interactive browser, or the text timeline when not on a terminal.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the timeline browser (default command).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let story = try corpus.buildStory()
        let filter = try corpus.actorFilter(in: story)
        // The browser lands with the terminal backend; until then print the timeline.
        print(TimelineText(actorFilter: filter).render(story), terminator: "")
    }
}
