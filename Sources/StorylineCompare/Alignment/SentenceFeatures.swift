import StorylineModel

/// Compact per-sentence features for the whole corpus: sorted content-word keys (plus the
/// actors mentioned) and a one-permutation MinHash of character 4-grams, stored flat.
struct SentenceFeatures: Sendable {
    /// Number of MinHash buckets per sentence.
    static let buckets = 16

    /// Sentence references, by global sentence number.
    var refs: [SentenceRef] = []
    /// Document of each sentence.
    var documents: [Int32] = []
    /// Where each sentence's keys start in `keys` (one extra entry at the end).
    var keyStart: [Int32] = [0]
    /// Sorted unique feature keys of all sentences, one run per sentence.
    var keys: [UInt64] = []
    /// MinHash signatures, `buckets` per sentence (UInt32.max: empty bucket).
    var signatures: [UInt32] = []
    /// Where each sentence's name keys start in `names` (one extra entry at the end).
    var nameStart: [Int32] = [0]
    /// Sorted keys of the names (capitalised words inside the sentence) and actors of each sentence.
    var names: [UInt64] = []
    /// Number of content words per sentence.
    var contentCounts: [Int32] = []
    /// First global sentence number of each document (one extra entry at the end).
    var documentStart: [Int] = [0]

    /// Number of sentences.
    var count: Int { refs.count }

    /// Keys of sentence `i`.
    func keys(of i: Int) -> ArraySlice<UInt64> { keys[Int(keyStart[i])..<Int(keyStart[i + 1])] }

    /// Name keys of sentence `i`.
    func names(of i: Int) -> ArraySlice<UInt64> { names[Int(nameStart[i])..<Int(nameStart[i + 1])] }

    /// Global number of a sentence.
    func index(of ref: SentenceRef) -> Int? {
        guard ref.document + 1 < documentStart.count else { return nil }
        let i = documentStart[ref.document] + ref.sentence
        return i < documentStart[ref.document + 1] ? i : nil
    }

    /// Features of every sentence of `story`.
    init(_ story: Story) {
        var actorsBySentence: [SentenceRef: [Int]] = [:]
        for mention in story.mentions {
            actorsBySentence[SentenceRef(document: mention.document, sentence: mention.sentence), default: []].append(mention.actor)
        }
        var scanner = WordScanner()
        var sentenceKeys: [UInt64] = []
        var nameKeys: [UInt64] = []
        for (d, document) in story.documents.enumerated() {
            let sentences = story.sentences.indices.contains(d) ? story.sentences[d] : []
            withUTF8Bytes(document.text) { bytes in
                for sentence in sentences {
                    let tokens = scanner.scan(bytes, sentence).tokens
                    sentenceKeys.removeAll(keepingCapacity: true)
                    nameKeys.removeAll(keepingCapacity: true)
                    var content: Int32 = 0
                    for (t, token) in tokens.enumerated() where token.isContent {
                        sentenceKeys.append(token.key)
                        content += 1
                        if token.isCapitalized, t > 0, token.number == nil, token.quote < 0,
                           TimeLexicon.monthByHash[token.surface] == nil, TimeLexicon.weekdayByHash[token.surface] == nil {
                            nameKeys.append(token.key)
                        }
                    }
                    for actor in actorsBySentence[sentence.ref] ?? [] {
                        sentenceKeys.append(Self.actorKey(actor))
                        nameKeys.append(Self.actorKey(actor))
                    }
                    nameKeys.sort()
                    names += nameKeys
                    nameStart.append(Int32(names.count))
                    sentenceKeys.sort()
                    var previous: UInt64?
                    for key in sentenceKeys where key != previous {
                        keys.append(key)
                        previous = key
                    }
                    keyStart.append(Int32(keys.count))
                    refs.append(sentence.ref)
                    documents.append(Int32(d))
                    contentCounts.append(content)
                    let lower = min(sentence.range.start, bytes.count)
                    Self.appendSignature(bytes, lower..<max(lower, min(sentence.range.end, bytes.count)), to: &signatures)
                }
            }
            documentStart.append(refs.count)
        }
    }

    /// Feature key of an actor mentioned in a sentence ("Washington" meets "the US").
    static func actorKey(_ actor: Int) -> UInt64 {
        (UInt64(truncatingIfNeeded: actor) &+ 1) &* 0x9E37_79B9_7F4A_7C15 ^ 0xA5A5_5A5A_0000_0000
    }

    /// One-permutation MinHash of the lower-cased letter 4-grams in `bytes[range]`.
    static func appendSignature(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to signatures: inout [UInt32]) {
        let base = signatures.count
        signatures.append(contentsOf: repeatElement(UInt32.max, count: buckets))
        var window: UInt32 = 0
        var filled = 0
        var lastWasSpace = true
        for i in range {
            var byte = bytes[i]
            if WordScanner.isASCIILetter(byte) || WordScanner.isDigit(byte) || byte >= 0x80 {
                byte = ByteHash.lower(byte)
                lastWasSpace = false
            } else {
                if lastWasSpace { continue }
                byte = 0x20
                lastWasSpace = true
            }
            window = (window << 8) | UInt32(byte)
            filled += 1
            guard filled >= 4 else { continue }
            var mixed = UInt64(window) &* 0x9E37_79B9_7F4A_7C15
            mixed ^= mixed >> 29
            let bucket = Int(mixed >> 60) % buckets
            let value = UInt32(truncatingIfNeeded: mixed)
            if value < signatures[base + bucket] { signatures[base + bucket] = value }
        }
    }

    /// Share of buckets where both signatures hold the same minimum.
    func signatureSimilarity(_ i: Int, _ j: Int) -> Double {
        var same = 0
        var used = 0
        let a = i * Self.buckets
        let b = j * Self.buckets
        for k in 0..<Self.buckets {
            let x = signatures[a + k]
            let y = signatures[b + k]
            if x == UInt32.max && y == UInt32.max { continue }
            used += 1
            if x == y { same += 1 }
        }
        return used == 0 ? 0 : Double(same) / Double(used)
    }
}
