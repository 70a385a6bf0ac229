import StorylineModel

/// Pairwise agreement of a model's events with the happenings a generated corpus was written about.
///
/// Every generated sentence records the planned happening it reports, so each pair of
/// evidence sentences is either in one event or not, and reports one happening or not.
public struct MergingScore: Sendable, Equatable {
    /// Pairs of evidence in one event that report one happening.
    public var together = 0
    /// Pairs of evidence in one event.
    public var predicted = 0
    /// Pairs of evidence that report one happening.
    public var truth = 0

    /// An empty score.
    public init() {}

    /// Share of the predicted pairs that are true.
    public var precision: Double { predicted == 0 ? 1 : Double(together) / Double(predicted) }
    /// Share of the true pairs that were predicted.
    public var recall: Double { truth == 0 ? 1 : Double(together) / Double(truth) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// The ground truth of a generated corpus, by file name, and the score of a model against it.
public struct MergingTruth: Sendable {
    /// A true happening: the story's position and the happening's index in its plan.
    struct Happening: Hashable {
        var story: Int
        var index: Int
    }

    /// Each article's story and the happening each of its sentences reports, sorted by start.
    private var articles: [String: (story: Int, reports: [ReportedHappening])] = [:]

    /// No articles yet.
    public init() {}

    /// The truth of every article `generator` writes up to `targetBytes`, as `write` writes them.
    public init(generator: CorpusGenerator, targetBytes: Int) {
        generator.forEachArticle(targetBytes: targetBytes) { add($0) }
    }

    /// Records the truth of one generated article.
    public mutating func add(_ article: GeneratedArticle) {
        articles[article.fileName] = (article.story, article.reports.sorted { $0.range.start < $1.range.start })
    }

    /// How many articles are known.
    public var count: Int { articles.count }

    /// Scores the events of `story`; documents and sentences the truth does not know are left out.
    public func score(_ story: Story) -> MergingScore {
        var score = MergingScore()
        var perHappening: [Happening: Int] = [:]
        var perEvent: [Happening: Int] = [:]
        for event in story.events {
            perEvent.removeAll(keepingCapacity: true)
            var members = 0
            for ref in event.evidence {
                guard story.documents.indices.contains(ref.document),
                      let known = articles[Self.fileName(story.documents[ref.document])],
                      story.sentences.indices.contains(ref.document),
                      story.sentences[ref.document].indices.contains(ref.sentence) else { continue }
                let start = story.sentences[ref.document][ref.sentence].range.start
                guard let report = Self.report(containing: start, in: known.reports), let index = report.happening else { continue }
                let happening = Happening(story: known.story, index: index)
                perEvent[happening, default: 0] += 1
                perHappening[happening, default: 0] += 1
                members += 1
            }
            score.predicted += members * (members - 1) / 2
            score.together += perEvent.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        }
        score.truth = perHappening.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        return score
    }

    /// The file name of a loaded document (its id drops the extension).
    public static func fileName(_ document: Document) -> String {
        document.path.split(separator: "/").last.map(String.init) ?? document.id
    }

    /// The written sentence whose range holds `offset` (reports sorted by start).
    static func report(containing offset: Int, in reports: [ReportedHappening]) -> ReportedHappening? {
        var low = 0, high = reports.count
        while low < high {
            let middle = (low + high) / 2
            if reports[middle].range.start <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let report = reports[low - 1]
        return offset < report.range.end ? report : nil
    }
}
