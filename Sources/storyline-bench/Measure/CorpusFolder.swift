import Foundation
import StorylineCorpus

#if canImport(Glibc)
import Glibc
#endif

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

    /// Reads every file of `folder` once and drops the bytes, so that a run started next reads
    /// its corpus from the page cache: the disk (here, a virtual one whose reads cost the guest
    /// kernel CPU, and whose cached pages the host reclaims within minutes) is not measured
    /// as model building. Returns the files and bytes read.
    @discardableResult
    static func warm(_ folder: String) -> (files: Int, bytes: Int) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var files = 0, bytes = 0
        for name in names {
            let descriptor = open(folder + "/" + name, O_RDONLY)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            files += 1
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                bytes += count
            }
        }
        return (files, bytes)
    }

    /// The folder of the generated corpus of `seed` and `megabytes` under `cache`, written
    /// when missing; a folder without its completion marker may be half written and is
    /// generated again.
    static func cached(seed: UInt64, megabytes: Double, in cache: String) throws -> String {
        let folder = "\(cache)/seed\(seed)-\(Figures.fixed(megabytes, 1))mb"
        let marker = folder + "/.complete"
        if FileManager.default.fileExists(atPath: marker) {
            print("corpus \(folder): cached")
            return folder
        }
        try? FileManager.default.removeItem(atPath: folder)
        let ((articles, bytes), seconds) = try Clock.time {
            try CorpusGenerator(seed: seed).write(targetBytes: Int(megabytes * 1_000_000), to: folder)
        }
        _ = FileManager.default.createFile(atPath: marker, contents: Data())
        print("corpus \(folder): generated \(articles) articles, \(Figures.megabytes(bytes)) MB in \(Figures.fixed(seconds)) s (\(Figures.fixed(Double(bytes) / 1e6 / seconds, 1)) MB/s)")
        return folder
    }
}
