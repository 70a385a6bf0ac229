import StorylineModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes deterministic synthetic news articles for benchmarks: the same seed and size
/// always give the same bytes.
///
/// The corpus is a series of stories; each story is a handful of happenings between two
/// invented countries, reported by several outlets in their own words and house styles,
/// so sentence splitting, attribution, dating, merging and alignment all have work.
public struct CorpusGenerator: Sendable {
    /// Seed of every random choice.
    public var seed: UInt64

    /// A generator for `seed`.
    public init(seed: UInt64 = 1) { self.seed = seed }

    /// Calls `body` with each article until their sizes add up to `targetBytes`
    /// (the last article may pass it by a few kilobytes). Returns the number of articles.
    @discardableResult
    public func forEachArticle(targetBytes: Int, _ body: (GeneratedArticle) throws -> Void) rethrows -> Int {
        var count = 0
        _ = try forEachStory(until: { written, _ in written >= targetBytes }) { _, articles in
            for article in articles {
                try body(article)
                count += 1
            }
        }
        return count
    }

    /// Generates whole stories (each with all of its articles) until `done(bytes, events)` holds.
    /// `body` receives each story's plan and its articles. Returns the world used.
    /// `compact` keeps stories to two short articles (for in-memory models with many events).
    func forEachStory(compact: Bool = false, until done: (Int, Int) -> Bool, _ body: (StoryPlan, [GeneratedArticle]) throws -> Void) rethrows -> CorpusWorld {
        var random = SplitMix64(seed: seed)
        let world = CorpusWorld(random: &random)
        var written = 0
        var events = 0
        var fileIndex = 0
        var storyIndex: UInt64 = 0
        while !done(written, events) {
            var storyRandom = random.derived(storyIndex)
            storyIndex += 1
            let plan = StoryPlan(world: world, count: storyRandom.within(6...14), random: &storyRandom)
            var outlets = WorldTable.outlets
            outlets.shuffle(using: &storyRandom)
            var reporters = outlets.prefix(compact ? 2 : storyRandom.within(3...7)).map { ($0, true) }
            if !compact && storyRandom.chance(15) { reporters.append((storyRandom.pick(WorldTable.blogs), false)) }
            var articles: [GeneratedArticle] = []
            for (outlet, dated) in reporters {
                var styleRandom = SplitMix64(seed: seed ^ CorpusGenerator.hash(outlet))
                let style = ArticleStyle(random: &styleRandom)
                let name = "\(CalendarDay.pad(fileIndex, 6))_\(CorpusGenerator.slug(outlet)).\(fileIndex % 3 == 0 ? "md" : "txt")"
                fileIndex += 1
                var writer = ArticleWriter(
                    world: world, plan: plan, style: style, writtenOn: plan.news.date.adding(days: storyRandom.below(4)),
                    outlet: outlet, dated: dated, fileName: name, random: storyRandom.derived(UInt64(fileIndex)))
                var article = writer.write(targetBytes: compact ? storyRandom.within(800...1_600) : storyRandom.within(2_000...6_000))
                article.story = Int(storyIndex - 1)
                written += article.text.utf8.count
                articles.append(article)
                if done(written, events) { break }
            }
            events += plan.events.count
            try body(plan, articles)
        }
        return world
    }

    /// Writes a corpus of about `targetBytes` into `directory` (created when missing):
    /// the articles and a story.yaml. Returns the number of articles and bytes written.
    @discardableResult
    public func write(targetBytes: Int, to directory: String) throws -> (articles: Int, bytes: Int) {
        try CorpusFiles.makeDirectory(directory)
        var bytes = 0
        var world: CorpusWorld?
        var count = 0
        world = try forEachStory(until: { written, _ in written >= targetBytes }) { _, articles in
            for article in articles {
                try CorpusFiles.write(article.text, to: directory + "/" + article.fileName)
                bytes += article.text.utf8.count
                count += 1
            }
        }
        if let world {
            try CorpusFiles.write(StoryFileText.yaml(for: world, seed: seed), to: directory + "/story.yaml")
        }
        return (count, bytes)
    }

    /// The story.yaml text of this generator's world.
    public func storyFile() -> String {
        var random = SplitMix64(seed: seed)
        return StoryFileText.yaml(for: CorpusWorld(random: &random), seed: seed)
    }

    /// Lower-case ASCII letters and digits of `name`, dashes between words.
    static func slug(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(Character(UnicodeScalar(byte)))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(Character(UnicodeScalar(byte + 0x20)))
            default: if !out.isEmpty && !out.hasSuffix("-") { out += "-" }
            }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }

    /// FNV-1a of `text` (stable across runs, unlike `Hasher`).
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return value
    }
}

/// Errors writing a corpus.
public struct CorpusWriteError: Error, CustomStringConvertible {
    /// What failed, naming the path.
    public var description: String
}

/// File output without Foundation (fast, and the same on every platform).
enum CorpusFiles {
    static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "wb") else { throw CorpusWriteError(description: "\(path): cannot be created") }
        defer { fclose(file) }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == text.utf8.count else { throw CorpusWriteError(description: "\(path): write failed") }
    }

    /// Creates `path` and its missing parents.
    static func makeDirectory(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw CorpusWriteError(description: "\(path): cannot create folder")
            }
        }
    }
}
