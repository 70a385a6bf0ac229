import ArgumentParser
import StorylineBrowser
import StorylineOutput
import StorylineRender
import StorylineTerminal

/// `storyline [PATHS]`: the interactive browser, or the text timeline when not on a terminal.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the timeline browser (default command).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        // Only the interactive browser shows differences, so only it pays for aligning.
        let story = try corpus.buildStory(aligned: standardOutputIsTerminal)
        let filter = try corpus.actorFilter(in: story)
        guard standardOutputIsTerminal else {
            print(TimelineText(actorFilter: filter).render(story), terminator: "")
            return
        }
        // Built before the terminal is taken, so any problem is reported on the normal screen.
        let state = BrowserState(story: story, actorFilter: filter.sorted())
        let screen: NcursesScreen
        do {
            screen = try NcursesScreen.open()
        } catch {
            StandardError.write(error.message)
            throw ExitCode(1)
        }
        // Signals and crashes are covered by the terminal guard the screen installed.
        defer { screen.close() }
        let program = BrowserProgram(state: state, screen: screen, theme: screen.supportsColor ? .color : .mono)
        program.run()
    }
}
