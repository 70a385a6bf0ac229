/// Collects the figures of a full run and states them against the issues' targets.
struct BenchReport {
    private var lines: [String] = []

    /// A line said before the figures.
    mutating func note(_ text: String) { lines.append("note: " + text) }

    /// Throughput, memory, linearity and alignment.
    mutating func extraction(small: ResultLine?, large: ResultLine?, stages: ResultLine?) {
        guard let small, let large,
              let smallBytes = small.number("bytes"), let largeBytes = large.number("bytes"),
              let smallTime = small.number("total"), let largeTime = large.number("total"),
              let smallPeak = small.number("peak"), let largePeak = large.number("peak") else {
            lines.append("model building: no figures (a child run failed)")
            return
        }
        let smallBase = small.number("baseline") ?? 0
        let largeBase = large.number("baseline") ?? 0
        // One core's throughput: bytes per CPU second (steady on a shared machine); wall time alongside.
        for (name, bytes, wall, cpu) in [("small", smallBytes, smallTime, small.number("cpu")), ("large", largeBytes, largeTime, large.number("cpu"))] {
            let cpuRate = bytes / 1e6 / (cpu ?? wall)
            let wallRate = bytes / 1e6 / wall
            lines.append(verdict("throughput \(mb(bytes)) MB (\(name))", "\(Figures.fixed(cpuRate, 1)) MB/s per CPU second, \(Figures.fixed(wallRate, 1)) MB/s wall", cpuRate >= 15, "≥ 15 MB/s"))
        }
        lines.append(verdict("peak RSS / corpus \(mb(smallBytes)) MB", "\(Figures.fixed(smallPeak / smallBytes))× (\(mb(smallPeak)) MB; \(Figures.fixed((smallPeak - smallBase) / smallBytes))× above start)", smallPeak < 4 * smallBytes, "< 4×"))
        lines.append(verdict("peak RSS / corpus \(mb(largeBytes)) MB", "\(Figures.fixed(largePeak / largeBytes))× (\(mb(largePeak)) MB; \(Figures.fixed((largePeak - largeBase) / largeBytes))× above start)", largePeak < 4 * largeBytes, "< 4×"))
        let timeRatio = (large.number("cpu") ?? largeTime) / (small.number("cpu") ?? smallTime)
        let sizeRatio = largeBytes / smallBytes
        let linearity = timeRatio / sizeRatio
        lines.append(verdict("CPU time ratio large/small", "\(Figures.fixed(timeRatio)) for size ratio \(Figures.fixed(sizeRatio)) (\(Figures.fixed(linearity))× linear)", linearity < 1.25, "≈ 1× linear"))
        if let align = large.number("align") {
            let count = large.number("alignments").map { Int($0) } ?? 0
            let cpu = large.number("cpuAlign").map { ", \(Figures.fixed($0)) s CPU" } ?? ""
            lines.append("alignment at \(mb(largeBytes)) MB: \(Figures.fixed(align)) s wall\(cpu) (\(count) alignments)")
        }
        if let stages {
            let names = ["load", "segment", "actors", "quotes", "times", "events", "other"]
            let parts = names.compactMap { name in stages.number("stage.\(name)").map { "\(name) \(Figures.fixed($0, 2)) s" } }
            lines.append("CPU per stage at \(mb(smallBytes)) MB: " + parts.joined(separator: ", "))
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
