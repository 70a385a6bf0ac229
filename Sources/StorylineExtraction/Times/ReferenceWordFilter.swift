/// The key words of the story's reference phrases (each phrase's two longest words), by
/// their lexicon hash (`TimeWordHash`), so the tokenizer can tell while scanning whether a
/// sentence may name a reference at all: it must hold both key words of some phrase.
/// A bitmap answers most words with one load; the few hits are looked up among the keys.
struct ReferenceWordFilter: Sendable {
    /// One bit per key-word hash (its top twelve bits): most words miss here.
    private var bits: [UInt64]
    /// The key words' hashes.
    private var keys: [UInt64] = []
    /// Per key: the phrases (one bit each, modulo 64) it is the first and the second key word of.
    private var masks: [Sightings] = []

    /// Phrases whose first and whose second key word were seen, one bit per phrase (modulo 64).
    struct Sightings: Sendable {
        var first: UInt64 = 0
        var second: UInt64 = 0

        /// Whether both key words of some phrase were seen.
        var namesAPhrase: Bool { first & second != 0 }

        /// Adds the sightings of another word.
        mutating func add(_ other: Sightings) {
            first |= other.first
            second |= other.second
        }
    }

    /// The shapes of the key words and of the time lexicon's words, the words the tokenizer
    /// must hash: a word of another shape is neither. Every shape when the filter was given
    /// hashes only.
    private(set) var leadsWithLexicon = WordLeads.everything

    /// A filter for phrases given by their two key words, as lower-case bytes with ’ written
    /// as ' (the same word twice for a phrase with one).
    init(keyWords: [(first: [UInt8], second: [UInt8])]) {
        self.init(phrases: keyWords.map { (Self.hash($0.first), Self.hash($0.second)) })
        leadsWithLexicon = TimeLexicon.words.leads
        for words in keyWords {
            leadsWithLexicon.add(words.first)
            leadsWithLexicon.add(words.second)
        }
    }

    /// A filter for phrases given by the hashes of their two key words (the same twice for a
    /// phrase with one).
    init(phrases: [(first: UInt64, second: UInt64)]) {
        bits = [UInt64](repeating: 0, count: phrases.isEmpty ? 0 : Self.words)
        for (index, phrase) in phrases.enumerated() {
            let bit: UInt64 = 1 << UInt64(index % 64)
            add(phrase.first, Sightings(first: bit))
            add(phrase.second, Sightings(second: bit))
        }
    }

    /// Records that `key` is a key word of the phrases in `sighting`.
    private mutating func add(_ key: UInt64, _ sighting: Sightings) {
        if let slot = keys.firstIndex(of: key) {
            masks[slot].add(sighting)
        } else {
            keys.append(key)
            masks.append(sighting)
            let bit = Self.bit(key)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Bitmap size in 64-bit words (4096 bits: few false hits for a few dozen keys).
    private static let words = 64

    /// The bitmap bit of a hash.
    @inline(__always)
    private static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 52) }

    /// The phrases a word with lexicon hash `hash` is a key word of (nil: none).
    @inline(__always)
    func sightings(_ hash: UInt64) -> Sightings? {
        guard !bits.isEmpty else { return nil }
        let bit = Self.bit(hash)
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let slot = keys.firstIndex(of: hash) else { return nil }
        return masks[slot]
    }

    /// The lexicon hash of a word's bytes as the tokenizer computes it (lower-cased, with ’
    /// already written as ').
    static func hash(_ word: [UInt8]) -> UInt64 {
        var hasher = TimeWordHasher()
        for byte in word { hasher.add(byte) }
        return hasher.finish()
    }

    /// Whether any phrase has key words (false: `sightings` is always nil).
    var isActive: Bool { !bits.isEmpty }
}
