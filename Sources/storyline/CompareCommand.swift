import ArgumentParser
import StorylineOutput

/// `storyline compare`: where the articles agree and where they differ.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "List the differences between articles that report the same events.")

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Print the alignments and differences as JSON.")
    var json = false

    func run() throws {
        let story = try corpus.buildStory(aligned: true)
        let filter = try corpus.actorFilter(in: story)
        if json {
            print(try CompareJSON(story, actorFilter: filter).encoded())
        } else {
            print(CompareText(actorFilter: filter).render(story), terminator: "")
        }
    }
}
