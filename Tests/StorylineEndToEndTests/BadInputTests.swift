import Foundation
import StorylineTestSupport
import Testing

/// Runs the built `storyline` on bad inputs and checks messages, exit codes and that inputs stay untouched.
@Suite struct BadInputTests {
    private func run(_ arguments: [String]) throws -> ExecutableRun {
        try ExecutableRun.run(arguments)
    }

    /// Every file under `folder` with its bytes and modification time.
    private func snapshot(_ folder: URL) throws -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        let manager = FileManager.default
        for name in try manager.subpathsOfDirectory(atPath: folder.path).sorted() {
            let path = folder.appendingPathComponent(name).path
            let attributes = try manager.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let date = attributes[.modificationDate] as? Date ?? .distantPast
            result[name] = (try Data(contentsOf: URL(fileURLWithPath: path)), date)
        }
        return result
    }

    private func makeBadFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("bad-input")
        try folder.write("a_good.txt", "The council met on Tuesday. It approved the budget.\n")
        try folder.write("b_empty.txt", "")
        try folder.write("c_binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00] + Array(repeating: 0, count: 64)))
        try folder.write("d_latin1.txt", Data(Array("The caf".utf8) + [0xE9] + Array(" opened in May 2020.\n".utf8)))
        try folder.write("e_frontmatter.md", "---\ntitle: [broken\n---\nThe mayor spoke on Friday.\n")
        try folder.write("f_escape.txt", "Text with an \u{1B}[31mescape\u{1B}[0m sequence.\n")
        try folder.write("story.yaml", "name: Bad input test\narticles:\n  a_good:\n    published: 2020-13-01\n    colour: red\n")
        return folder
    }

    @Test func folderOfBadInputsWarnsPerFileAndKeepsTheUsableArticles() throws {
        let folder = try makeBadFolder()
        defer { folder.remove() }
        let before = try snapshot(folder.url)
        let result = try run(["timeline", folder.url.path])
        #expect(result.reason == .exit)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Bad input test"))
        let lines = result.lines
        func line(_ file: String) -> String { lines.first { $0.contains(file) } ?? "" }
        #expect(lines.allSatisfy { $0.hasPrefix("storyline: ") })
        #expect(line("b_empty.txt").hasSuffix("b_empty.txt: empty file; skipped"))
        #expect(line("c_binary.txt").contains("binary file"))
        #expect(line("d_latin1.txt").contains("invalid UTF-8"))
        #expect(line("e_frontmatter.md").contains("front matter: line 2"))
        #expect(lines.contains { $0.contains("story.yaml: line 4:") && $0.contains("not a valid YYYY-MM-DD date") })
        #expect(lines.contains { $0.contains("story.yaml: line 5: unknown key 'colour'") })
        #expect(!result.stderr.contains("\u{1B}") && !result.stdout.contains("\u{1B}"))
        let after = try snapshot(folder.url)
        #expect(Set(after.keys) == Set(before.keys))
        for (name, (data, date)) in before {
            #expect(after[name]?.0 == data, "\(name) changed")
            #expect(after[name]?.1 == date, "\(name) modification time changed")
        }
    }

    @Test func missingPathAloneExitsNonZeroWithOneLine() throws {
        let result = try run(["timeline", "/nonexistent/storyline/nothing.txt"])
        #expect(result.reason == .exit)
        #expect(result.status != 0)
        #expect(result.lines.first == "storyline: /nonexistent/storyline/nothing.txt: no such file or folder")
        #expect(result.lines.last?.hasPrefix("storyline: no usable articles in") == true)
    }

    @Test func singleBadFilesExitNonZeroAndNameTheProblem() throws {
        let folder = try makeBadFolder()
        defer { folder.remove() }
        let cases = [("b_empty.txt", "empty file"), ("c_binary.txt", "binary file")]
        for (name, problem) in cases {
            let path = folder.url.appendingPathComponent(name).path
            let result = try run(["timeline", path])
            #expect(result.reason == .exit)
            #expect(result.status != 0, "\(name)")
            #expect(result.lines.contains { $0.hasPrefix("storyline: \(path): \(problem)") }, "\(name)")
        }
        let latin1 = try run(["timeline", folder.url.appendingPathComponent("d_latin1.txt").path])
        #expect(latin1.status == 0)
        #expect(latin1.stderr.contains("d_latin1.txt: invalid UTF-8"))
    }

    @Test func aMissingWorldTableIsNamedAndTheStoryStillBuilds() throws {
        // A copy of the executable with no resource bundle beside it.
        let folder = try TemporaryFolder("bad-input-bundle")
        defer { folder.remove() }
        let copy = folder.url.appendingPathComponent("storyline")
        try FileManager.default.copyItem(at: RepositoryPaths.executable, to: copy)
        let article = try folder.write("a.txt", "Oslo said on Tuesday that the talks would go on.\n")
        let result = try ExecutableRun.run(["actors", article], executable: copy)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines == ["storyline: Storyline_StorylineExtraction.resources/countries.txt: world table not found beside "
            + "the executable: only the story file's countries are known"], "\(result.stderr)")
        #expect(!result.stdout.contains("Norway"), "\(result.stdout)")
        // With the bundle, the capital stands for its country and nothing is reported.
        let bundled = try run(["actors", article])
        #expect(bundled.stderr.isEmpty && bundled.stdout.contains("Norway [country]"), "\(bundled.stderr) \(bundled.stdout)")
    }

    @Test func folderWithoutArticlesAndMixedPaths() throws {
        let empty = try TemporaryFolder("bad-input-empty")
        defer { empty.remove() }
        try empty.write("notes.pdf", "x")
        let alone = try run(["timeline", empty.url.path])
        #expect(alone.status != 0)
        #expect(alone.lines.first == "storyline: \(empty.url.path): folder has no .txt or .md articles")
        let mixed = try run(["timeline", empty.url.path, "/nonexistent/x", RepositoryPaths.seeds.path])
        #expect(mixed.status == 0)
        #expect(mixed.lines.count == 2)
    }

    @Test func fileNamesWithControlCharactersArePrintedVisibly() throws {
        let folder = try TemporaryFolder("bad-input-names")
        defer { folder.remove() }
        let path = try folder.write("evil\u{1B}[2Jname.txt", "")
        let result = try run(["timeline", path])
        #expect(result.status != 0)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("evil^[[2Jname.txt: empty file"))
    }
}
