#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path and file-name helpers (POSIX paths, no Foundation).
enum PathName {
    /// The first eight UTF-8 bytes of a name as one big-endian number (zero-padded): comparing
    /// two keys orders names as their bytes do, except when both share those eight bytes.
    static func orderKey(_ name: String) -> UInt64 {
        var key: UInt64 = 0
        var taken = 0
        for byte in name.utf8 {
            guard taken < 8 else { break }
            key = key << 8 | UInt64(byte)
            taken += 1
        }
        return taken == 0 ? 0 : key << (8 * UInt64(8 - taken))
    }

    /// Whether `left` sorts before `right` byte by byte (UTF-8), as folder contents are ordered.
    static func precedes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        // Native strings are already contiguous: no copy, one memcmp.
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let shared = min(a.count, b.count)
                if shared > 0, let x = a.baseAddress, let y = b.baseAddress {
                    let order = memcmp(x, y, shared)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
    }

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
    /// The next number to try per clashing stem: many files of one stem stay linear, not quadratic.
    private var nextNumber: [String: Int] = [:]

    /// Room for `count` ids without regrowing.
    mutating func reserve(_ count: Int) { used.reserveCapacity(count) }

    /// A not yet used id based on `stem`.
    mutating func unique(_ stem: String) -> String {
        let base = stem.isEmpty ? "article" : stem
        // One hash look-up for the usual id that is still free.
        if used.insert(base).inserted { return base }
        // Numbers below the stored one are all taken already (ids are never released).
        var number = nextNumber[base] ?? 2
        var candidate = "\(base)-\(number)"
        while !used.insert(candidate).inserted {
            number += 1
            candidate = "\(base)-\(number)"
        }
        nextNumber[base] = number + 1
        return candidate
    }
}
