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
        var items: [Int32]

        /// Groups items by the sentence number `sentenceOf(item)` gives (nil: left out), keeping item order.
        init(items count: Int, sentences: Int, sentenceOf: (Int) -> Int?) {
            var starts = [Int32](repeating: 0, count: sentences + 1)
            for item in 0..<count { if let s = sentenceOf(item) { starts[s + 1] += 1 } }
            for s in 0..<sentences { starts[s + 1] += starts[s] }
            var fill = starts
            var items = [Int32](repeating: 0, count: Int(starts[sentences]))
            for item in 0..<count {
                guard let s = sentenceOf(item) else { continue }
                items[Int(fill[s])] = Int32(truncatingIfNeeded: item)
                fill[s] += 1
            }
            self.starts = starts
            self.items = items
        }

        subscript(sentence: Int) -> SentenceItems { SentenceItems(items[Int(starts[sentence])..<Int(starts[sentence + 1])]) }
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
              ref.sentence < firstSentence[ref.document + 1] - firstSentence[ref.document] else { return SentenceItems([]) }
        return table[firstSentence[ref.document] + ref.sentence]
    }
}

/// The item numbers of one sentence, stored in 32 bits and read as `Int`.
struct SentenceItems: RandomAccessCollection {
    /// The stored numbers.
    private let values: ArraySlice<Int32>

    /// The numbers of `values`.
    init(_ values: ArraySlice<Int32>) { self.values = values }

    var startIndex: Int { values.startIndex }
    var endIndex: Int { values.endIndex }
    subscript(position: Int) -> Int { Int(values[position]) }
}
