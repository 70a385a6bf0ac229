#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read-only file system access: kinds, sizes and whole-file reads, never opening for writing.
enum FileBytes {
    /// What a path names.
    enum Kind: Equatable {
        case missing
        case brokenLink
        case folder
        case file(size: Int)
        /// A device, pipe or socket: never read (it could block or never end).
        case special
        case inaccessible(String)
    }

    /// The kind of `path`, following symbolic links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT {
                var linkInfo = stat()
                return lstat(path, &linkInfo) == 0 ? .brokenLink : .missing
            }
            return code == ENOTDIR ? .missing : .inaccessible(describe(code))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file(size: Int(info.st_size))
        default: return .special
        }
    }

    /// The whole file, or the reason it cannot be read.
    static func read(_ path: String, expectedSize: Int = 0) -> Result<[UInt8], ReadFailure> {
        guard let file = fopen(path, "rb") else { return .failure(ReadFailure(reason: describe(errno))) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, expectedSize) + 1)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
            if n < buffer.count {
                if ferror(file) != 0 { return .failure(ReadFailure(reason: describe(errno))) }
                break
            }
        }
        return .success(bytes)
    }

    /// Names of the entries of a folder (no "." or ".."), or the reason it cannot be listed.
    static func entries(of folder: String) -> Result<[String], ReadFailure> {
        guard let handle = opendir(folder) else { return .failure(ReadFailure(reason: describe(errno))) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// A canonical path used to notice the same file given twice.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A short lower-case description of an errno value.
    static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "no such file or folder"
        case EISDIR: return "is a folder"
        case ELOOP: return "too many levels of symbolic links"
        case ENAMETOOLONG: return "path too long"
        default:
            guard let text = strerror(code) else { return "cannot be read (error \(code))" }
            return String(cString: text).lowercased()
        }
    }
}

/// Why a file could not be read.
struct ReadFailure: Error {
    var reason: String
}
