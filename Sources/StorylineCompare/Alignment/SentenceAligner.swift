import Foundation
import StorylineModel

/// Links sentences of different articles that report the same content.
///
/// Candidates come from an inverted index over each sentence's rarest content words (long
/// posting lists are skipped), so the work grows with the corpus, not with its square.
struct SentenceAligner: Sendable {
    /// Lowest score kept as an alignment.
    var threshold = 0.34
    /// Rarest features of a sentence used to look up candidates.
    var probesPerSentence = 10
    /// Posting lists longer than this are too common to find candidates with.
    var maximumPosting = 48
    /// Candidates per sentence scored in full.
    var candidatesPerSentence = 12

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
        var frequency: [UInt64: Int32] = [:]
        frequency.reserveCapacity(features.keys.count / 2)
        for key in features.keys { frequency[key, default: 0] += 1 }
        let total = Double(n)
        let weight = { (key: UInt64) -> Double in log((total + 1) / (Double(frequency[key] ?? 1) + 0.5)) }

        // Inverted index (compressed rows) over features shared by 2…maximumPosting sentences.
        var postingID: [UInt64: Int32] = [:]
        var postingCount: [Int32] = []
        for (key, count) in frequency where count >= 2 && Int(count) <= maximumPosting {
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
        var probes: [(id: Int32, weight: Double)] = []
        var seen = Set<UInt64>()
        var pairs: [ScoredPair] = []
        for i in 0..<n {
            probes.removeAll(keepingCapacity: true)
            for key in features.keys(of: i) {
                if let id = postingID[key] { probes.append((id, weight(key))) }
            }
            probes.sort { $0.weight > $1.weight }
            for probe in probes.prefix(probesPerSentence) {
                let id = Int(probe.id)
                for p in Int(postingStart[id])..<Int(postingStart[id + 1]) {
                    let j = Int(postings[p])
                    guard features.documents[j] != features.documents[i] else { continue }
                    if accumulated[j] == 0 { touched.append(j) }
                    accumulated[j] += probe.weight
                }
            }
            if touched.count > candidatesPerSentence {
                touched.sort { accumulated[$0] > accumulated[$1] }
            }
            for j in touched.prefix(candidatesPerSentence) {
                let pairKey = UInt64(min(i, j)) << 32 | UInt64(max(i, j))
                guard seen.insert(pairKey).inserted else { continue }
                let score = self.score(features, i, j, weight: weight)
                if score >= threshold { pairs.append(ScoredPair(i: min(i, j), j: max(i, j), score: score)) }
            }
            for j in touched { accumulated[j] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return select(pairs, features)
    }

    /// Similarity of sentences `i` and `j` in 0…1: weighted overlap of content keys blended
    /// with the MinHash estimate of shared character 4-grams.
    func score(_ features: SentenceFeatures, _ i: Int, _ j: Int, weight: (UInt64) -> Double) -> Double {
        let a = features.keys(of: i)
        let b = features.keys(of: j)
        var x = a.startIndex
        var y = b.startIndex
        var shared = 0.0
        var sharedCount = 0
        var weightA = 0.0
        var weightB = 0.0
        while x < a.endIndex || y < b.endIndex {
            if y == b.endIndex || (x < a.endIndex && a[x] < b[y]) {
                weightA += weight(a[x])
                x += 1
            } else if x == a.endIndex || b[y] < a[x] {
                weightB += weight(b[y])
                y += 1
            } else {
                let w = weight(a[x])
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
        return min(1, 0.5 * dice + 0.25 * containment + 0.25 * shingles)
    }

    /// Keeps a pair when it is the best match in its document for either of its sentences,
    /// which allows one sentence to align with several (a paraphrase may split or merge).
    func select(_ pairs: [ScoredPair], _ features: SentenceFeatures) -> [ScoredPair] {
        var best: [Int64: Double] = [:]
        func slot(_ sentence: Int, _ otherDocument: Int32) -> Int64 { Int64(sentence) << 24 | Int64(otherDocument) }
        for pair in pairs {
            let di = features.documents[pair.i], dj = features.documents[pair.j]
            best[slot(pair.i, dj)] = max(best[slot(pair.i, dj)] ?? 0, pair.score)
            best[slot(pair.j, di)] = max(best[slot(pair.j, di)] ?? 0, pair.score)
        }
        return pairs.filter { pair in
            let di = features.documents[pair.i], dj = features.documents[pair.j]
            return pair.score >= (best[slot(pair.i, dj)] ?? 0) || pair.score >= (best[slot(pair.j, di)] ?? 0)
        }
        .sorted { ($0.i, $0.j) < ($1.i, $1.j) }
    }
}
