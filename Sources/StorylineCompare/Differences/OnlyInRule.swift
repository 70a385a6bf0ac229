import StorylineModel

/// Claim only in one article: a sentence with no counterpart in an article that otherwise
/// reports the same story.
enum OnlyInRule {
    /// Content words a sentence needs to count as a claim (shorter lines are furniture or asides).
    static let minimumContentWords = 4

    static func apply(documentPairs: [(Int, Int)], _ context: ComparisonContext, _ list: inout DifferenceList) {
        var partners: [Int: Set<Int>] = [:]
        for (d, e) in documentPairs {
            partners[d, default: []].insert(e)
            partners[e, default: []].insert(d)
        }
        var scanner = WordScanner()
        for (document, others) in partners.sorted(by: { $0.key < $1.key }) {
            guard context.story.documents.indices.contains(document), context.story.sentences.indices.contains(document) else { continue }
            withUTF8Bytes(context.story.documents[document].text) { bytes in
                for sentence in context.story.sentences[document] where sentence.kind != .headline {
                    let aligned = (context.counterparts[sentence.ref] ?? []).contains { others.contains($0.document) }
                    guard !aligned else { continue }
                    let tokens = scanner.scan(bytes, sentence).tokens
                    guard tokens.lazy.filter(\.isContent).count >= minimumContentWords else { continue }
                    list.add(.onlyInOne, sentence.ref, context.text(sentence.ref, sentence.range), nil, "")
                }
            }
        }
    }
}
