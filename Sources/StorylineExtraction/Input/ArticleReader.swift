import StorylineModel

/// Reads one article file into a document: size, binary and UTF-8 checks, front matter,
/// story-file facts. Problems are collected as one-line messages.
struct ArticleReader {
    var path: String
    var size: Int
    /// Problems found, one line each (without the path).
    private(set) var problems: [String] = []

    init(path: String, size: Int) {
        self.path = path
        self.size = size
    }

    /// The document (id still to be assigned), or nil when the file is skipped.
    mutating func read(storyInfo: ArticleInfo?) -> Document? {
        guard size <= InputLimits.maximumArticleBytes else {
            problems.append("file is \(PathName.megabytes(size)), over the \(PathName.megabytes(InputLimits.maximumArticleBytes)) limit; skipped")
            return nil
        }
        let bytes: [UInt8]
        switch FileBytes.read(path, expectedSize: size) {
        case .failure(let failure):
            problems.append("\(failure.reason); skipped")
            return nil
        case .success(let read): bytes = read
        }
        if bytes.isEmpty || TextCheck.isBlank(bytes) {
            problems.append(bytes.isEmpty ? "empty file; skipped" : "empty file (only white space); skipped")
            return nil
        }
        if let reason = TextCheck.binaryReason(bytes) {
            problems.append("\(reason); skipped")
            return nil
        }
        if let bad = TextCheck.invalidUTF8(bytes) {
            let many = bad.count == 1 ? "1 invalid byte" : "\(bad.count) invalid bytes"
            problems.append("invalid UTF-8 (\(many), first on line \(bad.line)); replaced with U+FFFD")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var document = Document(id: "", path: path, text: text)
        let utf8 = Array(text.utf8)
        let start = utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var info = ArticleInfo()
        var bodyStart = start
        let matter = utf8.withUnsafeBufferPointer { buffer in
            FrontMatter.read(buffer, from: start) { range in String(decoding: buffer[range], as: UTF8.self) }
        }
        if let matter {
            info = matter.info
            bodyStart = matter.bodyStart
            problems += matter.problems
        }
        if TextCheck.isBlank(Array(utf8[bodyStart...])) {
            problems.append("no article text after the front matter; skipped")
            return nil
        }
        document.bodyStart = bodyStart
        document.title = info.title ?? storyInfo?.title ?? HeadlineLine.title(utf8, from: bodyStart)
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

/// The first body line when it looks like a headline: short, several words, no closing punctuation.
enum HeadlineLine {
    /// Longest line taken as a headline, in bytes.
    static let maximumBytes = 160
    /// Bytes that end a sentence rather than a headline.
    static let sentenceEnds: Set<UInt8> = [
        UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";"),
        UInt8(ascii: ":"), UInt8(ascii: "\""),
    ]

    /// The headline text, or nil.
    static func title(_ utf8: [UInt8], from start: Int) -> String? {
        var index = start
        while index < utf8.count, utf8[index] == 0x20 || (utf8[index] >= 0x09 && utf8[index] <= 0x0D) { index += 1 }
        var end = index
        while end < utf8.count, utf8[end] != 0x0A { end += 1 }
        var last = end
        while last > index, utf8[last - 1] == 0x20 || utf8[last - 1] == 0x0D || utf8[last - 1] == 0x09 { last -= 1 }
        let line = utf8[index..<last]
        guard !line.isEmpty, line.count <= maximumBytes, let final = line.last, !sentenceEnds.contains(final) else { return nil }
        guard line.contains(0x20), !line.contains(where: TextCheck.isControl), line.first != UInt8(ascii: "#") || line.count > 2 else { return nil }
        let text = String(decoding: line, as: UTF8.self)
        let cleaned = text.hasPrefix("#") ? String(text.drop { $0 == "#" || $0 == " " }) : text
        return cleaned.isEmpty ? nil : cleaned
    }
}
