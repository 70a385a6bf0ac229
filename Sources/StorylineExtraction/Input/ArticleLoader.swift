import StorylineModel

/// Everything read from the user's paths, before extraction.
public struct LoadedCorpus: Sendable {
    /// Readable articles, in a stable order (paths as given, folder contents sorted by name).
    public var documents: [Document]
    /// The merged story file(s) found beside the articles.
    public var storyFile: StoryFile
    /// Story name: story.yaml's name, else the folder or file name.
    public var name: String
    /// Non-fatal problems, one line each, naming the file.
    public var warnings: [InputWarning]

    public init(documents: [Document] = [], storyFile: StoryFile = StoryFile(), name: String = "Storyline", warnings: [InputWarning] = []) {
        self.documents = documents
        self.storyFile = storyFile
        self.name = name
        self.warnings = warnings
    }
}

/// Reads article files and folders into documents, never modifying them.
public enum ArticleLoader {
    /// Loads `paths` (files or folders). Problems become warnings; nothing throws.
    public static func load(paths: [String]) -> LoadedCorpus {
        // Placeholder until the input stage lands: plain files only, no front matter.
        var corpus = LoadedCorpus()
        for path in paths {
            guard let data = FileBytes.read(path) else {
                corpus.warnings.append(InputWarning(path: path, message: "cannot be read"))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            let name = path.split(separator: "/").last.map(String.init) ?? path
            corpus.documents.append(Document(id: name, path: path, text: text))
        }
        return corpus
    }
}
