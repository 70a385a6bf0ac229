import Foundation
import StorylineModel
import StorylineTestSupport
import Testing
@testable import StorylineExtraction

@Suite struct LoaderTests {
    @Test func folderReadsArticlesSortedByNameAndSkipsOtherFiles() throws {
        let folder = try TemporaryFolder("loader")
        defer { folder.remove() }
        try folder.write("b.md", "Second article. It has text.\n")
        try folder.write("a.txt", "First article. It has text.\n")
        try folder.write("notes.pdf", "not an article")
        try folder.write(".hidden.txt", "hidden")
        try folder.write("sub/c.txt", "In a subfolder.")
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        #expect(corpus.documents.map(\.id) == ["a", "b"])
        #expect(corpus.documents[0].text == "First article. It has text.\n")
        #expect(corpus.warnings.isEmpty)
        #expect(corpus.name == folder.url.lastPathComponent)
    }

    @Test func storyFileGivesFactsAndName() throws {
        let folder = try TemporaryFolder("loader")
        defer { folder.remove() }
        try folder.write("report.txt", "Officials met on Monday.\n")
        try folder.write("story.yaml", """
            name: A test story
            articles:
              report:
                outlet: Daily Test
                title: Officials meet
                published: 2020-03-04
                url: https://example.org/a
            references:
              - name: The vote
                date: 2020-05-01
                phrases: [The Vote, the ballot]
            """)
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        let document = try #require(corpus.documents.first)
        #expect(corpus.name == "A test story")
        #expect(document.outlet == "Daily Test")
        #expect(document.title == "Officials meet")
        #expect(document.published == CalendarDay(year: 2020, month: 3, day: 4))
        #expect(document.publishedSource == .storyFile)
        #expect(document.url == "https://example.org/a")
        #expect(corpus.storyFile.references.first?.phrases == ["the vote", "the ballot"])
        #expect(corpus.warnings.isEmpty)
    }

    @Test func frontMatterWinsOverStoryFileAndSetsBodyStart() throws {
        let folder = try TemporaryFolder("loader")
        defer { folder.remove() }
        let text = "---\ntitle: From front matter\npublished: 2019-12-31\n---\nThe body starts here.\n"
        try folder.write("piece.md", text)
        try folder.write("story.yaml", "articles:\n  piece.md:\n    title: From story\n    outlet: Wire\n    published: 2020-01-01\n")
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        let document = try #require(corpus.documents.first)
        #expect(document.title == "From front matter")
        #expect(document.outlet == "Wire")
        #expect(document.published == CalendarDay(year: 2019, month: 12, day: 31))
        #expect(document.publishedSource == .frontMatter)
        #expect(document.text == text)
        let body = document.text(in: TextRange(start: document.bodyStart, end: document.text.utf8.count))
        #expect(body == "The body starts here.\n")
    }

    @Test func singleFilePicksUpTheStoryFileBesideIt() throws {
        let folder = try TemporaryFolder("loader")
        defer { folder.remove() }
        let path = try folder.write("one.txt", "Something happened.\n")
        try folder.write("story.yaml", "articles:\n  one:\n    published: 2022-02-02\n")
        let corpus = ArticleLoader.load(paths: [path])
        #expect(corpus.documents.first?.published == CalendarDay(year: 2022, month: 2, day: 2))
        #expect(corpus.name == "one")
    }

    @Test func clashingIDsAreMadeUniqueAndRepeatedPathsReadOnce() throws {
        let folder = try TemporaryFolder("loader")
        defer { folder.remove() }
        let first = try folder.write("x/report.txt", "One.\n")
        let second = try folder.write("y/report.md", "Two.\n")
        let corpus = ArticleLoader.load(paths: [first, second, first])
        #expect(corpus.documents.map(\.id) == ["report", "report-2"])
        #expect(corpus.warnings.map(\.message) == ["given more than once; read once"])
    }

    @Test func severalStoryFilesMerge() throws {
        let folder = try TemporaryFolder("loader")
        defer { folder.remove() }
        try folder.write("a/one.txt", "One.\n")
        try folder.write("a/story.yaml", "name: First\nactors:\n  - name: Ann Lee\n    aliases: [Ms Lee]\n")
        try folder.write("b/two.txt", "Two.\n")
        try folder.write("b/story.yaml", "name: Second\nactors:\n  - name: Ann Lee\n    aliases: [Lee]\n  - name: Acme\n    kind: organisation\n")
        let corpus = ArticleLoader.load(paths: [folder.url.appendingPathComponent("a").path, folder.url.appendingPathComponent("b").path])
        #expect(corpus.name == "First")
        #expect(corpus.storyFile.actors.map(\.name) == ["Ann Lee", "Acme"])
        #expect(corpus.storyFile.actors.first?.aliases == ["Ms Lee", "Lee"])
        #expect(corpus.storyFile.actors.last?.kind == .organisation)
    }

    @Test func byteOrderMarkIsKeptInTextButBodyStartsAfterIt() throws {
        let folder = try TemporaryFolder("loader")
        defer { folder.remove() }
        try folder.write("bom.txt", Data([0xEF, 0xBB, 0xBF] + Array("---\noutlet: Paper\n---\nText.\n".utf8)))
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        let document = try #require(corpus.documents.first)
        #expect(document.outlet == "Paper")
        #expect(document.text(in: TextRange(start: document.bodyStart, end: document.bodyStart + 5)) == "Text.")
    }
}
