import ArgumentParser
import StorylineCompare
import StorylineExtraction
import StorylineModel

/// `storyline-bench extract DIR`: model-building throughput and peak memory on one core.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Build the model of a corpus folder and report MB/s and peak memory.")

    @Argument(help: "Corpus folder (or article files).")
    var paths: [String]

    @Flag(name: .long, help: "Also time each extraction stage separately (a second pass over the same corpus).")
    var stages = false

    @Flag(name: .long, help: "Also time sentence alignment (Comparer) after the model is built.")
    var align = false

    func run() throws {
        var result = ResultLine()
        // What the process holds before reading anything (runtime, libraries), to tell the model's own share.
        let baseline = ResourceUse.peakResidentBytes()
        result.set("baseline", baseline)
        let cpuStart = ResourceUse.cpuSeconds()
        var (corpus, loadSeconds) = Clock.time { ArticleLoader.load(paths: paths) }
        if corpus.documents.allSatisfy({ $0.text.isEmpty }) {
            // A loader that cannot read folders yet: give it the article files one by one.
            let files = CorpusFolder.articleFiles(in: paths)
            print("note: the loader read no text from \(paths.joined(separator: " ")); passing its \(files.count) article files instead")
            (corpus, loadSeconds) = Clock.time { ArticleLoader.load(paths: files) }
        }
        let bytes = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
        let cpuLoaded = ResourceUse.cpuSeconds()
        if stages {
            // Before the full build, so the resident figures are this pass's alone.
            let split = StageTimer.time(corpus)
            print("  CPU seconds per stage, resident memory and live heap after it (run before the full build, so memory is this pass's alone):")
            let rows = [("load", cpuLoaded - cpuStart, 0, ResourceUse.liveHeapBytes())] + split
            for (stage, seconds, resident, live) in rows {
                result.set("stage.\(stage)", seconds)
                let memory = (resident > 0 ? ", resident \(Figures.megabytes(resident)) MB" : "")
                    + (live > 0 ? ", live heap \(Figures.megabytes(live)) MB" : "")
                print("    \(stage): \(Figures.fixed(seconds, 3)) s (\(Figures.fixed(Double(bytes) / 1e6 / max(seconds, 1e-9), 1)) MB/s)\(memory)")
            }
        }
        let cpuBeforeBuild = ResourceUse.cpuSeconds()
        let (story, buildSeconds) = Clock.time { StoryBuilder().build(corpus) }
        let cpuBuilt = ResourceUse.cpuSeconds()
        let peak = ResourceUse.peakResidentBytes()
        let total = loadSeconds + buildSeconds
        result.set("bytes", bytes)
        result.set("documents", corpus.documents.count)
        result.set("warnings", corpus.warnings.count)
        result.set("load", loadSeconds)
        result.set("build", buildSeconds)
        result.set("total", total)
        if stages {
            // The builder's internal steps (title fallback, anchoring undated articles).
            let known = ["segment", "actors", "quotes", "times", "events"].compactMap { result.number("stage.\($0)") }.reduce(0, +)
            result.set("stage.other", max(0, (cpuBuilt - cpuBeforeBuild) - known))
        }
        // CPU time is what one core spent; on a shared machine it is steadier than wall time.
        result.set("cpuLoad", cpuLoaded - cpuStart)
        result.set("cpuBuild", cpuBuilt - cpuBeforeBuild)
        result.set("cpu", (cpuLoaded - cpuStart) + (cpuBuilt - cpuBeforeBuild))
        result.set("peak", peak)
        result.set("sentences", story.sentences.reduce(0) { $0 + $1.count })
        result.set("mentions", story.mentions.count)
        result.set("actors", story.actors.count)
        result.set("quotes", story.quotes.count)
        result.set("times", story.times.count)
        result.set("events", story.events.count)
        print("\(corpus.documents.count) documents, \(Figures.megabytes(bytes)) MB: load \(Figures.fixed(loadSeconds)) s, build \(Figures.fixed(buildSeconds)) s, \(Figures.fixed(Double(bytes) / 1e6 / total)) MB/s wall; CPU load \(Figures.fixed(cpuLoaded - cpuStart)) s, build \(Figures.fixed(cpuBuilt - cpuBeforeBuild)) s, \(Figures.fixed(Double(bytes) / 1e6 / ((cpuLoaded - cpuStart) + (cpuBuilt - cpuBeforeBuild)))) MB/s per CPU second; peak RSS \(Figures.megabytes(peak)) MB (\(Figures.fixed(Double(peak) / Double(max(1, bytes))))× corpus; \(Figures.fixed(Double(peak - baseline) / Double(max(1, bytes))))× above the \(Figures.megabytes(baseline)) MB start)\(stages ? "; this process ran the stage-by-stage pass first, whose freed memory the heap keeps" : "")")
        print("model: \(story.sentences.reduce(0) { $0 + $1.count }) sentences, \(story.actors.count) actors, \(story.mentions.count) mentions, \(story.quotes.count) quotes, \(story.times.count) times, \(story.events.count) events")
        if align {
            let cpuBefore = ResourceUse.cpuSeconds()
            let (comparison, seconds) = Clock.time { Comparer().compare(story) }
            let cpuAlign = ResourceUse.cpuSeconds() - cpuBefore
            result.set("align", seconds)
            result.set("cpuAlign", cpuAlign)
            result.set("alignments", comparison.alignments.count)
            result.set("differences", comparison.differences.count)
            result.set("peakAfterAlign", ResourceUse.peakResidentBytes())
            print("alignment: \(Figures.fixed(seconds)) s wall, \(Figures.fixed(cpuAlign)) s CPU, \(comparison.alignments.count) alignments, \(comparison.differences.count) differences")
        }
        print(result.text)
    }
}
