import ArgumentParser
import Foundation
import StorylineCompare
import StorylineExtraction
import StorylineModel
import StorylineSeeds

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths and filters every command takes.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or folders (a folder: its *.txt and *.md articles and its story.yaml). Default: the bundled seeds.")
    var paths: [String] = []

    @Option(name: .long, help: "Only events and quotes involving this actor (any of its names). Repeatable.")
    var actor: [String] = []

    /// Reads the articles and builds the story; exits non-zero when nothing usable is left.
    /// `aligned`: also align the articles and type their differences (the browser and
    /// `compare` show them; the other commands skip the cost).
    func buildStory(aligned: Bool = false) throws -> Story {
        var paths = self.paths
        if paths.isEmpty {
            guard let seeds = SeedCorpus.directory else {
                StandardError.write("storyline: the bundled seed articles are missing; give article paths instead")
                throw ExitCode(1)
            }
            paths = [seeds]
        }
        let corpus = ArticleLoader.load(paths: paths)
        Self.report(corpus.warnings)
        guard !corpus.documents.isEmpty else {
            let given = paths.map(MessageText.visible).joined(separator: ", ")
            StandardError.write("storyline: no usable articles in \(given) (need .txt or .md files of UTF-8 text)")
            throw ExitCode(1)
        }
        var story = StoryBuilder().build(corpus)
        // The builder's own warnings (a missing world table) follow the loader's.
        Self.report(story.warnings.dropFirst(corpus.warnings.count))
        if aligned { Comparer().annotate(&story) }
        return story
    }

    /// Writes each warning on its own line to standard error, naming its file.
    private static func report(_ warnings: some Sequence<InputWarning>) {
        for warning in warnings {
            StandardError.write("storyline: \(MessageText.visible(warning.path)): \(MessageText.visible(warning.message))")
        }
    }

    /// Actor ids named by `--actor`; exits with a message when a name matches no actor.
    func actorFilter(in story: Story) throws -> Set<Int> {
        var ids = Set<Int>()
        for name in actor {
            guard let found = story.actor(named: name) else {
                let known = story.actors.prefix(12).map(\.name).joined(separator: ", ")
                StandardError.write("storyline: no actor named '\(name)'. Known actors: \(known)")
                throw ExitCode(2)
            }
            ids.insert(found.id)
        }
        return ids
    }
}

/// Makes file names and messages safe to print: control characters and escape sequences
/// become visible placeholders ("^[", "^M") instead of acting on the terminal.
enum MessageText {
    /// `text` with every control character shown in caret notation.
    static func visible(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: result += "^?"
            case 0x80..<0xA0: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Writes lines to standard error.
enum StandardError {
    static func write(_ line: String) {
        let text = line.hasSuffix("\n") ? line : line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Whether standard output is a terminal.
var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
