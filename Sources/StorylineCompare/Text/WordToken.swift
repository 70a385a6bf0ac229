/// One word of a sentence, located by byte offsets in its document and identified by hashes.
struct WordToken: Sendable {
    /// First byte of the word in the document text.
    var start: Int
    /// One past the last byte.
    var end: Int
    /// One past the last byte without a possessive "'s" ("Smith's" → "Smith").
    var coreEnd: Int
    /// Hash of the lower-cased word (periods and possessive "'s" removed): what a reader sees.
    var surface: UInt64
    /// Hash of its meaning for matching: synonym group, else stem; numbers by value.
    var key: UInt64
    /// Whether it is a function word.
    var isStop: Bool
    /// Whether it starts with a capital letter.
    var isCapitalized: Bool
    /// Whether a clause break (comma, semicolon, dash, bracket) comes right before it.
    var followsBreak: Bool
    /// Index of the quoted span holding it, or -1.
    var quote: Int
    /// Whether the word ends in "n't".
    var isContractedNegation: Bool
    /// Its value when it is a number ("three", "3", "twice").
    var number: Double?

    /// Whether it counts for what a sentence reports.
    var isContent: Bool { !isStop }
}

/// The words inside one pair of quote marks.
struct QuoteSpan: Sendable, Hashable {
    /// First byte inside the marks.
    var start: Int
    /// One past the last byte inside the marks.
    var end: Int
    /// Index of the first token inside.
    var firstToken: Int
    /// One past the last token inside.
    var endToken: Int
}
