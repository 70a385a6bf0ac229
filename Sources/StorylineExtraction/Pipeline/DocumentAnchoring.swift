import StorylineModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
/// dated documents. Each shared shingle weighs by its rarity among the dated documents
/// (log of dated documents over those holding it): stock wording shared by many stories
/// says little about which story an article tells, a story's own wording says much.
struct DocumentAnchoring: Sendable {
    /// Fewest shared shingles that make an anchor.
    var minimumShared = 3
    /// Above this many bytes of text only one shingle in `sampling` is kept (by hash).
    var samplingThreshold = 4 << 20
    /// Sampling rate for large corpora: scanning costs the same at any rate, and keeping one
    /// shingle in 4 rather than 8 anchors 88% rather than 68% of the undated articles of a
    /// generated 150 MB corpus on their own story, for about a tenth more anchoring time.
    var sampling: UInt64 = 4
    /// Shingles held by more undated documents than this are left out of the index: walking
    /// their holders for every dated document using them would grow with (dated × undated)
    /// documents, and such stock wording weighs little anyway.
    var maximumHolders = 64

    /// Sets the publication date of undated documents from their best-overlapping dated one.
    func anchor(_ story: inout Story) {
        for match in anchors(in: story) {
            guard let date = story.documents[match.anchor].published else { continue }
            story.documents[match.document].published = date
            story.documents[match.document].publishedSource = .assumed
        }
    }

    /// Each undated document with its best dated document: the highest rarity-weighted
    /// overlap (the first of equals), when they share at least `minimumShared` shingles.
    func anchors(in story: Story) -> [(document: Int, anchor: Int)] {
        let undated = story.documents.indices.filter { story.documents[$0].published == nil }
        guard !undated.isEmpty, undated.count < story.documents.count else { return [] }
        let totalBytes = story.documents.reduce(0) { $0 + $1.text.utf8.count }
        var scanner = ShingleScanner(rate: totalBytes > samplingThreshold ? sampling : 1)
        var index = ShingleIndex(undated.map { scanner.shingles(story, $0) }, maximumHolders: maximumHolders)
        let sightings = DatedSightings(story, &scanner, &index)
        let weights = sightings.weights()
        var bestCount = [Int](repeating: 0, count: undated.count)
        var bestScore = [Double](repeating: 0, count: undated.count)
        var bestDocument = [Int](repeating: -1, count: undated.count)
        var hits = [Int](repeating: 0, count: undated.count)
        var scores = [Double](repeating: 0, count: undated.count)
        var touched: [Int32] = []
        for (position, document) in sightings.documents.enumerated() {
            for entry in sightings.entries(position) {
                let weight = weights[Int(entry)]
                for target in index.holders(Int(entry)) {
                    if hits[Int(target)] == 0 { touched.append(target) }
                    hits[Int(target)] += 1
                    scores[Int(target)] += weight
                }
            }
            for target in touched {
                let slot = Int(target)
                if scores[slot] > bestScore[slot] {
                    bestScore[slot] = scores[slot]
                    bestCount[slot] = hits[slot]
                    bestDocument[slot] = document
                }
                hits[slot] = 0
                scores[slot] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return undated.indices.compactMap { slot in
            bestDocument[slot] >= 0 && bestCount[slot] >= minimumShared ? (undated[slot], bestDocument[slot]) : nil
        }
    }
}

/// Each dated document's indexed shingles (each once), read in one pass so the number of
/// dated documents holding a shingle is known before any overlap is weighed.
struct DatedSightings {
    /// The dated documents, in corpus order.
    private(set) var documents: [Int] = []
    /// Index entries of all dated documents, one after another.
    private var sighted: [Int32] = []
    /// Per dated document: the end of its entries in `sighted`.
    private var ends: [Int] = []
    /// Per index entry: the dated documents holding it.
    private var holders: [Int32]

    /// Scans every dated document of `story` against `index`.
    init(_ story: Story, _ scanner: inout ShingleScanner, _ index: inout ShingleIndex) {
        holders = [Int32](repeating: 0, count: index.count)
        for document in story.documents.indices where story.documents[document].published != nil {
            for shingle in scanner.shingles(story, document) {
                guard let entry = index.firstSighting(of: shingle, in: document) else { continue }
                sighted.append(Int32(entry))
                holders[entry] += 1
            }
            documents.append(document)
            ends.append(sighted.count)
        }
    }

    /// The index entries of the dated document at `position` in `documents`.
    func entries(_ position: Int) -> ArraySlice<Int32> {
        sighted[(position == 0 ? 0 : ends[position - 1])..<ends[position]]
    }

    /// Per index entry: its rarity weight, the log of (dated documents + 1) over those holding
    /// it — above 0 even for a shingle every dated document holds, so one dated document can
    /// still anchor (0 for an entry no dated document holds: it is never weighed).
    func weights() -> [Double] {
        let total = Double(documents.count + 1)
        return holders.map { $0 == 0 ? 0 : log(total / Double($0)) }
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

    /// Index of `shingles[i]` (document i's shingle hashes, repeats allowed), leaving out
    /// shingles held by more than `maximumHolders` documents.
    init(_ shingles: [[UInt64]], maximumHolders: Int = .max) {
        var pairs: [(UInt64, Int32)] = []
        for (target, list) in shingles.enumerated() {
            for shingle in list { pairs.append((shingle, Int32(target))) }
        }
        pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var keys: [(UInt64, Int32)] = []
        targets = []
        var start = 0
        while start < pairs.count {
            // One run of equal shingles: its distinct holders, kept when they are few enough.
            let shingle = pairs[start].0
            var holders: [Int32] = []
            var end = start
            while end < pairs.count, pairs[end].0 == shingle {
                if holders.last != pairs[end].1 { holders.append(pairs[end].1) }
                end += 1
            }
            if holders.count <= maximumHolders {
                keys.append((shingle, Int32(targets.count)))
                targets.append(holders)
            }
            start = end
        }
        entries = HashedWordTable(keys)
        lastSeen = [Int](repeating: -1, count: targets.count)
    }

    /// Number of indexed shingles.
    var count: Int { targets.count }

    /// The entry of `shingle`, or nil when it is not indexed or `document` already asked for it.
    mutating func firstSighting(of shingle: UInt64, in document: Int) -> Int? {
        guard let entry = entries[shingle].map(Int.init), lastSeen[entry] != document else { return nil }
        lastSeen[entry] = document
        return entry
    }

    /// The undated documents holding the shingle of `entry`.
    func holders(_ entry: Int) -> [Int32] { targets[entry] }
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

    /// Per byte: the byte lower-cased in words, else 0 (`EventWordScanner.foldedBytes`, held
    /// so the hot loop reads no global).
    private let folded = EventWordScanner.foldedBytes

    /// The kept shingles of `document`, in text order (repeats included).
    mutating func shingles(_ story: Story, _ document: Int) -> [UInt64] {
        found.removeAll(keepingCapacity: true)
        guard story.sentences.indices.contains(document), story.documents.indices.contains(document) else { return [] }
        let folded = self.folded
        TextBytes.with(story.documents[document].text) { bytes in
            folded.withUnsafeBufferPointer { folded in
                for sentence in story.sentences[document] {
                    scan(bytes, sentence.range, folded)
                }
            }
        }
        return found
    }

    /// Adds the shingles of one sentence. Words are as `EventWordScanner` cuts them (read by
    /// its `readWord`): ASCII letters, digits and non-ASCII bytes, inner hyphens before a
    /// letter; general punctuation (E2 80 xx) and no-break spaces separate.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ folded: UnsafeBufferPointer<UInt8>) {
        let upper = min(range.end, bytes.count)
        var i = max(0, range.start)
        var window = ShingleWindow()
        while i < upper {
            // Separators, one byte at a time (general punctuation three at a time).
            let byte = bytes[i]
            if byte == 0xE2, i + 2 < upper, bytes[i + 1] == 0x80 {
                i += 3
                continue
            }
            guard folded[Int(byte)] != 0 else {
                i += EventWordScanner.separatorLength(byte)
                continue
            }
            let start = i
            let word = EventWordScanner.readWord(bytes, i, upper, folded)
            i = word.end
            guard i - start >= 3, !stopWords.contains(word.key) else { continue }
            self.word(word.stem, &window)
        }
    }

    /// One content word's stem: it rolls the window; each full window is a shingle.
    @inline(__always)
    private mutating func word(_ stem: UInt64, _ window: inout ShingleWindow) {
        guard let shingle = window.add(stem) else { return }
        if let mask { if shingle & mask == 0 { found.append(shingle) } } else if shingle % rate == 0 { found.append(shingle) }
    }
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
