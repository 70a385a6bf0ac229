import StorylineModel

/// Finds event mentions: sentences (or clauses) that report something happening.
struct EventDetector: Sendable {
    /// Office terms per actor id, for "X's predecessor Y" dating.
    var terms: [Int: [OfficeTerm]]

    /// Every event mention of the story, in document then text order.
    func mentions(in story: Story, index: SentenceIndex) -> [EventMention] {
        var result: [EventMention] = []
        // Room for two mentions a sentence: pages never written are never resident, and the
        // array is not copied while growing (the old and new buffers would both be alive).
        result.reserveCapacity(2 * story.sentences.reduce(0) { $0 + $1.count })
        var tokens: [WordToken] = []  // One word buffer for every sentence.
        var scratch = MentionScratch()
        for (documentIndex, document) in story.documents.enumerated() where documentIndex < story.sentences.count {
            TextBytes.with(document.text) { bytes in
                for sentence in story.sentences[documentIndex] where sentence.kind != .headline {
                    detect(sentence, bytes: bytes, story: story, index: index, tokens: &tokens, scratch: &scratch, into: &result)
                }
            }
        }
        return result
    }

    /// Mentions in one sentence, appended to `mentions`: one per clause that has its own
    /// trigger. Words are scanned into `tokens` and lists gathered in `scratch`, both reused
    /// from sentence to sentence.
    func detect(
        _ sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, story: Story, index: SentenceIndex,
        tokens: inout [WordToken], scratch: inout MentionScratch, into mentions: inout [EventMention]
    ) {
        EventWordScanner.words(in: bytes, range: sentence.range, into: &tokens)
        guard !tokens.isEmpty else { return }
        let ref = sentence.ref
        let timeIDs = index.times(ref)
        let timeRanges = timeIDs.map { story.times[$0].range }
        var clauses: [(tokens: Range<Int>, triggers: [FoundTrigger])] = []
        for clause in Self.clauses(tokens, bytes: bytes) {
            let triggers = findTriggers(tokens, clause, timeRanges: timeRanges)
            if triggers.isEmpty, let last = clauses.indices.last {
                clauses[last].tokens = clauses[last].tokens.lowerBound..<clause.upperBound
            } else if !triggers.isEmpty, let last = clauses.indices.last, clauses[last].triggers.isEmpty {
                clauses[last] = (clauses[last].tokens.lowerBound..<clause.upperBound, triggers)
            } else {
                clauses.append((clause, triggers))
            }
        }
        for clause in clauses where !clause.triggers.isEmpty {
            let first = tokens[clause.tokens.lowerBound]
            let last = tokens[clause.tokens.upperBound - 1]
            let whole = clauses.count == 1
            let range = whole ? sentence.range : TextRange(start: first.start, end: last.end)
            let clauseTimes = timeIDs.filter { whole || range.overlaps(story.times[$0].range) }
            if let mention = makeMention(
                ref: ref, range: range, tokens: tokens, clause: clause.tokens, triggers: clause.triggers,
                timeIDs: clauseTimes, story: story, index: index, bytes: bytes, scratch: &scratch)
            {
                mentions.append(mention)
            }
        }
    }

    /// Token ranges of the clauses of a sentence: split at "; " and at ", and <Capital>".
    static func clauses(_ tokens: [WordToken], bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 1
        while i < tokens.count {
            let previous = tokens[i - 1]
            let token = tokens[i]
            let gap = separator(bytes, from: previous.end, to: token.start)
            if !token.quoted, !previous.quoted, gap == UInt8(ascii: ";") {
                if i > start { result.append(start..<i) }
                start = i
            } else if !token.quoted, gap == UInt8(ascii: ","), EventCueLexicon.clauseConjunctions.contains(token.key),
                      i + 1 < tokens.count, tokens[i + 1].capitalized, !tokens[i + 1].quoted {
                if i > start { result.append(start..<i) }
                start = i + 1
                i += 1
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }

    /// The comma or semicolon between two words, if any.
    private static func separator(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> UInt8? {
        var i = from
        while i < to && i < bytes.count {
            if bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: ";") { return bytes[i] }
            i += 1
        }
        return nil
    }
}

/// A trigger found at a token position.
struct FoundTrigger: Sendable {
    /// Token index of its first word.
    var token: Int
    /// Number of words.
    var length: Int
    /// Kind and form of the rule that matched (not the rule itself: copying its word lists
    /// retained them for every trigger found).
    var rule: FoundRule
}

/// What detection needs of a matched trigger rule.
struct FoundRule: Sendable {
    /// The kind of event it reports.
    var kind: EventKind
    /// Verb or noun.
    var form: TriggerRule.Form
}

extension EventDetector {
    /// Triggers in `clause` that report something done (not quoted, negated, hypothetical,
    /// or a point of time such as "before the election").
    func findTriggers(_ tokens: [WordToken], _ clause: Range<Int>, timeRanges: [TextRange]) -> [FoundTrigger] {
        var found: [FoundTrigger] = []
        var i = clause.lowerBound
        while i < clause.upperBound {
            let token = tokens[i]
            guard !token.quoted, let candidates = EventTriggerLexicon.byFirstWord[token.key] else {
                i += 1
                continue
            }
            var matched: FoundTrigger?
            for c in candidates.indices where matches(candidates[c], at: i, tokens, clause) {
                let length = candidates[c].words.count
                if matched.map({ length > $0.length }) ?? true {
                    matched = FoundTrigger(token: i, length: length, rule: FoundRule(kind: candidates[c].rule.kind, form: candidates[c].rule.form))
                }
            }
            if let trigger = matched, !timeRanges.contains(where: { $0.contains(offset: token.start) }),
               !isQualified(trigger, tokens, clause)
            {
                found.append(trigger)
                i += trigger.length
            } else {
                i += 1
            }
        }
        return found
    }

    private func matches(_ candidate: CompiledTrigger, at i: Int, _ tokens: [WordToken], _ clause: Range<Int>) -> Bool {
        guard i + candidate.words.count <= clause.upperBound else { return false }
        for (offset, word) in candidate.words.enumerated() where tokens[i + offset].key != word || tokens[i + offset].quoted {
            return false
        }
        let after = i + candidate.words.count
        if !candidate.notBefore.isEmpty, after < clause.upperBound, candidate.notBefore.contains(tokens[after].key) {
            return false
        }
        let window = candidate.rule.window
        if !candidate.context.isEmpty {
            let lo = max(clause.lowerBound, i - window)
            let hi = min(clause.upperBound, after + window)
            guard (lo..<hi).contains(where: { candidate.context.contains(tokens[$0].key) }) else { return false }
        }
        if !candidate.label.isEmpty {
            let hi = min(clause.upperBound, after + window)
            guard (after..<hi).contains(where: { candidate.label.contains(tokens[$0].key) || tokens[$0].quoted }) else { return false }
        }
        return true
    }

    /// Whether the words before a trigger make it negated, hypothetical or a time point.
    private func isQualified(_ trigger: FoundTrigger, _ tokens: [WordToken], _ clause: Range<Int>) -> Bool {
        var seen = 0
        var j = trigger.token - 1
        while j >= clause.lowerBound && seen < 3 {
            let word = tokens[j]
            j -= 1
            if word.quoted { continue }
            seen += 1
            if EventCueLexicon.negation.contains(word.key) && seen <= 2 { return true }
            if EventCueLexicon.hypothetical.contains(word.key) { return true }
            if seen == 1 && trigger.rule.form == .verb && (word.key == EventCueLexicon.to || word.key == EventCueLexicon.who) {
                return true  // "to meet" is intended; "officials, who spoke …" is an aside.
            }
            if trigger.rule.form == .noun && EventCueLexicon.temporal.contains(word.key) { return true }
        }
        return false
    }
}
