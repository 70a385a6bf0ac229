import StorylineModel
import StorylineTestSupport
import Testing
@testable import StorylineExtraction

@Suite struct FrontMatterTests {
    private func load(_ text: String) throws -> (document: Document?, warnings: [String]) {
        let folder = try TemporaryFolder("frontmatter")
        defer { folder.remove() }
        try folder.write("article.md", text)
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        return (corpus.documents.first, corpus.warnings.map(\.message))
    }

    @Test func readsTheFourKeysAndCommonSpellings() throws {
        let result = try load("---\nheadline: \"Quoted: title\"\npublisher: The Paper\ndate: 2020-02-29T08:00:00Z\nlink: https://x.test/1\nauthor: Someone\n---\nBody.\n")
        let document = try #require(result.document)
        #expect(document.title == "Quoted: title")
        #expect(document.outlet == "The Paper")
        #expect(document.published == CalendarDay(year: 2020, month: 2, day: 29))
        #expect(document.url == "https://x.test/1")
        #expect(result.warnings.isEmpty)
    }

    @Test func malformedYAMLIsReportedWithItsLineAndTheBodyStaysReadable() throws {
        let result = try load("---\ntitle: fine\noutlet: [unclosed\n---\nThe body.\n")
        let document = try #require(result.document)
        #expect(document.title == nil)
        #expect(document.text(in: TextRange(start: document.bodyStart, end: document.bodyStart + 9)) == "The body.")
        let warning = try #require(result.warnings.first)
        #expect(warning.hasPrefix("front matter: line 3:"))
        #expect(warning.hasSuffix("front matter ignored"))
    }

    @Test func aTitleHoldingAColonIsReadAsItsLineMeans() throws {
        let result = try load("---\ntitle: Budget 2021: tax thresholds frozen – live\noutlet: The Paper\npublished: 2021-03-03\n---\nThe body.\n")
        let document = try #require(result.document)
        #expect(document.title == "Budget 2021: tax thresholds frozen – live")
        #expect(document.outlet == "The Paper")
        #expect(document.published == CalendarDay(year: 2021, month: 3, day: 3))
        let warning = try #require(result.warnings.first)
        #expect(warning.hasPrefix("front matter: line 2:"), "\(warning)")
        #expect(warning.hasSuffix("read as plain 'key: value' lines (quote values that hold ': ')"), "\(warning)")
        // Other broken YAML is still ignored whole: a repeated key, an open list.
        let repeated = try load("---\ntitle: A: B\ntitle: C\n---\nThe body.\n")
        #expect(repeated.document?.title == nil)
        #expect(repeated.warnings.first?.hasSuffix("front matter ignored") == true, "\(repeated.warnings)")
    }

    @Test func badDateNamesItsLine() throws {
        let result = try load("---\ntitle: T\npublished: 18/06/2021\n---\nBody.\n")
        #expect(result.document?.published == nil)
        #expect(result.document?.title == "T")
        #expect(result.warnings == ["front matter: line 3: published '18/06/2021' is not a valid YYYY-MM-DD date"])
    }

    @Test func unclosedFrontMatterLeavesTheWholeTextAsBody() throws {
        let result = try load("---\ntitle: never closed\nBody.\n")
        let document = try #require(result.document)
        #expect(document.bodyStart == 0)
        #expect(result.warnings == ["front matter: line 1: the '---' block is never closed; read as plain text"])
    }

    @Test func frontMatterWithoutBodyIsSkipped() throws {
        let result = try load("---\ntitle: Only metadata\n---\n\n")
        #expect(result.document == nil)
        #expect(result.warnings == ["no article text after the front matter; skipped"])
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        let result = try load("---\r\noutlet: CRLF Times\r\n---\r\nBody.\r\n")
        #expect(result.document?.outlet == "CRLF Times")
        #expect(result.warnings.isEmpty)
    }
}
