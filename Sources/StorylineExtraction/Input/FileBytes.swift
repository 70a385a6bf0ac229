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
        var bytes: [UInt8] = []
        return read(path, into: &bytes, expectedSize: expectedSize).map { count in Array(bytes[..<count]) }
    }

    /// Reads the whole file into the front of `buffer`, which is grown as needed and meant to be
    /// reused from file to file (no per-file buffers); returns how many bytes the file holds.
    /// Without an `expectedSize` the size is taken from the open file, and a file over `limit`
    /// is not read (the failure gives its size).
    static func read(_ path: String, into buffer: inout [UInt8], expectedSize: Int?, limit: Int = Int.max) -> Result<Int, ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = describe(errno)
            // Size first, as when the size was known before opening.
            if expectedSize == nil, case .file(let size) = kind(of: path), size > limit {
                return .failure(ReadFailure(reason: reason, tooLarge: size))
            }
            return .failure(ReadFailure(reason: reason))
        }
        defer { close(descriptor) }
        // One spare byte so a file of the expected size ends with a zero-length read, not a grow.
        let wanted = max(expectedSize ?? 0, firstReadBytes - 1) + 1
        if buffer.count < wanted { buffer.append(contentsOf: repeatElement(0, count: wanted - buffer.count)) }
        var sizeChecked = expectedSize != nil
        var count = 0
        while true {
            if count == buffer.count {
                // Only a file that fills the buffer needs its size: small files cost no `fstat`.
                if !sizeChecked {
                    sizeChecked = true
                    var info = stat()
                    let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
                    if size > limit { return .failure(ReadFailure(reason: "too large", tooLarge: size)) }
                    if size >= buffer.count { buffer.append(contentsOf: repeatElement(0, count: size + 1 - buffer.count)) }
                }
                if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: max(buffer.count, firstReadBytes))) }
            }
            let got = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return readSome(descriptor, base + count, raw.count - count)
            }
            if got > 0 {
                count += got
            } else if got == 0 {
                return .success(count)
            } else if errno != EINTR {
                return .failure(ReadFailure(reason: describe(errno)))
            }
        }
    }

    /// Buffer size for a file of unknown size (most articles fit).
    static let firstReadBytes = 1 << 16

    /// The entries of a folder (no "." or ".."), or the reason it cannot be listed.
    static func entries(of folder: String) -> Result<[FolderEntry], ReadFailure> {
        guard let handle = opendir(folder) else { return .failure(ReadFailure(reason: describe(errno))) }
        defer { closedir(handle) }
        var entries: [FolderEntry] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let type: FolderEntry.EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): type = .regularFile
            case Int32(DT_DIR): type = .folder
            default: type = .other
            }
            if name != "." && name != ".." { entries.append(FolderEntry(name: name, type: type, orderKey: PathName.orderKey(name))) }
        }
        return .success(entries)
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

/// One `read(2)` call (outside `FileBytes`, whose own `read` would shadow it).
private func readSome(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, into, count)
}

/// One entry of a folder listing.
struct FolderEntry {
    /// What the listing says an entry is.
    enum EntryType {
        /// A regular file, not a symbolic link.
        case regularFile
        /// A folder, not a symbolic link.
        case folder
        /// A symbolic link, special file or unknown type: `FileBytes.kind` tells.
        case other
    }

    /// The entry's file name.
    var name: String
    /// What the listing says it is.
    var type: EntryType
    /// `PathName.orderKey(name)`, so sorting compares whole names only on a tie.
    var orderKey: UInt64

    /// Whether this entry sorts before `other` (UTF-8 byte order of the names).
    func precedes(_ other: FolderEntry) -> Bool {
        orderKey != other.orderKey ? orderKey < other.orderKey : PathName.precedes(name, other.name)
    }
}

/// Why a file could not be read.
struct ReadFailure: Error {
    var reason: String
    /// The file's size when it was not read for being over the limit.
    var tooLarge: Int?
}
