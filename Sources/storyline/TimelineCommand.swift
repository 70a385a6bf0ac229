import ArgumentParser
import StorylineModel
import StorylineOutput

/// `storyline timeline`: the timeline as text or JSON.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the timeline (date, title, actors, number of articles).")

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Print the whole event model as JSON.")
    var json = false

    func run() throws {
        let story = try corpus.buildStory()
        let filter = try corpus.actorFilter(in: story)
        if json {
            try writeJSON(story, actorFilter: filter)
        } else {
            print(TimelineText(actorFilter: filter).render(story), terminator: "")
        }
    }

    /// Streams the JSON to standard output; a closed pipe (`| head`) stops it quietly, another
    /// write error with one line on standard error.
    private func writeJSON(_ story: Story, actorFilter: Set<Int>) throws {
        do {
            try StoryJSON.writeToStandardOutput(story, actorFilter: actorFilter)
        } catch let error as JSONWriteError {
            if !error.isClosedPipe { StandardError.write("storyline: cannot write the JSON: \(error)") }
            throw ExitCode(1)
        }
    }
}
