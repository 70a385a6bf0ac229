import Foundation

/// Lists corpus folders the way a user's shell would.
enum CorpusFolder {
    /// The `*.txt` and `*.md` files of each folder in `paths` (sorted by name); files stay as given.
    static func articleFiles(in paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { path + "/" + $0 }
        }
        return files
    }
}
