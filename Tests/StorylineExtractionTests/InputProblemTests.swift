import Foundation
import StorylineModel
import StorylineTestSupport
import Testing
@testable import StorylineExtraction

@Suite struct InputProblemTests {
    private func messages(_ corpus: LoadedCorpus, for name: String) -> [String] {
        corpus.warnings.filter { $0.path.hasSuffix(name) }.map(\.message)
    }

    @Test func missingPathIsNamed() {
        let corpus = ArticleLoader.load(paths: ["/nonexistent/storyline-test/article.txt"])
        #expect(corpus.documents.isEmpty)
        #expect(corpus.warnings == [InputWarning(path: "/nonexistent/storyline-test/article.txt", message: "no such file or folder")])
    }

    @Test func emptyBlankAndBinaryFilesAreSkipped() throws {
        let folder = try TemporaryFolder("problems")
        defer { folder.remove() }
        try folder.write("empty.txt", "")
        try folder.write("blank.txt", "  \n\t\n")
        try folder.write("nul.txt", Data([0x41, 0x00, 0x42, 0x0A]))
        try folder.write("controls.txt", Data((0..<400).map { UInt8($0 % 8 + 1) }))
        try folder.write("utf16.txt", Data([0xFF, 0xFE, 0x41, 0x00]))
        try folder.write("good.txt", "A good article.\n")
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        #expect(corpus.documents.map(\.id) == ["good"])
        #expect(messages(corpus, for: "empty.txt") == ["empty file; skipped"])
        #expect(messages(corpus, for: "blank.txt") == ["empty file (only white space); skipped"])
        #expect(messages(corpus, for: "nul.txt") == ["binary file (contains NUL bytes); skipped"])
        #expect(messages(corpus, for: "controls.txt") == ["binary file (mostly control bytes); skipped"])
        #expect(messages(corpus, for: "utf16.txt").first?.contains("UTF-16") == true)
    }

    @Test func nulBytesBeyondTheSampleAreFound() throws {
        let folder = try TemporaryFolder("problems")
        defer { folder.remove() }
        let text = Array(repeating: UInt8(ascii: "a"), count: InputLimits.binarySampleBytes + 10) + [0x00, 0x0A]
        try folder.write("late.txt", Data(text))
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        #expect(corpus.documents.isEmpty)
        #expect(messages(corpus, for: "late.txt") == ["binary file (contains NUL bytes); skipped"])
    }

    @Test func invalidUTF8IsReplacedAndKept() throws {
        let folder = try TemporaryFolder("problems")
        defer { folder.remove() }
        try folder.write("latin1.txt", Data(Array("First line.\nCaf".utf8) + [0xE9, 0x2E, 0x0A, 0xC3]))
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        let document = try #require(corpus.documents.first)
        #expect(document.text == "First line.\nCaf\u{FFFD}.\n\u{FFFD}")
        #expect(messages(corpus, for: "latin1.txt") == ["invalid UTF-8 (2 invalid bytes, first on line 2); replaced with U+FFFD"])
    }

    @Test func folderWithoutArticlesIsReported() throws {
        let folder = try TemporaryFolder("problems")
        defer { folder.remove() }
        try folder.write("readme.pdf", "x")
        try folder.write("inner/a.txt", "Text.")
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        #expect(corpus.documents.isEmpty)
        #expect(corpus.warnings.map(\.message) == ["folder has no .txt or .md articles (subfolders are not read)"])
    }

    @Test func unreadableFileIsReported() throws {
        guard getuid() != 0 else { return }  // root reads everything; nothing to check.
        let folder = try TemporaryFolder("problems")
        defer { folder.remove() }
        let path = try folder.write("locked.txt", "Secret.")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let corpus = ArticleLoader.load(paths: [path])
        #expect(corpus.documents.isEmpty)
        #expect(corpus.warnings.first?.message == "permission denied; skipped")
    }

    @Test func oversizedFileIsSkippedWithoutReading() throws {
        let folder = try TemporaryFolder("problems")
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(InputLimits.maximumArticleBytes + 1))  // Sparse: no real 50 MB written.
        try handle.close()
        let corpus = ArticleLoader.load(paths: [path])
        #expect(corpus.documents.isEmpty)
        #expect(corpus.warnings.first?.message == "file is 50 MB, over the 50 MB limit; skipped")
    }

    @Test func pipesAreNotRead() throws {
        let folder = try TemporaryFolder("problems")
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(path, 0o600) == 0)
        let corpus = ArticleLoader.load(paths: [path])
        #expect(corpus.documents.isEmpty)
        #expect(corpus.warnings.first?.message == "not a regular file (a device, pipe or socket); skipped")
    }
}
