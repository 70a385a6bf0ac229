/// Path and file-name helpers (POSIX paths, no Foundation).
enum PathName {
    /// Folder and file name of a path ("a/b.txt" → ("a", "b.txt"); "b.txt" → (".", "b.txt")).
    static func split(_ path: String) -> (folder: String, fileName: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// `name` inside `folder`.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Lower-case extension without the dot ("" when none).
    static func `extension`(of fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return String(fileName[fileName.index(after: dot)...]).lowercased()
    }

    /// File name without its extension.
    static func stem(of fileName: String) -> String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return fileName }
        return String(fileName[..<dot])
    }

    /// A story name from a path: the folder's name, or the file's name without extension.
    static func storyName(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        var name = split(trimmed).fileName
        if name.isEmpty || name == "." || name == ".." {
            name = split(FileBytes.canonical(trimmed)).fileName
        }
        if case .file = FileBytes.kind(of: path) { name = stem(of: name) }
        return name.isEmpty ? "Storyline" : name
    }

    /// "73.2 MB".
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}

/// Gives documents unique ids: the file stem, then "stem-2", "stem-3" on clashes.
struct DocumentIDs {
    private var used = Set<String>()

    /// A not yet used id based on `stem`.
    mutating func unique(_ stem: String) -> String {
        let base = stem.isEmpty ? "article" : stem
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
