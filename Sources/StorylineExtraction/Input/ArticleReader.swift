import StorylineModel

/// Reads one article file into a document: size, binary and UTF-8 checks, front matter,
/// story-file facts. Problems are collected as one-line messages.
struct ArticleReader {
    var path: String
    /// The file's size when already known (nil: taken when the file is opened).
    var size: Int?
    /// Problems found, one line each (without the path).
    private(set) var problems: [String] = []

    /// A reader for the file at `path`, of `size` bytes when already known.
    init(path: String, size: Int?) {
        self.path = path
        self.size = size
    }

    /// The document (id still to be assigned), or nil when the file is skipped.
    /// `scratch` receives the file's bytes; it is reused from file to file.
    mutating func read(storyInfo: ArticleInfo?, scratch: inout [UInt8]) -> Document? {
        let limit = InputLimits.maximumArticleBytes
        if let size, size > limit {
            problems.append(ArticleReader.overLimit(size))
            return nil
        }
        let count: Int
        switch FileBytes.read(path, into: &scratch, expectedSize: size, limit: limit) {
        case .failure(let failure):
            problems.append(failure.tooLarge.map(ArticleReader.overLimit) ?? "\(failure.reason); skipped")
            return nil
        case .success(let read): count = read
        }
        guard let text = scratch.withUnsafeBufferPointer({ all in decode(UnsafeBufferPointer(rebasing: all[..<count])) }) else {
            return nil
        }
        return document(text, storyInfo: storyInfo)
    }

    /// The problem of a file too large to read.
    private static func overLimit(_ size: Int) -> String {
        "file is \(PathName.megabytes(size)), over the \(PathName.megabytes(InputLimits.maximumArticleBytes)) limit; skipped"
    }

    /// The file's text after the empty, binary and UTF-8 checks, or nil when it is skipped.
    private mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.isEmpty || TextCheck.isBlank(bytes) {
            problems.append(bytes.isEmpty ? "empty file; skipped" : "empty file (only white space); skipped")
            return nil
        }
        if let reason = TextCheck.binaryReason(bytes) {
            problems.append("\(reason); skipped")
            return nil
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces invalid bytes, so identical bytes mean valid UTF-8 (a memcmp, not a second scan).
        if !TextCheck.same(text, bytes), let bad = TextCheck.invalidUTF8(bytes) {
            let many = bad.count == 1 ? "1 invalid byte" : "\(bad.count) invalid bytes"
            problems.append("invalid UTF-8 (\(many), first on line \(bad.line)); replaced with U+FFFD")
        }
        return text
    }

    /// The document for decoded `text`: front matter read, story-file facts filled in.
    private mutating func document(_ text: String, storyInfo: ArticleInfo?) -> Document? {
        var document = Document(id: "", path: path, text: text)
        var info = ArticleInfo()
        let (bodyStart, matter, bodyIsBlank) = TextBytes.with(text) { buffer -> (Int, FrontMatter?, Bool) in
            let start = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
            let matter = FrontMatter.read(buffer, from: start) { range in TextBytes.string(buffer, range.lowerBound, range.upperBound) }
            let bodyStart = matter?.bodyStart ?? start
            let blank = TextCheck.isBlank(UnsafeBufferPointer(rebasing: buffer[bodyStart...]))
            return (bodyStart, matter, blank)
        }
        if let matter {
            info = matter.info
            problems += matter.problems
        }
        if bodyIsBlank {
            problems.append("no article text after the front matter; skipped")
            return nil
        }
        document.bodyStart = bodyStart
        // Without a given title, the pipeline takes the headline the segmenter finds.
        document.title = info.title ?? storyInfo?.title
        document.outlet = info.outlet ?? storyInfo?.outlet
        document.url = info.url ?? storyInfo?.url
        if let published = info.published {
            document.published = published
            document.publishedSource = .frontMatter
        } else if let published = storyInfo?.published {
            document.published = published
            document.publishedSource = .storyFile
        }
        return document
    }
}
