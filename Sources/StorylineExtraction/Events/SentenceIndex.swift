import StorylineModel

/// Actor mentions, time expressions and quotes grouped by sentence, built once per story.
struct SentenceIndex: Sendable {
    private var mentionsBy: [[[Int]]]
    private var timesBy: [[[Int]]]
    private var quotesBy: [[[Int]]]

    init(_ story: Story) {
        let empty = story.sentences.map { [[Int]](repeating: [], count: $0.count) }
        mentionsBy = empty
        timesBy = empty
        quotesBy = empty
        for (i, mention) in story.mentions.enumerated() { Self.add(i, mention.document, mention.sentence, to: &mentionsBy) }
        for (i, time) in story.times.enumerated() { Self.add(i, time.document, time.sentence, to: &timesBy) }
        for (i, quote) in story.quotes.enumerated() { Self.add(i, quote.document, quote.sentence, to: &quotesBy) }
    }

    private static func add(_ item: Int, _ document: Int, _ sentence: Int, to table: inout [[[Int]]]) {
        guard table.indices.contains(document), table[document].indices.contains(sentence) else { return }
        table[document][sentence].append(item)
    }

    /// Indices into `Story.mentions` for a sentence.
    func mentions(_ ref: SentenceRef) -> [Int] { Self.lookup(mentionsBy, ref) }
    /// Indices into `Story.times` for a sentence.
    func times(_ ref: SentenceRef) -> [Int] { Self.lookup(timesBy, ref) }
    /// Quote ids opening in a sentence.
    func quotes(_ ref: SentenceRef) -> [Int] { Self.lookup(quotesBy, ref) }

    private static func lookup(_ table: [[[Int]]], _ ref: SentenceRef) -> [Int] {
        guard table.indices.contains(ref.document), table[ref.document].indices.contains(ref.sentence) else { return [] }
        return table[ref.document][ref.sentence]
    }
}
