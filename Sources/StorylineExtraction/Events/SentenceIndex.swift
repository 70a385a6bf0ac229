import StorylineModel

/// Actor mentions, time expressions and quotes grouped by sentence, built once per story.
///
/// The pipeline makes each list in sentence order, so a sentence's items are one run of
/// the story's own list: the index keeps only where each document's run starts and finds
/// a sentence's run by binary search (a table per sentence would cost 12 bytes a sentence
/// at the peak of memory use). A list out of order is grouped into flat 32-bit tables.
struct SentenceIndex: Sendable {
    /// Position of each document's first sentence among all sentences.
    private var firstSentence: [Int]
    /// The story's lists, read for their items' sentences (shared, not copied).
    private let mentionList: [Mention]
    private let timeList: [TimeExpression]
    private let quoteList: [Quote]
    private var mentionsBy: Table
    private var timesBy: Table
    private var quotesBy: Table

    /// Where one list's items of each sentence are.
    private enum Table: Sendable {
        /// Items in (document, sentence) order: `documentStarts[d]` is the first item of document d.
        case ordered(documentStarts: [Int32])
        /// `items[starts[s]..<starts[s + 1]]` belong to sentence number s.
        case grouped(starts: [Int32], items: [Int32])

        /// The table of `count` items, item i in document `documentOf(i)` and sentence `sentenceOf(i)`.
        init(items count: Int, first: [Int], documentOf: (Int) -> Int, sentenceOf: (Int) -> Int) {
            let documents = first.count - 1
            func number(_ item: Int) -> Int? {
                let document = documentOf(item), sentence = sentenceOf(item)
                guard document >= 0, document < documents, sentence >= 0, sentence < first[document + 1] - first[document] else {
                    return nil
                }
                return first[document] + sentence
            }
            var inOrder = true
            var last = -1
            for item in 0..<count {
                guard let s = number(item), s >= last else {
                    inOrder = false
                    break
                }
                last = s
            }
            if inOrder {
                var starts = [Int32](repeating: 0, count: documents + 1)
                for item in 0..<count { starts[documentOf(item) + 1] += 1 }
                for d in 0..<documents { starts[d + 1] += starts[d] }
                self = .ordered(documentStarts: starts)
                return
            }
            let sentences = first[documents]
            var starts = [Int32](repeating: 0, count: sentences + 1)
            for item in 0..<count { if let s = number(item) { starts[s + 1] += 1 } }
            for s in 0..<sentences { starts[s + 1] += starts[s] }
            var fill = starts
            var items = [Int32](repeating: 0, count: Int(starts[sentences]))
            for item in 0..<count {
                guard let s = number(item) else { continue }
                items[Int(fill[s])] = Int32(truncatingIfNeeded: item)
                fill[s] += 1
            }
            self = .grouped(starts: starts, items: items)
        }

        /// The items of `sentence` of `document` (a valid pair, numbered `number` among all
        /// sentences); `sentenceOf(i)` reads item i's sentence.
        @inline(__always)
        func items(document: Int, sentence: Int, number: Int, sentenceOf: (Int) -> Int) -> SentenceItems {
            switch self {
            case let .ordered(documentStarts):
                let run = Int(documentStarts[document])..<Int(documentStarts[document + 1])
                let lower = Self.firstItem(in: run, from: sentence, sentenceOf: sentenceOf)
                let upper = Self.firstItem(in: lower..<run.upperBound, from: sentence + 1, sentenceOf: sentenceOf)
                return SentenceItems(positions: lower..<upper, items: nil)
            case let .grouped(starts, items):
                let range = Int(starts[number])..<Int(starts[number + 1])
                return SentenceItems(positions: range, items: items[range])
            }
        }

        /// The items of `sentence` of `document`, found by walking on from `hint` (where the
        /// last lookup's items began) for callers visiting sentences in order; `hint` is moved
        /// to where these items begin. A hint past them falls back to the binary search.
        @inline(__always)
        func items(document: Int, sentence: Int, number: Int, hint: inout Int, sentenceOf: (Int) -> Int) -> SentenceItems {
            guard case let .ordered(documentStarts) = self else {
                return items(document: document, sentence: sentence, number: number, sentenceOf: sentenceOf)
            }
            let run = Int(documentStarts[document])..<Int(documentStarts[document + 1])
            var lower = max(hint, run.lowerBound)
            if lower > run.upperBound || (lower > run.lowerBound && sentenceOf(lower - 1) >= sentence) {
                lower = Self.firstItem(in: run, from: sentence, sentenceOf: sentenceOf)
            } else {
                while lower < run.upperBound && sentenceOf(lower) < sentence { lower += 1 }
            }
            var upper = lower
            while upper < run.upperBound && sentenceOf(upper) == sentence { upper += 1 }
            hint = lower
            return SentenceItems(positions: lower..<upper, items: nil)
        }

        /// The first item of `run` whose sentence is `sentence` or later (the run's end if none).
        @inline(__always)
        private static func firstItem(in run: Range<Int>, from sentence: Int, sentenceOf: (Int) -> Int) -> Int {
            var low = run.lowerBound, high = run.upperBound
            while low < high {
                let middle = (low + high) / 2
                if sentenceOf(middle) < sentence { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The index of `story`'s actor mentions, times and quotes.
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
        mentionList = story.mentions
        timeList = story.times
        quoteList = story.quotes
        mentionsBy = Table(items: story.mentions.count, first: first, documentOf: { story.mentions[$0].document }, sentenceOf: { story.mentions[$0].sentence })
        timesBy = Table(items: story.times.count, first: first, documentOf: { story.times[$0].document }, sentenceOf: { story.times[$0].sentence })
        quotesBy = Table(items: story.quotes.count, first: first, documentOf: { story.quotes[$0].document }, sentenceOf: { story.quotes[$0].sentence })
    }

    /// Indices into `Story.mentions` for a sentence.
    func mentions(_ ref: SentenceRef) -> SentenceItems {
        guard let number = number(ref) else { return .none }
        return mentionsBy.items(document: ref.document, sentence: ref.sentence, number: number) { mentionList[$0].sentence }
    }

    /// Indices into `Story.times` for a sentence.
    func times(_ ref: SentenceRef) -> SentenceItems {
        guard let number = number(ref) else { return .none }
        return timesBy.items(document: ref.document, sentence: ref.sentence, number: number) { timeList[$0].sentence }
    }

    /// Quote ids opening in a sentence.
    func quotes(_ ref: SentenceRef) -> SentenceItems {
        guard let number = number(ref) else { return .none }
        return quotesBy.items(document: ref.document, sentence: ref.sentence, number: number) { quoteList[$0].sentence }
    }

    /// Indices into `Story.mentions` for a sentence, walking on from `cursor.mentions`.
    func mentions(_ ref: SentenceRef, cursor: inout SentenceCursor) -> SentenceItems {
        guard let number = number(ref) else { return .none }
        return mentionsBy.items(document: ref.document, sentence: ref.sentence, number: number, hint: &cursor.mentions) { mentionList[$0].sentence }
    }

    /// Indices into `Story.times` for a sentence, walking on from `cursor.times`.
    func times(_ ref: SentenceRef, cursor: inout SentenceCursor) -> SentenceItems {
        guard let number = number(ref) else { return .none }
        return timesBy.items(document: ref.document, sentence: ref.sentence, number: number, hint: &cursor.times) { timeList[$0].sentence }
    }

    /// Quote ids opening in a sentence, walking on from `cursor.quotes`.
    func quotes(_ ref: SentenceRef, cursor: inout SentenceCursor) -> SentenceItems {
        guard let number = number(ref) else { return .none }
        return quotesBy.items(document: ref.document, sentence: ref.sentence, number: number, hint: &cursor.quotes) { quoteList[$0].sentence }
    }

    /// The position of `ref` among all sentences, nil when it names no sentence.
    private func number(_ ref: SentenceRef) -> Int? {
        guard ref.document >= 0, ref.document + 1 < firstSentence.count, ref.sentence >= 0,
              ref.sentence < firstSentence[ref.document + 1] - firstSentence[ref.document] else { return nil }
        return firstSentence[ref.document] + ref.sentence
    }
}

/// Where the last lookups of a walk over the sentences in order found their items: each
/// next lookup steps on from there instead of searching a whole document's list, whose
/// items lie scattered in memory.
struct SentenceCursor: Sendable {
    /// Position of the last sentence's first actor mention.
    var mentions = 0
    /// Position of the last sentence's first time expression.
    var times = 0
    /// Position of the last sentence's first quote.
    var quotes = 0
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
