import StorylineModel

/// One word of a text, found by scanning its UTF-8 bytes.
struct WordToken: Sendable, Hashable {
    /// Byte offset of the first byte in the document text.
    var start: Int
    /// Byte offset one past the last byte.
    var end: Int
    /// Hash of the lower-cased word.
    var key: UInt64
    /// Hash of a crude stem (lower-cased, plural s dropped, first six bytes) so that
    /// "stated"/"statement" or "diplomacy"/"diplomatic" meet.
    var stem: UInt64
    /// Whether the word lies inside double quotes.
    var quoted: Bool
    /// Whether the word starts with an upper-case ASCII letter.
    var capitalized: Bool
    /// Length in bytes.
    var length: Int
    /// Whether the word ends in "-ed" (a regular past form or participle).
    var endsInED: Bool
    /// Whether the word ends in "-ing" (a present participle or gerund).
    var endsInING: Bool
}

/// FNV-1a hashing of lower-cased ASCII words, shared by lexicons and the scanner.
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// Bytes of a stem: enough to meet inflections, few enough to stay distinct.
    static let stemLength = 6
    /// Starting value of stem hashes (apart from word hashes).
    static let stemOffset: UInt64 = offset ^ 0x5bd1_e995

    /// Hash of a lower-cased word given as text.
    static func key(_ word: String) -> UInt64 {
        var hash = offset
        for byte in word.utf8 { hash = (hash ^ UInt64(lowered(byte))) &* prime }
        return hash
    }

    /// Stem hash of a word given as text.
    static func stem(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { stem($0, 0, $0.count) }
    }

    /// Stem hash of `bytes[start..<end]`.
    static func stem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var length = end - start
        if length > 3, lowered(bytes[end - 1]) == UInt8(ascii: "s") { length -= 1 }
        var hash = stemOffset
        for i in start..<(start + min(length, stemLength)) { hash = (hash ^ UInt64(lowered(bytes[i]))) &* prime }
        return hash
    }

    /// Combines hashes in order (for shingles and ids).
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2))) &* prime
    }

    /// ASCII lower case.
    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}

/// Splits byte ranges of a document into words, tracking double quotes.
enum EventWordScanner {
    /// Words of `bytes[range]`.
    static func words(in bytes: UnsafeBufferPointer<UInt8>, range: TextRange) -> [WordToken] {
        var tokens: [WordToken] = []
        // About one word per six bytes of English: one allocation for most sentences.
        tokens.reserveCapacity(max(0, min(range.end, bytes.count) - max(0, range.start)) / 5 + 1)
        words(in: bytes, range: range, into: &tokens)
        return tokens
    }

    /// Words of `bytes[range]` in `tokens` (emptied first, capacity kept): callers scanning
    /// many sentences reuse one buffer.
    static func words(in bytes: UnsafeBufferPointer<UInt8>, range: TextRange, into tokens: inout [WordToken]) {
        tokens.removeAll(keepingCapacity: true)
        let upper = min(range.end, bytes.count)
        var i = max(0, range.start)
        var quoted = false
        var wordStart = -1
        var hash = WordHash.offset
        // The stem hash is rolled with the word: over its first `stemLength` bytes, keeping
        // the value before the last byte for short words whose plural "s" is dropped.
        let stemSeed = WordHash.stemOffset
        var stem = stemSeed
        var stemBeforeLast = stemSeed
        func finish(_ end: Int) {
            guard wordStart >= 0 else { return }
            let first = bytes[wordStart]
            let length = end - wordStart
            let dropsS = length > 3 && length <= WordHash.stemLength && WordHash.lowered(bytes[end - 1]) == UInt8(ascii: "s")
            tokens.append(WordToken(
                start: wordStart, end: end, key: hash, stem: dropsS ? stemBeforeLast : stem,
                quoted: quoted, capitalized: first >= 0x41 && first <= 0x5A, length: end - wordStart,
                endsInED: end - wordStart >= 4 && WordHash.lowered(bytes[end - 2]) == 0x65 && WordHash.lowered(bytes[end - 1]) == 0x64,
                endsInING: end - wordStart >= 5 && WordHash.lowered(bytes[end - 3]) == 0x69
                    && WordHash.lowered(bytes[end - 2]) == 0x6E && WordHash.lowered(bytes[end - 1]) == 0x67))
            wordStart = -1
            hash = WordHash.offset
            stem = stemSeed
        }
        while i < upper {
            let byte = bytes[i]
            if byte == 0xE2, i + 2 < upper, bytes[i + 1] == 0x80 {
                // General punctuation: curly quotes, dashes, ellipsis — all separators.
                let third = bytes[i + 2]
                finish(i)
                if third == 0x9C { quoted = true } else if third == 0x9D { quoted = false }
                i += 3
                continue
            }
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
            let innerHyphen = byte == 0x2D && wordStart >= 0 && i + 1 < upper && isLetter(bytes[i + 1])
            if isWordByte || innerHyphen {
                if wordStart < 0 { wordStart = i }
                let lowered = UInt64(WordHash.lowered(byte))
                hash = (hash ^ lowered) &* WordHash.prime
                if i - wordStart < WordHash.stemLength {
                    stemBeforeLast = stem
                    stem = (stem ^ lowered) &* WordHash.prime
                }
            } else {
                finish(i)
                if byte == 0x22 { quoted.toggle() }
            }
            i += 1
        }
        finish(upper)
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }
}

