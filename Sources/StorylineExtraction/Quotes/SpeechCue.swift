import StorylineModel

/// A verb of saying or an "according to" in a sentence, with the speaker it points to.
struct SpeechCue: Sendable {
    /// Byte offset of the cue word.
    var offset: Int
    /// Speaker actor id, when one was found.
    var speaker: Int?
    /// End of the cue verb's bytes (`offset..<wordEnd`); `offset` when the cue has no word.
    /// Its text is built only for the cue a quote keeps.
    var wordEnd: Int
    /// Whether this is an "according to" source, which a verb's subject outranks.
    var isSource: Bool

    /// The cue as written, lower case ("said", "according to"); nil when it has no word.
    func word(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if isSource { return "according to" }
        guard offset < wordEnd, wordEnd <= bytes.count else { return nil }
        // Cue verbs come from an ASCII word list matched ignoring ASCII case, so lowering the
        // ASCII capitals is their whole lower-casing.
        return String(unsafeUninitializedCapacity: wordEnd - offset) { out in
            for index in offset..<wordEnd { out[index - offset] = ByteClass.lower(bytes[index]) }
            return wordEnd - offset
        }
    }
}

/// What the cue rules need to know about one token: quoting and the mentions around it.
struct TokenFacts: Sendable {
    /// Whether the token lies inside quote marks.
    var quoted = false
    /// The actor of the mention starting at the token, or -1.
    var actorStarting = -1
    /// The actor of the mention ending at the token, or -1.
    var actorEnding = -1
    /// The last token of the mention starting at the token, or -1.
    var mentionLastToken = -1
}

/// Finds the speech cues of one sentence and their speakers from the actor mentions.
struct SpeechCueFinder {
    let context: TokenContext
    /// Per token of the sentence; a borrowed buffer, valid while the finder is used.
    let facts: UnsafeMutableBufferPointer<TokenFacts>
    /// The actors so far, for their kinds.
    let actors: [Actor]

    /// A finder over `context`, writing its token facts into `buffer` (at least as long as
    /// the sentence), so one buffer serves every sentence.
    init(
        context: TokenContext, quotes: ArraySlice<QuoteSpan>, mentions: ArraySlice<Mention>, actors: [Actor],
        buffer: UnsafeMutableBufferPointer<TokenFacts>
    ) {
        self.context = context
        self.actors = actors
        let tokens = context.tokens
        let facts = UnsafeMutableBufferPointer(rebasing: buffer[0..<tokens.count])
        for (index, token) in tokens.enumerated() {
            facts[index] = TokenFacts(quoted: quotes.contains { token.start >= $0.open && token.start < $0.close })
        }
        for mention in mentions {
            // First token at or after the mention start (tokens are in text order).
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].start < mention.range.start { low = middle + 1 } else { high = middle }
            }
            guard low < tokens.count, tokens[low].start == mention.range.start else { continue }
            var last = low
            while last + 1 < tokens.count, tokens[last].end < mention.range.end { last += 1 }
            guard tokens[last].end == mention.range.end else { continue }
            // Of mentions starting together, the longest names who stands there: "Al Roe's
            // sister" is she, not he.
            if facts[low].actorStarting < 0 || last > facts[low].mentionLastToken {
                facts[low].actorStarting = mention.actor
                facts[low].mentionLastToken = last
            }
            facts[last].actorEnding = mention.actor
        }
        self.facts = facts
    }

    /// Every cue of the sentence, in text order.
    func cues() -> [SpeechCue] {
        var cues: [SpeechCue] = []
        var insideMentionUntil = -1
        // Whether the sentence has a verb of saying outside quotes; a colon's cue otherwise.
        var hasVerb = false
        var colonCue: SpeechCue?
        // Offsets of "for calling …" cues: the blamed one's words, not the sentence's subject's.
        var blamed: [Int] = []
        // Offsets of cues after a modal ("Seoul would respond 'sternly', said Jo Roe"): reported
        // acts when the sentence has another verb of saying.
        var modal: [Int] = []
        // A verb of saying after "to" that says why the subject acted ("appeared on television
        // to declare that …"): the cue only when the sentence has no other.
        var purposeCue: SpeechCue?
        for index in 0..<context.count {
            insideMentionUntil = max(insideMentionUntil, facts[index].mentionLastToken)
            guard !facts[index].quoted, index > insideMentionUntil else { continue }
            if isAccordingTo(index) {
                cues.append(SpeechCue(offset: context.tokens[index].start, speaker: source(after: index + 2), wordEnd: context.tokens[index + 1].end, isSource: true))
            } else if !hasVerb, purposeCue == nil, context.isExactly(index - 1, "to"), context.isCueVerb(index),
                      let speaker = purposeSubject(to: index - 1) {
                purposeCue = SpeechCue(offset: context.tokens[index].start, speaker: speaker, wordEnd: context.tokens[index].end, isSource: false)
            } else if context.isCueVerb(index) || isPhrasalCue(index) || isNounCue(index) || isVerbAfterQuote(index),
                      !context.isExactly(index - 1, "to") {
                // (An infinitive, "she expected Velmar to respond 'sharply'", is an act to come,
                // not the one that says the quote: the verb that governs it is the cue.)
                // "He warned that the South would respond 'strongly'": what the South may do is
                // reported; the verb before it is the cue.
                if context.isWord(index - 1, in: QuoteCueLexicon.modals) {
                    if cues.contains(where: { !$0.isSource }) { continue }
                    modal.append(context.tokens[index].start)
                }
                // "The agency quoted Ada Lintz as saying …": the one quoted speaks, not who quotes.
                var speaker = quotedSource(after: index) ?? subject(of: index)
                // "X said … and added …": a coordinated verb shares the subject.
                let previous = context.skippingFillersBackward(from: index - 1)
                // "Vexa said it would appeal against the ruling, which it called '…'": a pronoun
                // no rule resolved is the subject of the sentence's earlier verb of saying.
                if speaker == nil, context.has(previous, .neuterPronoun) || context.has(previous, .malePronoun)
                    || context.has(previous, .femalePronoun), let earlier = cues.last(where: { !$0.isSource && $0.speaker != nil }) {
                    speaker = earlier.speaker
                }
                if speaker == nil, context.isExactly(previous, "and") || context.isExactly(previous, "but") {
                    // "Jo Roe backed the bill but vowed to fight …": the sentence's subject, also when
                    // an earlier cue found no one ("… has suffered repeated breakdowns, and said"), if
                    // named before that cue ("The memo accused Velmar of … and said": not Velmar).
                    if let earlier = cues.last(where: { !$0.isSource }) {
                        speaker = earlier.speaker
                            ?? openingSubject(before: context.tokens.firstIndex { $0.start >= earlier.offset } ?? previous)
                    } else {
                        speaker = openingSubject(before: previous)
                    }
                }
                // "The ministry issued a statement saying …", "Jo Roe hit back, adding …": a
                // participle of saying is the act of the sentence's subject.
                if speaker == nil, isParticiple(index) {
                    if context.isExactly(index - 1, "for") {
                        // "slammed Ada Lintz for calling the country a 'grave danger'": the one
                        // blamed said it, not the subject (nor is he the subject's later "saying").
                        speaker = index >= 2 && !facts[index - 2].quoted && facts[index - 2].actorEnding >= 0 ? facts[index - 2].actorEnding : nil
                        blamed.append(context.tokens[index].start)
                    } else {
                        speaker = cues.last(where: { !$0.isSource && !blamed.contains($0.offset) })?.speaker ?? openingSubject(before: index)
                    }
                }
                cues.append(SpeechCue(offset: context.tokens[index].start, speaker: speaker, wordEnd: context.tokens[index].end, isSource: false))
                hasVerb = true
            } else if !hasVerb, colonCue == nil, context.isExactly(index, ":"), opensQuote(after: index),
                      let speaker = openingSubject(before: index) {
                // 'Mr Lane was blunt: "There is no more money."': a colon before a quote, with no
                // verb of saying in the sentence, introduces the words of the sentence's subject.
                colonCue = SpeechCue(offset: context.tokens[index].start, speaker: speaker, wordEnd: context.tokens[index].start, isSource: false)
            }
        }
        if !modal.isEmpty, cues.contains(where: { !$0.isSource && !modal.contains($0.offset) }) {
            cues.removeAll { modal.contains($0.offset) }
        }
        if !hasVerb, let colonCue {
            cues.append(colonCue)
            cues.sort { $0.offset < $1.offset }
        }
        if !hasVerb, colonCue == nil, let purposeCue {
            cues.append(purposeCue)
            cues.sort { $0.offset < $1.offset }
        }
        return cues
    }

    /// The sentence's subject when the infinitive after the "to" at `to` tells why it acted:
    /// "Jo Roe, 58, appeared on television, flanked by generals, to declare …", "went on radio
    /// to insist …". Not an infinitive another verb asks for ("expected to say", "refused to
    /// call", "plans to announce") nor one whose doer is the object ("urged officials to say").
    private func purposeSubject(to: Int) -> Int? {
        let before = to - 1
        guard before >= 1, !facts[before].quoted, facts[before].actorEnding < 0 else { return nil }
        if !context.isComma(before) {
            let token = context.tokens[before]
            guard token.isWord, !context.has(before, .objectPronoun), !context.isWord(before, in: QuoteCueLexicon.infinitiveTakers),
                  !Self.endsWith(token, "ed", context.bytes), !Self.endsWith(token, "ing", context.bytes) else { return nil }
        }
        guard let subject = openingSubject(before: to) else { return nil }
        for index in 0..<to where !facts[index].quoted && context.isWord(index, in: QuoteCueLexicon.objectControlVerbs) { return nil }
        return subject
    }

    /// Whether `token` ends in the lower-case letters `suffix` after at least two more bytes.
    private static func endsWith(_ token: Token, _ suffix: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard token.count > count + 1 else { return false }
        let start = suffix.utf8Start
        for k in 0..<count where bytes[token.end - count + k] != start[k] { return false }
        return true
    }

    /// Whether token `index` is a verb whose object is a noun of saying, "that" after it ("made a
    /// rare admission that", "issued a stark warning that"), a few words between.
    private func isNounCue(_ index: Int) -> Bool {
        // This runs for every word of a quoting sentence: the verb's first letter and length
        // are checked before its list is looked up.
        let token = context.tokens[index]
        guard token.isWord, (4...9).contains(token.count), index + 2 < context.count else { return false }
        switch ByteClass.lower(context.bytes[token.start]) {
        case UInt8(ascii: "m"), UInt8(ascii: "g"), UInt8(ascii: "i"), UInt8(ascii: "d"): break
        default: return false
        }
        guard context.isWord(index, in: QuoteCueLexicon.nounCueVerbs) else { return false }
        var k = index + 1
        while k < min(context.count - 1, index + Self.nounCueReach), context.tokens[k].isWord, !context.tokens[k].isCapitalised, !facts[k].quoted {
            if context.isWord(k, in: QuoteCueLexicon.speechNouns) { return context.isExactly(k + 1, "that") }
            k += 1
        }
        return false
    }

    /// Most words from a verb to its noun of saying ("made a rare public admission").
    static let nounCueReach = 5

    /// Whether token `index` is a present form that is as often a noun ("recalls", "notes") right
    /// after a quote and the one who spoke it, closing the sentence or clause ('"…," Jo Roe
    /// recalls.'): there it can only say the quote.
    private func isVerbAfterQuote(_ index: Int) -> Bool {
        // Cheap conditions first: this runs for every word of a quoting sentence. The words are
        // of five to eight lower-case letters ending in "s", before a period or a comma.
        guard index >= 2, index + 1 < context.count else { return false }
        let token = context.tokens[index], next = context.tokens[index + 1]
        guard token.isWord, (5...8).contains(token.count), context.bytes[token.end - 1] == UInt8(ascii: "s"), !token.isCapitalised,
              next.count == 1, context.bytes[next.start] == UInt8(ascii: ".") || context.bytes[next.start] == UInt8(ascii: ",") else { return false }
        let previous = index - 1
        let subject = facts[previous].actorEnding >= 0
            ? (max(0, previous - 3)...previous).first(where: { facts[$0].mentionLastToken == previous }) : nil
        guard let first = subject ?? (context.has(previous, .malePronoun) || context.has(previous, .femalePronoun) ? previous : nil),
              first >= 1, ActorResolver.followsClosingQuote(context.bytes, context.tokens[first].start) else { return false }
        return context.isWord(index, in: QuoteCueLexicon.verbsAfterQuote)
    }

    /// Whether token `index` opens a phrasal verb framing a label ("played down", "brushed off").
    private func isPhrasalCue(_ index: Int) -> Bool {
        // The particle first: a short word, rarer than the verbs.
        index + 1 < context.count && context.tokens[index + 1].count <= 5 && context.isWord(index + 1, in: QuoteCueLexicon.phrasalParticles)
            && context.isWord(index, in: QuoteCueLexicon.phrasalVerbs)
    }

    /// The person named right after the verb at `verb` ("said Jo Roe", "said Sen. Jo Roe"),
    /// when the name ends the sentence or is followed by a comma (not "said Roe had …").
    private func invertedName(after verb: Int) -> Int? {
        var index = verb + 1
        while index < min(context.count, verb + 4), !facts[index].quoted, facts[index].actorStarting < 0,
              context.isCapitalisedWord(index) || isAbbreviationPeriod(index) { index += 1 }
        guard index < context.count, !facts[index].quoted, isPerson(facts[index].actorStarting) else { return nil }
        let after = facts[index].mentionLastToken + 1
        guard after >= context.count || context.isComma(after) || context.isExactly(after, ".") else { return nil }
        return facts[index].actorStarting
    }

    /// Whether token `index` is a single quote mark (straight or curly) right after a comma,
    /// question or exclamation mark: the end of a quote in single marks ("…,' said Jo Roe").
    private func isClosingSingleQuote(_ index: Int) -> Bool {
        guard index >= 1, !facts[index].quoted, context.isExactly(index, "'") || context.isExactly(index, "\u{2019}") else { return false }
        return context.isComma(index - 1) || context.isExactly(index - 1, "?") || context.isExactly(index - 1, "!")
    }

    /// Whether the cue verb at `index` is a participle ("saying", "adding").
    private func isParticiple(_ index: Int) -> Bool {
        Self.endsWith(context.tokens[index], "ing", context.bytes)
    }

    /// Whether a quote opens just after token `index` (its mark, or its first word).
    private func opensQuote(after index: Int) -> Bool {
        (index + 1 < context.count && facts[index + 1].quoted) || (index + 2 < context.count && facts[index + 2].quoted)
    }

    /// The speaker of the cue verb at `verb`: the subject before it ("Mr Kim said", "he also said"),
    /// the antecedent of "which"/"who" ("North Korea, which said"), or an inverted subject
    /// after it (`"…," said Jen Doe`).
    private func subject(of verb: Int) -> Int? {
        var previous = context.skippingFillersAndTimeBackward(from: verb - 1)
        // "the founder, Ada Lintz, 81, said": an age set off by commas stands between the name
        // and its verb.
        if previous >= 3, context.isComma(previous), context.isNumber(previous - 1), context.tokens[previous - 1].count <= 3,
           context.isComma(previous - 2), !facts[previous - 3].quoted, isPerson(facts[previous - 3].actorEnding) {
            return facts[previous - 3].actorEnding
        }
        // "Mair Hughes, from Clydach, said": so does a home town.
        if let opening = context.homeAsideStart(closedAt: previous), opening >= 1, !facts[opening - 1].quoted,
           isPerson(facts[opening - 1].actorEnding) {
            return facts[opening - 1].actorEnding
        }
        // "The European Union's delegation in Myanmar calls …": the country the subject is in
        // does not speak; what stands before "in" does.
        if previous >= 2, !facts[previous].quoted, facts[previous].actorEnding >= 0,
           actors.indices.contains(facts[previous].actorEnding), actors[facts[previous].actorEnding].kind == .country,
           let first = (max(0, previous - 3)...previous).first(where: { facts[$0].mentionLastToken == previous }),
           first >= 2, context.isExactly(first - 1, "in"), !context.isComma(first - 2) {
            previous = first - 2
        } else if previous >= 2, !facts[previous].quoted, facts[previous].actorEnding < 0, context.isCapitalisedWord(previous) {
            // "a spokesperson for the Harlow Embassy in Velmar City said": so does a place no
            // rule named, after a body or person.
            var first = previous
            while first > 0, previous - first < Self.placeAfterInWords - 1, context.isCapitalisedWord(first - 1) { first -= 1 }
            if first >= 2, context.isExactly(first - 1, "in"), !facts[first - 2].quoted, facts[first - 2].actorEnding >= 0,
               actors.indices.contains(facts[first - 2].actorEnding), actors[facts[first - 2].actorEnding].kind != .country {
                previous = first - 2
            }
        }
        // "issued a statement through the state-run news agency condemning …": the channel a
        // statement went through does not say it; the participle is the subject's act.
        if isParticiple(verb), isChannel(ending: previous) { return nil }
        // "Sen. Tom Roe (R-Ohio) told", "Tim Kaine of Virginia said", "Jo Roe of Harlow University
        // said": the person before a bracketed party tag or an "of" place or body.
        if let person = personBeforeTag(ending: previous) { return person }
        if previous >= 0, !facts[previous].quoted, facts[previous].actorEnding >= 0 {
            // "The sister of Ruritania's leader Al Roe said": Al is named to say whose sister
            // speaks — she, when the story named her so before.
            return isProxied(ending: previous) ? relative(ending: previous) : facts[previous].actorEnding
        }
        // "Vexa Inc. said": the abbreviation's period closes the name.
        if previous >= 1, context.isExactly(previous, "."), !context.tokens[previous].spaceBefore, !facts[previous - 1].quoted,
           facts[previous - 1].actorEnding >= 0 {
            return facts[previous - 1].actorEnding
        }
        // "Kerr's spokesman said", "Kerr's office said": a spokesman speaks for the one whose
        // spokesman he is; "a spokesperson for South Korea's foreign ministry said": a country's
        // or body's own ministry, army or government speaks for it (a person's "government" is
        // no person's).
        let spokesman = context.isWord(previous, in: ActorLexicon.spokesWords) || context.isWord(previous, in: ActorLexicon.ownerVoiceNouns)
        if previous >= 2, spokesman || context.isWord(previous, in: ActorLexicon.governmentNouns) {
            var k = previous - 1
            while k >= 0, previous - k <= Self.bodyModifierWords, context.tokens[k].isWord, !context.tokens[k].isCapitalised, !facts[k].quoted { k -= 1 }
            if k >= 1, context.tokens[k].kind == .possessive, !facts[k - 1].quoted, facts[k - 1].actorEnding >= 0,
               spokesman || !isPerson(facts[k - 1].actorEnding) {
                return facts[k - 1].actorEnding
            }
        }
        // "A council spokeswoman said": the body named (or described) just before the spokeswoman.
        if spokesman, previous >= 1, !facts[previous - 1].quoted, facts[previous - 1].actorEnding >= 0, !isPerson(facts[previous - 1].actorEnding) {
            return facts[previous - 1].actorEnding
        }
        // "the official KASA news agency reported", "the Harlow Broadcasting Corporation network
        // said": a body's noun after its name (a few lower-case words between) stands for the body.
        if previous >= 1, context.isWord(previous, in: ActorLexicon.bodyNouns) || context.isWord(previous, in: ActorLexicon.organisationNouns) {
            var k = previous - 1
            while k >= 1, previous - k <= Self.bodyModifierWords, context.tokens[k].isWord, !context.tokens[k].isCapitalised,
                  !facts[k].quoted, facts[k].actorEnding < 0 { k -= 1 }
            if !facts[k].quoted, actors.indices.contains(facts[k].actorEnding), actors[facts[k].actorEnding].kind == .organisation {
                return facts[k].actorEnding
            }
        }
        // "… in Europe (OSCE) said": the body its initials in brackets name, else the one named
        // before the bracket ("… Allied Workers (Usdaw) said").
        if previous >= 1, context.isExactly(previous, ")"), !facts[previous - 1].quoted {
            if facts[previous - 1].actorEnding >= 0 { return facts[previous - 1].actorEnding }
            if previous >= 3, context.isExactly(previous - 2, "("), !facts[previous - 3].quoted, facts[previous - 3].actorEnding >= 0 {
                return facts[previous - 3].actorEnding
            }
        }
        if previous >= 0, context.has(previous, .relativePronoun) {
            var index = previous - 1
            if context.isComma(index) { index -= 1 }
            while index >= 0 {
                if !facts[index].quoted, facts[index].actorEnding >= 0 { return appositionHead(before: index) ?? facts[index].actorEnding }
                index -= 1
            }
            return nil
        }
        // `"…," said Labour leader Jo Bloggs`: the first actor shortly after the verb.
        // "'…,' said Jo Roe": a single quote closing after a comma counts as a quote's end too.
        let afterQuote = (verb > 0 && facts[verb - 1].quoted) || (verb > 1 && context.isComma(verb - 1) && facts[verb - 2].quoted)
            || (verb > 1 && isClosingSingleQuote(verb - 1))
        let inverted = verb == 0 || afterQuote
        // "Seoul would respond 'sternly', said Jo Roe, a spokesman": a verb of saying after a
        // comma, with a name after it that closes the clause, is inverted too.
        if !inverted, previous == verb - 1, context.isComma(previous), context.isWord(verb, in: QuoteCueLexicon.invertibleVerbs),
           let named = invertedName(after: verb) {
            return named
        }
        if inverted {
            // `said Harlow acting Administrator Ivo Dal`: the person a body's title names, when one
            // follows; a title's period ("said Sen. Jo Roe") goes on.
            var index = verb + 1
            var first: Int?
            while index < min(context.count, verb + 7), !facts[index].quoted, !context.isComma(index),
                  !context.isExactly(index, ".") || isAbbreviationPeriod(index) {
                let actor = facts[index].actorStarting
                if actor >= 0 {
                    if isPerson(actor) { return actor }
                    // `said one senior Harlow Party MP, who asked not to be named`: someone of the
                    // body, unnamed, speaks, not the body.
                    if first == nil, context.isWord(facts[index].mentionLastToken + 1, in: QuoteCueLexicon.unnamedMembers) { return nil }
                    if first == nil { first = actor }
                    index = max(index, facts[index].mentionLastToken)
                }
                index += 1
            }
            if let first { return first }
        }
        // "Mr Kim, who was speaking in the capital, said …": the sentence's first actor.
        if context.isComma(previous) {
            // "X told reporters …, while Y, who …, expressed": the clause the verb is in.
            let clause = clauseStart(before: previous)
            // The comma that opens what stands between it and the verb's comma.
            if let open = (clause..<previous).last(where: { !facts[$0].quoted && context.isComma($0) }), open > clause {
                // "The UN's envoy for Ruritania, Jo Bloggs, said": a name alone between the two commas,
                // when no person comes before it ("Jo Roe, the sister of the leader, Al Roe, said" is Jo's).
                if open + 1 < previous, facts[open + 1].actorStarting >= 0, facts[open + 1].mentionLastToken == previous - 1,
                   !(clause..<open).contains(where: { isPerson(facts[$0].actorStarting) && !isPossessor($0) }) || namesTitleHolder(comma: open) {
                    return facts[open + 1].actorStarting
                }
                // "…, and Ada Lintz, Mr. Lintz's sister and a senior official, warned": the person just
                // before the comma that opens an apposition describing her.
                if !facts[open - 1].quoted, isPerson(facts[open - 1].actorEnding), opensDescription(at: open + 1) {
                    return facts[open - 1].actorEnding
                }
            }
            // The actor just before the comma that opens the inserted clause, else the first actor;
            // an opening phrase's comma ("After the hearing, Detective Jo Roe, of Harlow Police,
            // said") opens none.
            // "In Brussels, Commission President Ada Lintz, herself a …, said": the comma of an
            // opening phrase sets off nothing.
            let opening = max(bodyStart(), clause)
            let phraseComma = openingPhraseComma(from: opening, before: previous)
            let commas = (clause..<previous).lazy.filter { !facts[$0].quoted && context.isComma($0) && $0 != phraseComma }
            if let comma = commas.first, comma > clause, facts[comma - 1].actorEnding >= 0 {
                // "Velmar's envoy to the UN, Jo Roe, …": what a role is to only says whose envoy
                // speaks; the one named after the comma does.
                if ActorResolver.roleOfBody(endingAt: comma - 1, context), comma + 1 < previous, !facts[comma + 1].quoted,
                   isPerson(facts[comma + 1].actorStarting) {
                    return facts[comma + 1].actorStarting
                }
                return facts[comma - 1].actorEnding
            }
            if let comma = commas.dropFirst().first, comma - 1 - clause <= Self.subjectReach + 4, isPerson(facts[comma - 1].actorEnding) {
                return facts[comma - 1].actorEnding
            }
            // "…, and Velmar Water, which supplies …, said": the body a "which" aside is about,
            // opening the clause after a comma and its conjunction.
            if let first = commas.first, let comma = commas.dropFirst().first, context.isExactly(comma + 1, "which"),
               facts[comma - 1].actorEnding >= 0, !facts[comma - 1].quoted,
               let opening = (first + 1..<comma).first(where: { facts[$0].actorStarting >= 0 }),
               opening == first + 1 || (opening == first + 2 && (context.isExactly(first + 1, "and") || context.isExactly(first + 1, "but"))),
               facts[opening].actorStarting == facts[comma - 1].actorEnding {
                return facts[comma - 1].actorEnding
            }
            // Only where a subject starts: "Lintz, in her first address to a joint session of the
            // Harlow Assembly on Wednesday, called …" is not the assembly's saying; after a dateline.
            let first = max(opening, phraseComma.map { $0 + 1 } ?? 0)
            for index in first..<max(first, min(previous, first + Self.subjectReach)) where !facts[index].quoted && facts[index].actorStarting >= 0 {
                // "Arden's sister, Mira Arden, …, calling …": a possessor is not the subject, unless
                // its ministry or government is ("Harlow's unification ministry, which …, said").
                let after = facts[index].mentionLastToken + 1
                if after > 0, after < context.count, context.tokens[after].kind == .possessive {
                    if !isPerson(facts[index].actorStarting), ownGovernmentNoun(after: after) { return facts[index].actorStarting }
                    continue
                }
                // "A senior U.S. administration official, who …, said": the country only tells whose
                // official spoke, and he is not named.
                if describesStaff(from: after) { return nil }
                return bodyWithin(index)
            }
        }
        return nil
    }

    /// Whether a government noun follows the possessive at token `possessive`, after at most
    /// `bodyModifierWords` lower-case words ("'s unification ministry").
    private func ownGovernmentNoun(after possessive: Int) -> Bool {
        var k = possessive + 1
        while k < context.count, k - possessive <= Self.bodyModifierWords + 1, context.tokens[k].isWord,
              !context.tokens[k].isCapitalised, !facts[k].quoted {
            if context.isWord(k, in: ActorLexicon.governmentNouns) { return true }
            k += 1
        }
        return false
    }

    /// The actor named from token `index`, or the body named right after it, which belongs to
    /// it ("The United Nations Food and Agriculture Organization warned …": the organisation).
    private func bodyWithin(_ index: Int) -> Int {
        let after = facts[index].mentionLastToken + 1
        guard after > 0, after < context.count, !facts[after].quoted, actors.indices.contains(facts[after].actorStarting),
              actors[facts[after].actorStarting].kind == .organisation else { return facts[index].actorStarting }
        return facts[after].actorStarting
    }

    /// The person named just before a bracketed tag ("Tom Roe (R-Ohio)") or an "of" phrase of
    /// capitalised words ("Tim Kaine of Virginia", "Jo Roe of the Harlow Times") ending at token
    /// `last`; nil when there is no such tag or no person before it.
    private func personBeforeTag(ending last: Int) -> Int? {
        guard last >= 2, !facts[last].quoted else { return nil }
        var k = last
        if context.isExactly(k, ")") {
            guard let open = (max(0, k - Self.tagReach)..<k).last(where: { context.isExactly($0, "(") }) else { return nil }
            k = open - 1
        } else {
            // Capitalised words (whatever actors they name) back to "of" or "of the".
            var start = k
            while start > 0, last - start < Self.tagReach, context.isCapitalisedWord(start) { start -= 1 }
            guard start < k || context.isCapitalisedWord(k) else { return nil }
            if context.isExactly(start, "the") { start -= 1 }
            guard start < last, context.isExactly(start, "of") else { return nil }
            k = start - 1
        }
        guard k >= 0, !facts[k].quoted, isPerson(facts[k].actorEnding) else { return nil }
        return facts[k].actorEnding
    }

    /// Most tokens of a tag after a name: "(D-W.Va.)" is seven.
    static let tagReach = 8

    /// Whether the period at token `index` closes an abbreviation inside the sentence ("Sen.",
    /// "Gov."): it touches its word and a capitalised word follows (a sentence would have ended).
    private func isAbbreviationPeriod(_ index: Int) -> Bool {
        index >= 1 && !context.tokens[index].spaceBefore && context.tokens[index - 1].isWord && context.isCapitalisedWord(index + 1)
    }

    /// The person an apposition holding token `index` describes: "said Jo Roe, a lawyer for
    /// the Lintz family, who called …" is Jo Roe's calling, not the family's.
    private func appositionHead(before index: Int) -> Int? {
        guard let comma = (0..<index).last(where: { !facts[$0].quoted && context.isComma($0) }), comma >= 1,
              context.isExactly(comma + 1, "a") || context.isExactly(comma + 1, "an") || context.isExactly(comma + 1, "the"),
              !facts[comma - 1].quoted, isPerson(facts[comma - 1].actorEnding) else { return nil }
        return facts[comma - 1].actorEnding
    }

    /// The actor named within the first `subjectReach` words of the sentence, before `end`
    /// and outside quotes: the subject a coordinated verb shares.
    private func openingSubject(before end: Int) -> Int? {
        var first = bodyStart()
        // "In Seoul, the National Security Council met and expressed …", "According to the
        // agency, Ada Lintz opened the congress by acknowledging …": the subject after the phrase.
        if let comma = openingPhraseComma(from: first, before: end) { first = comma + 1 }
        guard first < end else { return nil }
        for index in first..<min(end, first + Self.subjectReach) where !facts[index].quoted && facts[index].actorStarting >= 0 {
            // "Jo Roe's lawyer issued a statement saying …": the subject is someone of hers.
            let after = facts[index].mentionLastToken + 1
            if after > 0, after < context.count, context.tokens[after].kind == .possessive {
                // "Velmar's Foreign Ministry hit back, accusing …": the body named right after it.
                let owned = after + 1
                if owned < context.count, !facts[owned].quoted, facts[owned].actorStarting >= 0, !isPerson(facts[owned].actorStarting) {
                    return facts[owned].actorStarting
                }
                // "Al Roe's sister Mira Roe", "Al Roe's younger sister Mira Roe": the one named
                // right after the noun.
                let noun = after + 1 < context.count && context.tokens[after + 1].isWord && !context.tokens[after + 1].isCapitalised
                for named in (after + 2)...(after + 3) where noun && named < context.count && !facts[named].quoted {
                    if isPerson(facts[named].actorStarting) { return facts[named].actorStarting }
                    guard context.tokens[named].isWord, !context.tokens[named].isCapitalised else { break }
                }
                // "Arden's sister, Mira Arden, …", "Velmar's envoy to the UN, Jo Roe, …": the one
                // named beside the noun (after what it is to or of), else no one.
                var comma = after + 2
                if noun, context.isExactly(comma, "to") || context.isExactly(comma, "of") || context.isExactly(comma, "at") {
                    comma += context.isExactly(comma + 1, "the") ? 2 : 1
                    if comma < context.count, !facts[comma].quoted, facts[comma].actorStarting >= 0 { comma = facts[comma].mentionLastToken + 1 }
                }
                let named = comma + 1
                guard named < context.count, context.isComma(comma), !facts[named].quoted else { return nil }
                return facts[named].actorStarting >= 0 ? facts[named].actorStarting : nil
            }
            // "The sister of leader Al Roe issued a statement saying …": someone of his.
            if isPerson(facts[index].actorStarting), RelationPhrase.isProxied(context.tokens[index].start, context.bytes) { return nil }
            return bodyWithin(index)
        }
        return nil
    }

    /// Whether token `index` opens a description of someone: an article or possessive pronoun
    /// ("the sister of …", "her lawyer"), or a name with "'s" ("Mr. Lintz's sister").
    private func opensDescription(at index: Int) -> Bool {
        guard index < context.count, !facts[index].quoted else { return false }
        if context.isWord(index, in: ActorLexicon.descriptionOpeners) { return true }
        let after = facts[index].mentionLastToken + 1
        return facts[index].actorStarting >= 0 && after > 0 && after < context.count && context.tokens[after].kind == .possessive
    }

    /// The comma closing a phrase that opens the clause at token `opening`, before token `end`,
    /// and names no subject: a short place phrase ("In Brussels, …"), or a longer phrase or a
    /// source with a name just after its comma ("In a statement carried by state media over the
    /// weekend, Ada Lintz …", "According to the agency, Ada Lintz sent …, saying").
    private func openingPhraseComma(from opening: Int, before end: Int) -> Int? {
        guard opening < context.count else { return nil }
        let place = context.isWord(opening, in: QuoteCueLexicon.placeOpeners)
        if place, let comma = (opening + 1..<min(end, opening + Self.subjectReach + 1)).first(where: { context.isComma($0) }) {
            return comma
        }
        guard let comma = (opening + 1..<min(end, opening + Self.openingPhraseReach)).first(where: { context.isComma($0) }),
              (comma + 1..<min(end, comma + 3)).contains(where: { facts[$0].actorStarting >= 0 }) else { return nil }
        // "Four days later, Velmar's Foreign Ministry hit back, accusing …": any short phrase
        // naming no one before a subject named just after its comma.
        let short = wordsOutsideBrackets(opening..<comma) <= Self.shortOpeningPhrase
            && !(opening..<comma).contains(where: { facts[$0].actorStarting >= 0 || facts[$0].quoted })
        return place || isAccordingTo(opening) || short ? comma : nil
    }

    /// Words among `tokens` outside round brackets: "On Thursday (29 April)" is two words long.
    private func wordsOutsideBrackets(_ tokens: Range<Int>) -> Int {
        var words = 0, depth = 0
        for index in tokens {
            if context.isExactly(index, "(") { depth += 1 } else if context.isExactly(index, ")") { depth = max(0, depth - 1) }
            else if depth == 0, context.tokens[index].isWord { words += 1 }
        }
        return words
    }

    /// Most words of an opening phrase of any kind ("Four days later", "Late on Wednesday").
    static let shortOpeningPhrase = 5

    /// Whether "according to" (any case of its first letter) starts at token `index`.
    private func isAccordingTo(_ index: Int) -> Bool {
        (context.isExactly(index, "according") || context.isExactly(index, "According")) && context.isExactly(index + 1, "to")
    }

    /// The first token of the clause holding token `index`: after the last "; " or ", while",
    /// ", whereas" or ", but" before it (0 for the sentence's first clause).
    private func clauseStart(before index: Int) -> Int {
        var k = index - 1
        while k > 0 {
            if !facts[k].quoted, context.isExactly(k, ";") { return k + 1 }
            if !facts[k].quoted, context.isComma(k - 1), context.isWord(k, in: Self.clauseOpeners) { return k + 1 }
            k -= 1
        }
        return 0
    }

    /// Conjunctions that open a clause of their own after a comma.
    private static let clauseOpeners = WordSet(["while", "whereas", "but", "whilst"], caseInsensitive: false)

    /// The first token after the sentence's wire dateline, if it opens with one ("HARLOW, May 2
    /// (Wire) -- Tormund … slammed …, saying …": the wire is no subject); else 0.
    private func bodyStart() -> Int {
        guard let opening = context.tokens.first else { return 0 }
        let bodyStart = EventTitler.afterDateline(opening.start, context.bytes)
        var first = 0
        while first < context.count, context.tokens[first].start < bodyStart { first += 1 }
        return first
    }

    /// Whether the mention starting at token `index` names a possessor ("Kim Tae Ho's sister").
    private func isPossessor(_ index: Int) -> Bool {
        let after = facts[index].mentionLastToken + 1
        return after > 0 && after < context.count && context.tokens[after].kind == .possessive
    }

    /// Whether the words from token `start` are a few lower-case modifiers and a noun of staff
    /// ("administration official", "official", "defence sources").
    private func describesStaff(from start: Int) -> Bool {
        var k = start
        while k < min(context.count, start + Self.bodyModifierWords + 1), context.tokens[k].isWord, !context.tokens[k].isCapitalised, !facts[k].quoted {
            if context.isWord(k, in: ActorLexicon.staffNouns) || context.isWord(k, in: ActorLexicon.spokesWords) { return true }
            k += 1
        }
        return false
    }

    /// Whether the comma at token `comma` follows a title that the name after it holds ("…
    /// that the Harlow press secretary, Jo Pallant, described as"), the title not being
    /// the object of "of" or "for" ("Jo Roe, the sister of the leader, Al Roe, said" is Jo's).
    private func namesTitleHolder(comma: Int) -> Bool {
        guard comma >= 2, context.has(comma - 1, .title), !facts[comma - 1].quoted else { return false }
        var k = comma - 2
        while k > 0, comma - k <= Self.titlePhraseWords, !context.isComma(k), !context.isWord(k, in: QuoteCueLexicon.determiners) { k -= 1 }
        guard context.isWord(k, in: QuoteCueLexicon.determiners) else { return false }
        return !context.isExactly(k - 1, "of") && !context.isExactly(k - 1, "for")
    }

    /// Most words of a title's phrase before its comma ("the White House press secretary").
    static let titlePhraseWords = 6

    /// Most lower-case words before a body's noun after its owner's name ("foreign" in "South
    /// Korea's foreign ministry").
    static let bodyModifierWords = 2

    /// Most capitalised words of a place after "in" between a speaker and its verb.
    static let placeAfterInWords = 3

    /// Most tokens of an opening phrase before the subject ("In a statement carried by state
    /// media over the weekend, …", 'In a statement signed with the title "vice director" of
    /// the Harlow Council, she …': quote marks count as tokens).
    static let openingPhraseReach = 22

    /// How far into a sentence its subject may start ("Republican leader Jo Roe …").
    static let subjectReach = 5

    /// Whether the person whose mention ends at token `last` is named through a relation to
    /// someone else ("the sister of X", "a lawyer for X").
    private func isProxied(ending last: Int) -> Bool {
        guard isPerson(facts[last].actorEnding), let first = (0...last).last(where: { facts[$0].mentionLastToken == last }) else { return false }
        return RelationPhrase.isProxied(context.tokens[first].start, context.bytes)
    }

    /// The person whose mention spans a relation phrase ending at token `last` ("the sister of
    /// leader Al Roe", known from "Jo Roe, the sister of Al Roe"), if any.
    private func relative(ending last: Int) -> Int? {
        let named = facts[last].actorEnding
        return (0..<last).first { facts[$0].mentionLastToken == last && isPerson(facts[$0].actorStarting) && facts[$0].actorStarting != named }
            .map { facts[$0].actorStarting }
    }

    /// Whether the actor named ending at token `last` follows "through" or "via" (a few
    /// lower-case words between: "through the state-run news agency").
    private func isChannel(ending last: Int) -> Bool {
        guard last >= 0, !facts[last].quoted, facts[last].actorEnding >= 0,
              let first = (max(0, last - 8)...last).first(where: { facts[$0].mentionLastToken == last }) else { return false }
        var k = first - 1
        while k >= 0, first - k <= Self.bodyModifierWords + 1, context.tokens[k].isWord, !context.tokens[k].isCapitalised {
            if context.isWord(k, in: QuoteCueLexicon.channelWords) { return true }
            k -= 1
        }
        return false
    }

    /// The actor named after "quoted" at `verb` and before "as" ("quoted leader Al Roe
    /// as saying"), a title's words between.
    private func quotedSource(after verb: Int) -> Int? {
        guard context.isWord(verb, in: QuoteCueLexicon.quotingVerbs) else { return nil }
        var index = verb + 1
        while index < min(context.count, verb + 4), !facts[index].quoted {
            let actor = facts[index].actorStarting
            if actor >= 0 { return context.isExactly(facts[index].mentionLastToken + 1, "as") ? actor : nil }
            index += 1
        }
        return nil
    }

    /// Whether `actor` (-1: none) is a person.
    private func isPerson(_ actor: Int) -> Bool {
        actors.indices.contains(actor) && actors[actor].kind == .person
    }

    /// The first actor named within a few words after "according to", before a comma closes
    /// the source ("According to a Commission spokesperson, the Tallinn declaration …": not
    /// Tallinn's country); after a possessive, the actor it owns ("according to Harlowia's
    /// Ministry of Defence": the ministry).
    private func source(after start: Int) -> Int? {
        var index = start
        while index < min(context.count, start + 6), !context.isComma(index) {
            if !facts[index].quoted, facts[index].actorStarting >= 0 {
                let owned = facts[index].mentionLastToken + 2
                if owned < context.count, context.tokens[owned - 1].kind == .possessive, !facts[owned].quoted,
                   facts[owned].actorStarting >= 0 {
                    return facts[owned].actorStarting
                }
                return facts[index].actorStarting
            }
            index += 1
        }
        return nil
    }
}
