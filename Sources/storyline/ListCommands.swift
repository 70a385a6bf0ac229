import ArgumentParser
import StorylineModel
import StorylineOutput

/// `storyline quotes`: every quote with its speaker and location.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "List quotes with speakers, counts and locations.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let story = try corpus.buildStory()
        let filter = try corpus.actorFilter(in: story)
        print(QuoteListText(actorFilter: filter).render(story), terminator: "")
    }
}

/// `storyline actors`: every actor with kind, aliases and counts.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "List actors with their kinds, aliases, mentions, events and quotes.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let story = try corpus.buildStory()
        let filter = try corpus.actorFilter(in: story)
        print(ActorListText(actorFilter: filter).render(story), terminator: "")
    }
}
