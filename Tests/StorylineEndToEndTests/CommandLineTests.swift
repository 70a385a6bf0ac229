import Foundation
import StorylineTestSupport
import Testing

/// Runs the built executable the way a user or a script would, stdout not a terminal.
@Suite struct CommandLineTests {
    func run(_ arguments: [String], in directory: URL? = nil) throws -> ExecutableRun {
        try ExecutableRun.run(arguments, in: directory)
    }

    @Test func plainStorylineWithoutPathsPrintsTheBundledSeedTimeline() throws {
        // Run from an empty folder so only the bundled copy of the seeds can be found.
        let folder = try TemporaryFolder("cli")
        defer { folder.remove() }
        let result = try run([], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let fromSeeds = try run(["timeline", RepositoryPaths.seeds.path])
        #expect(result.stdout == fromSeeds.stdout)
        #expect(result.stdout.contains("events from 2 articles"))
        #expect(result.stdout.contains("2021-W24"))
    }

    @Test func jsonIsValidAndEvidenceExistsVerbatimInTheFiles() throws {
        let result = try run(["timeline", "--json", RepositoryPaths.seeds.path])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["documents", "actors", "quotes", "times", "events"] {
            #expect(json[key] is [Any], "missing \(key)")
        }
        let documents = try #require(json["documents"] as? [[String: Any]])
        var texts: [String: Data] = [:]
        for document in documents {
            let id = try #require(document["id"] as? String)
            let path = try #require(document["path"] as? String)
            texts[id] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.count >= 5)
        for event in events {
            let title = try #require(event["title"] as? String)
            #expect(title.count <= 60)
            let date = try #require(event["date"] as? [String: Any])
            #expect(date["precision"] is String && date["derivation"] is String)
            let evidence = try #require(event["evidence"] as? [[String: Any]])
            #expect(!evidence.isEmpty)
            for item in evidence {
                let document = try #require(item["document"] as? String)
                let text = try #require(item["text"] as? String)
                let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
                let bytes = try #require(texts[document])
                #expect(bytes.subdata(in: start..<end) == Data(text.utf8), "evidence of \(title) is not verbatim at \(start)..<\(end)")
            }
        }
    }

    @Test func actorFilterAcceptsAnyAliasAndRejectsUnknownNames() throws {
        let all = try run(["timeline", RepositoryPaths.seeds.path])
        let filtered = try run(["timeline", "--actor", "Trump", RepositoryPaths.seeds.path])
        #expect(filtered.status == 0, "stderr: \(filtered.stderr)")
        #expect(filtered.stdout.split(separator: "\n").count < all.stdout.split(separator: "\n").count)
        let unknown = try run(["quotes", "--actor", "Nobody Atall", RepositoryPaths.seeds.path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no actor named 'Nobody Atall'"))
    }

    @Test func quotesAndActorsListSpeakersWithLocations() throws {
        let quotes = try run(["quotes", RepositoryPaths.seeds.path])
        #expect(quotes.status == 0)
        #expect(quotes.stdout.contains("(phrase)"))
        #expect(quotes.stdout.contains("sentence"))
        let actors = try run(["actors", RepositoryPaths.seeds.path])
        #expect(actors.status == 0)
        #expect(actors.stdout.contains("[person]") && actors.stdout.contains("[country]"))
    }
}
