/// Thresholds of the input checks, in one place.
enum InputLimits {
    /// Articles larger than this are skipped without being read (50 MB).
    static let maximumArticleBytes = 50 * 1024 * 1024
    /// Story files larger than this are ignored (they hold a few facts, not text).
    static let maximumStoryFileBytes = 4 * 1024 * 1024
    /// How many leading bytes the binary check samples.
    static let binarySampleBytes = 64 * 1024
    /// Share of control bytes in the sample above which a file counts as binary.
    static let binaryControlShare = 0.10
    /// File name extensions of articles inside a folder (lower case).
    static let articleExtensions: Set<String> = ["txt", "md"]
    /// File names of story files inside a folder (lower case).
    static let storyFileNames: Set<String> = ["story.yaml", "story.yml"]
    /// Extensions of a story file given directly as a path.
    static let storyFileExtensions: Set<String> = ["yaml", "yml"]
}
