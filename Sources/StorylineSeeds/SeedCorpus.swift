import Foundation

/// Locates the seed articles bundled with the executable.
public enum SeedCorpus {
    /// Folder holding the bundled seeds, or nil when the resource bundle is missing.
    public static var directory: String? {
        // Bundle.module traps when the bundle is missing; look for it ourselves instead.
        let bundleName = "Storyline_StorylineSeeds.resources"
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        if let resources = Bundle.main.resourceURL {
            candidates.append(resources.appendingPathComponent(bundleName))
        }
        for candidate in candidates {
            let seeds = candidate.appendingPathComponent("seeds")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: seeds.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return seeds.path
            }
        }
        return nil
    }
}
