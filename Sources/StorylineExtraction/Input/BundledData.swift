#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the data files bundled with the extraction module (the world table) where SwiftPM
/// puts its resource bundle: beside the running executable (test runners included).
/// `Bundle.module` is not used: it traps when the bundle is missing; nor is Foundation, whose
/// file reading costs more resident memory than the whole table.
enum BundledData {
    /// The module's resource bundle, as SwiftPM names it.
    static let bundleName = "Storyline_StorylineExtraction.resources"

    /// The path of `file` in the bundle, or nil when no bundle holds it.
    static func path(of file: String) -> String? {
        var folders: [String] = []
        // The running executable itself (Linux), then the path it was started by.
        if let executable = resolved("/proc/self/exe") { folders.append(folder(of: executable)) }
        if let started = CommandLine.arguments.first, let executable = resolved(started) { folders.append(folder(of: executable)) }
        for folder in folders {
            let candidate = folder + "/" + bundleName + "/" + file
            if case .file = FileBytes.kind(of: candidate) { return candidate }
        }
        return nil
    }

    /// The bytes of the bundled `file`, or nil when it is missing or unreadable.
    static func bytes(of file: String) -> (path: String, bytes: [UInt8])? {
        guard let path = path(of: file), case .success(let bytes) = FileBytes.read(path) else { return nil }
        return (path, bytes)
    }

    /// `path` with links and relative parts resolved, or nil when it names nothing.
    private static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// The folder part of an absolute path.
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
