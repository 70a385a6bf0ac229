import StorylineModel

/// One word of a text, found by scanning its UTF-8 bytes. Kept in 32 bytes (offsets in 32
/// bits, flags in one byte): a sentence's words are written and read once per sentence.
struct WordToken: Sendable, Hashable {
    /// Hash of the lower-cased word.
    var key: UInt64
    /// Hash of a crude stem (lower-cased, plural s dropped, first six bytes) so that
    /// "stated"/"statement" or "diplomacy"/"diplomatic" meet.
    var stem: UInt64
    /// Byte offsets of the first byte and one past the last (articles are far below 2 GB).
    private var start32: Int32, end32: Int32
    /// `Flag` bits.
    private var flags: UInt8
    /// Cue classes of the word (`CueClass` bits), looked up once while scanning.
    var cues: UInt16
    /// One more than the number of the trigger rule list the word starts, 0 for none.
    var trigger: UInt16

    /// Bits of `flags`.
    private enum Flag {
        static let quoted: UInt8 = 1, capitalized: UInt8 = 2, endsInED: UInt8 = 4, endsInING: UInt8 = 8
    }

    /// A word of `start..<end` with its hashes, spelling flags and table entry (`EventWordTable.info`).
    init(
        start: Int, end: Int, key: UInt64, stem: UInt64, quoted: Bool, capitalized: Bool, endsInED: Bool, endsInING: Bool,
        info: UInt32 = 0
    ) {
        self.key = key
        self.stem = stem
        start32 = Int32(clamping: start)
        end32 = Int32(clamping: end)
        flags = (quoted ? Flag.quoted : 0) | (capitalized ? Flag.capitalized : 0) | (endsInED ? Flag.endsInED : 0)
            | (endsInING ? Flag.endsInING : 0)
        cues = UInt16(truncatingIfNeeded: info)
        trigger = UInt16(truncatingIfNeeded: info >> 16)
    }

    /// Byte offset of the first byte in the document text.
    var start: Int { Int(start32) }
    /// Byte offset one past the last byte.
    var end: Int { Int(end32) }
    /// Length in bytes.
    var length: Int { Int(end32 - start32) }
    /// Whether the word lies inside double quotes.
    var quoted: Bool { flags & Flag.quoted != 0 }
    /// Whether the word starts with an upper-case ASCII letter.
    var capitalized: Bool { flags & Flag.capitalized != 0 }
    /// Whether the word ends in "-ed" (a regular past form or participle).
    var endsInED: Bool { flags & Flag.endsInED != 0 }
    /// Whether the word ends in "-ing" (a present participle or gerund).
    var endsInING: Bool { flags & Flag.endsInING != 0 }
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

    /// Hash of the lower-cased word `bytes[start..<end]` (the same as `key` of its text).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = offset
        for k in start..<end { hash = (hash ^ UInt64(lowered(bytes[k]))) &* prime }
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
        words(in: bytes, range: range, table: EventWordTable.shared, into: &tokens)
        return tokens
    }

    /// Words of `bytes[range]` in `tokens` (emptied first, capacity kept): callers scanning
    /// many sentences reuse one buffer. Each word's cue classes and trigger list are looked
    /// up in `table` once here, not again by every check that reads them.
    /// `startsQuoted`: the range opens inside a quote begun before it (a quote's second sentence).
    static func words(
        in bytes: UnsafeBufferPointer<UInt8>, range: TextRange, table: EventWordTable, startsQuoted: Bool = false,
        into tokens: inout [WordToken]
    ) {
        tokens.clearKeepingCapacity()
        table.folded.withUnsafeBufferPointer { scan(bytes, range, table, $0, startsQuoted, &tokens) }
    }

    /// `words(in:range:table:into:)` with the byte table in hand.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ table: EventWordTable, _ folded: UnsafeBufferPointer<UInt8>,
        _ startsQuoted: Bool, _ tokens: inout [WordToken]
    ) {
        let upper = min(range.end, bytes.count)
        var i = max(0, range.start)
        var quoted = startsQuoted
        while i < upper {
            let byte = bytes[i]
            if byte == 0xE2, i + 2 < upper, bytes[i + 1] == 0x80 {
                // General punctuation: curly quotes, dashes, ellipsis — all separators.
                let third = bytes[i + 2]
                if third == 0x9C { quoted = true } else if third == 0x9D { quoted = false }
                i += 3
                continue
            }
            guard folded[Int(byte)] != 0 else {
                if byte == 0x22 { quoted.toggle() }
                i += separatorLength(byte)
                continue
            }
            let word = readWord(bytes, i, upper, folded)
            let start = i
            i = word.end
            let length = i - start
            let first = bytes[start]
            let capitalized = first >= 0x41 && first <= 0x5A
            var info = table.info(word.key)
            // Inside a sentence a capitalised modal is a name ("Theresa May met …", "Will Roe said",
            // "the Open Market Committee said"), not a word of possibility.
            if capitalized && !tokens.isEmpty { info &= ~UInt32(CueClass.hypothetical.rawValue) }
            // The same for an opening one before another capital ("Will Roe said …").
            if capitalized && tokens.count == 1 && tokens[0].capitalized { tokens[0].cues &= ~CueClass.hypothetical.rawValue }
            tokens.append(WordToken(
                start: start, end: i, key: word.key, stem: word.stem,
                quoted: quoted, capitalized: capitalized,
                endsInED: length >= 4 && WordHash.lowered(bytes[i - 2]) == 0x65 && WordHash.lowered(bytes[i - 1]) == 0x64,
                endsInING: length >= 5 && WordHash.lowered(bytes[i - 3]) == 0x69
                    && WordHash.lowered(bytes[i - 2]) == 0x6E && WordHash.lowered(bytes[i - 1]) == 0x67,
                info: info))
        }
    }

    /// The end, key and stem (`WordHash.key`, `WordHash.stem`) of the word starting at
    /// `bytes[start]`, a word byte (not general punctuation), hashed to its end in tight
    /// loops: the stem bytes with the key, then the rest for the key alone. `folded` is
    /// `foldedBytes` (held by the caller so the loop reads no global).
    @inline(__always)
    static func readWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ upper: Int, _ folded: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, key: UInt64, stem: UInt64) {
        var i = start
        let stemEnd = min(start + WordHash.stemLength, upper)
        var key = WordHash.offset
        // The value before the last stem byte is kept for short words whose plural "s" is dropped.
        var stem = WordHash.stemOffset
        var stemBeforeLast = stem
        var ended = false
        while i < stemEnd {
            guard let value = wordValue(bytes, i, upper, folded) else {
                ended = true
                break
            }
            key = (key ^ value) &* WordHash.prime
            stemBeforeLast = stem
            stem = (stem ^ value) &* WordHash.prime
            i += 1
        }
        while !ended, i < upper, let value = wordValue(bytes, i, upper, folded) {
            key = (key ^ value) &* WordHash.prime
            i += 1
        }
        let length = i - start
        let dropsS = length > 3 && length <= WordHash.stemLength && bytes[i - 1] | 0x20 == 0x73
        return (i, key, dropsS ? stemBeforeLast : stem)
    }

    /// The hashed value of the word byte at `i` (lower-cased; an inner hyphen before a
    /// letter as itself), or nil where the word ends. Plain ASCII word bytes take one test.
    @inline(__always)
    private static func wordValue(
        _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ upper: Int, _ folded: UnsafeBufferPointer<UInt8>
    ) -> UInt64? {
        let byte = bytes[i]
        let lowered = folded[Int(byte)]
        if lowered &- 1 < 0x7F { return UInt64(lowered) }
        if lowered == 0 { return byte == 0x2D && i + 1 < upper && isLetter(bytes[i + 1]) ? 0x2D : nil }
        // Non-ASCII: general punctuation (E2 80 xx) ends the word.
        return byte == 0xE2 && i + 2 < upper && bytes[i + 1] == 0x80 ? nil : UInt64(lowered)
    }

    /// Per byte: the byte lower-cased when it belongs to a word (ASCII letters and digits,
    /// any byte from 0x80 but 0xC2), else 0.
    /// 0xC2 leads no letter (it encodes U+0080–U+00BF: the no-break space, «, », ©, °…): a
    /// separator, two bytes long (see `separatorLength`).
    static let foldedBytes: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        return isWordByte(byte) && byte != 0xC2 ? WordHash.lowered(byte) : 0
    }

    /// Bytes a separator byte at the start of a scalar takes: two for 0xC2 and its
    /// continuation byte ("said\u{00A0}Thursday" is two words), else one.
    @inline(__always)
    static func separatorLength(_ byte: UInt8) -> Int { byte == 0xC2 ? 2 : 1 }

    /// A letter, digit or non-ASCII byte.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }
}
