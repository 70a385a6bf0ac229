import StorylineModel

/// What a phrase of the index names.
enum PhraseTarget: Sendable, Equatable {
    /// A registered actor.
    case actor(Int)
    /// A row of the country table, registered as an actor on first mention.
    case country(Int)
}

/// How a phrase stands for its actor.
enum PhraseRole: Sendable, Equatable {
    /// A name or alias.
    case name
    /// A demonym ("North Korean"): the country only before a government noun.
    case demonym
    /// A capital or seat of government: the country except where it is a place.
    case capital
}

/// One indexed phrase: where its tokens are stored in the index, and what it names.
/// Plain values only, so matching copies no reference-counted storage.
struct PhraseEntry: Sendable {
    /// Index of its first token in the index's token store.
    var firstToken: Int32
    /// Number of tokens.
    var tokenCount: Int
    /// What the phrase names.
    var target: PhraseTarget
    /// How it stands for its actor.
    var role: PhraseRole
    /// The form its mentions take.
    var form: MentionForm
    /// Next entry with the same first token (entries run longest first), or -1.
    var next: Int32
}

/// One token of an indexed phrase: its bytes in the index's pool and its kind.
private struct PhraseToken: Sendable {
    /// Start of its bytes in the pool.
    var offset: Int32
    /// Number of bytes.
    var length: Int32
    /// Word, possessive or punctuation, as the text's token must be.
    var kind: Token.Kind
    /// The bytes packed as `WordKey.packed` packs them, for tokens of up to eight bytes
    /// (compared in one step); 0 for longer ones.
    var packed: UInt64
}

/// Known names and aliases, indexed by the hash of their first token so a text is matched
/// in one pass (never every alias at every position). Matching is case-sensitive.
struct PhraseIndex: Sendable {
    /// First token's key (`WordKey`) → the longest entry starting with that token.
    private var heads = HashKeyMap(capacity: 1024)
    /// Every phrase, in the order added.
    private var entries: [PhraseEntry] = []
    /// The phrases' tokens, each phrase's in a run.
    private var phraseTokens: [PhraseToken] = []
    /// The phrase tokens' bytes, one after another.
    private var pool: [UInt8] = []
    private var phrases: Set<String> = []
    /// Per first byte of a phrase, the byte lengths of its first token (one bit each, 63 for
    /// any longer): most words are rejected before hashing.
    private var firstTokenLengths = [UInt64](repeating: 0, count: 256)
    /// A one-bit-per-key filter over the first tokens' keys (8192 bits, from the keys' high
    /// bits): most capitalised words that start no phrase are rejected without probing `heads`.
    private var firstTokenFilter = [UInt64](repeating: 0, count: 128)

    /// Adds `phrase` unless it is already indexed.
    mutating func add(_ phrase: String, target: PhraseTarget, role: PhraseRole, form: MentionForm = .name) {
        guard !phrase.isEmpty, !phrases.contains(phrase) else { return }
        let bytes = Array(phrase.utf8)
        let tokens = bytes.withUnsafeBufferPointer { WordScanner.tokens($0, from: 0, to: $0.count) }
        guard let first = tokens.first else { return }
        phrases.insert(phrase)
        firstTokenLengths[Int(bytes[first.start])] |= Self.lengthBit(first.count)
        var entry = PhraseEntry(firstToken: Int32(phraseTokens.count), tokenCount: tokens.count, target: target, role: role, form: form, next: -1)
        for token in tokens {
            let packed = token.count <= WordKey.exactLength
                ? bytes.withUnsafeBufferPointer { WordKey.packed($0, token.start, token.end) } : 0
            phraseTokens.append(PhraseToken(offset: Int32(pool.count), length: Int32(token.count), kind: token.kind, packed: packed))
            pool += bytes[token.start..<token.end]
        }
        let key = WordKey.key(Array(bytes[first.start..<first.end]), lowered: false)
        firstTokenFilter[Self.filterWord(key)] |= Self.filterBit(key)
        let added = Int32(entries.count)
        // Longest phrases first, so the first match is the longest; equal lengths keep the
        // order they were added in.
        var previous: Int32 = -1
        var current = heads.value(for: key)
        while current >= 0, entries[Int(current)].tokenCount >= entry.tokenCount {
            previous = current
            current = entries[Int(current)].next
        }
        entry.next = current
        entries.append(entry)
        if previous < 0 { heads.set(added, for: key) } else { entries[Int(previous)].next = added }
    }

    /// Whether some phrase starts with a word of `length` bytes whose first byte is `byte`.
    @inline(__always)
    func mayStart(with byte: UInt8, length: Int) -> Bool {
        firstTokenLengths[Int(byte)] & Self.lengthBit(length) != 0
    }

    @inline(__always)
    private static func filterWord(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 57) }

    @inline(__always)
    private static func filterBit(_ key: UInt64) -> UInt64 { 1 << ((key >> 51) & 63) }

    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    /// Whether `phrase` is indexed.
    func contains(_ phrase: String) -> Bool { phrases.contains(phrase) }

    /// The longest phrase starting at token `index`, with the index one past its last token.
    func longestMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, at index: Int) -> (entry: PhraseEntry, end: Int)? {
        guard index >= 0, index < tokens.count else { return nil }
        let first = tokens[index]
        guard first.count > 0, firstTokenLengths[Int(bytes[first.start])] & Self.lengthBit(first.count) != 0 else { return nil }
        let key = WordKey.key(bytes, first.start, first.end, lowered: false)
        guard firstTokenFilter[Self.filterWord(key)] & Self.filterBit(key) != 0 else { return nil }
        var current = heads.value(for: key)
        while current >= 0 {
            let entry = entries[Int(current)]
            current = entry.next
            guard index + entry.tokenCount <= tokens.count else { continue }
            var matched = true
            for offset in 0..<entry.tokenCount {
                let token = tokens[index + offset]
                let expected = phraseTokens[Int(entry.firstToken) + offset]
                if token.kind != expected.kind || !equal(bytes, token, expected) {
                    matched = false
                    break
                }
            }
            if matched { return (entry, index + entry.tokenCount) }
        }
        return nil
    }

    /// Whether the text's `token` has the bytes of the phrase token `expected`.
    @inline(__always)
    private func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ expected: PhraseToken) -> Bool {
        guard token.count == Int(expected.length) else { return false }
        if token.count <= WordKey.exactLength { return WordKey.packed(bytes, token.start, token.end) == expected.packed }
        var stored = Int(expected.offset)
        for offset in token.start..<token.end {
            if bytes[offset] != pool[stored] { return false }
            stored += 1
        }
        return true
    }
}
