import StorylineModel

/// Makes short event titles from the text: the agent's short name and the clause that says
/// what happened, cleaned of times, auxiliaries and honorifics, at most 60 characters.
struct EventTitler: Sendable {
    /// Longest title, in characters.
    static let maxLength = 60

    /// Short names per actor id ("Kim" for a person called "Mr Kim" in the text).
    var shortNames: [Int: String]
    /// Mentions and times per sentence.
    var index: SentenceIndex

    init(story: Story, index: SentenceIndex) {
        self.index = index
        var counts: [Int: [String: Int]] = [:]
        for mention in story.mentions where mention.form == .name && mention.range.count <= 40 {
            guard story.documents.indices.contains(mention.document),
                  story.actors.indices.contains(mention.actor), story.actors[mention.actor].kind == .person else { continue }
            guard let surname = Self.surnameAfterHonorific(story.documents[mention.document], mention.range) else { continue }
            counts[mention.actor, default: [:]][surname, default: 0] += 1
        }
        var names: [Int: String] = [:]
        for (actor, byName) in counts {
            names[actor] = byName.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        shortNames = names
    }

    /// "Smith" for a mention reading "Mr Smith": two words, the first an honorific.
    /// ASCII text is read as bytes; other text is split by characters.
    static func surnameAfterHonorific(_ document: Document, _ range: TextRange) -> String? {
        let ascii: (honorific: UInt64, surname: String)?? = TextBytes.with(document.text) { bytes in
            let lower = min(max(0, range.start), bytes.count), upper = min(max(lower, range.end), bytes.count)
            var words: [Range<Int>] = []
            var i = lower
            while i < upper {
                if bytes[i] >= 0x80 { return .none }  // Not ASCII: the character path decides.
                if bytes[i] == 0x20 {
                    i += 1
                    continue
                }
                let start = i
                while i < upper && bytes[i] != 0x20 {
                    if bytes[i] >= 0x80 { return .none }
                    i += 1
                }
                words.append(start..<i)
                if words.count > 2 { return .some(nil) }
            }
            guard words.count == 2 else { return .some(nil) }
            var hash = WordHash.offset
            for k in words[0] { hash = (hash ^ UInt64(WordHash.lowered(bytes[k]))) &* WordHash.prime }
            return .some((hash, String(decoding: UnsafeBufferPointer(rebasing: bytes[words[1]]), as: UTF8.self)))
        }
        if let ascii {
            guard let ascii, EventTitleLexicon.honorifics.contains(ascii.honorific) else { return nil }
            return ascii.surname
        }
        let words = document.text(in: range).split(separator: " ")
        guard words.count == 2, EventTitleLexicon.honorifics.contains(WordHash.key(String(words[0]))) else { return nil }
        return String(words[1])
    }

    /// The name to show for an actor.
    func shortName(_ actor: Int, in story: Story) -> String {
        if let short = shortNames[actor] { return short }
        return story.actors.indices.contains(actor) ? story.actors[actor].name : "?"
    }

    /// Title of an event made of `mentions` (all of one cluster).
    func title(kind: EventKind, mentions: [EventMention], story: Story) -> String {
        guard let best = representative(kind: kind, mentions: mentions, story: story) else { return kind.rawValue }
        return title(of: best, story: story)
    }

    /// The mention whose clause the title is made from.
    func representative(kind: EventKind, mentions: [EventMention], story: Story) -> EventMention? {
        // Each mention scored once (not twice per comparison); the first best wins, as with `max`.
        var best: (index: Int, score: Double)?
        for (index, mention) in mentions.enumerated() {
            let score = score(mention, kind: kind, story: story)
            if best.map({ $0.score < score }) ?? true { best = (index, score) }
        }
        return best.map { mentions[$0.index] }
    }

    /// Which mention says best what happened: agent as subject, the event's kind, a dated article.
    private func score(_ mention: EventMention, kind: EventKind, story: Story) -> Double {
        var score = 0.0
        if let subject = subjectMention(mention, story: story) {
            score += 4
            if opensClause(subject, mention, story: story) { score += 2 }
        }
        if mention.kind == kind { score += 2 }
        if mention.verbal { score += 1 }
        if mention.continues { score -= 3 }
        let documents = story.documents
        if documents[mention.ref.document].published != nil && documents[mention.ref.document].publishedSource != .assumed { score += 1 }
        return score - Double(mention.ref.document) * 0.01 - Double(mention.ref.sentence) * 0.0001
    }

    /// Whether the subject opens the clause (after at most a time expression): "Mr X met …",
    /// "In May Mr X met …", not "A statement by Mr X which …".
    private func opensClause(_ subject: Mention, _ mention: EventMention, story: Story) -> Bool {
        if subject.range.start - mention.range.start <= 2 { return true }
        return index.times(mention.ref).contains { id in
            let time = story.times[id].range
            return time.start <= mention.range.start + 2 && time.end >= subject.range.start - 2
        }
    }

    /// The agent's mention when it stands before the trigger (as the subject).
    private func subjectMention(_ mention: EventMention, story: Story) -> Mention? {
        guard let agent = mention.agent else { return nil }
        var before: [Mention] = []
        for id in index.mentions(mention.ref) {
            let candidate = story.mentions[id]
            if candidate.actor == agent && mention.range.contains(candidate.range) && candidate.range.end <= mention.triggerStart {
                before.append(candidate)
            }
        }
        guard !before.isEmpty else { return nil }
        if before.count > 1 { before.sort { $0.range < $1.range } }
        var subject = before[0]
        // "Ruritanian leader" + "Ana Petrova" side by side are one subject.
        for next in before.dropFirst() where next.range.start - subject.range.end <= 2 {
            subject.range = TextRange(start: subject.range.start, end: next.range.end)
            if next.form == .name { subject.form = .name }
        }
        return subject
    }

    /// The cleaned clause of one mention.
    func title(of mention: EventMention, story: Story) -> String {
        let document = story.documents[mention.ref.document]
        let subject = subjectMention(mention, story: story)
        let start = subject?.range.start ?? mention.range.start
        // A title needs the clause's opening only.
        let end = min(mention.range.end, max(start, mention.triggerStart) + Self.rawLimit)
        var cut: [TextRange] = index.times(mention.ref).map { story.times[$0].range }.filter { mention.range.overlaps($0) }
        if let subject { cut.append(subject.range) }
        let replacement: [UInt8]? = subject.flatMap { subject in
            guard let agent = mention.agent, story.actors.indices.contains(agent),
                  story.actors[agent].kind == .person || subject.form == .pronoun else { return nil }
            // People by their short name; countries and bodies as the article names them.
            return Array(shortName(agent, in: story).utf8)
        }
        return TextBytes.with(document.text) { bytes in
            var text: [UInt8] = []
            var position = start
            func copy(_ from: Int, _ to: Int) {
                let lower = max(0, min(from, bytes.count)), upper = max(lower, min(to, bytes.count))
                text += UnsafeBufferPointer(rebasing: bytes[lower..<upper])
            }
            for range in cut.sorted() where range.end > position && range.start < end {
                if range.start > position { copy(position, range.start) }
                if let subject, range == subject.range {
                    if let replacement { text += replacement } else { copy(range.start, range.end) }
                }
                position = max(position, range.end)
            }
            if end > position { copy(position, end) }
            var trigger: [UInt8] = []
            var i = mention.triggerStart
            while i < min(mention.range.end, bytes.count) && bytes[i] != 0x20 && trigger.count < 24 {
                trigger.append(bytes[i])
                i += 1
            }
            return Self.clean(bytes: text, trigger: trigger)
        }
    }

    /// Bytes of a clause beyond its trigger that a title may use.
    static let rawLimit = 240

    /// Drops auxiliaries, adverbs, honorifics, an opening phrase or an apposition before the
    /// trigger, cuts at the first clause break after the trigger, trims to length.
    /// Works on UTF-8 bytes: titles are made for every event.
    static func clean(_ raw: String, trigger: String? = nil) -> String {
        clean(bytes: Array(raw.utf8), trigger: Array((trigger ?? "").utf8))
    }

    /// `clean` on bytes.
    static func clean(bytes: [UInt8], trigger: [UInt8]) -> String {
        var words: [Range<Int>] = []
        words.reserveCapacity(bytes.count / 4 + 1)
        var i = 0
        while i < bytes.count {
            while i < bytes.count && isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < bytes.count && !isSpace(bytes[i]) { i += 1 }
            if i > start { words.append(start..<i) }
        }
        func hasComma(_ word: Range<Int>) -> Bool { bytes[word.upperBound - 1] == UInt8(ascii: ",") }
        func key(_ word: Range<Int>) -> UInt64 {
            var hash = WordHash.offset
            for k in word.lowerBound..<(hasComma(word) ? word.upperBound - 1 : word.upperBound) {
                hash = (hash ^ UInt64(WordHash.lowered(bytes[k]))) &* WordHash.prime
            }
            return hash
        }
        let triggerBytes = trigger.map(WordHash.lowered)
        func isTrigger(_ word: Range<Int>) -> Bool {
            !triggerBytes.isEmpty && word.count >= triggerBytes.count
                && zip(bytes[word], triggerBytes).allSatisfy { WordHash.lowered($0) == $1 }
        }
        var kept: [Range<Int>] = []
        kept.reserveCapacity(words.count)
        var passedTrigger = false
        for (n, word) in words.enumerated() {
            let wordKey = key(word)
            if isTrigger(word) { passedTrigger = true }
            if EventTitleLexicon.dropped.contains(wordKey) { continue }
            // Punctuation left behind by a cut time expression ("met on 7 Oct. in …").
            if bytes[word].allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) { continue }
            let more = n + 1 < words.count
            if more && !hasComma(word) && EventTitleLexicon.honorifics.contains(wordKey) { continue }
            // "has said" → "said", but "the largest he had seen" keeps its "had".
            if more && !passedTrigger && !hasComma(word) && EventTitleLexicon.auxiliaries.contains(wordKey) { continue }
            kept.append(word)
        }
        var triggerIndex = kept.firstIndex(where: isTrigger) ?? 0
        var commas = kept[..<triggerIndex].indices.filter { hasComma(kept[$0]) }
        if commas.count >= 2, commas[commas.count - 2] <= 4, commas[commas.count - 1] - commas[commas.count - 2] <= 9 {
            // "X, a retired commander, said …" → "X said …" (a short apposition after the subject).
            let open = commas[commas.count - 2], close = commas[commas.count - 1]
            kept[open] = kept[open].lowerBound..<(kept[open].upperBound - 1)
            kept.removeSubrange((open + 1)...close)
            triggerIndex -= close - open
            commas.removeLast(2)
        }
        if let last = commas.last, let first = kept.first, EventTitleLexicon.openers.contains(key(first)) {
            // "In Geneva, X met …" → "X met …".
            kept.removeSubrange(0...last)
            triggerIndex -= last + 1
        }
        // Cut at the first clause break after the trigger once the title says enough.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (n, word) in kept.enumerated() {
            let isDash = word.count <= 3 && (bytes[word.lowerBound] == 0xE2 || bytes[word.lowerBound] == UInt8(ascii: ","))
            if isDash {
                if n > triggerIndex && out.count >= 25 { break }
                continue
            }
            if !out.isEmpty { out.append(UInt8(ascii: " ")) }
            out += bytes[word]
            if n >= triggerIndex, hasComma(word) || bytes[word.upperBound - 1] == UInt8(ascii: ";"), out.count >= 25 { break }
        }
        while let last = out.last, last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x20 { out.removeLast() }
        if let first = out.first, first >= 0x61 && first <= 0x7A { out[0] = first - 0x20 }
        return truncate(String(decoding: out, as: UTF8.self))
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// `truncate` on bytes for ASCII text without carriage returns, where every byte is one
    /// character; nil for other text.
    private static func truncateASCII(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        guard bytes.count > maxLength else { return text }
        var end = maxLength - 1
        if let space = bytes[..<end].lastIndex(of: 0x20), space > maxLength / 2 { end = space }
        while end > 0, bytes[end - 1] == 0x2C || bytes[end - 1] == 0x3B || bytes[end - 1] == 0x3A || bytes[end - 1] == 0x20 {
            end -= 1
        }
        return String(decoding: bytes[..<end], as: UTF8.self) + "…"
    }

    /// At most `maxLength` characters, cut at a word boundary with "…".
    static func truncate(_ text: String) -> String {
        // A character takes at least one byte: short byte counts need no character count.
        if text.utf8.count <= maxLength { return text }
        if let cut = truncateASCII(text) { return cut }
        guard text.count > maxLength else { return text }
        var cut = String(text.prefix(maxLength - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > maxLength / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;: ".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}

/// Words titles leave out, hashed lower case.
enum EventTitleLexicon {
    private static func set(_ words: String) -> HashedWordSet { HashedWordSet(words: words) }

    /// Honorifics before a surname.
    static let honorifics = set("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame")
    /// Auxiliaries before a participle ("has said" → "said").
    static let auxiliaries = set("has have had")
    /// First words of an opening phrase a title can lose ("In Geneva, …", "Before the vote, …").
    static let openers = set("in on at before after during since last this earlier later previously meanwhile separately however instead then when while following")
    /// Adverbs that add nothing to a title.
    static let dropped = set("previously earlier recently also just reportedly eventually instead later")
}
