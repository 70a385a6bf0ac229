import StorylineModel

/// Lists reused from mention to mention while detecting (emptied, capacity kept): a mention
/// copies what it keeps into its own two buffers, so the scratch never allocates again.
struct MentionScratch: Sendable {
    /// Actor mentions of the clause, in text order.
    var mentions: [Mention] = []
    /// Those not followed by "'s".
    var heads: [Mention] = []
    /// Times that may date the mention.
    var times: [Int] = []
    /// Quote ids opening in the clause.
    var quotes: [Int] = []
    /// Actors named, first-seen order.
    var actors: [Int] = []
    /// The people among them, sorted.
    var people: [Int] = []
    /// Trigger word stems.
    var triggerStems: [UInt64] = []
    /// Content-word stems.
    var stems: [UInt64] = []
    /// Byte ranges of the trigger words.
    var triggerRanges: [TextRange] = []
    /// Hashes of three-word shingles of quoted words.
    var shingles: [UInt64] = []
    /// Hashes of short quoted phrases.
    var phrases: [UInt64] = []
    /// Stems of the quoted run being read.
    var run: [UInt64] = []
    /// Where the last sentence's mentions, times and quotes were found (sentences come in order).
    var cursor = SentenceCursor()
}

extension EventDetector {
    /// Turns a clause with triggers into a mention appended to `mentions`: kind, actors and
    /// roles, times, words (lists are gathered in `scratch`, then copied into the pools).
    func makeMention(
        ref: SentenceRef, range: TextRange, tokens: [WordToken], clause: Range<Int>, triggers: ArraySlice<FoundTrigger>,
        timeIDs: [Int], story: Story, index: SentenceIndex, bytes: UnsafeBufferPointer<UInt8>, scratch: inout MentionScratch,
        into mentions: inout EventMentions
    ) {
        guard let main = triggers.min(by: { EventKindTable.rank($0.rule.kind) < EventKindTable.rank($1.rule.kind) }) else {
            return
        }
        // The scanner's one table lookup a word gave every cue list the checks below read.
        let cues = ClauseCues(tokens: tokens)
        if isState(tokens, clause, cues, triggers: triggers, timeIDs: timeIDs) { return }
        let kind = main.rule.kind
        // Actors named inside a time expression ("before Mr Smith's swearing-in") only date it.
        scratch.mentions.clearKeepingCapacity()
        // The newsroom of a wire dateline ("WASHINGTON (AP) — …") reports; it does not take part.
        let datelineEnd = EventTitler.afterDateline(range.start, bytes)
        for id in index.mentions(ref, cursor: &scratch.cursor) where story.mentions.indices.contains(id) {
            let mention = story.mentions[id]
            guard range.overlaps(mention.range), mention.range.start >= datelineEnd,
                  !timeIDs.contains(where: { story.times[$0].range.overlaps(mention.range) }) else { continue }
            scratch.mentions.append(mention)
        }
        // Sorting the mentions themselves (stable, like sorting their ids) keeps the closure
        // from reaching into the story for every comparison.
        scratch.mentions.sort { $0.range < $1.range }
        scratch.heads.clearKeepingCapacity()
        // "The sister of X said", "critics of X said": X did not act, and whoever did is unnamed.
        var proxied = false
        for mention in scratch.mentions where !Self.isPossessive(mention, bytes) || Self.ownsGovernment(mention, bytes) {
            if RelationPhrase.isProxied(mention.range.start, bytes) {
                proxied = proxied || mention.range.start < tokens[clause.lowerBound].start + Self.proxyReach
                continue
            }
            scratch.heads.append(mention)
        }
        scratch.quotes.clearKeepingCapacity()
        for id in index.quotes(ref, cursor: &scratch.cursor) where story.quotes.indices.contains(id) && range.contains(offset: story.quotes[id].range.start) {
            scratch.quotes.append(id)
        }
        // The clause's action: its first verb trigger that fits the kind, else its first
        // fitting trigger ("held talks …, their first meeting" acts through "talks").
        let anchor = triggers.first { $0.rule.form == .verb && Self.anchors($0.rule.kind, kind) }
            ?? triggers.first { Self.anchors($0.rule.kind, kind) } ?? main
        let anchorStart = tokens[anchor.token].start
        Self.datingTimes(
            timeIDs, tokens: tokens, clause: clause, bytes: bytes, anchorStart: anchorStart, speech: Self.isSpeechKind(kind), story: story,
            into: &scratch.times)
        // "After talks with Ana Lo, Mr Kerr said …": who is named in an opening phrase did not act.
        // "YANGON, Myanmar (AP) — Myanmar's military took …": a place in a wire dateline did not act either.
        let phraseEnd = max(
            Self.openingPhraseEnd(tokens, clause, bytes: bytes).flatMap { $0 < anchor.token ? tokens[$0].start : nil } ?? 0,
            ref.sentence <= Self.datelineSentences ? EventTitler.afterDateline(range.start, bytes) : 0)
        let agent = findAgent(
            kind: kind, anchorStart: anchorStart, nounAnchor: anchor.rule.form == .noun,
            subordinateStart: Self.subordinateClauseStart(tokens, clause, anchor: anchor.token, bytes: bytes), phraseEnd: phraseEnd, aside: Self.aside(from: range.start, before: anchorStart, bytes),
            mentions: scratch.heads, quotes: scratch.quotes, story: story, proxied: proxied, bytes: bytes)
        let target = findTarget(
            anchor: anchor, anchorStart: anchorStart, agent: agent, mentions: scratch.heads, tokens: tokens, clause: clause)
        scratch.actors.clearKeepingCapacity()
        for mention in scratch.mentions where !scratch.actors.contains(mention.actor) { scratch.actors.append(mention.actor) }
        scratch.people.clearKeepingCapacity()
        for actor in scratch.actors where story.actors.indices.contains(actor) && story.actors[actor].kind == .person {
            scratch.people.append(actor)
        }
        scratch.people.sort()
        // Trigger words are kept as byte ranges; their text is read for final events only.
        scratch.triggerRanges.clearKeepingCapacity()
        for trigger in triggers {
            scratch.triggerRanges.append(
                TextRange(start: tokens[trigger.token].start, end: min(tokens[trigger.token + trigger.length - 1].end, bytes.count)))
        }
        scratch.triggerStems.clearKeepingCapacity()
        for trigger in triggers {
            for t in trigger.token..<(trigger.token + trigger.length) { scratch.triggerStems.append(tokens[t].stem) }
        }
        Self.sortUnique(&scratch.triggerStems)
        let reading = Self.read(tokens, clause, cues, mentions: scratch.mentions, anchor: anchor.token, stems: &scratch.stems)
        if reading.quoted {
            Self.quoteRuns(tokens, clause, shingles: &scratch.shingles, phrases: &scratch.phrases, run: &scratch.run)
        } else {
            scratch.shingles.clearKeepingCapacity()
            scratch.phrases.clearKeepingCapacity()
        }
        mentions.append(
            ref: ref, range: range, kind: kind, triggerRanges: scratch.triggerRanges, agent: agent, target: target,
            actors: scratch.actors, people: scratch.people,
            times: scratch.times,
            termConstraints: reading.predecessor.map { termConstraints(after: tokens[$0].start, mentions: scratch.mentions, story: story) } ?? [],
            quotes: scratch.quotes, triggerStems: scratch.triggerStems, stems: scratch.stems,
            quoteShingles: scratch.shingles, quotePhrases: scratch.phrases,
            background: reading.background, continues: reading.continues,
            triggerStart: anchorStart, verbal: anchor.rule.form == .verb,
            agentNamed: agent.map { agent in scratch.mentions.contains { $0.actor == agent && $0.form != .pronoun } } ?? false)
    }

    /// A clause whose only triggers are nouns and whose verb is a copula, with no time:
    /// "Her comments are a sign of …" describes a state, not a happening.
    private func isState(
        _ tokens: [WordToken], _ clause: Range<Int>, _ cues: ClauseCues, triggers: ArraySlice<FoundTrigger>, timeIDs: [Int]
    ) -> Bool {
        guard timeIDs.isEmpty, triggers.allSatisfy({ $0.rule.form == .noun }) else { return false }
        for i in clause where !tokens[i].quoted {
            // An action verb before any copula ("the meeting which started …") makes it a happening.
            if Self.isParticiple(tokens[i], cues[i]) { return false }
            guard cues[i].contains(.copula) else { continue }
            if i + 1 < clause.upperBound, Self.isParticiple(tokens[i + 1], cues[i + 1]) || tokens[i + 1].endsInING { return false }
            return true
        }
        return false
    }

    /// Whether a word (with its cue classes) is a past participle: "-ed" or an irregular one.
    private static func isParticiple(_ token: WordToken, _ cue: CueClass) -> Bool {
        token.endsInED || cue.contains(.participle)
    }

    /// Who acted: the first person named before the trigger (heading the subject), else the
    /// speaker of a quote for speech, else the actor named last before the trigger, else
    /// the first after it ("…, said Jane Doe").
    /// Whether a trigger of kind `trigger` may anchor a mention of kind `kind`: a compatible
    /// kind, but an `other` happening ("Police arrested Roe, a spokesman said") anchors only
    /// its own kind, so a statement keeps its verb of saying.
    static func anchors(_ trigger: EventKind, _ kind: EventKind) -> Bool {
        EventKindTable.compatible(trigger, kind) && (trigger != .other || kind == .other)
    }

    /// With `proxied` (the subject names someone through a relation: "the sister of X"), only a
    /// person heading the subject before the trigger can be the agent; nothing before
    /// `phraseEnd` (an opening phrase's end) can.
    private func findAgent(
        kind: EventKind, anchorStart: Int, nounAnchor: Bool, subordinateStart: Int, phraseEnd: Int, aside: Range<Int>?, mentions: [Mention], quotes: [Int], story: Story,
        proxied: Bool, bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        // A storm, quake or flood has no agent: "Tropical Storm Grace is expected to reach Haiti"
        // names where it strikes, not who acts.
        if kind == .disaster { return nil }
        // "Dr X, an analyst at the Y Institute, said": the person heads the subject.
        var lastBefore: Int?
        // The body before `lastBefore`, and where `lastBefore`'s mention ends.
        var bodyBefore: Int?
        var lastBeforeEnd = 0
        let actors = story.actors
        for (position, mention) in mentions.enumerated() where mention.range.end <= anchorStart && mention.range.start >= phraseEnd {
            // '"Ruritania is ready," said Jo Roe': a name inside the quote did not say it.
            if quotes.contains(where: { story.quotes.indices.contains($0) && story.quotes[$0].range.contains(mention.range) }) { continue }
            // "Moscow recalled its envoy, Ana Lo, in March after Tom Roe said …": a person before
            // a subordinating word belongs to the main clause, not to the verb after it.
            if mention.form != .pronoun, mention.range.end <= subordinateStart { continue }
            if mention.form == .pronoun || (actors.indices.contains(mention.actor) && actors[mention.actor].kind == .person) {
                // "Roe family attorney Al Poe said": the first name only says whose attorney.
                if position + 1 < mentions.count, mention.form != .pronoun, mentions[position + 1].range.end <= anchorStart,
                   actors.indices.contains(mentions[position + 1].actor), actors[mentions[position + 1].actor].kind == .person,
                   Self.isRoleBetween(mention.range.end, mentions[position + 1].range.start, bytes) {
                    return mentions[position + 1].actor
                }
                return mention.actor
            }
            // "Lintz, in her first address to a joint session of parliament, called …": a body
            // named in an aside between the subject and the verb did not act.
            if let aside, aside.contains(mention.range.start) { continue }
            if let last = lastBefore, last != mention.actor { bodyBefore = last }
            lastBefore = mention.actor
            lastBeforeEnd = mention.range.end
        }
        // "Washington and Moscow extended the New START treaty": a name just before the noun
        // that is the happening names it; the body before it acted.
        if nounAnchor, let earlier = bodyBefore, (lastBeforeEnd..<min(anchorStart, bytes.count)).allSatisfy({ bytes[$0] == 0x20 }) {
            lastBefore = earlier
        }
        if proxied { return nil }
        if Self.isSpeechKind(kind),
           let speaker = quotes.lazy.compactMap({ story.quotes.indices.contains($0) ? story.quotes[$0].speaker : nil }).first
        {
            return speaker
        }
        if let lastBefore { return lastBefore }
        // "…, said Jane Doe", "was called by the party": the actor after the verb acted; after
        // other verbs it is their object ("condemned the move and summoned the US ambassador").
        guard let after = mentions.first(where: { $0.range.start >= anchorStart }) else { return nil }
        return Self.followsSayingOrBy(after.range.start, bytes) ? after.actor : nil
    }

    /// Sentences of an article (headline and byline included) that may open with a dateline.
    static let datelineSentences = 3

    /// Where the last subordinating word ("after", "when" …) before the trigger at `anchor`
    /// starts, when more words and no comma follow it before the trigger ("… in March after
    /// Tom Roe said"; not the aside of "Jo Roe, after talks with Ana Lo, said"); else -1.
    static func subordinateClauseStart(_ tokens: [WordToken], _ clause: Range<Int>, anchor: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let last = min(anchor, clause.upperBound, tokens.count - 1)
        var k = last - 1
        while k >= clause.lowerBound {
            if EventDetector.separator(bytes, from: tokens[k].end, to: tokens[k + 1].start) != nil { return -1 }
            if k < last - 1, !tokens[k].quoted, CueClass(rawValue: tokens[k].cues).contains(.subordinator) { return tokens[k].start }
            k -= 1
        }
        return -1
    }

    /// The aside between a subject and its verb, "X, <aside>, said": the bytes between the
    /// clause's first comma and the comma just before the verb at `anchorStart`; nil when the
    /// verb follows no comma or nothing stands before the first.
    static func aside(from start: Int, before anchorStart: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var close = min(anchorStart, bytes.count) - 1
        while close > start, bytes[close] == 0x20 { close -= 1 }
        guard close > start, bytes[close] == UInt8(ascii: ",") else { return nil }
        var open = max(0, start)
        while open < close, bytes[open] != UInt8(ascii: ",") { open += 1 }
        return open > start && open < close ? (open + 1)..<close : nil
    }

    /// Whether `bytes[from..<to]` is one to three lower-case words naming a role ("family
    /// attorney", "adviser"): no punctuation, no "-ed" form, no verb of saying.
    static func isRoleBetween(_ from: Int, _ to: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard from < to, to <= bytes.count else { return false }
        var words = 0
        var i = from
        while i < to {
            if bytes[i] == 0x20 {
                i += 1
                continue
            }
            let start = i
            while i < to, ByteClass.isLower(bytes[i]) { i += 1 }
            guard i > start, i == to || bytes[i] == 0x20 else { return false }
            words += 1
            let key = WordHash.key(bytes, start, i)
            guard words <= 3, !(i - start > 3 && bytes[i - 2] == UInt8(ascii: "e") && bytes[i - 1] == UInt8(ascii: "d")),
                  !EventCueLexicon.reporting.contains(key), !EventCueLexicon.attribution.contains(key) else { return false }
        }
        return words > 0
    }

    /// Whether the word before byte `start` (skipping "the") is a verb of saying or "by".
    static func followsSayingOrBy(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = min(start, bytes.count)
        for _ in 0..<2 {
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var begin = end
            while begin > 0, ByteClass.isLetter(bytes[begin - 1]) { begin -= 1 }
            guard begin < end else { return false }
            let key = WordHash.key(bytes, begin, end)
            if EventCueLexicon.attribution.contains(key) || key == EventCueLexicon.by { return true }
            guard key == EventCueLexicon.the else { return false }
            end = begin
        }
        return false
    }

    /// Kinds whose agent may be a quote's speaker (a switch: no hashing per mention).
    static func isSpeechKind(_ kind: EventKind) -> Bool {
        switch kind {
        case .statement, .speech, .interview, .criticism, .response: true
        default: false
        }
    }

    /// Kinds whose verb takes the target as its object ("criticised X", "met X").
    static func isObjectKind(_ kind: EventKind) -> Bool {
        switch kind {
        case .criticism, .response, .meeting, .visit, .attack, .sanction, .summit, .talks: true
        default: false
        }
    }

    /// Towards whom: the object of an action verb, or an actor after "with", "towards", "against".
    private func findTarget(
        anchor: FoundTrigger, anchorStart: Int, agent: Int?, mentions: [Mention], tokens: [WordToken], clause: Range<Int>
    ) -> Int? {
        for mention in mentions where mention.range.start > anchorStart && mention.actor != agent {
            if anchor.rule.form == .verb && Self.isObjectKind(anchor.rule.kind) { return mention.actor }
            guard let before = tokens[clause].last(where: { $0.end <= mention.range.start }) else { continue }
            let wordBefore = tokens[clause].last(where: { $0.end <= before.start })
            if CueClass(rawValue: before.cues).contains(.targetPreposition) { return mention.actor }
            if let wordBefore, CueClass(rawValue: wordBefore.cues).contains(.targetPreposition) { return mention.actor }
        }
        return nil
    }

    /// The times of `timeIDs` that may date a mention, in `result`: not those inside a relative
    /// clause set off by a comma that does not hold the trigger, ", who …," (the person's past:
    /// "X, who took office in 2019, said") or ", which …" (what it speaks of, or the object's
    /// history); after the trigger, "since …", "until …" (a span's bounds: "the first talks
    /// since 2019") and "if …"; for speech, a time inside the quote or after a modal ("warned
    /// that prices could rise in October", up to the next comma); the day of a report when
    /// the clause dates what it tells of; a compared value's ("up from 86% in the 2018
    /// vote"); and what follows "came after" ("came days after … on May 31").
    static func datingTimes(
        _ timeIDs: [Int], tokens: [WordToken], clause: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, anchorStart: Int, speech: Bool,
        story: Story, into result: inout [Int]
    ) {
        result.clearKeepingCapacity()
        result.append(contentsOf: timeIDs)
        guard !timeIDs.isEmpty else { return }
        // What was said may name other times ("must be held by summer 2021"); the saying is dated
        // outside the quote, or by a quoted time of its own day ("Today we voted", "tonight").
        if speech {
            func isQuoted(_ id: Int) -> Bool { tokens[clause].contains { $0.start == story.times[id].range.start && $0.quoted } }
            // 'The previous week, he told the court, "I will … today."': a time outside the quote
            // dates the saying before any inside it.
            if result.contains(where: { !isQuoted($0) }) { result.removeAll(where: isQuoted) }
            result.removeAll { id in
                let time = story.times[id]
                guard isQuoted(id),
                      story.documents.indices.contains(time.document), let published = story.documents[time.document].published
                else { return false }
                guard let earliest = time.interval.earliest, let latest = time.interval.latest else { return true }
                return !(earliest <= published && published <= latest)
            }
        }
        // "He told Dutch radio that the team had been worried at the weekend": a time after the
        // "that" of a verb of saying tells when what was said happened, not the saying.
        if speech, !result.isEmpty,
           let anchor = tokens[clause].firstIndex(where: { $0.start == anchorStart }), CueClass(rawValue: tokens[anchor].cues).contains(.attribution),
           let that = tokens[(anchor + 1)..<min(clause.upperBound, anchor + 1 + EventCueLexicon.thatReach)].firstIndex(where: { !$0.quoted && $0.key == EventCueLexicon.that }) {
            result.removeAll { story.times[$0].range.start > tokens[that].start }
        }
        if !speech, result.count > 1 { dropReportDays(tokens: tokens, clause: clause, anchorStart: anchorStart, story: story, from: &result) }
        // "X warned that inflation could exceed 11% in October": what may happen is not when it was
        // said; up to the next comma ("…, state media reported on Saturday" dates the report). The
        // same before a closing attribution ("A storm is expected to reach the coast on Monday,
        // forecasters said").
        if speech, !result.isEmpty, let modal = tokens[clause].firstIndex(where: { token in
            token.start != anchorStart && !token.quoted && CueClass(rawValue: token.cues).contains(.hypothetical)
        }) {
            var end = modal + 1
            while end < clause.upperBound, separator(bytes, from: tokens[end - 1].end, to: tokens[end].start) != UInt8(ascii: ",") { end += 1 }
            let span = tokens[modal].start..<tokens[end - 1].end
            if !span.contains(anchorStart) { result.removeAll { span.contains(story.times[$0].range.start) } }
        }
        // The word lists, read once rather than once a word.
        let (comparisons, quantities, changeDirections, from) =
            (EventCueLexicon.comparisons, EventCueLexicon.quantities, EventCueLexicon.changeDirections, EventCueLexicon.from)
        var i = clause.lowerBound + 1
        while i < clause.upperBound {
            let token = tokens[i]
            guard CueClass(rawValue: token.cues).contains(.timeScope) else {
                i += 1
                continue
            }
            // "Her first visit since the president took office in January": up to the next comma.
            let comparison = (comparisons.contains(token.key) && !quantities.contains(tokens[i - 1].key))
                || (token.key == from && changeDirections.contains(tokens[i - 1].key))
            // A comparison's time is the compared value's wherever the trigger stands.
            if EventCueLexicon.spanBounds.contains(token.key) || EventCueLexicon.conditions.contains(token.key) || comparison,
               token.start > anchorStart || comparison, !token.quoted {
                var j = i + 1
                while j < clause.upperBound, separator(bytes, from: tokens[j - 1].end, to: tokens[j].start) != UInt8(ascii: ",") { j += 1 }
                let span = token.start..<tokens[j - 1].end
                result.removeAll { span.contains(story.times[$0].range.start) }
                i = j
                continue
            }
            // "The statement came days after activists flew leaflets on May 31": the time is the
            // earlier happening's; this one is only after it.
            if EventCueLexicon.comes.contains(token.key), !token.quoted,
               let relation = (i + 1..<min(clause.upperBound, i + 1 + EventCueLexicon.sequenceReach)).first(where: {
                   EventCueLexicon.sequenceWords.contains(tokens[$0].key)
               }), tokens[relation].start > anchorStart {
                let span = tokens[relation].start..<tokens[clause.upperBound - 1].end
                result.removeAll { span.contains(story.times[$0].range.start) }
                break
            }
            // "what was said, which …" and "passed a bill, which lawmakers drafted … last month": the
            // relative clause tells of something else; "The summit, which was held in May," of the event.
            let opens = EventCueLexicon.personRelatives.contains(token.key)
                || (token.key == EventCueLexicon.which && (speech || tokens[i - 1].start != anchorStart))
            guard opens, !token.quoted, separator(bytes, from: tokens[i - 1].end, to: token.start) == UInt8(ascii: ",") else {
                i += 1
                continue
            }
            var j = i + 1
            // After the trigger, "…, which lawmakers negotiated following shootings in Buffalo, New
            // York, last month" runs to the clause's end, whatever commas places bring.
            let toEnd = token.key == EventCueLexicon.which && token.start > anchorStart
            while j < clause.upperBound, toEnd || separator(bytes, from: tokens[j - 1].end, to: tokens[j].start) != UInt8(ascii: ",") { j += 1 }
            let relative = token.start..<tokens[j - 1].end
            if !relative.contains(anchorStart) {
                result.removeAll { relative.contains(story.times[$0].range.start) }
            }
            i = j
        }
    }

    /// Drops from `result` the days of a report ("X said Monday it tested missiles over the
    /// weekend": Monday) when a time after the trigger dates the happening itself: a time
    /// right after or right before a verb of reporting that comes before the trigger.
    private static func dropReportDays(tokens: [WordToken], clause: Range<Int>, anchorStart: Int, story: Story, from result: inout [Int]) {
        func isReportDay(_ id: Int) -> Bool {
            let time = story.times[id].range
            guard time.start < anchorStart else { return false }
            for k in clause where EventCueLexicon.reporting.contains(tokens[k].key) && tokens[k].start < anchorStart && !tokens[k].quoted {
                if k + 1 < clause.upperBound, tokens[k + 1].start == time.start { return true }
                if k > clause.lowerBound, tokens[k - 1].end == time.end { return true }
            }
            return false
        }
        guard result.contains(where: { story.times[$0].range.start > anchorStart }), result.contains(where: isReportDay) else { return }
        result.removeAll(where: isReportDay)
    }

    /// How far into a clause (bytes) a relation phrase counts as its subject.
    static let proxyReach = 80

    /// Whether a mention is followed by "'s" ("Mr X's predecessor" names the predecessor, not X).
    static func isPossessive(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = mention.range.end
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "'"), bytes[end + 1] | 0x20 == UInt8(ascii: "s") { return true }
        return end + 3 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99
            && bytes[end + 3] | 0x20 == UInt8(ascii: "s")
    }

    /// Whether a possessive mention owns a word for its state ("South Korea's military said"):
    /// the country acted through it.
    static func ownsGovernment(_ mention: Mention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = mention.range.end + (bytes[mention.range.end] == UInt8(ascii: "'") ? 2 : 4)
        guard start < bytes.count, bytes[start] == 0x20 else { return false }
        start += 1
        var end = start
        while end < bytes.count, ByteClass.isLetter(bytes[end]) { end += 1 }
        return ActorLexicon.governmentNouns.contains(bytes, start, end)
    }

    /// What one pass over a clause's words finds (besides its content stems).
    struct ClauseReading {
        /// Pluperfect ("had met", "had previously rebuffed") or "previously": a background event.
        var background = false
        /// Whether the clause continues the previous sentence's event: it opens with a pronoun
        /// or "Instead", says "also"/"added" before its trigger, or carries "he said"/"she said".
        var continues = false
        /// Whether any word is quoted.
        var quoted = false
        /// Position of the first unquoted "predecessor" word, if any.
        var predecessor: Int?
    }

    /// One pass over the clause: its reading, and its content-word stems (no function words,
    /// no actor names, nothing shorter than three bytes; sorted and unique) in `stems`
    /// (emptied first). `anchor` is the token position of the clause's action.
    static func read(
        _ tokens: [WordToken], _ clause: Range<Int>, _ cues: ClauseCues, mentions: [Mention], anchor: Int, stems: inout [UInt64]
    ) -> ClauseReading {
        stems.clearKeepingCapacity()
        var reading = ClauseReading()
        let opening = clause.lowerBound
        reading.continues = cues[opening].contains(.pronounStart)
            || (opening + 1 < clause.upperBound && EventCueLexicon.possessiveStarts.contains(tokens[opening].key)
                && EventCueLexicon.remarkNouns.contains(tokens[opening + 1].key))
        // "… since Jo Roe met Al Poe in 2018" (split off by `EventDetector.clauses`): what happened before.
        if tokens[opening].key == EventCueLexicon.since, !tokens[opening].quoted { reading.background = true }
        let had = EventCueLexicon.had
        var m = 0
        let saidAtAnchor = cues[anchor].contains(.attribution)
        for i in clause {
            let token = tokens[i]
            let cue = cues[i]
            while m < mentions.count && mentions[m].range.end <= token.start { m += 1 }
            let named = m < mentions.count && mentions[m].range.contains(offset: token.start)
            if !named && token.length >= 3 && !cue.contains(.stop) { stems.append(token.stem) }
            if token.quoted {
                reading.quoted = true
                continue
            }
            let next = i + 1 < clause.upperBound ? cues[i + 1] : []
            // "He added that wages had fallen": the pluperfect is what was said, not the saying.
            let reported = saidAtAnchor && i > anchor
            if !reported && (cue.contains(.background)
                || (token.key == had && i + 1 < clause.upperBound && (isParticiple(tokens[i + 1], next) || next.contains(.background))))
            {
                reading.background = true
            }
            if (i <= anchor && cue.contains(.continuation)) || (cue.contains(.personalPronoun) && next.contains(.attribution)) {
                reading.continues = true
            }
            if reading.predecessor == nil && cue.contains(.predecessor) { reading.predecessor = i }
        }
        sortUnique(&stems)
        return reading
    }

    /// The values sorted, without repeats.
    static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
        var sorted = values
        sortUnique(&sorted)
        return sorted
    }

    /// Sorts `values` and drops repeats, in place.
    static func sortUnique(_ values: inout [UInt64]) {
        values.sort()
        values.removeAdjacentRepeats()
    }

    /// Hashes of quoted runs: three-word shingles of long quotes, whole short phrases; sorted
    /// and unique in `shingles` and `phrases` (emptied first, capacity kept; `run` is scratch).
    static func quoteRuns(
        _ tokens: [WordToken], _ clause: Range<Int>, shingles: inout [UInt64], phrases: inout [UInt64], run: inout [UInt64]
    ) {
        shingles.clearKeepingCapacity()
        phrases.clearKeepingCapacity()
        // Most clauses quote nothing.
        guard clause.contains(where: { tokens[$0].quoted }) else { return }
        run.clearKeepingCapacity()
        for i in clause.lowerBound...clause.upperBound {
            if i < clause.upperBound && tokens[i].quoted {
                run.append(tokens[i].stem)
                continue
            }
            // The run ends here (or at the clause's end).
            if run.count >= 3 {
                for k in 0...(run.count - 3) {
                    shingles.append(WordHash.combine(WordHash.combine(run[k], run[k + 1]), run[k + 2]))
                }
            } else if !run.isEmpty {
                phrases.append(run.reduce(0x51ed, WordHash.combine))
            }
            run.clearKeepingCapacity()
        }
        sortUnique(&shingles)
        sortUnique(&phrases)
    }

    /// "met X's predecessor Y": the event fell in Y's term of office (before X's began);
    /// `cueStart` is where the clause's "predecessor" word starts.
    private func termConstraints(after cueStart: Int, mentions: [Mention], story: Story) -> [DateConstraint] {
        let name = { (actor: Int) in story.actors.indices.contains(actor) ? story.actors[actor].name : "actor \(actor)" }
        for mention in mentions where mention.range.start > cueStart {
            for term in terms[mention.actor] ?? [] {
                guard let until = term.until else { continue }
                let latest = until.adding(days: -1)
                return [DateConstraint(
                    interval: DayInterval(earliest: term.from, latest: latest), value: latest.iso, precision: .reference,
                    source: "while \(name(mention.actor)) was \(term.office) (predecessor)", assumed: false)]
            }
        }
        for mention in mentions.reversed() where mention.range.end <= cueStart {
            for term in terms[mention.actor] ?? [] {
                guard let from = term.from else { continue }
                return [DateConstraint(
                    interval: DayInterval(earliest: nil, latest: from.adding(days: -1)), value: from.iso, precision: .reference,
                    source: "before \(name(mention.actor)) became \(term.office) (predecessor)", assumed: false)]
            }
        }
        return []
    }
}

/// Cue classes of a clause's words, read by token position from the scanner's tags.
struct ClauseCues {
    /// Words of the sentence.
    var tokens: [WordToken]

    /// Cue classes of the word at token position `token`.
    @inline(__always) subscript(token: Int) -> CueClass { CueClass(rawValue: tokens[token].cues) }
}
