import ArgumentParser
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
            print(try StoryJSON(story, actorFilter: filter).encoded())
        } else {
            print(TimelineText(actorFilter: filter).render(story), terminator: "")
        }
    }
}
