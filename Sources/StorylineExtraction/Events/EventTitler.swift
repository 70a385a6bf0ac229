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
            let words = story.documents[mention.document].text(in: mention.range).split(separator: " ")
            guard words.count == 2, EventTitleLexicon.honorifics.contains(String(words[0])) else { continue }
            counts[mention.actor, default: [:]][String(words[1]), default: 0] += 1
        }
        var names: [Int: String] = [:]
        for (actor, byName) in counts {
            names[actor] = byName.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        shortNames = names
    }

    /// The name to show for an actor.
    func shortName(_ actor: Int, in story: Story) -> String {
        if let short = shortNames[actor] { return short }
        return story.actors.indices.contains(actor) ? story.actors[actor].name : "?"
    }

    /// Title of an event made of `mentions` (all of one cluster).
    func title(kind: EventKind, mentions: [EventMention], story: Story) -> String {
        guard let best = mentions.max(by: { score($0, kind: kind, story: story) < score($1, kind: kind, story: story) }) else {
            return kind.rawValue
        }
        return title(of: best, story: story)
    }

    /// Which mention says best what happened: agent as subject, the event's kind, a dated article.
    private func score(_ mention: EventMention, kind: EventKind, story: Story) -> Double {
        var score = 0.0
        if subjectMention(mention, story: story) != nil { score += 4 }
        if mention.kind == kind { score += 2 }
        if mention.continues { score -= 3 }
        let document = story.documents[mention.ref.document]
        if document.published != nil && document.publishedSource != .assumed { score += 1 }
        return score - Double(mention.ref.document) * 0.01 - Double(mention.ref.sentence) * 0.0001
    }

    /// The agent's mention when it stands before the trigger (as the subject).
    private func subjectMention(_ mention: EventMention, story: Story) -> Mention? {
        guard let agent = mention.agent else { return nil }
        return index.mentions(mention.ref).map { story.mentions[$0] }.first {
            $0.actor == agent && mention.range.contains($0.range) && $0.range.end <= mention.triggerStart
        }
    }

    /// The cleaned clause of one mention.
    func title(of mention: EventMention, story: Story) -> String {
        let document = story.documents[mention.ref.document]
        let subject = subjectMention(mention, story: story)
        let start = subject?.range.start ?? mention.range.start
        var cut: [TextRange] = index.times(mention.ref).map { story.times[$0].range }.filter { mention.range.overlaps($0) }
        if let subject { cut.append(subject.range) }
        var text = ""
        var position = start
        for range in cut.sorted() where range.end > position {
            if range.start > position { text += document.text(in: TextRange(start: position, end: range.start)) }
            if let subject, range == subject.range, let agent = mention.agent { text += shortName(agent, in: story) }
            position = max(position, range.end)
        }
        if mention.range.end > position { text += document.text(in: TextRange(start: position, end: mention.range.end)) }
        let triggerWord = document.text(in: TextRange(start: mention.triggerStart, end: min(mention.range.end, mention.triggerStart + 24)))
            .split(separator: " ").first.map(String.init)
        return Self.clean(text, trigger: triggerWord)
    }

    /// Drops auxiliaries, adverbs, honorifics, an opening phrase or an apposition before the
    /// trigger, cuts at the first clause break after the trigger, trims to length.
    static func clean(_ raw: String, trigger: String? = nil) -> String {
        var words: [Substring] = []
        let split = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        for (i, word) in split.enumerated() {
            let lower = word.lowercased()
            let bare = lower.hasSuffix(",") ? String(lower.dropLast()) : lower
            if EventTitleLexicon.dropped.contains(bare) { continue }
            if EventTitleLexicon.honorifics.contains(String(word)), i + 1 < split.count { continue }
            if EventTitleLexicon.auxiliaries.contains(lower), i + 1 < split.count { continue }
            words.append(word)
        }
        let triggerWord = trigger?.split(separator: " ").first.map { $0.lowercased() }
        var triggerIndex = triggerWord.flatMap { t in words.firstIndex { $0.lowercased().hasPrefix(t) } } ?? 0
        var commas = words[..<triggerIndex].indices.filter { words[$0].hasSuffix(",") }
        if commas.count >= 2 {
            // "X, a retired commander, said …" → "X said …".
            let open = commas[commas.count - 2], close = commas[commas.count - 1]
            words[open] = words[open].dropLast()
            words.removeSubrange((open + 1)...close)
            triggerIndex -= close - open
            commas.removeLast(2)
        }
        if let last = commas.last, let first = words.first,
           EventTitleLexicon.openers.contains(first.lowercased().trimmingTrailingComma) {
            // "In Geneva, X met …" → "X met …".
            words.removeSubrange(0...last)
            triggerIndex -= last + 1
        }
        // Cut at the first clause break after the trigger once the title says enough.
        var kept: [Substring] = []
        var length = 0
        for (i, word) in words.enumerated() {
            let breaks = i > triggerIndex && length >= 25
            if word == "–" || word == "—" || word == "," {
                if breaks { break }
                continue
            }
            kept.append(word)
            length += word.count + 1
            if i >= triggerIndex, let last = word.last, last == "," || last == ";", length >= 25 { break }
        }
        var text = kept.joined(separator: " ")
        while let last = text.last, ".,;: ".contains(last) { text.removeLast() }
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return truncate(text)
    }

    /// At most `maxLength` characters, cut at a word boundary with "…".
    static func truncate(_ text: String) -> String {
        guard text.count > maxLength else { return text }
        var cut = String(text.prefix(maxLength - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > maxLength / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;: ".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}

/// Words titles leave out.
enum EventTitleLexicon {
    /// Honorifics before a surname.
    static let honorifics: Set<String> = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame"]
    /// Auxiliaries before a participle ("has said" → "said").
    static let auxiliaries: Set<String> = ["has", "have", "had"]
    /// First words of an opening phrase a title can lose ("In Geneva, …", "Before the vote, …").
    static let openers: Set<String> = [
        "in", "on", "at", "before", "after", "during", "since", "last", "this", "earlier", "later",
        "previously", "meanwhile", "separately", "however", "instead", "then", "when", "while", "following",
    ]
    /// Adverbs that add nothing to a title.
    static let dropped: Set<String> = ["previously", "earlier", "recently", "also", "just", "reportedly", "eventually", "instead", "later"]
}

extension String {
    /// The string without one trailing comma.
    var trimmingTrailingComma: String { hasSuffix(",") ? String(dropLast()) : self }
}
