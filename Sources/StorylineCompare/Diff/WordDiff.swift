import StorylineModel

/// One run of a word-level diff between two texts.
public struct DiffOp: Hashable, Sendable {
    /// Whether the run is shared, only in a (deleted) or only in b (inserted).
    public var kind: DiffOpKind
    /// Byte range of the run's words in a (empty for an insertion).
    public var a: Range<Int>
    /// Byte range of the run's words in b (empty for a deletion).
    public var b: Range<Int>

    /// A run of `kind` covering `a` and `b`.
    public init(kind: DiffOpKind, a: Range<Int>, b: Range<Int>) {
        self.kind = kind
        self.a = a
        self.b = b
    }
}

/// What a diff run does.
public enum DiffOpKind: String, Hashable, Sendable, Codable {
    /// The words are in both texts.
    case equal
    /// The words are only in a.
    case delete
    /// The words are only in b.
    case insert
}

/// Word-level diff (longest common subsequence of words, ignoring case and punctuation).
public enum WordDiff {
    /// Above this many cells the middle of the texts is not searched for common words.
    static let maximumCells = 1 << 20

    /// The runs that turn `a` into `b`; ranges are byte offsets into each string's UTF-8.
    public static func diff(_ a: String, _ b: String) -> [DiffOp] {
        var scanner = WordScanner()
        let wordsA = withUTF8Bytes(a) { scanner.scan($0, 0..<$0.count).tokens }
        let wordsB = withUTF8Bytes(b) { scanner.scan($0, 0..<$0.count).tokens }
        return diff(wordsA, wordsB)
    }

    /// The runs between two sentences of `story`; ranges are byte offsets into each sentence's
    /// document text, ready to highlight in the source.
    public static func diff(_ story: Story, _ a: SentenceRef, _ b: SentenceRef) -> [DiffOp] {
        guard let first = story.sentence(a), let second = story.sentence(b) else { return [] }
        var scanner = WordScanner()
        let words = { (sentence: Sentence) in
            withUTF8Bytes(story.documents[sentence.document].text) { scanner.scan($0, sentence).tokens }
        }
        return diff(words(first), words(second))
    }

    static func diff(_ a: [WordToken], _ b: [WordToken]) -> [DiffOp] {
        let same = matches(a.map(\.surface), b.map(\.surface))
        var ops: [DiffOp] = []
        func append(_ kind: DiffOpKind, _ i: Int, _ j: Int) {
            let rangeA = kind == .insert ? (a.indices.contains(i) ? a[i].start..<a[i].start : (a.last?.end ?? 0)..<(a.last?.end ?? 0)) : a[i].start..<a[i].end
            let rangeB = kind == .delete ? (b.indices.contains(j) ? b[j].start..<b[j].start : (b.last?.end ?? 0)..<(b.last?.end ?? 0)) : b[j].start..<b[j].end
            if var last = ops.last, last.kind == kind {
                last.a = last.a.lowerBound..<max(last.a.upperBound, rangeA.upperBound)
                last.b = last.b.lowerBound..<max(last.b.upperBound, rangeB.upperBound)
                ops[ops.count - 1] = last
            } else {
                ops.append(DiffOp(kind: kind, a: rangeA, b: rangeB))
            }
        }
        var i = 0, j = 0
        for (x, y) in same {
            while i < x { append(.delete, i, j); i += 1 }
            while j < y { append(.insert, i, j); j += 1 }
            append(.equal, i, j)
            i += 1
            j += 1
        }
        while i < a.count { append(.delete, i, j); i += 1 }
        while j < b.count { append(.insert, i, j); j += 1 }
        return ops
    }

    /// Index pairs of a longest common subsequence: common prefix and suffix first, then a
    /// table over the middle when it is small enough.
    static func matches(_ a: [UInt64], _ b: [UInt64]) -> [(Int, Int)] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var result = (0..<prefix).map { ($0, $0) }
        let n = a.count - prefix - suffix, m = b.count - prefix - suffix
        if n > 0, m > 0, n * m <= maximumCells {
            // lengths[x][y]: LCS of a[prefix+x...] and b[prefix+y...], flattened.
            var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
            for x in stride(from: n - 1, through: 0, by: -1) {
                for y in stride(from: m - 1, through: 0, by: -1) {
                    lengths[x * (m + 1) + y] = a[prefix + x] == b[prefix + y]
                        ? lengths[(x + 1) * (m + 1) + y + 1] + 1
                        : max(lengths[(x + 1) * (m + 1) + y], lengths[x * (m + 1) + y + 1])
                }
            }
            var x = 0, y = 0
            while x < n, y < m {
                if a[prefix + x] == b[prefix + y] {
                    result.append((prefix + x, prefix + y))
                    x += 1
                    y += 1
                } else if lengths[(x + 1) * (m + 1) + y] >= lengths[x * (m + 1) + y + 1] {
                    x += 1
                } else {
                    y += 1
                }
            }
        }
        for k in 0..<suffix { result.append((a.count - suffix + k, b.count - suffix + k)) }
        return result
    }
}
