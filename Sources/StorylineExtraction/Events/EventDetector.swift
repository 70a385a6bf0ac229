import StorylineModel

/// Finds event mentions: sentences (or clauses) that report something happening.
struct EventDetector: Sendable {
    /// Office terms per actor id, for "X's predecessor Y" dating.
    var terms: [Int: [OfficeTerm]]
    /// The trigger rules by first word (a word's `trigger` numbers its list), held here so
    /// hot loops skip the global's lazy check.
    let triggerLists = EventTriggerLexicon.lists
    /// Cue classes and trigger lists per word, read by the scanner.
    let wordTable = EventWordTable.shared

    /// Every event mention of the story, in document then text order.
    func mentions(in story: Story, index: SentenceIndex) -> EventMentions {
        var result = EventMentions()
        // Room for two mentions a sentence and about twice the lists seen in news text: pages
        // never written are never resident, and the pools are not copied while growing (the
        // old and new buffers would both be alive at the peak).
        let sentences = story.sentences.reduce(0) { $0 + $1.count }
        result.reserveCapacity(2 * sentences, ids: 8 * sentences, hashes: 16 * sentences)
        var scratch = DetectScratch()
        // The quotes are in text order, document after document: one pass tells which sentences
        // open inside a quote begun before them.
        var quote = 0
        let quotes = story.quotes
        for (documentIndex, document) in story.documents.enumerated() where documentIndex < story.sentences.count {
            while quote < quotes.count, quotes[quote].document < documentIndex { quote += 1 }
            TextBytes.with(document.text) { bytes in
                for sentence in story.sentences[documentIndex] where sentence.kind != .headline {
                    while quote < quotes.count, quotes[quote].document == documentIndex, quotes[quote].range.end <= sentence.range.start { quote += 1 }
                    let startsQuoted = quote < quotes.count && quotes[quote].document == documentIndex
                        && quotes[quote].range.start < sentence.range.start
                    detect(sentence, bytes: bytes, story: story, index: index, startsQuoted: startsQuoted, scratch: &scratch, into: &result)
                }
            }
        }
        return result
    }

    /// Mentions in one sentence, appended to `mentions`: one per clause that has its own
    /// trigger. Words, clauses, triggers and lists are gathered in `scratch`, reused from
    /// sentence to sentence. `startsQuoted`: the sentence opens inside a quote begun before it
    /// ('… than we feared. That said, we are …"').
    func detect(
        _ sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>, story: Story, index: SentenceIndex, startsQuoted: Bool = false,
        scratch: inout DetectScratch, into mentions: inout EventMentions
    ) {
        EventWordScanner.words(in: bytes, range: sentence.range, table: wordTable, startsQuoted: startsQuoted, into: &scratch.tokens)
        // Most sentences hold no trigger word at all: nothing more is built for them.
        guard hasTriggerWord(scratch.tokens) else { return }
        let ref = sentence.ref
        let timeIDs = index.times(ref, cursor: &scratch.mention.cursor)
        scratch.timeRanges.clearKeepingCapacity()
        for id in timeIDs { scratch.timeRanges.append(story.times[id].range) }
        Self.clauses(scratch.tokens, bytes: bytes, into: &scratch.pieces)
        scratch.clauses.clearKeepingCapacity()
        scratch.triggers.clearKeepingCapacity()
        for piece in scratch.pieces {
            let first = scratch.triggers.count
            findTriggers(scratch.tokens, piece, timeRanges: scratch.timeRanges, bytes: bytes, into: &scratch.triggers)
            // "the U.S. National Hurricane Center said": a word of an organisation's name is no trigger.
            if scratch.triggers.count > first {
                dropTriggersInNames(scratch.tokens, ref: ref, story: story, index: index, from: first, in: &scratch.triggers)
            }
            // "Her remarks came a day after the envoy arrived for talks": what follows "came after"
            // is another happening; the clause reports the remarks.
            if scratch.triggers.count - first > 1, let cut = Self.sequenceCut(scratch.tokens, piece),
               scratch.triggers[first].token < cut {
                while let last = scratch.triggers.last, last.token >= cut { scratch.triggers.removeLast() }
            }
            // "In a statement after its meeting, the board said …", "Before the sentence was
            // announced, Jo Roe addressed the court": an opening phrase tells how, where or when;
            // the clause's own verb of saying or speaking is what happened (and opens the title).
            if scratch.triggers.count - first > 1, let cut = Self.openingPhraseEnd(scratch.tokens, piece, bytes: bytes),
               scratch.triggers[first].token < cut,
               scratch.triggers[first...].contains(where: { $0.token >= cut && Self.isSpeechKind($0.rule.kind) && $0.rule.form == .verb }) {
                scratch.triggers.removeSubrange(first..<(scratch.triggers[first...].firstIndex { $0.token >= cut } ?? first))
            }
            // "Jo Roe, who voted for the bill, said …", "… Al Poe, whose death set off protests":
            // an aside about a person tells of another happening than the clause's own.
            if scratch.triggers.count - first > 1 { Self.dropAsideTriggers(scratch.tokens, piece, bytes: bytes, from: first, in: &scratch.triggers) }
            let found = first..<scratch.triggers.count
            if found.isEmpty, let last = scratch.clauses.indices.last {
                scratch.clauses[last].tokens = scratch.clauses[last].tokens.lowerBound..<piece.upperBound
            } else if !found.isEmpty, let last = scratch.clauses.indices.last, scratch.clauses[last].triggers.isEmpty {
                scratch.clauses[last] = PlannedClause(tokens: scratch.clauses[last].tokens.lowerBound..<piece.upperBound, triggers: found)
            } else {
                scratch.clauses.append(PlannedClause(tokens: piece, triggers: found))
            }
        }
        let whole = scratch.clauses.count == 1
        for clause in scratch.clauses where !clause.triggers.isEmpty {
            let first = scratch.tokens[clause.tokens.lowerBound]
            let last = scratch.tokens[clause.tokens.upperBound - 1]
            let range = whole ? sentence.range : TextRange(start: first.start, end: last.end)
            scratch.clauseTimes.clearKeepingCapacity()
            // A length of time ("for three years") tells how long, and a recurring one ("every
            // year") how often, not when: neither dates a mention.
            for id in timeIDs where (whole || range.overlaps(story.times[id].range)) && !story.times[id].precision.datesNothing {
                scratch.clauseTimes.append(id)
            }
            makeMention(
                ref: ref, range: range, tokens: scratch.tokens, clause: clause.tokens, triggers: scratch.triggers[clause.triggers],
                timeIDs: scratch.clauseTimes, story: story, index: index, bytes: bytes, scratch: &scratch.mention, into: &mentions)
        }
    }

    /// The token of the relation word in "came (days) after/as/amid …" within `piece`, if any.
    static func sequenceCut(_ tokens: [WordToken], _ piece: Range<Int>) -> Int? {
        // The cue bit passes over most words before the set is asked ("came" is a `timeScope` word).
        for i in piece where CueClass(rawValue: tokens[i].cues).contains(.timeScope) && !tokens[i].quoted
            && EventCueLexicon.comes.contains(tokens[i].key) {
            let reach = (i + 1)..<min(piece.upperBound, i + 1 + EventCueLexicon.sequenceReach)
            if let relation = reach.first(where: { EventCueLexicon.sequenceWords.contains(tokens[$0].key) }) { return relation }
        }
        return nil
    }

    /// The first token after an opening phrase that ends in a comma within `openingPhraseReach`
    /// words ("In a speech to parliament, …", "After talks with the union, …"), if `piece` opens with one.
    static func openingPhraseEnd(_ tokens: [WordToken], _ piece: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !piece.isEmpty, !tokens[piece.lowerBound].quoted, EventCueLexicon.phraseOpeners.contains(tokens[piece.lowerBound].key) else {
            return nil
        }
        for i in (piece.lowerBound + 1)..<min(piece.upperBound, piece.lowerBound + 1 + EventCueLexicon.openingPhraseReach)
        where separator(bytes, from: tokens[i - 1].end, to: tokens[i].start) == UInt8(ascii: ",") {
            return tokens[i].quoted ? nil : i
        }
        return nil
    }

    /// Drops the triggers from `first` on that are capitalised words inside an organisation's
    /// name (a sentence's first word is capitalised anyway and is left alone).
    private func dropTriggersInNames(
        _ tokens: [WordToken], ref: SentenceRef, story: Story, index: SentenceIndex, from first: Int, in triggers: inout [FoundTrigger]
    ) {
        guard triggers[first...].contains(where: { $0.token > 0 && tokens[$0.token].capitalized }) else { return }
        let mentions = index.mentions(ref)
        var k = first
        while k < triggers.count {
            let trigger = triggers[k]
            let start = tokens[trigger.token].start
            if trigger.token > 0, tokens[trigger.token].capitalized, mentions.contains(where: { id in
                story.mentions[id].range.contains(offset: start) && story.actors.indices.contains(story.mentions[id].actor)
                    && story.actors[story.mentions[id].actor].kind == .organisation
            }) {
                triggers.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// Drops the triggers from `first` on that lie in a person's aside (`isInPersonAside`), when
    /// some lie outside one; in place, as most sentences have none.
    static func dropAsideTriggers(
        _ tokens: [WordToken], _ piece: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, from first: Int, in triggers: inout [FoundTrigger]
    ) {
        var outside = 0
        for trigger in triggers[first...] where !isInPersonAside(trigger.token, tokens, piece, bytes: bytes) { outside += 1 }
        guard outside > 0, outside < triggers.count - first else { return }
        var write = first
        for read in first..<triggers.count where !isInPersonAside(triggers[read].token, tokens, piece, bytes: bytes) {
            triggers[write] = triggers[read]
            write += 1
        }
        triggers.removeSubrange(write...)
    }

    /// Whether the word at `token` lies in an aside opened by ", who", ", whose" or ", whom" and
    /// running to the next comma, within `piece`.
    static func isInPersonAside(_ token: Int, _ tokens: [WordToken], _ piece: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = token
        while k > piece.lowerBound {
            if separator(bytes, from: tokens[k - 1].end, to: tokens[k].start) == UInt8(ascii: ",") {
                return !tokens[k].quoted && EventCueLexicon.personRelatives.contains(tokens[k].key)
            }
            k -= 1
        }
        return false
    }

    /// Whether any unquoted word starts a trigger rule: without one no clause can have a trigger.
    func hasTriggerWord(_ tokens: [WordToken]) -> Bool {
        for token in tokens where token.trigger != 0 && !token.quoted { return true }
        return false
    }

    /// Token ranges of the clauses of a sentence: split at "; " and at ", and <Capital>"; in
    /// `result` (emptied first, capacity kept).
    static func clauses(_ tokens: [WordToken], bytes: UnsafeBufferPointer<UInt8>, into result: inout [Range<Int>]) {
        result.clearKeepingCapacity()
        let conjunctions = EventCueLexicon.clauseConjunctions
        var start = 0
        var i = 1
        while i < tokens.count {
            let previous = tokens[i - 1]
            let token = tokens[i]
            let gap = separator(bytes, from: previous.end, to: token.start)
            if !token.quoted, !previous.quoted, gap == UInt8(ascii: ";") {
                if i > start { result.append(start..<i) }
                start = i
            } else if !token.quoted, gap == UInt8(ascii: ","), conjunctions.contains(token.key),
                      i + 1 < tokens.count, tokens[i + 1].capitalized, !tokens[i + 1].quoted {
                if i > start { result.append(start..<i) }
                start = i + 1
                i += 1
            } else if !token.quoted, token.key == EventCueLexicon.since, opensEarlierHappening(tokens, since: i, clauseStart: start) {
                // "The meeting was the first since Jo Roe met Al Poe in 2018": two happenings, two
                // dates; the second clause keeps its "since", which makes it background.
                if i > start { result.append(start..<i) }
                start = i
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
    }

    /// Whether the "since" at `since` follows "the first" (or "last", "only") of its clause and
    /// opens a clause of its own: a capitalised word after it, then a trigger within `sinceReach` words.
    static func opensEarlierHappening(_ tokens: [WordToken], since: Int, clauseStart: Int) -> Bool {
        guard since + 2 < tokens.count, tokens[since + 1].capitalized, !tokens[since + 1].quoted,
              (clauseStart..<since).contains(where: { !tokens[$0].quoted && EventCueLexicon.firstSince.contains(tokens[$0].key) }) else { return false }
        return (since + 2..<min(tokens.count, since + 1 + EventCueLexicon.sinceReach)).contains { tokens[$0].trigger != 0 && !tokens[$0].quoted }
    }

    /// The comma or semicolon between two words, if any.
    static func separator(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> UInt8? {
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
    /// or a point of time such as "before the election"), appended to `found`. With the text's
    /// `bytes`, words before a comma do not qualify a verb of saying ("…, who voted against the
    /// plan, said").
    func findTriggers(
        _ tokens: [WordToken], _ clause: Range<Int>, timeRanges: [TextRange], bytes: UnsafeBufferPointer<UInt8>? = nil,
        into found: inout [FoundTrigger]
    ) {
        var i = clause.lowerBound
        while i < clause.upperBound {
            let token = tokens[i]
            guard token.trigger != 0, !token.quoted, triggerLists.indices.contains(Int(token.trigger) - 1) else {
                i += 1
                continue
            }
            let candidates = triggerLists[Int(token.trigger) - 1]
            var matched: FoundTrigger?
            for c in candidates.indices where matches(candidates[c], at: i, tokens, clause) {
                let length = candidates[c].words.count
                if matched.map({ length > $0.length }) ?? true {
                    matched = FoundTrigger(token: i, length: length, rule: FoundRule(kind: candidates[c].rule.kind, form: candidates[c].rule.form))
                }
            }
            if let trigger = matched, !timeRanges.contains(where: { $0.contains(offset: token.start) }),
               !isQualified(trigger, tokens, clause, bytes: bytes)
            {
                found.append(trigger)
                i += trigger.length
            } else {
                i += 1
            }
        }
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
        if !candidate.notAfter.isEmpty,
           (max(clause.lowerBound, i - 2)..<i).contains(where: { candidate.notAfter.contains(tokens[$0].key) }) {
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

    /// Whether a disaster noun is the subject of the next word ("after a wildfire jumped the
    /// highway", "after an earthquake struck"): then it happened, rather than naming a time
    /// as "after the earthquake, rescuers …" or "since the floods in May" do.
    private static func actsNext(_ trigger: FoundTrigger, _ tokens: [WordToken], _ clause: Range<Int>) -> Bool {
        let next = trigger.token + trigger.length
        guard trigger.rule.kind == .disaster, next < clause.upperBound else { return false }
        let word = tokens[next]
        return !word.quoted && !word.capitalized && !CueClass(rawValue: word.cues).contains(.stop)
    }

    /// Whether the words before a trigger make it negated, hypothetical or a time point
    /// (the cue lists read through the classes the scanner tagged each word with).
    private func isQualified(_ trigger: FoundTrigger, _ tokens: [WordToken], _ clause: Range<Int>, bytes: UnsafeBufferPointer<UInt8>?) -> Bool {
        var seen = 0
        var j = trigger.token - 1
        // "Jo Roe, who voted against the plan, said …": what comes before the comma does not
        // qualify the saying itself.
        let commas = EventCueLexicon.attribution.contains(tokens[trigger.token].key) ? bytes : nil
        while j >= clause.lowerBound && seen < 3 {
            if let commas, Self.separator(commas, from: tokens[j].end, to: tokens[j + 1].start) == UInt8(ascii: ",") { return false }
            let word = tokens[j]
            j -= 1
            if word.quoted { continue }
            seen += 1
            let cue = CueClass(rawValue: word.cues)
            if cue.contains(.negation) && seen <= 2 { return true }
            if cue.contains(.hypothetical) { return true }
            // "would consider calling a special session": a plan reaches one word further.
            if seen == 3, j >= clause.lowerBound, !tokens[j].quoted, CueClass(rawValue: tokens[j].cues).contains(.hypothetical) { return true }
            if seen == 1 && trigger.rule.form == .verb && (word.key == EventCueLexicon.to || word.key == EventCueLexicon.who) {
                return true  // "to meet" is intended; "officials, who spoke …" is an aside.
            }
            if trigger.rule.form == .noun && cue.contains(.temporal) && !Self.actsNext(trigger, tokens, clause) { return true }
        }
        // "said the North may scrap a military agreement signed in 2018": what was said to be
        // possible, however far after the modal, is no happening of its own.
        var modal = false
        while j >= clause.lowerBound {
            let cue = CueClass(rawValue: tokens[j].cues)
            if !tokens[j].quoted {
                if cue.contains(.attribution) { return modal }
                if cue.contains(.hypothetical) { modal = true }
            }
            j -= 1
        }
        return false
    }
}

/// Buffers reused from sentence to sentence while detecting (emptied, capacity kept).
struct DetectScratch: Sendable {
    /// Words of the sentence.
    var tokens: [WordToken] = []
    /// Token ranges of its clauses as split.
    var pieces: [Range<Int>] = []
    /// Clauses after joining those without triggers to a neighbour.
    var clauses: [PlannedClause] = []
    /// Triggers of every clause, clause after clause.
    var triggers: [FoundTrigger] = []
    /// Byte ranges of the sentence's time expressions.
    var timeRanges: [TextRange] = []
    /// Time ids of the clause being made into a mention.
    var clauseTimes: [Int] = []
    /// Lists of the mention being made.
    var mention = MentionScratch()
}

/// A clause of a sentence with where its triggers lie in `DetectScratch.triggers`.
struct PlannedClause: Sendable {
    /// Token range of the clause.
    var tokens: Range<Int>
    /// Range of its triggers.
    var triggers: Range<Int>
}
