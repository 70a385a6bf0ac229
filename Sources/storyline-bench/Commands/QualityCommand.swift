import ArgumentParser
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
        let folder = try CorpusFolder.cached(seed: seed, megabytes: sizeMb, in: cache)
        let target = Int(sizeMb * 1_000_000)
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
