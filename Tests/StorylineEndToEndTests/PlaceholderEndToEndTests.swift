import Foundation
import StorylineTestSupport
import Testing

@Suite struct ExecutableSmokeTests {
    @Test func timelineRunsOnSeeds() throws {
        let process = Process()
        process.executableURL = RepositoryPaths.executable
        process.arguments = ["timeline", RepositoryPaths.seeds.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("articles"))
    }
}
