/// Writes deterministic synthetic news articles for benchmarks (placeholder until the generator lands).
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    public init(seed: UInt64 = 1) { self.seed = seed }
}
