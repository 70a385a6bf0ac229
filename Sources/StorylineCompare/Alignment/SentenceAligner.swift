import Foundation
import StorylineModel

/// Links sentences of different articles that report the same content.
///
/// Candidates come from an inverted index over each sentence's rarest content words. A short
/// posting list is read whole; of a long one (a word common in the corpus) only the entries
/// nearest the sentence itself, where articles of the same story usually sit. So the work per
/// sentence is bounded and grows with the corpus, not with its square.
struct SentenceAligner: Sendable {
    /// Lowest score kept as an alignment.
    var threshold = 0.34
    /// Rarest features of a sentence used to look up candidates.
    var probesPerSentence = 10
    /// Posting lists up to this length are read whole.
    var maximumPosting = 64
    /// Entries read on each side of the sentence in a longer posting list.
    var postingWindow = 32
    /// Candidates per sentence scored in full.
    var candidatesPerSentence = 12
    /// Factor applied to the score of sentences that name different people or places.
    var namePenalty = 0.5
    /// A pair of articles keeps its alignments when their summed scores reach this share of
    /// the best such sum either article has with any other (so boilerplate shared by articles
    /// of different stories does not link them).
    var partnerShare = 0.3

    /// A scored pair of sentences (global numbers, `i < j`).
    struct ScoredPair: Sendable {
        var i: Int
        var j: Int
        var score: Double
    }

    /// Alignments between sentences of different documents, best first per sentence.
    func align(_ features: SentenceFeatures) -> [ScoredPair] {
        let n = features.count
        guard n > 1 else { return [] }
        var frequency = KeyTable<Int32>(capacity: features.keys.count / 4)
        for key in features.keys { frequency[key] = (frequency[key] ?? 0) + 1 }
        let total = Double(n)
        // Inverse document frequency of every key occurrence, computed once.
        let weights = features.keys.map { log((total + 1) / (Double(frequency[$0] ?? 1) + 0.5)) }

        // Inverted index (compressed rows, sentence numbers ascending) over shared features.
        var postingID = KeyTable<Int32>(capacity: frequency.count)
        var postingCount: [Int32] = []
        frequency.forEach { key, count in
            guard count >= 2 else { return }
            postingID[key] = Int32(postingCount.count)
            postingCount.append(0)
        }
        var postingStart = [Int32](repeating: 0, count: postingCount.count + 1)
        for i in 0..<n {
            for key in features.keys(of: i) { if let id = postingID[key] { postingCount[Int(id)] += 1 } }
        }
        for p in postingCount.indices { postingStart[p + 1] = postingStart[p] + postingCount[p] }
        var fill = postingStart
        var postings = [Int32](repeating: 0, count: Int(postingStart[postingCount.count]))
        for i in 0..<n {
            for key in features.keys(of: i) {
                if let id = postingID[key] {
                    postings[Int(fill[Int(id)])] = Int32(i)
                    fill[Int(id)] += 1
                }
            }
        }

        var accumulated = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var candidates: [Int] = []
        var probes: [(id: Int32, weight: Double)] = []
        var seen = KeyTable<Bool>(capacity: n * 4)
        var pairs: [ScoredPair] = []
        for i in 0..<n {
            probes.removeAll(keepingCapacity: true)
            let first = Int(features.keyStart[i])
            for (offset, key) in features.keys(of: i).enumerated() {
                if let id = postingID[key] { probes.append((id, weights[first + offset])) }
            }
            probes.sort { $0.weight > $1.weight }
            for probe in probes.prefix(probesPerSentence) {
                let id = Int(probe.id)
                var lower = Int(postingStart[id]), upper = Int(postingStart[id + 1])
                if upper - lower > maximumPosting {
                    let position = Self.position(of: Int32(i), in: postings, lower, upper)
                    lower = max(lower, position - postingWindow)
                    upper = min(upper, position + postingWindow + 1)
                }
                for p in lower..<upper {
                    let j = Int(postings[p])
                    guard features.documents[j] != features.documents[i] else { continue }
                    if accumulated[j] == 0 { touched.append(j) }
                    accumulated[j] += probe.weight
                }
            }
            if touched.count > candidatesPerSentence {
                // Only strong candidates are worth sorting.
                let strongest = touched.reduce(0) { max($0, accumulated[$1]) }
                let strong = touched.filter { accumulated[$0] >= 0.4 * strongest }
                let chosen = strong.count >= candidatesPerSentence ? strong : touched
                candidates = chosen.sorted { accumulated[$0] > accumulated[$1] }
            } else {
                candidates = touched
            }
            for j in candidates.prefix(candidatesPerSentence) {
                let pairKey = UInt64(min(i, j)) << 32 | UInt64(max(i, j))
                guard !seen.contains(pairKey) else { continue }
                seen[pairKey] = true
                let score = self.score(features, i, j, weights: weights)
                if score >= threshold { pairs.append(ScoredPair(i: min(i, j), j: max(i, j), score: score)) }
            }
            for j in touched { accumulated[j] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return select(pairs, features)
    }

    /// Index of `value` in the ascending run `postings[lower..<upper]` (binary search).
    static func position(of value: Int32, in postings: [Int32], _ lower: Int, _ upper: Int) -> Int {
        var low = lower, high = upper
        while low < high {
            let middle = (low + high) / 2
            if postings[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Similarity of sentences `i` and `j` in 0…1: weighted overlap of content keys blended
    /// with the MinHash estimate of shared character 4-grams.
    func score(_ features: SentenceFeatures, _ i: Int, _ j: Int, weights: [Double]) -> Double {
        let a = features.keys(of: i)
        let b = features.keys(of: j)
        // Keys and weights share indices.
        let weight = { (index: Int) in weights[index] }
        var x = a.startIndex
        var y = b.startIndex
        var shared = 0.0
        var sharedCount = 0
        var weightA = 0.0
        var weightB = 0.0
        while x < a.endIndex || y < b.endIndex {
            if y == b.endIndex || (x < a.endIndex && a[x] < b[y]) {
                weightA += weight(x)
                x += 1
            } else if x == a.endIndex || b[y] < a[x] {
                weightB += weight(y)
                y += 1
            } else {
                let w = weight(x)
                shared += w
                weightA += w
                weightB += w
                sharedCount += 1
                x += 1
                y += 1
            }
        }
        guard sharedCount >= 2 || (sharedCount == 1 && min(a.count, b.count) <= 2), weightA > 0, weightB > 0 else { return 0 }
        let dice = 2 * shared / (weightA + weightB)
        let containment = shared / min(weightA, weightB)
        let shingles = features.signatureSimilarity(i, j)
        let score = min(1, 0.5 * dice + 0.25 * containment + 0.25 * shingles)
        // The same wording about other people or places is not the same content.
        return Self.shareName(features.names(of: i), features.names(of: j)) ? score : score * namePenalty
    }

    /// Whether two sorted name lists meet, or either is empty.
    static func shareName(_ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return true }
        var x = a.startIndex, y = b.startIndex
        while x < a.endIndex, y < b.endIndex {
            if a[x] == b[y] { return true }
            if a[x] < b[y] { x += 1 } else { y += 1 }
        }
        return false
    }

    /// Keeps a pair when it is the best match in its document for either of its sentences,
    /// which allows one sentence to align with several (a paraphrase may split or merge).
    func select(_ pairs: [ScoredPair], _ features: SentenceFeatures) -> [ScoredPair] {
        var best = KeyTable<Double>(capacity: pairs.count)
        func slot(_ sentence: Int, _ otherDocument: Int32) -> UInt64 { UInt64(sentence) << 24 | UInt64(UInt32(bitPattern: otherDocument)) }
        for pair in pairs {
            let di = features.documents[pair.i], dj = features.documents[pair.j]
            best[slot(pair.i, dj)] = max(best[slot(pair.i, dj)] ?? 0, pair.score)
            best[slot(pair.j, di)] = max(best[slot(pair.j, di)] ?? 0, pair.score)
        }
        let kept = pairs.filter { pair in
            let di = features.documents[pair.i], dj = features.documents[pair.j]
            return pair.score >= (best[slot(pair.i, dj)] ?? 0) || pair.score >= (best[slot(pair.j, di)] ?? 0)
        }
        // Article-level support: summed scores per pair of articles.
        var support: [Int64: Double] = [:]
        var bestSupport: [Int32: Double] = [:]
        func documentPair(_ pair: ScoredPair) -> Int64 { Int64(features.documents[pair.i]) << 32 | Int64(features.documents[pair.j]) }
        for pair in kept { support[documentPair(pair), default: 0] += pair.score }
        for (key, total) in support {
            let first = Int32(truncatingIfNeeded: key >> 32), second = Int32(truncatingIfNeeded: key)
            bestSupport[first] = max(bestSupport[first] ?? 0, total)
            bestSupport[second] = max(bestSupport[second] ?? 0, total)
        }
        return kept.filter { pair in
            let total = support[documentPair(pair)] ?? 0
            let di = features.documents[pair.i], dj = features.documents[pair.j]
            return total >= partnerShare * max(bestSupport[di] ?? 0, bestSupport[dj] ?? 0)
        }
        .sorted { ($0.i, $0.j) < ($1.i, $1.j) }
    }
}
