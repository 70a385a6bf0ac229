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
/// in corpus size, no pairs of documents compared.
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
        let rate: UInt64 = totalBytes > samplingThreshold ? sampling : 1
        let index = Postings(undated.map { EventDetector.sortedUnique(shingles(story, $0, rate: rate)) })
        var bestCount = [Int](repeating: 0, count: undated.count)
        var bestDocument = [Int](repeating: -1, count: undated.count)
        var hits: [Int32: Int] = [:]
        for document in story.documents.indices where story.documents[document].published != nil {
            hits.removeAll(keepingCapacity: true)
            for shingle in EventDetector.sortedUnique(shingles(story, document, rate: rate)) {
                for target in index[shingle] { hits[target, default: 0] += 1 }
            }
            for (target, count) in hits where count > bestCount[Int(target)] {
                bestCount[Int(target)] = count
                bestDocument[Int(target)] = document
            }
        }
        for (slot, document) in undated.enumerated() {
            let best = bestDocument[slot]
            guard best >= 0, bestCount[slot] >= minimumShared, let date = story.documents[best].published else { continue }
            story.documents[document].published = date
            story.documents[document].publishedSource = .assumed
        }
    }

    /// Shingle hashes of a document's sentences (headlines included: they overlap too).
    private func shingles(_ story: Story, _ document: Int, rate: UInt64) -> [UInt64] {
        guard story.sentences.indices.contains(document) else { return [] }
        return TextBytes.with(story.documents[document].text) { bytes in
            var result: [UInt64] = []
            var words: [WordToken] = []
            // The stems of the last two content words: shingles roll along the sentence.
            var first: UInt64 = 0, second: UInt64 = 0
            for sentence in story.sentences[document] {
                EventWordScanner.words(in: bytes, range: sentence.range, into: &words)
                var content = 0
                for word in words where word.length >= 3 && !EventCueLexicon.stopWords.contains(word.key) {
                    content += 1
                    if content >= 3 {
                        let hash = WordHash.combine(WordHash.combine(first, second), word.stem)
                        if hash % rate == 0 { result.append(hash) }
                    }
                    first = second
                    second = word.stem
                }
            }
            return result
        }
    }
}
