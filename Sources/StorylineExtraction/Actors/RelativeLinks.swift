import StorylineModel

/// A phrase naming someone by a relation not known yet when it was read.
struct PendingRelative: Sendable {
    /// The relation.
    var key: RelativeKey
    /// The phrase's article, sentence and bytes.
    var document: Int
    var sentence: Int
    var range: TextRange
}

/// A relation to a person: "sister" of Tom Arden.
struct RelativeKey: Hashable, Sendable {
    /// The relation noun, lower case.
    var noun: String
    /// The person the relative is related to.
    var person: Int
}

/// "Mira Arden, the powerful sister of leader Tom Arden" and "Arden's sister, Mira Arden,"
/// teach who "the sister of Tom Arden" and "Arden's sister" are when an article names her so
/// alone: that phrase becomes a mention of her, anywhere in the story (a phrase read before
/// the relation was learnt gets its mention once every article is read: `lateRelativeMentions`).
extension ActorResolver {
    /// After the rules have read a sentence (its mentions are `state.mentions[first...]`):
    /// learns the relatives named in apposition, and names the relative where a known relation
    /// stands alone.
    mutating func linkRelatives(_ context: TokenContext, _ state: inout DocumentMentions, from first: Int) {
        let count = state.mentions.count
        guard first < count else { return }
        let tokens = context.tokens
        /// The token starting (or ending) at byte `offset`, by binary search (tokens are in order).
        func token(at offset: Int, end: Bool) -> Int? {
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if (end ? tokens[middle].end : tokens[middle].start) < offset { low = middle + 1 } else { high = middle }
            }
            return low < tokens.count && (end ? tokens[low].end : tokens[low].start) == offset ? low : nil
        }
        /// A person named in the sentence whose mention starts (or ends) at token `index`, other than `other`.
        func person(at index: Int, end: Bool, other: Int) -> Int? {
            guard index >= 0, index < tokens.count else { return nil }
            let offset = end ? tokens[index].end : tokens[index].start
            for k in first..<count {
                let mention = state.mentions[k]
                if (end ? mention.range.end : mention.range.start) == offset, mention.actor != other, isNamedPerson(mention) { return mention.actor }
            }
            return nil
        }
        for k in first..<count {
            let mention = state.mentions[k]
            guard isNamedPerson(mention), let start = token(at: mention.range.start, end: false),
                  let end = token(at: mention.range.end, end: true) else { continue }
            claimPendingRelative(mention, sentence: context.sentence, state, before: first)
            // "… <noun> of [words] Y": the relation noun, within a few words before Y.
            if let noun = relationNoun(context, before: start) {
                let key = RelativeKey(noun: context.text(noun).lowercased(), person: mention.actor)
                let opening = phraseStart(context, noun: noun)
                if opening >= 2, context.isComma(opening - 1), let relative = person(at: opening - 2, end: true, other: mention.actor) {
                    // "X, the powerful sister of leader Y": X is Y's sister.
                    relatives[key] = relative
                } else if let relative = relatives[key] ?? kinNamedJustBefore(key, state, before: first, sentence: context.sentence),
                          relative != mention.actor {
                    // "The powerful sister of leader Y said …": her, named by the relation.
                    relatives[key] = relative
                    record(relative, context, opening, end + 1, .title, &state, alias: false)
                } else {
                    pendingRelatives.append(PendingRelative(key: key, document: state.document, sentence: context.sentence,
                                                            range: TextRange(start: tokens[opening].start, end: tokens[end].end)))
                }
            }
            // "rode out the storm with her son, Paul Guidry": the relative of the person "her" means.
            if let (noun, owner) = pronounRelation(context, before: start, state, other: mention.actor, first: k) {
                relatives[RelativeKey(noun: context.text(noun).lowercased(), person: owner)] = mention.actor
                possessiveRelativesDocument = state.document
            }
            // "Y's <noun>, X,": learnt from the possessive; "Y's <noun> said": her.
            let possessive = end + 1
            if possessive + 1 < tokens.count, tokens[possessive].kind == .possessive,
               let noun = relationNoun(context, afterPossessive: possessive) {
                let key = RelativeKey(noun: context.text(noun).lowercased(), person: mention.actor)
                if context.isComma(noun + 1), let relative = person(at: noun + 2, end: false, other: mention.actor) {
                    relatives[key] = relative
                } else if !context.isComma(noun + 1), !context.isCapitalisedWord(noun + 1) {
                    // Not in "Y's predecessor Sam Kerr", where the name follows.
                    if let relative = relatives[key] ?? kinNamedJustBefore(key, state, before: first, sentence: context.sentence),
                       relative != mention.actor {
                        relatives[key] = relative
                        record(relative, context, start, noun + 1, .title, &state, alias: false)
                    } else if relatives.contains(where: { $0.key.noun == key.noun && $0.value == mention.actor }) {
                        // "Arden's sister" where "Arden" was read as the sister herself (her family
                        // name is her brother's): she is meant.
                        record(mention.actor, context, start, noun + 1, .title, &state, alias: false)
                    } else {
                        pendingRelatives.append(PendingRelative(key: key, document: state.document, sentence: context.sentence,
                                                                range: TextRange(start: tokens[start].start, end: tokens[noun].end)))
                    }
                }
            }
        }
    }

    /// '"…," her son said' after "… with her son, Paul Guidry": in an article that named a
    /// relative after "his"/"her", a later "his <noun>"/"her <noun>" of the same person is that
    /// relative (only such articles are scanned for the phrase).
    mutating func nameRelativesByPronoun(_ context: TokenContext, _ state: inout DocumentMentions) {
        guard possessiveRelativesDocument == state.document else { return }
        var k = 0
        while k + 1 < context.count {
            defer { k += 1 }
            guard let gender = Self.possessiveGender(context, k), let noun = relationNoun(context, afterPossessive: k),
                  !context.isComma(noun + 1) || !context.isCapitalisedWord(noun + 2),
                  let owner = personBefore(context.tokens[k].start, gender: gender, state, other: -1),
                  let relative = relatives[RelativeKey(noun: context.text(noun).lowercased(), person: owner)] else { continue }
            record(relative, context, k, noun + 1, .title, &state, alias: false)
            k = noun
        }
    }

    /// The relation noun and the person meant for "his/her [adjectives] <noun>, " ending just
    /// before token `start`, a named person other than `other` (`first`: that mention's index).
    private func pronounRelation(
        _ context: TokenContext, before start: Int, _ state: DocumentMentions, other: Int, first: Int
    ) -> (noun: Int, owner: Int)? {
        guard start >= 3, context.isComma(start - 1), context.isWord(start - 2, in: ActorLexicon.relationNouns) else { return nil }
        var possessive = start - 3
        while possessive > start - 3 - Self.relationAdjectives, possessive > 0, Self.possessiveGender(context, possessive) == nil,
              context.tokens[possessive].isWord, !context.tokens[possessive].isCapitalised {
            possessive -= 1
        }
        guard let gender = Self.possessiveGender(context, possessive),
              let owner = personBefore(context.tokens[possessive].start, gender: gender, state, other: other, upTo: first) else { return nil }
        return (start - 2, owner)
    }

    /// The person of the last mention before byte `offset` (among the first `upTo` mentions)
    /// who may be of `gender`, other than `other`.
    private func personBefore(_ offset: Int, gender: PersonGender, _ state: DocumentMentions, other: Int, upTo: Int? = nil) -> Int? {
        for mention in state.mentions[..<(upTo ?? state.mentions.count)].reversed() where mention.range.start < offset {
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind == .person, mention.actor != other else { continue }
            let known = genders.indices.contains(mention.actor) ? genders[mention.actor] : nil
            if known == nil || known == gender { return mention.actor }
        }
        return nil
    }

    /// The gender "his" or "her" at token `index` shows.
    private static func possessiveGender(_ context: TokenContext, _ index: Int) -> PersonGender? {
        if context.isExactly(index, "his") || context.isExactly(index, "His") { return .male }
        if context.isExactly(index, "her") || context.isExactly(index, "Her") { return .female }
        return nil
    }

    /// Mentions of relatives whose relation was learnt only after the phrase naming them was
    /// read (earlier in the article, or in an article read before): one per such phrase.
    public mutating func lateRelativeMentions() -> [Mention] {
        defer { pendingRelatives = [] }
        return pendingRelatives.compactMap { site in
            guard let relative = relatives[site.key], relative != site.key.person else { return nil }
            return Mention(actor: relative, document: site.document, sentence: site.sentence, range: site.range, form: .title)
        }
    }

    /// "The powerful sister of leader Al Roe has warned … Mia Roe, a senior official, made the
    /// remarks …": a person new to the article, named within `pendingReach` sentences after a
    /// relation not known yet and bearing the family name of the one it relates to, is that
    /// relative (the first such person claims the relation).
    private mutating func claimPendingRelative(_ mention: Mention, sentence: Int, _ state: DocumentMentions, before first: Int) {
        guard let last = pendingRelatives.last, last.document == state.document, sentence - last.sentence <= Self.pendingReach else { return }
        var k = pendingRelatives.count - 1
        while k >= 0, pendingRelatives[k].document == state.document, sentence - pendingRelatives[k].sentence <= Self.pendingReach {
            let site = pendingRelatives[k]
            k -= 1
            guard site.sentence < sentence, relatives[site.key] == nil, site.key.person != mention.actor,
                  actors.indices.contains(site.key.person), Self.sharesFamilyName(actors[site.key.person].name, actors[mention.actor].name),
                  // New to the article, but for a headline ("Mia Roe mocks the South" over "Al Roe's
                  // sister has launched an attack …").
                  !state.mentions[..<first].contains(where: { $0.actor == mention.actor && !isHeadline($0.sentence, state) })
            else { continue }
            relatives[site.key] = mention.actor
            return
        }
    }

    /// "Mia Roe condemned the drills … The powerful sister of leader Al Roe said …": for a kin
    /// relation not known yet, the person named last within `pendingReach` sentences before it
    /// who bears the family name of the one it relates to and may be of the relation's gender.
    private func kinNamedJustBefore(_ key: RelativeKey, _ state: DocumentMentions, before first: Int, sentence: Int) -> Int? {
        guard let gender = ActorLexicon.relationGenders[key.noun], actors.indices.contains(key.person) else { return nil }
        for mention in state.mentions[..<first].reversed() {
            guard sentence - mention.sentence <= Self.pendingReach else { return nil }
            guard isNamedPerson(mention), mention.actor != key.person,
                  Self.sharesFamilyName(actors[key.person].name, actors[mention.actor].name) else { continue }
            let known = genders.indices.contains(mention.actor) ? genders[mention.actor] : nil
            return known == nil || known == gender ? mention.actor : nil
        }
        return nil
    }

    /// Whether sentence number `sentence` of the document is a headline.
    private func isHeadline(_ sentence: Int, _ state: DocumentMentions) -> Bool {
        state.sentences.indices.contains(sentence) && state.sentences[sentence].kind == .headline
    }

    /// Sentences after a relation phrase within which a newly named namesake is the relative.
    static let pendingReach = 2

    /// Whether two people's names share their first or their last word (a family name comes
    /// first in some languages, last in others) and are not the same name.
    static func sharesFamilyName(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: " "), y = b.split(separator: " ")
        guard x.count > 1, y.count > 1, a != b else { return false }
        return x.first == y.first || x.last == y.last
    }

    /// Whether a mention names a person (not by a pronoun).
    private func isNamedPerson(_ mention: Mention) -> Bool {
        actors.indices.contains(mention.actor) && actors[mention.actor].kind == .person && mention.form != .pronoun
    }

    /// The relation noun of "<noun> of/for [up to four words] <token start>", if any.
    private func relationNoun(_ context: TokenContext, before start: Int) -> Int? {
        var index = start - 1
        while index >= 1, start - index <= 5 {
            guard context.tokens[index].isWord else { return nil }
            if context.isExactly(index, "of") || context.isExactly(index, "for") {
                return context.isWord(index - 1, in: ActorLexicon.relationNouns) ? index - 1 : nil
            }
            index -= 1
        }
        return nil
    }

    /// The relation noun after a possessive, alone or after up to `relationAdjectives`
    /// lower-case words ("Y's sister", "Y's influential younger sister"), if any.
    private func relationNoun(_ context: TokenContext, afterPossessive possessive: Int) -> Int? {
        var k = possessive + 1
        while k < context.count, k - possessive <= Self.relationAdjectives + 1 {
            if context.isWord(k, in: ActorLexicon.relationNouns) { return k }
            guard context.tokens[k].isWord, !context.tokens[k].isCapitalised else { return nil }
            k += 1
        }
        return nil
    }

    /// Most words between a possessive and its relation noun.
    static let relationAdjectives = 2

    /// Where the phrase of a relation noun starts: "the powerful sister", "his younger brother".
    private func phraseStart(_ context: TokenContext, noun: Int) -> Int {
        var start = noun
        while start > 0, noun - start < 3, context.tokens[start - 1].isWord, !context.tokens[start - 1].isCapitalised || start - 1 == 0 {
            start -= 1
            if context.isExactly(start, "the") || context.isExactly(start, "The") || context.isExactly(start, "his")
                || context.isExactly(start, "her") || context.isExactly(start, "His") || context.isExactly(start, "Her") { break }
        }
        return start
    }
}
