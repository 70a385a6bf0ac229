import StorylineModel

/// One run of the loader: collects candidate files first, then reads story files, then articles.
struct LoadSession {
    /// An article file waiting to be read.
    struct Candidate {
        var path: String
        var folder: String
        var fileName: String
        var size: Int
    }

    private var candidates: [Candidate] = []
    private var storyFilePaths: [(path: String, folder: String, size: Int)] = []
    private var seenArticles = Set<String>()
    private var seenStoryFiles = Set<String>()
    private var warnings: [InputWarning] = []

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
                addArticle(Candidate(path: path, folder: folder, fileName: fileName, size: size))
                addStoryFileBeside(folder)
            }
        }
    }

    private mutating func addFolder(_ folder: String) {
        let names: [String]
        switch FileBytes.entries(of: folder) {
        case .failure(let failure):
            warn(folder, "cannot list folder: \(failure.reason)")
            return
        case .success(let found): names = found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        }
        var articles = 0
        var subfolders = 0
        for name in names where !name.hasPrefix(".") {
            let path = PathName.join(folder, name)
            let lowered = name.lowercased()
            let isStoryFile = InputLimits.storyFileNames.contains(lowered)
            let isArticle = InputLimits.articleExtensions.contains(PathName.extension(of: name))
            guard isStoryFile || isArticle else {
                if FileBytes.kind(of: path) == .folder { subfolders += 1 }
                continue
            }
            switch FileBytes.kind(of: path) {
            case .file(let size):
                if isStoryFile {
                    addStoryFile(path, folder: folder, size: size)
                } else {
                    articles += 1
                    addArticle(Candidate(path: path, folder: folder, fileName: name, size: size))
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

    private mutating func addArticle(_ candidate: Candidate) {
        guard seenArticles.insert(FileBytes.canonical(candidate.path)).inserted else {
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
            byFolder[FileBytes.canonical(entry.folder), default: []].append((entry.path, parsed.file, parsed.lines))
        }
        var documents: [Document] = []
        var ids = DocumentIDs()
        for candidate in candidates {
            let local = byFolder[FileBytes.canonical(candidate.folder)] ?? []
            let info = local.lazy.compactMap { $0.file.info(forFileNamed: candidate.fileName) }.first
                ?? merged.info(forFileNamed: candidate.fileName)
            var reader = ArticleReader(path: candidate.path, size: candidate.size)
            if var document = reader.read(storyInfo: info) {
                document.id = ids.unique(PathName.stem(of: candidate.fileName))
                documents.append(document)
            }
            for problem in reader.problems { warn(candidate.path, problem) }
        }
        warnUnmatchedArticleKeys(byFolder)
        let name = merged.name ?? paths.first.map(PathName.storyName) ?? "Storyline"
        return LoadedCorpus(documents: documents, storyFile: merged, name: name, warnings: warnings)
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
        if let reason = TextCheck.binaryReason(bytes) {
            warn(path, "\(reason); story file ignored")
            return nil
        }
        if let bad = TextCheck.invalidUTF8(bytes) {
            warn(path, "line \(bad.line): invalid UTF-8; story file ignored")
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
        if byFolder.isEmpty { return }
        for candidate in candidates {
            let folder = FileBytes.canonical(candidate.folder)
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
