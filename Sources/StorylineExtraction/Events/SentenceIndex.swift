import StorylineModel

/// Actor mentions, time expressions and quotes grouped by sentence, built once per story.
/// Each table is flat (one array of item numbers, ordered by sentence, and where each
/// sentence's run starts, in 32 bits): no small array per sentence, and it is alive at the
/// peak of memory use.
struct SentenceIndex: Sendable {
    /// Position of each document's first sentence among all sentences.
    private var firstSentence: [Int]
    private var mentionsBy: Table
    private var timesBy: Table
    private var quotesBy: Table

    /// Item numbers grouped by sentence.
    private struct Table: Sendable {
        /// `items[starts[s]..<starts[s + 1]]` belong to sentence number s.
        var starts: [Int32]
        /// Nil when every item has a sentence and they come in sentence order (as the
        /// pipeline makes them): the item numbers are then the positions themselves.
        var items: [Int32]?

        /// Groups items by the sentence number `sentenceOf(item)` gives (nil: left out), keeping item order.
        init(items count: Int, sentences: Int, sentenceOf: (Int) -> Int?) {
            var starts = [Int32](repeating: 0, count: sentences + 1)
            var inOrder = true
            var last = -1
            for item in 0..<count {
                guard let s = sentenceOf(item) else {
                    inOrder = false
                    continue
                }
                starts[s + 1] += 1
                if s < last { inOrder = false }
                last = s
            }
            for s in 0..<sentences { starts[s + 1] += starts[s] }
            self.starts = starts
            guard !inOrder else { return }
            var fill = starts
            var items = [Int32](repeating: 0, count: Int(starts[sentences]))
            for item in 0..<count {
                guard let s = sentenceOf(item) else { continue }
                items[Int(fill[s])] = Int32(truncatingIfNeeded: item)
                fill[s] += 1
            }
            self.items = items
        }

        subscript(sentence: Int) -> SentenceItems {
            let range = Int(starts[sentence])..<Int(starts[sentence + 1])
            return SentenceItems(positions: range, items: items?[range])
        }
    }

    init(_ story: Story) {
        var first: [Int] = []
        first.reserveCapacity(story.sentences.count + 1)
        var total = 0
        for sentences in story.sentences {
            first.append(total)
            total += sentences.count
        }
        first.append(total)
        firstSentence = first
        let number = { (document: Int, sentence: Int) -> Int? in
            guard document >= 0, document + 1 < first.count, sentence >= 0, sentence < first[document + 1] - first[document] else {
                return nil
            }
            return first[document] + sentence
        }
        mentionsBy = Table(items: story.mentions.count, sentences: total) { number(story.mentions[$0].document, story.mentions[$0].sentence) }
        timesBy = Table(items: story.times.count, sentences: total) { number(story.times[$0].document, story.times[$0].sentence) }
        quotesBy = Table(items: story.quotes.count, sentences: total) { number(story.quotes[$0].document, story.quotes[$0].sentence) }
    }

    /// Indices into `Story.mentions` for a sentence.
    func mentions(_ ref: SentenceRef) -> SentenceItems { lookup(mentionsBy, ref) }
    /// Indices into `Story.times` for a sentence.
    func times(_ ref: SentenceRef) -> SentenceItems { lookup(timesBy, ref) }
    /// Quote ids opening in a sentence.
    func quotes(_ ref: SentenceRef) -> SentenceItems { lookup(quotesBy, ref) }

    private func lookup(_ table: Table, _ ref: SentenceRef) -> SentenceItems {
        guard ref.document >= 0, ref.document + 1 < firstSentence.count, ref.sentence >= 0,
              ref.sentence < firstSentence[ref.document + 1] - firstSentence[ref.document] else { return .none }
        return table[firstSentence[ref.document] + ref.sentence]
    }
}

/// The item numbers of one sentence, stored in 32 bits (or, for items in sentence order,
/// not stored at all) and read as `Int`.
struct SentenceItems: RandomAccessCollection {
    /// The stored numbers, or nil when they equal their positions.
    private let items: ArraySlice<Int32>?
    /// The first position in the table.
    let startIndex: Int
    /// One past the last position.
    let endIndex: Int

    /// The items at `positions` of a table (`items`: the stored numbers there, if any).
    init(positions: Range<Int>, items: ArraySlice<Int32>?) {
        startIndex = positions.lowerBound
        endIndex = positions.upperBound
        self.items = items
    }

    /// No items.
    static let none = SentenceItems(positions: 0..<0, items: nil)

    /// The item number at `position`.
    subscript(position: Int) -> Int { items.map { Int($0[position]) } ?? position }
}
