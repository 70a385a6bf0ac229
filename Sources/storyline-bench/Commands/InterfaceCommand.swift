import ArgumentParser
import StorylineBrowser
import StorylineCorpus
import StorylineModel
import StorylineRender

/// `storyline-bench ui --events N`: key-to-frame latency of the browser on a generated model.
///
/// Each key goes through the real path minus the terminal: input event → reducer → the
/// whole visible grid rendered (`BrowserProgram.step`). Flushing to ncurses is not included.
struct InterfaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Time key → reducer → rendered frame for j, G, search and filter on a generated model.")

    /// The scenarios measured, by name.
    static let scenarios: [(name: String, summary: String)] = [
        ("j", "j from the top, 300 times"),
        ("G", "G from the top (alternating with g), 50 times"),
        ("search", "/ then typing a word, Enter and n, 10 times"),
        ("filter", "a, typing part of an actor's name, Space, Enter, then A, 10 times"),
    ]

    @Option(name: .long, help: "Number of events in the generated model.")
    var events = 10_000

    @Option(name: .long, help: "Generator seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Screen width.")
    var width = 120

    @Option(name: .long, help: "Screen height.")
    var height = 40

    func run() throws {
        let (story, seconds) = Clock.time { ModelGenerator.story(events: events, seed: seed) }
        print("model of \(story.events.count) events, \(story.documents.count) documents, \(story.quotes.count) quotes generated in \(Figures.fixed(seconds)) s")
        let (initial, startSeconds) = Clock.time { () -> BrowserState in
            var state = BrowserState(story: story, width: width, height: height)
            _ = BrowserProgram.step(&state, .resize(width: width, height: height))
            return state
        }
        print("browser state + first frame at \(width)×\(height): \(Figures.milliseconds(startSeconds)) ms")
        var result = ResultLine()
        result.set("events", story.events.count)
        result.set("available", 1)
        result.set("firstFrame", startSeconds)
        let actorQuery = String(story.actors.first { $0.kind == .country }?.name.lowercased().prefix(4) ?? "a")
        for (name, summary) in Self.scenarios {
            var samples: [Double] = []
            var applySamples: [Double] = []
            var state = initial
            // What the scenario did, so a figure for a key that did nothing is noticed.
            var effect = ""
            switch name {
            case "j":
                for _ in 0..<300 { samples.append(Self.press(.character("j"), &state)) }
                effect = "selected row \(state.timeline.selected + 1)"
            case "G":
                for _ in 0..<50 {
                    samples.append(Self.press(.character("G"), &state))
                    effect = "selected row \(state.timeline.selected + 1)"
                    _ = Self.press(.character("g"), &state)
                }
            case "search":
                for _ in 0..<10 {
                    let keys: [Key] = [.character("/")] + "missile".map { .character($0) } + [.enter, .character("n")]
                    for key in keys { samples.append(Self.press(key, &state)) }
                    effect = "\(state.search?.matches.count ?? 0) matches"
                    _ = Self.press(.escape, &state)
                }
            default:
                for _ in 0..<10 {
                    let choose: [Key] = [.character("a")] + actorQuery.map { .character($0) } + [.character(" "), .enter]
                    for key in choose { samples.append(Self.press(key, &state)) }
                    // Enter, which applies the filter, is the costly key: kept apart too.
                    applySamples.append(samples[samples.count - 1])
                    effect = "filter on '\(actorQuery)…' leaves \(state.visibleEvents.count) of \(story.events.count) events"
                    for key in [Key.character("j"), .character("A")] { samples.append(Self.press(key, &state)) }
                }
            }
            samples.sort()
            let median = samples[samples.count / 2]
            let worst = samples[samples.count - 1]
            result.set("key.\(name)", median)
            result.set("worst.\(name)", worst)
            if !applySamples.isEmpty {
                applySamples.sort()
                result.set("key.filter-apply", applySamples[applySamples.count / 2])
                result.set("worst.filter-apply", applySamples[applySamples.count - 1])
                print("  filter apply (Enter in the picker): median \(Figures.milliseconds(applySamples[applySamples.count / 2], 3)) ms, worst \(Figures.milliseconds(applySamples[applySamples.count - 1], 3)) ms")
            }
            print("  \(name) (\(summary)): median \(Figures.milliseconds(median, 3)) ms, worst \(Figures.milliseconds(worst, 3)) ms; \(effect)")
        }
        print(result.text)
    }

    /// Seconds from `key` to its rendered frame.
    private static func press(_ key: Key, _ state: inout BrowserState) -> Double {
        let start = Clock.now()
        let grid = BrowserProgram.step(&state, .key(key))
        let end = Clock.now()
        withExtendedLifetime(grid) {}
        return end - start
    }
}
