import StorylineModel

/// Everything the difference rules need to know about one sentence.
struct SentenceProfile: Sendable {
    /// The sentence.
    var ref: SentenceRef
    /// Headline, bullet or body.
    var kind: SentenceKind
    /// Byte range of the sentence in its document.
    var range: TextRange
    /// Its words.
    var tokens: [WordToken]
    /// Its quoted spans.
    var quotes: [QuoteSpan]
    /// Counts and amounts.
    var numbers: [NumberMention] = []
    /// Dates and times.
    var times: [TimeMention] = []
    /// Titles before names.
    var titles: [TitleMention] = []
    /// Negators (token indices), inside quotes too.
    var negations: [Int] = []
    /// Modal verbs, inside quotes too.
    var modals: [ModalMention] = []
    /// Keys of its content words, sorted, without repeats.
    var contentKeys: [UInt64] = []

    /// Byte range from the start of token `first` to the end of token `last`.
    func span(_ first: Int, _ last: Int) -> TextRange {
        TextRange(start: tokens[first].start, end: tokens[last].end)
    }
}

/// A count or amount ("three times", "40 people").
struct NumberMention: Sendable, Hashable {
    /// The value, whatever way it was written.
    var value: Double
    /// Key of the word it counts ("times", "people"), or 0.
    var unit: UInt64
    /// The words.
    var range: TextRange
}

/// A date or time expression ("in April", "last week").
struct TimeMention: Sendable, Hashable {
    /// What it denotes, comparable across articles ("m4", "this week", "y2021").
    var key: String
    /// The words, with the preposition that introduces them.
    var range: TextRange
    /// The days it denotes, when the time stage normalized it.
    var interval: DayInterval? = nil

    /// Whether `other` names the same time: same words, or normalized days that meet.
    func agrees(with other: TimeMention) -> Bool {
        if key == other.key { return true }
        guard let interval, let otherInterval = other.interval else { return false }
        return interval.intersection(otherInterval) != nil
    }
}

/// A title or role written before a name ("Vice President Smith").
struct TitleMention: Sendable, Hashable {
    /// Hash of the title words, in order.
    var title: UInt64
    /// Hash of the person's last name.
    var name: UInt64
    /// Title and name.
    var range: TextRange
}

/// A modal verb ("will", "must").
struct ModalMention: Sendable, Hashable {
    /// The modal it counts as.
    var modal: String
    /// Token index.
    var token: Int
}

/// Runs `body` over the UTF-8 bytes of `text` without copying when the storage allows.
func withUTF8Bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    let copy = Array(text.utf8)
    return copy.withUnsafeBufferPointer(body)
}
