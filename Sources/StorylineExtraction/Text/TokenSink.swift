/// Where the word scanner writes tokens: a growing array, or a fixed buffer that is reused
/// from sentence to sentence without per-token bookkeeping.
protocol TokenSink {
    /// Number of tokens written so far.
    var count: Int { get }
    /// The last token written; only asked when `count > 0`.
    var lastToken: Token { get }
    /// Writes `token`; false when there is no room for it.
    mutating func write(_ token: Token) -> Bool
}

/// A token array is a sink that always has room.
extension Array: TokenSink where Element == Token {
    /// The last token written; only asked when the array is not empty.
    var lastToken: Token { self[count - 1] }

    /// Appends `token`; an array always has room.
    @inline(__always)
    mutating func write(_ token: Token) -> Bool {
        append(token)
        return true
    }
}

/// Writes tokens to the front of a buffer the caller owns and reuses.
struct TokenBufferSink: TokenSink {
    /// The caller's buffer.
    let buffer: UnsafeMutableBufferPointer<Token>
    /// Number of tokens written to the front of `buffer`.
    private(set) var count = 0

    /// A sink writing from the start of `buffer`.
    init(buffer: UnsafeMutableBufferPointer<Token>) { self.buffer = buffer }

    /// The last token written; only asked when `count > 0`.
    var lastToken: Token { buffer[count - 1] }

    /// Writes `token` after the previous ones; false when the buffer is full.
    @inline(__always)
    mutating func write(_ token: Token) -> Bool {
        guard count < buffer.count else { return false }
        buffer[count] = token
        count += 1
        return true
    }
}

/// Counts the words of a scan without storing its tokens.
struct WordCountSink: TokenSink {
    /// Number of tokens written.
    private(set) var count = 0
    /// Number of word tokens written.
    private(set) var words = 0
    /// The last token written (a placeholder before the first).
    private(set) var lastToken = Token(start: 0, end: 0, kind: .punctuation)

    /// Counts `token`; there is always room.
    @inline(__always)
    mutating func write(_ token: Token) -> Bool {
        count += 1
        if token.isWord { words += 1 }
        lastToken = token
        return true
    }
}
