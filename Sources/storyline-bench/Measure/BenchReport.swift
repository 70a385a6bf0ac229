/// Collects the figures of a full run and states them against the issues' targets.
struct BenchReport {
    private var lines: [String] = []

    /// A line said before the figures.
    mutating func note(_ text: String) { lines.append("note: " + text) }

    /// Throughput, memory, linearity and alignment, from one or more runs of each size (each
    /// in its own process): throughput and growth are the runs' medians, every run's figure is
    /// listed, and the peak is the highest run's.
    mutating func extraction(small smallRuns: [ResultLine], large largeRuns: [ResultLine], stages: ResultLine?) {
        guard let small = SizeRuns(smallRuns), let large = SizeRuns(largeRuns) else {
            lines.append("model building: no figures (a child run failed)")
            return
        }
        // One core's throughput: bytes per CPU second (steady on a shared machine); wall time alongside.
        for (name, size) in [("small", small), ("large", large)] {
            let cpuRate = size.bytes / 1e6 / size.medianCPU
            let wallRate = size.bytes / 1e6 / size.medianWall
            let each = size.runs.count > 1 ? "; runs \(size.cpuSeconds.map { Figures.fixed(size.bytes / 1e6 / $0, 1) }.joined(separator: ", "))" : ""
            lines.append(verdict("throughput \(mb(size.bytes)) MB (\(name))",
                                 "\(Figures.fixed(cpuRate, 1)) MB/s per CPU second, \(Figures.fixed(wallRate, 1)) MB/s wall (median of \(size.runs.count)\(each))",
                                 cpuRate >= 15, "≥ 15 MB/s"))
        }
        for size in [small, large] {
            lines.append(verdict("peak RSS / corpus \(mb(size.bytes)) MB",
                                 "\(Figures.fixed(size.peak / size.bytes))× (\(mb(size.peak)) MB; \(Figures.fixed((size.peak - size.baseline) / size.bytes))× above start)",
                                 size.peak < 4 * size.bytes, "< 4×"))
        }
        let timeRatio = large.medianCPU / small.medianCPU
        let sizeRatio = large.bytes / small.bytes
        let linearity = timeRatio / sizeRatio
        lines.append(verdict("CPU time ratio large/small", "\(Figures.fixed(timeRatio)) for size ratio \(Figures.fixed(sizeRatio)) (\(Figures.fixed(linearity))× linear)", linearity < 1.25, "≈ 1× linear"))
        if let aligned = large.runs.first(where: { $0.number("align") != nil }), let align = aligned.number("align") {
            let count = aligned.number("alignments").map { Int($0) } ?? 0
            let cpu = aligned.number("cpuAlign").map { ", \(Figures.fixed($0)) s CPU" } ?? ""
            lines.append("alignment at \(mb(large.bytes)) MB: \(Figures.fixed(align)) s wall\(cpu) (\(count) alignments)")
        }
        if let stages {
            let names = ["load", "segment", "actors", "quotes", "times", "events", "other"]
            let parts = names.compactMap { name in stages.number("stage.\(name)").map { "\(name) \(Figures.fixed($0, 2)) s" } }
            lines.append("CPU per stage at \(mb(small.bytes)) MB: " + parts.joined(separator: ", "))
        }
    }

    /// Process start to first frame.
    mutating func startup(_ result: ResultLine?) {
        guard let result, let first = result.number("firstFrame") else {
            lines.append("first frame: no figure (startup run failed)")
            return
        }
        lines.append(verdict("start → first frame (seeds, 120×40 pty)", "\(Figures.milliseconds(first)) ms", first <= 0.050, "≤ 50 ms"))
    }

    /// Key-to-frame latencies for one model size.
    mutating func interface(events: Int, _ result: ResultLine?) {
        guard let result, result.number("available") == 1 else {
            lines.append("key-to-frame at \(events) events: not measured (browser reducer/render not available)")
            return
        }
        if let first = result.number("firstFrame") {
            lines.append("browser state + first frame at \(events) events: \(Figures.milliseconds(first)) ms (in-process)")
        }
        for key in InterfaceCommand.scenarios.map(\.name) + ["filter-apply"] {
            guard let seconds = result.number("key.\(key)") else { continue }
            let worst = result.number("worst.\(key)").map { ", worst \(Figures.milliseconds($0, 1)) ms" } ?? ""
            lines.append(verdict("key-to-frame \(key) at \(events) events", "median \(Figures.milliseconds(seconds, 3)) ms\(worst)", seconds <= 0.002, "≤ 2 ms"))
        }
    }

    /// The report text.
    var summary: String { lines.joined(separator: "\n") }

    private func verdict(_ what: String, _ figure: String, _ met: Bool, _ target: String) -> String {
        "\(met ? "ok  " : "MISS") \(what): \(figure)  [target \(target)]"
    }

    private func mb(_ bytes: Double) -> String { Figures.fixed(bytes / 1e6, 1) }
}

/// The runs of one corpus size that reported every figure, and their medians.
struct SizeRuns {
    let runs: [ResultLine]
    let bytes: Double
    /// CPU seconds of each run (reading and building), in run order.
    let cpuSeconds: [Double]
    let medianCPU: Double
    let medianWall: Double
    /// The highest peak of the runs, and the first run's memory before reading.
    let peak: Double
    let baseline: Double

    /// Nil when no run reported its bytes, time and peak.
    init?(_ all: [ResultLine]) {
        let complete = all.filter { $0.number("bytes") != nil && $0.number("total") != nil && $0.number("peak") != nil }
        guard let first = complete.first, let bytes = first.number("bytes") else { return nil }
        runs = complete
        self.bytes = bytes
        cpuSeconds = complete.map { $0.number("cpu") ?? $0.number("total") ?? 0 }
        medianCPU = Self.median(cpuSeconds)
        medianWall = Self.median(complete.compactMap { $0.number("total") })
        peak = complete.compactMap { $0.number("peak") }.max() ?? 0
        baseline = first.number("baseline") ?? 0
    }

    /// The middle value (the mean of the two middle ones for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
