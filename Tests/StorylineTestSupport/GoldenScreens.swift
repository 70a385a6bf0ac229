import Foundation

/// Golden screen files under Tests/StorylineRenderTests/Golden: plain text of a rendered grid.
/// A missing file is written (and the check passes) so new screens can be reviewed in git;
/// STORYLINE_UPDATE_GOLDEN=1 rewrites them all.
public enum GoldenScreens {
    /// The folder holding the golden files.
    public static var folder: URL {
        RepositoryPaths.root.appendingPathComponent("Tests/StorylineRenderTests/Golden")
    }

    /// nil when `text` equals the golden file `name`, else a message showing the first difference.
    public static func mismatch(_ text: String, name: String) -> String? {
        let file = folder.appendingPathComponent(name + ".txt")
        let update = ProcessInfo.processInfo.environment["STORYLINE_UPDATE_GOLDEN"] == "1"
        guard !update, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        let wanted = expected.hasSuffix("\n") ? String(expected.dropLast()) : expected
        if wanted == text { return nil }
        let got = text.components(separatedBy: "\n")
        let want = wanted.components(separatedBy: "\n")
        for row in 0..<max(got.count, want.count) {
            let a = row < want.count ? want[row] : "<none>"
            let b = row < got.count ? got[row] : "<none>"
            if a != b { return "\(name) row \(row):\n  expected: \(a)\n  rendered: \(b)" }
        }
        return "\(name) differs"
    }
}
