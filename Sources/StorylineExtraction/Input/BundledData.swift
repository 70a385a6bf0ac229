import Foundation

/// Finds the data files bundled with the extraction module (the world table) where SwiftPM
/// puts its resource bundle: beside the running executable (tests included) or in the main
/// bundle. `Bundle.module` is not used: it traps when the bundle is missing.
enum BundledData {
    /// The module's resource bundle, as SwiftPM names it.
    static let bundleName = "Storyline_StorylineExtraction.resources"

    /// The path of `file` in the bundle, or nil when no bundle holds it.
    static func path(of file: String) -> String? {
        var folders: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        folders.append(executable.deletingLastPathComponent())
        folders.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { folders.append(resources) }
        for folder in folders {
            let candidate = folder.appendingPathComponent(bundleName).appendingPathComponent(file)
            if FileManager.default.isReadableFile(atPath: candidate.path) { return candidate.path }
        }
        return nil
    }
}
