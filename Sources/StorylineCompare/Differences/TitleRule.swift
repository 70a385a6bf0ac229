import StorylineModel

/// Person's title or role changed: two articles of the same story give one person different
/// titles ("Vice President X" / "President X"). Honorifics ("Mr") are not titles.
enum TitleRule {
    /// Compares the titles used in each pair of articles that report the same story.
    static func apply(documentPairs: [(Int, Int)], _ context: ComparisonContext, _ list: inout DifferenceList) {
        let documents = Set(documentPairs.flatMap { [$0.0, $0.1] })
        var byDocument: [Int: [UInt64: [(TitleMention, SentenceRef)]]] = [:]
        var scanner = WordScanner()
        for document in documents.sorted() where context.story.documents.indices.contains(document) {
            let sentences = context.story.sentences.indices.contains(document) ? context.story.sentences[document] : []
            withUTF8Bytes(context.story.documents[document].text) { bytes in
                for sentence in sentences {
                    let tokens = scanner.scan(bytes, sentence).tokens
                    for mention in SentenceProfiler.titles(tokens) {
                        byDocument[document, default: [:]][mention.name, default: []].append((mention, sentence.ref))
                    }
                }
            }
        }
        var reported = Set<[UInt64]>()
        for (d, e) in documentPairs {
            guard let namesD = byDocument[d], let namesE = byDocument[e] else { continue }
            for (name, mentionsD) in namesD.sorted(by: { $0.key < $1.key }) {
                guard let mentionsE = namesE[name] else { continue }
                let titlesD = Set(mentionsD.map(\.0.title)), titlesE = Set(mentionsE.map(\.0.title))
                for (mention, ref) in mentionsD where !titlesE.contains(mention.title) {
                    guard let (other, otherRef) = mentionsE.first(where: { $0.0.title != mention.title }) else { continue }
                    guard reported.insert([name, min(mention.title, other.title), max(mention.title, other.title)]).inserted else { continue }
                    list.add(.titleOrRole, ref, context.text(ref, mention.range), otherRef, context.text(otherRef, other.range))
                }
                for (mention, ref) in mentionsE where !titlesD.contains(mention.title) {
                    guard let (other, otherRef) = mentionsD.first(where: { $0.0.title != mention.title }) else { continue }
                    guard reported.insert([name, min(mention.title, other.title), max(mention.title, other.title)]).inserted else { continue }
                    list.add(.titleOrRole, otherRef, context.text(otherRef, other.range), ref, context.text(ref, mention.range))
                }
            }
        }
    }
}
