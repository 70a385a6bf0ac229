import ArgumentParser
import Foundation
import StorylineCorpus
import StorylineExtraction

/// `storyline-bench quality`: how well events match the happenings of a generated corpus.
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Score event merging against the generator's ground truth (pairs of evidence sentences).")

    @Option(name: .long, help: "Corpus size in megabytes, as generated (the cache folder is named by seed and size).")
    var sizeMb: Double = 2

    @Option(name: .long, help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Where generated corpora are cached.")
    var cache: String = ".build/bench-corpus"

    func run() throws {
        let folder = "\(cache)/seed\(seed)-\(Figures.fixed(sizeMb, 1))mb"
        let target = Int(sizeMb * 1_000_000)
        // The same marker as `make bench`'s cache: a folder without it may be half written.
        let marker = folder + "/.complete"
        if FileManager.default.fileExists(atPath: marker) {
            print("corpus \(folder): cached")
        } else {
            try? FileManager.default.removeItem(atPath: folder)
            _ = try CorpusGenerator(seed: seed).write(targetBytes: target, to: folder)
            _ = FileManager.default.createFile(atPath: marker, contents: Data())
            print("corpus \(folder): generated")
        }
        // The same seed and size give the same articles: the truth is generated again, not stored.
        let truth = MergingTruth(generator: CorpusGenerator(seed: seed), targetBytes: target)
        let corpus = ArticleLoader.load(paths: [folder])
        let (story, seconds) = Clock.time { StoryBuilder().build(corpus) }
        let score = truth.score(story)
        var result = ResultLine()
        result.set("precision", score.precision)
        result.set("recall", score.recall)
        result.set("f1", score.f1)
        result.set("events", story.events.count)
        print("\(truth.count) articles known, \(corpus.documents.count) loaded; \(story.events.count) events in \(Figures.fixed(seconds)) s")
        print("merging: precision \(Figures.fixed(score.precision, 4)), recall \(Figures.fixed(score.recall, 4)), F1 \(Figures.fixed(score.f1, 4)) (\(score.together) of \(score.predicted) predicted pairs true; \(score.truth) true pairs)")
        print(result.text)
    }
}
