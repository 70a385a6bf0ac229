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
///
/// A folder contributes its `*.txt` and `*.md` files (sorted by name; subfolders are not
/// read, so notes or archives kept below a story folder stay out) and its `story.yaml`.
/// An article given directly also picks up the `story.yaml` beside it.
public enum ArticleLoader {
    /// Loads `paths` (files or folders). Problems become warnings; nothing throws.
    public static func load(paths: [String]) -> LoadedCorpus {
        var session = LoadSession()
        for path in paths { session.add(path) }
        return session.finish(paths: paths)
    }
}
