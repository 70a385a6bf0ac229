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

/// One indexed phrase, as the bytes of its tokens.
struct PhraseEntry: Sendable {
    var tokens: [[UInt8]]
    var kinds: [Token.Kind]
    var target: PhraseTarget
    var role: PhraseRole
    var form: MentionForm
}

/// Known names and aliases, indexed by the hash of their first token so a text is matched
/// in one pass (never every alias at every position). Matching is case-sensitive.
struct PhraseIndex: Sendable {
    private var byFirstToken = ByteHashTable<PhraseEntry>(capacity: 1024)
    private var phrases: Set<String> = []
    /// Which bytes start some phrase: most words are rejected before hashing.
    private var firstBytes = [Bool](repeating: false, count: 256)

    /// Adds `phrase` unless it is already indexed.
    mutating func add(_ phrase: String, target: PhraseTarget, role: PhraseRole, form: MentionForm = .name) {
        guard !phrase.isEmpty, !phrases.contains(phrase) else { return }
        let bytes = Array(phrase.utf8)
        let entry: PhraseEntry? = bytes.withUnsafeBufferPointer { buffer in
            let tokens = WordScanner.tokens(buffer, from: 0, to: buffer.count)
            guard !tokens.isEmpty else { return nil }
            return PhraseEntry(
                tokens: tokens.map { Array(buffer[$0.start..<$0.end]) }, kinds: tokens.map(\.kind),
                target: target, role: role, form: form)
        }
        guard let entry, let first = entry.tokens.first, let firstByte = first.first else { return }
        phrases.insert(phrase)
        firstBytes[Int(firstByte)] = true
        var bucket = byFirstToken.values(for: WordSet.hash(first)) ?? []
        bucket.append(entry)
        // Longest phrases first, so the first match is the longest.
        bucket.sort { $0.tokens.count > $1.tokens.count }
        byFirstToken.set(bucket, for: WordSet.hash(first))
    }

    /// Whether `phrase` is indexed.
    func contains(_ phrase: String) -> Bool { phrases.contains(phrase) }

    /// The longest phrase starting at token `index`, with the index one past its last token.
    func longestMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], at index: Int) -> (entry: PhraseEntry, end: Int)? {
        let first = tokens[index]
        guard first.count > 0, firstBytes[Int(bytes[first.start])] else { return nil }
        guard let bucket = byFirstToken.values(for: WordSet.hash(bytes, first.start, first.end, lowered: false)) else { return nil }
        for entry in bucket where index + entry.tokens.count <= tokens.count {
            var matched = true
            for (offset, expected) in entry.tokens.enumerated() {
                let token = tokens[index + offset]
                if token.kind != entry.kinds[offset] || !Self.equal(bytes, token, expected) {
                    matched = false
                    break
                }
            }
            if matched { return (entry, index + entry.tokens.count) }
        }
        return nil
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ expected: [UInt8]) -> Bool {
        guard token.count == expected.count else { return false }
        for offset in 0..<expected.count where bytes[token.start + offset] != expected[offset] { return false }
        return true
    }
}
