import StorylineModel

/// What the story says per sentence, indexed once for all comparisons.
struct StoryLookup {
    /// Aligned sentences of each sentence.
    let counterparts: [SentenceRef: [SentenceRef]]
    /// Extracted quotes by the sentence they open in.
    let quotesBySentence: [SentenceRef: [Quote]]
    /// Normalized time expressions by sentence.
    let timesBySentence: [SentenceRef: [TimeExpression]]

    init(story: Story, alignments: [SentenceAlignment]) {
        var counterparts: [SentenceRef: [SentenceRef]] = [:]
        for alignment in alignments {
            counterparts[alignment.a, default: []].append(alignment.b)
            counterparts[alignment.b, default: []].append(alignment.a)
        }
        self.counterparts = counterparts
        var quotes: [SentenceRef: [Quote]] = [:]
        for quote in story.quotes where counterparts[SentenceRef(document: quote.document, sentence: quote.sentence)] != nil {
            quotes[SentenceRef(document: quote.document, sentence: quote.sentence), default: []].append(quote)
        }
        quotesBySentence = quotes
        var times: [SentenceRef: [TimeExpression]] = [:]
        for time in story.times where counterparts[SentenceRef(document: time.document, sentence: time.sentence)] != nil {
            times[SentenceRef(document: time.document, sentence: time.sentence), default: []].append(time)
        }
        timesBySentence = times
    }
}

/// What the difference rules share: the story, the profiles of the aligned sentences of one
/// pair of articles (so memory stays bounded by two articles), and the story-wide lookups.
struct ComparisonContext {
    /// The story being compared.
    let story: Story
    /// Story-wide indexes.
    let lookup: StoryLookup
    /// Profiles of the sentences in the alignments this context was built for.
    let profiles: [SentenceRef: SentenceProfile]

    /// Profiles the sentences of `alignments` (none when `alignments` is empty), taking those
    /// already in `reusing` from there.
    init(story: Story, lookup: StoryLookup, alignments: [SentenceAlignment], reusing: [SentenceRef: SentenceProfile] = [:]) {
        self.story = story
        self.lookup = lookup
        var wanted: [Int: Set<Int>] = [:]
        for alignment in alignments {
            wanted[alignment.a.document, default: []].insert(alignment.a.sentence)
            wanted[alignment.b.document, default: []].insert(alignment.b.sentence)
        }
        var profiles: [SentenceRef: SentenceProfile] = [:]
        var profiler = SentenceProfiler()
        for (document, indices) in wanted {
            let missing = indices.filter { index in
                let ref = SentenceRef(document: document, sentence: index)
                if let known = reusing[ref] { profiles[ref] = known }
                return reusing[ref] == nil
            }
            guard !missing.isEmpty else { continue }
            guard story.documents.indices.contains(document), story.sentences.indices.contains(document) else { continue }
            withUTF8Bytes(story.documents[document].text) { bytes in
                for index in missing where story.sentences[document].indices.contains(index) {
                    let sentence = story.sentences[document][index]
                    profiles[sentence.ref] = profiler.profile(sentence, bytes: bytes, normalized: lookup.timesBySentence[sentence.ref] ?? [])
                }
            }
        }
        self.profiles = profiles
    }

    /// Aligned sentences of each sentence (story-wide).
    var counterparts: [SentenceRef: [SentenceRef]] { lookup.counterparts }

    /// Speaker of the extracted quote overlapping `span` in `profile`, when known.
    func speaker(of span: QuoteSpan, in profile: SentenceProfile) -> Int? {
        let range = TextRange(start: span.start, end: span.end)
        return lookup.quotesBySentence[profile.ref]?.first { $0.range.overlaps(range) }?.speaker
    }

    /// Sentences of `document` aligned with `ref`.
    func counterparts(of ref: SentenceRef, in document: Int) -> [SentenceProfile] {
        (lookup.counterparts[ref] ?? []).filter { $0.document == document }.compactMap { profiles[$0] }
    }

    /// The words of `range` in `ref`'s document.
    func text(_ ref: SentenceRef, _ range: TextRange) -> String {
        guard story.documents.indices.contains(ref.document) else { return "" }
        return story.documents[ref.document].text(in: range)
    }

    /// Words of tokens `first…last` of `profile`.
    func text(_ profile: SentenceProfile, _ first: Int, _ last: Int) -> String {
        text(profile.ref, profile.span(first, last))
    }
}

/// Two aligned sentences, each with all its counterparts in the other's article.
struct AlignedPair {
    /// Side a.
    let a: SentenceProfile
    /// Side b.
    let b: SentenceProfile
    /// Sentences of b's article aligned with a (b among them).
    let othersOfA: [SentenceProfile]
    /// Sentences of a's article aligned with b (a among them).
    let othersOfB: [SentenceProfile]

    /// The same pair seen from side b.
    var swapped: AlignedPair { AlignedPair(a: b, b: a, othersOfA: othersOfB, othersOfB: othersOfA) }
}

/// Differences collected by the rules, each reported once, with side a in the lower document.
struct DifferenceList {
    private(set) var items: [Difference] = []
    private var seen = Set<String>()

    /// Adds a difference between `x` (saying `xText`) and `y` (saying `yText`); one-sided
    /// differences (empty `yText`) are kept once per sentence and wording.
    mutating func add(_ kind: DifferenceKind, _ x: SentenceRef, _ xText: String, _ y: SentenceRef?, _ yText: String) {
        let key: String
        if yText.isEmpty || xText.isEmpty {
            let side = xText.isEmpty ? y : x
            key = "\(kind.rawValue)|\(side.map { "\($0.document).\($0.sentence)" } ?? "")|\(xText)\(yText)"
        } else {
            let (first, second) = y.map { x.document <= $0.document ? (x, $0) : ($0, x) } ?? (x, x)
            let texts = x.document <= (y?.document ?? x.document) ? "\(xText)|\(yText)" : "\(yText)|\(xText)"
            key = "\(kind.rawValue)|\(first.document).\(first.sentence)|\(second.document).\(second.sentence)|\(texts)"
        }
        guard seen.insert(key).inserted else { return }
        if let y, y.document < x.document {
            items.append(Difference(kind: kind, a: y, b: x, aText: yText, bText: xText))
        } else {
            items.append(Difference(kind: kind, a: x, b: y, aText: xText, bText: yText))
        }
    }
}
