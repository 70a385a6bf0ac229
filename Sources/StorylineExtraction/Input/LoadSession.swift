import StorylineModel

/// One run of the loader: collects candidate files first, then reads story files, then articles.
struct LoadSession {
    /// An article file waiting to be read.
    struct Candidate {
        var path: String
        var folder: String
        var fileName: String
        /// The size when already known (from `stat`); nil when the listing said "regular file".
        var size: Int?
    }

    private var candidates: [Candidate] = []
    private var storyFilePaths: [(path: String, folder: String, size: Int)] = []
    private var seenArticles = Set<String>()
    private var seenStoryFiles = Set<String>()
    private var warnings: [InputWarning] = []
    /// Canonical paths of folders already resolved.
    private var canonicalFolders: [String: String] = [:]

    /// Adds a path given by the user.
    mutating func add(_ path: String) {
        switch FileBytes.kind(of: path) {
        case .missing: warn(path, "no such file or folder")
        case .brokenLink: warn(path, "broken symbolic link (its target does not exist)")
        case .inaccessible(let reason): warn(path, reason)
        case .special: warn(path, "not a regular file (a device, pipe or socket); skipped")
        case .folder: addFolder(path)
        case .file(let size):
            let (folder, fileName) = PathName.split(path)
            if InputLimits.storyFileExtensions.contains(PathName.extension(of: fileName)) {
                addStoryFile(path, folder: folder, size: size)
            } else {
                addArticle(Candidate(path: path, folder: folder, fileName: fileName, size: size), canonical: FileBytes.canonical(path))
                addStoryFileBeside(folder)
            }
        }
    }

    private mutating func addFolder(_ folder: String) {
        let entries: [FolderEntry]
        switch FileBytes.entries(of: folder) {
        case .failure(let failure):
            warn(folder, "cannot list folder: \(failure.reason)")
            return
        case .success(let found): entries = found.sorted { $0.precedes($1) }
        }
        seenArticles.reserveCapacity(seenArticles.count + entries.count)
        candidates.reserveCapacity(candidates.count + entries.count)
        var articles = 0
        var subfolders = 0
        for entry in entries where !entry.name.hasPrefix(".") {
            let name = entry.name
            let path = PathName.join(folder, name)
            let isStoryFile = InputLimits.storyFileNames.contains(name.lowercased())
            let isArticle = InputLimits.articleExtensions.contains(PathName.extension(of: name))
            guard isStoryFile || isArticle else {
                if entry.type == .folder || (entry.type == .other && FileBytes.kind(of: path) == .folder) { subfolders += 1 }
                continue
            }
            if isArticle, entry.type == .regularFile {
                // The listing already says "regular file, not a link": no stat, and the canonical
                // path follows from the folder's (no realpath per file). The size is read on opening.
                articles += 1
                addArticle(Candidate(path: path, folder: folder, fileName: name, size: nil), canonical: PathName.join(canonicalFolder(folder), name))
                continue
            }
            switch FileBytes.kind(of: path) {
            case .file(let size):
                if isStoryFile {
                    addStoryFile(path, folder: folder, size: size)
                } else {
                    articles += 1
                    addArticle(Candidate(path: path, folder: folder, fileName: name, size: size), canonical: FileBytes.canonical(path))
                }
            case .folder: subfolders += 1
            case .brokenLink: warn(path, "broken symbolic link (its target does not exist)")
            case .inaccessible(let reason): warn(path, reason)
            case .special: warn(path, "not a regular file (a device, pipe or socket); skipped")
            case .missing: break
            }
        }
        if articles == 0 {
            let note = subfolders > 0 ? " (subfolders are not read)" : ""
            warn(folder, "folder has no .txt or .md articles\(note)")
        }
    }

    private mutating func addArticle(_ candidate: Candidate, canonical: String) {
        guard seenArticles.insert(canonical).inserted else {
            warn(candidate.path, "given more than once; read once")
            return
        }
        candidates.append(candidate)
    }

    private mutating func addStoryFileBeside(_ folder: String) {
        for name in InputLimits.storyFileNames.sorted() {
            let path = PathName.join(folder, name)
            if case .file(let size) = FileBytes.kind(of: path) {
                addStoryFile(path, folder: folder, size: size)
                return
            }
        }
    }

    private mutating func addStoryFile(_ path: String, folder: String, size: Int) {
        guard seenStoryFiles.insert(FileBytes.canonical(path)).inserted else { return }
        storyFilePaths.append((path, folder, size))
    }

    /// Reads everything collected and returns the corpus.
    mutating func finish(paths: [String]) -> LoadedCorpus {
        var merged = StoryFile()
        var byFolder: [String: [(path: String, file: StoryFile, lines: [String: Int])]] = [:]
        for entry in storyFilePaths {
            guard let parsed = readStoryFile(entry.path, size: entry.size) else { continue }
            merged = merged.merged(with: parsed.file)
            byFolder[canonicalFolder(entry.folder), default: []].append((entry.path, parsed.file, parsed.lines))
        }
        var documents: [Document] = []
        documents.reserveCapacity(candidates.count)
        var ids = DocumentIDs()
        ids.reserve(candidates.count)
        var scratch: [UInt8] = []
        for candidate in candidates {
            // Story files without article entries (the usual case) need no matching per article.
            let info = merged.articles.isEmpty ? nil : storyInfo(for: candidate, byFolder: byFolder, merged: merged)
            var reader = ArticleReader(path: candidate.path, size: candidate.size)
            if var document = reader.read(storyInfo: info, scratch: &scratch) {
                document.id = ids.unique(PathName.stem(of: candidate.fileName))
                documents.append(document)
            }
            for problem in reader.problems { warn(candidate.path, problem) }
        }
        warnUnmatchedArticleKeys(byFolder)
        let name = merged.name ?? paths.first.map(PathName.storyName) ?? "Storyline"
        return LoadedCorpus(documents: documents, storyFile: merged, name: name, warnings: warnings)
    }

    /// The story-file facts for an article: its own folder's story file first, then any.
    private mutating func storyInfo(for candidate: Candidate, byFolder: [String: [(path: String, file: StoryFile, lines: [String: Int])]], merged: StoryFile) -> ArticleInfo? {
        let local = byFolder[canonicalFolder(candidate.folder)] ?? []
        return local.lazy.compactMap { $0.file.info(forFileNamed: candidate.fileName) }.first
            ?? merged.info(forFileNamed: candidate.fileName)
    }

    /// The canonical form of a folder, resolved once per folder (not once per article).
    private mutating func canonicalFolder(_ folder: String) -> String {
        if let known = canonicalFolders[folder] { return known }
        let resolved = FileBytes.canonical(folder)
        canonicalFolders[folder] = resolved
        return resolved
    }

    private mutating func readStoryFile(_ path: String, size: Int) -> (file: StoryFile, lines: [String: Int])? {
        guard size <= InputLimits.maximumStoryFileBytes else {
            warn(path, "story file is \(PathName.megabytes(size)), over the \(PathName.megabytes(InputLimits.maximumStoryFileBytes)) limit; ignored")
            return nil
        }
        let bytes: [UInt8]
        switch FileBytes.read(path, expectedSize: size) {
        case .failure(let failure):
            warn(path, "\(failure.reason); story file ignored")
            return nil
        case .success(let read): bytes = read
        }
        let checked = bytes.withUnsafeBufferPointer { buffer -> String? in
            if let reason = TextCheck.binaryReason(buffer) { return "\(reason); story file ignored" }
            if let bad = TextCheck.invalidUTF8(buffer) { return "line \(bad.line): invalid UTF-8; story file ignored" }
            return nil
        }
        if let checked {
            warn(path, checked)
            return nil
        }
        let parsed = StoryFileParser.parse(String(decoding: bytes, as: UTF8.self))
        guard let file = parsed.file else {
            for problem in parsed.problems { warn(path, "\(problem); story file ignored") }
            return nil
        }
        for problem in parsed.problems { warn(path, problem) }
        return (file, parsed.articleLines)
    }

    /// Story-file article keys that name no article beside them (usually a typo).
    private mutating func warnUnmatchedArticleKeys(_ byFolder: [String: [(path: String, file: StoryFile, lines: [String: Int])]]) {
        var namesByFolder: [String: Set<String>] = [:]
        guard byFolder.values.contains(where: { files in files.contains { !$0.file.articles.isEmpty } }) else { return }
        for candidate in candidates {
            let folder = canonicalFolder(candidate.folder)
            namesByFolder[folder, default: []].insert(candidate.fileName)
            namesByFolder[folder, default: []].insert(PathName.stem(of: candidate.fileName))
        }
        for folder in byFolder.keys.sorted() {
            let names = namesByFolder[folder] ?? []
            // Only folders whose articles were read: a story file given alone describes articles elsewhere.
            guard !names.isEmpty, let files = byFolder[folder] else { continue }
            for entry in files {
                for key in entry.file.articles.keys.sorted() where !names.contains(key) {
                    let line = entry.lines[key].map { "line \($0): " } ?? ""
                    warn(entry.path, "\(line)no article file named '\(key)' beside it")
                }
            }
        }
    }

    private mutating func warn(_ path: String, _ message: String) {
        warnings.append(InputWarning(path: path, message: message))
    }
}
