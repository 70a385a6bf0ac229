import StorylineModel

/// Anchors undated articles on the dated article they overlap most.
///
/// Choice: the undated document gets `published` = the anchor's date and
/// `publishedSource = .assumed`. Times normalized against it are then marked assumed,
/// and every consumer can see (and show) that the date is borrowed. With no overlap the
/// document stays undated and its time values stay partial.
///
/// Overlap is counted on shingles of three consecutive content words, through an index of
/// the undated documents' shingles that the dated documents are streamed against: linear
/// in corpus size, no pairs of documents compared, and no per-word arrays for the (many)
/// dated documents.
struct DocumentAnchoring: Sendable {
    /// Fewest shared shingles that make an anchor.
    var minimumShared = 3
    /// Above this many bytes of text only one shingle in `sampling` is kept (by hash).
    var samplingThreshold = 4 << 20
    /// Sampling rate for large corpora.
    var sampling: UInt64 = 8

    /// Sets the publication date of undated documents from their best-overlapping dated one.
    func anchor(_ story: inout Story) {
        let undated = story.documents.indices.filter { story.documents[$0].published == nil }
        guard !undated.isEmpty, undated.count < story.documents.count else { return }
        let totalBytes = story.documents.reduce(0) { $0 + $1.text.utf8.count }
        var scanner = ShingleScanner(rate: totalBytes > samplingThreshold ? sampling : 1)
        var index = ShingleIndex(undated.map { scanner.shingles(story, $0) })
        var bestCount = [Int](repeating: 0, count: undated.count)
        var bestDocument = [Int](repeating: -1, count: undated.count)
        var hits = [Int](repeating: 0, count: undated.count)
        var touched: [Int32] = []
        for document in story.documents.indices where story.documents[document].published != nil {
            // Each distinct shingle of the document counts once per undated document holding it.
            for shingle in scanner.shingles(story, document) {
                for target in index.firstSighting(of: shingle, in: document) {
                    if hits[Int(target)] == 0 { touched.append(target) }
                    hits[Int(target)] += 1
                }
            }
            for target in touched {
                let slot = Int(target)
                if hits[slot] > bestCount[slot] {
                    bestCount[slot] = hits[slot]
                    bestDocument[slot] = document
                }
                hits[slot] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        for (slot, document) in undated.enumerated() {
            let best = bestDocument[slot]
            guard best >= 0, bestCount[slot] >= minimumShared, let date = story.documents[best].published else { continue }
            story.documents[document].published = date
            story.documents[document].publishedSource = .assumed
        }
    }
}

/// The undated documents' shingles → the documents holding them, remembering which dated
/// document last asked for each shingle so repeats within a document count once.
struct ShingleIndex {
    /// Shingle hash → entry.
    private var entries: HashedWordTable<Int32>
    /// Per entry: the undated documents holding it (positions in the list given to `init`).
    private var targets: [[Int32]]
    /// Per entry: the last document that looked it up.
    private var lastSeen: [Int]

    /// Index of `shingles[i]` (document i's shingle hashes, repeats allowed).
    init(_ shingles: [[UInt64]]) {
        var pairs: [(UInt64, Int32)] = []
        for (target, list) in shingles.enumerated() {
            for shingle in list { pairs.append((shingle, Int32(target))) }
        }
        pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var keys: [(UInt64, Int32)] = []
        targets = []
        for (shingle, target) in pairs {
            if keys.last?.0 != shingle {
                keys.append((shingle, Int32(targets.count)))
                targets.append([])
            }
            let entry = targets.count - 1
            if targets[entry].last != target { targets[entry].append(target) }
        }
        entries = HashedWordTable(keys)
        lastSeen = [Int](repeating: -1, count: targets.count)
    }

    /// The undated documents holding `shingle`, or none when it is not indexed or `document`
    /// already asked for it.
    mutating func firstSighting(of shingle: UInt64, in document: Int) -> [Int32] {
        guard let entry = entries[shingle].map(Int.init), lastSeen[entry] != document else { return [] }
        lastSeen[entry] = document
        return targets[entry]
    }
}

/// Shingle hashes of a document's sentences (headlines included: they overlap too), in one
/// pass over the bytes with the event scanner's word rules, stems and stop words.
struct ShingleScanner {
    /// Only shingles whose hash is a multiple of `rate` are kept.
    let rate: UInt64
    /// `rate - 1` when the rate is a power of two: a mask test instead of a division per word.
    private let mask: UInt64?
    /// Words left out of shingles (read once: a static is a lazy global behind a once-check).
    private let stopWords = EventCueLexicon.stopWords
    /// The kept shingles of the document being scanned (buffer reused).
    private var found: [UInt64] = []

    /// A scanner keeping one shingle in `rate`.
    init(rate: UInt64) {
        self.rate = max(1, rate)
        mask = self.rate.nonzeroBitCount == 1 ? self.rate - 1 : nil
    }

    /// The kept shingles of `document`, in text order (repeats included).
    mutating func shingles(_ story: Story, _ document: Int) -> [UInt64] {
        found.removeAll(keepingCapacity: true)
        guard story.sentences.indices.contains(document), story.documents.indices.contains(document) else { return [] }
        TextBytes.with(story.documents[document].text) { bytes in
            for sentence in story.sentences[document] {
                scan(bytes, sentence.range)
            }
        }
        return found
    }

    /// Adds the shingles of one sentence. Words are as `EventWordScanner` cuts them: ASCII
    /// letters, digits and non-ASCII bytes, inner hyphens before a letter; general
    /// punctuation (E2 80 xx) separates.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) {
        let upper = min(range.end, bytes.count)
        var i = max(0, range.start)
        var window = ShingleWindow()
        let folded = self.folded
        while i < upper {
            // Separators, one byte at a time (general punctuation three at a time).
            let byte = bytes[i]
            if byte == 0xE2, i + 2 < upper, bytes[i + 1] == 0x80 {
                i += 3
                continue
            }
            guard folded[Int(byte)] != 0 else {
                i += 1
                continue
            }
            // A word: hash it to its end in a tight loop, rolling its stem (`WordHash.stem`:
            // the first `stemLength` bytes) with it instead of reading them again.
            let start = i
            let stemEnd = start + WordHash.stemLength
            var key = WordHash.offset
            var stem = WordHash.stemOffset
            var stemBeforeLast = stem
            while i < upper {
                let byte = bytes[i]
                let lowered = folded[Int(byte)]
                if lowered == 0 {
                    guard byte == 0x2D, i + 1 < upper, Self.isLetter(bytes[i + 1]) else { break }
                } else if byte == 0xE2, i + 2 < upper, bytes[i + 1] == 0x80 {
                    break
                }
                let value = UInt64(byte == 0x2D ? byte : lowered)
                key = (key ^ value) &* WordHash.prime
                if i < stemEnd {
                    stemBeforeLast = stem
                    stem = (stem ^ value) &* WordHash.prime
                }
                i += 1
            }
            let length = i - start
            guard length >= 3, !stopWords.contains(key) else { continue }
            // A plural "s" is dropped from the stem; past `stemLength` bytes it was not in it.
            let dropsS = length > 3 && length <= WordHash.stemLength && bytes[i - 1] | 0x20 == 0x73
            word(dropsS ? stemBeforeLast : stem, &window)
        }
    }

    /// Per byte: the byte lower-cased when it belongs to a word (ASCII letters and digits,
    /// any byte from 0x80), else 0.
    private static let foldedTable: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        return isWordByte(byte) ? WordHash.lowered(byte) : 0
    }
    /// `foldedTable`, held so the hot loop reads no global.
    private let folded = ShingleScanner.foldedTable

    /// One content word's stem: it rolls the window; each full window is a shingle.
    @inline(__always)
    private mutating func word(_ stem: UInt64, _ window: inout ShingleWindow) {
        guard let shingle = window.add(stem) else { return }
        if let mask { if shingle & mask == 0 { found.append(shingle) } } else if shingle % rate == 0 { found.append(shingle) }
    }

    /// Whether `byte` is an ASCII letter or a non-ASCII byte.
    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte >= 0x80 }

    /// Whether `byte` can start a word: an ASCII letter or digit, or a non-ASCII byte.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte >= 0x80 }
}

/// The stems of the last content words of a sentence.
struct ShingleWindow {
    /// Stem of the content word before the last.
    private var first: UInt64 = 0
    /// Stem of the last content word.
    private var second: UInt64 = 0
    /// Content words seen in the sentence.
    private var count = 0

    /// Adds a content word's stem; the shingle of the last three once there are three.
    @inline(__always)
    mutating func add(_ stem: UInt64) -> UInt64? {
        count += 1
        defer {
            first = second
            second = stem
        }
        return count >= 3 ? WordHash.combine(WordHash.combine(first, second), stem) : nil
    }
}
