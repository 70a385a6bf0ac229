/// The key words of the story's reference phrases, by their lexicon hash (`TimeWordHash`),
/// so the tokenizer can tell while scanning whether a sentence may name a reference at all.
/// A bitmap answers most words with one load; the few hits are checked against the keys.
struct ReferenceWordFilter: Sendable {
    private var bits: [UInt64]
    private var keys: [UInt64]

    /// A filter passing the words whose hash is one of `keys`.
    init(keys: [UInt64]) {
        self.keys = Array(Set(keys)).sorted()
        bits = [UInt64](repeating: 0, count: keys.isEmpty ? 0 : Self.words)
        for key in self.keys {
            let bit = Self.bit(key)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Bitmap size in 64-bit words (4096 bits: few false hits for a few dozen keys).
    private static let words = 64

    @inline(__always)
    private static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 52) }

    /// Whether a word with lexicon hash `hash` may be a key word.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        guard !bits.isEmpty else { return false }
        let bit = Self.bit(hash)
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return keys.contains(hash)
    }

    /// The lexicon hash of a word's bytes as the tokenizer computes it (lower-cased, with ’
    /// already written as ').
    static func hash(_ word: [UInt8]) -> UInt64 {
        word.reduce(TimeWordHash.seed, TimeWordHash.add)
    }
}
