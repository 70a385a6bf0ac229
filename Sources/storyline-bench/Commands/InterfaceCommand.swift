import ArgumentParser
import StorylineCorpus
import StorylineModel

/// `storyline-bench ui --events N`: key-to-frame latency of the browser on a generated model.
struct InterfaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Time key → reducer → rendered frame for j, G, search and filter on a generated model.")

    /// The key sequences measured.
    static let scenarios: [(name: String, keys: String)] = [("j", "j"), ("G", "G"), ("search", "/"), ("filter", "a")]

    @Option(name: .long, help: "Number of events in the generated model.")
    var events = 10_000

    @Option(name: .long, help: "Generator seed.")
    var seed: UInt64 = 1

    func run() throws {
        let (story, seconds) = Clock.time { ModelGenerator.story(events: events, seed: seed) }
        print("model of \(story.events.count) events, \(story.documents.count) documents, \(story.quotes.count) quotes generated in \(Figures.fixed(seconds)) s")
        var result = ResultLine()
        result.set("events", story.events.count)
        result.set("available", 0)
        print("key-to-frame: the browser reducer and renderer are not on main yet")
        print(result.text)
    }
}
