import ArgumentParser
import StorylineCorpus

/// `storyline-bench generate`: writes a synthetic corpus folder.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a deterministic synthetic corpus (articles + story.yaml).")

    @Option(name: .long, help: "Approximate corpus size in megabytes (10^6 bytes); fractions allowed.")
    var sizeMb: Double = 20

    @Option(name: .long, help: "Folder to write into (created when missing).")
    var out: String

    @Option(name: .long, help: "Seed of the generator: the same seed and size give the same bytes.")
    var seed: UInt64 = 1

    func run() throws {
        let target = Int(sizeMb * 1_000_000)
        let ((articles, bytes), seconds) = try Clock.time { try CorpusGenerator(seed: seed).write(targetBytes: target, to: out) }
        print("wrote \(articles) articles, \(Figures.megabytes(bytes)) MB to \(out) in \(Figures.fixed(seconds)) s")
    }
}
