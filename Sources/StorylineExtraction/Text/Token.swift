/// One word or punctuation mark of a sentence, as a byte range.
public struct Token: Sendable, Hashable, BitwiseCopyable {
    /// What sort of token this is.
    public enum Kind: Sendable, Hashable, BitwiseCopyable {
        /// Letters and digits, with inner hyphens, apostrophes and dotted abbreviations ("U.S.").
        case word
        /// A possessive ending ("'s", "’s") split from the word before it.
        case possessive
        /// One punctuation scalar.
        case punctuation
    }

    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int
    /// What sort of token this is.
    public var kind: Kind
    /// Whether the token starts with an upper-case letter.
    public var isCapitalised: Bool
    /// Whether white space separates this token from the previous one (or it starts the range).
    public var spaceBefore: Bool

    /// Creates a token.
    public init(start: Int, end: Int, kind: Kind, isCapitalised: Bool = false, spaceBefore: Bool = true) {
        self.start = start
        self.end = end
        self.kind = kind
        self.isCapitalised = isCapitalised
        self.spaceBefore = spaceBefore
    }

    /// Number of bytes.
    public var count: Int { end - start }
    /// Whether this is a word token.
    public var isWord: Bool { kind == .word }
}
