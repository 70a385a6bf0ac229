import Foundation
import StorylineExtraction
import StorylineModel
import StorylineTestSupport
import Testing

/// The benchmark corpus generator, driven through `storyline-bench generate` (this test target
/// cannot import StorylineCorpus directly).
@Suite struct CorpusGeneratorTests {
    /// Words and dates of the seed articles that generated text must never contain.
    static let bannedSeedWords = [
        "thug", "serious threat", "grand bargain", "strategic patience", "psaki", "sharply and promptly",
        "hostile policy", "pyongyang", "denucleari", "kim jong", "jong-un", "biden", "trump", "plenary",
        "inauguration", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2020-11-03",
    ]

    @Test func sameSeedGivesSameBytesAndOtherSeedDiffers() throws {
        let folder = try TemporaryFolder("corpus-determinism")
        defer { folder.remove() }
        let a = try CorpusRun.generate(megabytes: 0.2, seed: 7, into: folder.url.appendingPathComponent("a"))
        let b = try CorpusRun.generate(megabytes: 0.2, seed: 7, into: folder.url.appendingPathComponent("b"))
        let c = try CorpusRun.generate(megabytes: 0.2, seed: 8, into: folder.url.appendingPathComponent("c"))
        #expect(a.files.count > 20)
        #expect(a.files.map(\.name) == b.files.map(\.name))
        #expect(a.files.map(\.bytes) == b.files.map(\.bytes))
        #expect(a.files.map(\.bytes) != c.files.map(\.bytes))
    }

    @Test(arguments: [0.1, 0.6])
    func totalSizeHitsTheTarget(megabytes: Double) throws {
        let folder = try TemporaryFolder("corpus-size")
        defer { folder.remove() }
        let corpus = try CorpusRun.generate(megabytes: megabytes, seed: 3, into: folder.url)
        let articles = corpus.files.filter { $0.name != "story.yaml" }
        let total = articles.reduce(0) { $0 + $1.bytes.count }
        let target = Int(megabytes * 1_000_000)
        // The last article may overshoot by at most one article's size.
        #expect(total >= target)
        #expect(total <= target + 8_000)
        for article in articles {
            #expect((600...8_000).contains(article.bytes.count), "\(article.name) has \(article.bytes.count) bytes")
        }
    }

    @Test func everyArticleHasValidFrontMatterAndABody() throws {
        let folder = try TemporaryFolder("corpus-front-matter")
        defer { folder.remove() }
        let corpus = try CorpusRun.generate(megabytes: 0.3, seed: 11, into: folder.url)
        var undated = 0
        for file in corpus.files where file.name != "story.yaml" {
            #expect(file.name.hasSuffix(".txt") || file.name.hasSuffix(".md"))
            let text = try #require(String(data: file.bytes, encoding: .utf8), "\(file.name) is not UTF-8")
            let fields = try #require(FrontMatter.fields(of: text), "\(file.name): no front matter")
            #expect(Set(fields.keys).isSubset(of: ["title", "outlet", "published", "url"]), "\(file.name): \(fields.keys.sorted())")
            let title = try #require(fields["title"])
            #expect(title.hasPrefix("\"") && title.hasSuffix("\"") && title.count > 10)
            #expect(fields["outlet"] != nil)
            if let published = fields["published"] {
                #expect(CalendarDay(iso: published) != nil, "\(file.name): published \(published)")
            } else {
                undated += 1
            }
            let body = FrontMatter.body(of: text)
            // The headline repeats the title, then running text with sentences.
            #expect(body.hasPrefix(String(title.dropFirst().dropLast())))
            #expect(body.split(separator: ".").count > 5)
        }
        #expect(undated < corpus.files.count / 4)
    }

    @Test func theArticleLoaderReadsTheCorpusWithoutWarnings() throws {
        let folder = try TemporaryFolder("corpus-loader")
        defer { folder.remove() }
        let corpus = try CorpusRun.generate(megabytes: 0.2, seed: 4, into: folder.url)
        let loaded = ArticleLoader.load(paths: [folder.url.path])
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.prefix(3))")
        #expect(loaded.documents.count == corpus.files.count - 1)
        #expect(loaded.storyFile.references.count >= 5)
        #expect(loaded.storyFile.actors.contains { $0.kind == .country && !$0.aliases.isEmpty })
        for document in loaded.documents {
            #expect(document.outlet != nil && document.title != nil, "\(document.id)")
            #expect(document.bodyStart > 0)
        }
        #expect(loaded.documents.filter { $0.published != nil }.count > loaded.documents.count * 3 / 4)
    }

    @Test func textVariesTheWaysNewsTextDoes() throws {
        let folder = try TemporaryFolder("corpus-variety")
        defer { folder.remove() }
        let corpus = try CorpusRun.generate(megabytes: 0.3, seed: 5, into: folder.url)
        let all = corpus.files.filter { $0.name != "story.yaml" }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
        for feature in ["\u{201C}", "\"", "Mr", "U.S.", " said", "according to", "this week", "last month", "recently",
                        " election", "parade", "summit", "Advertisement", "Published", "the sister of"] {
            let found = all.contains(feature)
            #expect(found, "no \(feature) in the generated corpus")
        }
    }

    @Test func noSeedWordsAnywhere() throws {
        let folder = try TemporaryFolder("corpus-banned")
        defer { folder.remove() }
        let corpus = try CorpusRun.generate(megabytes: 0.5, seed: 1, into: folder.url)
        for file in corpus.files {
            let text = String(decoding: file.bytes, as: UTF8.self).lowercased()
            for word in Self.bannedSeedWords {
                #expect(!text.contains(word), "\(file.name) contains \(word)")
            }
        }
    }

    @Test func storyFileNamesActorsAndReferenceDates() throws {
        let folder = try TemporaryFolder("corpus-story-file")
        defer { folder.remove() }
        let corpus = try CorpusRun.generate(megabytes: 0.05, seed: 2, into: folder.url)
        let file = try #require(corpus.files.first { $0.name == "story.yaml" })
        let text = String(decoding: file.bytes, as: UTF8.self)
        #expect(text.contains("references:\n"))
        #expect(text.contains("actors:\n"))
        #expect(text.contains("kind: country"))
        #expect(text.contains("kind: person"))
        #expect(text.contains("kind: organisation"))
        let dates = text.split(separator: "\n").filter { $0.hasPrefix("    date: ") }
        #expect(dates.count >= 5)
        for line in dates {
            #expect(CalendarDay(iso: String(line.dropFirst("    date: ".count))) != nil)
        }
    }
}

/// Runs the generator executable and reads back what it wrote.
enum CorpusRun {
    struct File {
        var name: String
        var bytes: Data
    }

    static var executable: URL {
        RepositoryPaths.executable.deletingLastPathComponent().appendingPathComponent("storyline-bench")
    }

    static func generate(megabytes: Double, seed: Int, into folder: URL) throws -> (files: [File], output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["generate", "--size-mb", String(megabytes), "--seed", String(seed), "--out", folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "storyline-bench generate failed: \(output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let files = try names.map { File(name: $0, bytes: try Data(contentsOf: folder.appendingPathComponent($0))) }
        return (files, output)
    }
}

/// Just enough of YAML front matter to check the generator's: `key: value` lines between `---` lines.
enum FrontMatter {
    static func fields(of text: String) -> [String: String]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return nil }
        var fields: [String: String] = [:]
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    static func body(of text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let end = lines.dropFirst().firstIndex(of: "---") else { return text }
        return lines[(end + 1)...].joined(separator: "\n")
    }
}
