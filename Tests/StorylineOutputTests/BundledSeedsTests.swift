import Foundation
import StorylineTestSupport
import Testing

/// The seeds bundled into the executable must stay identical to `seeds/`.
@Suite struct BundledSeedsTests {
    @Test func bundledCopyMatchesSeedsFolder() throws {
        let bundled = RepositoryPaths.root.appendingPathComponent("Sources/StorylineSeeds/seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.seeds.path).sorted()
        #expect(names.contains("story.yaml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: bundled.path).sorted() == names)
        for name in names {
            let original = try Data(contentsOf: RepositoryPaths.seeds.appendingPathComponent(name))
            let copy = try Data(contentsOf: bundled.appendingPathComponent(name))
            #expect(original == copy, "Sources/StorylineSeeds/seeds/\(name) differs from seeds/\(name): copy it again")
        }
    }
}
