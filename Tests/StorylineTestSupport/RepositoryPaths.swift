import Foundation

/// Paths inside the repository and the build folder, for tests.
public enum RepositoryPaths {
    /// The repository root (found from this file's location).
    public static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The seeds folder.
    public static var seeds: URL { root.appendingPathComponent("seeds") }

    /// The built `storyline` executable next to the running test bundle.
    public static var executable: URL {
        var candidates: [URL] = []
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("storyline"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("storyline"))
        if let argv0 = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argv0).deletingLastPathComponent().appendingPathComponent("storyline"))
        }
        candidates.append(root.appendingPathComponent(".build/debug/storyline"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[candidates.count - 1]
    }
}
