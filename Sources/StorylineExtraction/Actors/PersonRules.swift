import StorylineModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rules that find people: titles, honorifics, names beside cue verbs or appositions,
/// surnames, pronouns in attribution position and titled descriptions.
extension ActorResolver {
    /// "President X Y", "leader X", "Spokesman X Y".
    mutating func titledPerson(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard context.has(index, .title) else { return nil }
        var nameStart = skippingPeriod(context, index + 1)
        // "Secretary of State Jo Bloggs", "Minister of Foreign Affairs Jo Bloggs": the office's
        // capitalised words, then a two-word name. A title in lower case heads a body instead
        // ("managing director of Ashby Precision Pressings": no Mr Pressings).
        if context.isExactly(nameStart, "of") {
            guard context.tokens[index].isCapitalised else { return nil }
            var runEnd = nameStart + 1
            while runEnd < nameStart + 7, context.isCapitalisedWord(runEnd), !context.has(runEnd, .notName) { runEnd += 1 }
            guard runEnd - (nameStart + 1) >= 3 else { return nil }
            nameStart = runEnd - 2
        }
        // "The Prime Minister, Jo Bloggs, said": a name set off by commas after its title, or
        // closing the sentence ("… by a former envoy, Jo Bloggs.").
        if context.isComma(nameStart), context.isCapitalisedWord(nameStart + 1) {
            let end = nameEnd(context, from: nameStart + 1)
            let closesSentence = end == context.count || (end + 1 == context.count && context.isExactly(end, "."))
            guard end - nameStart >= 3, context.isComma(end) || closesSentence else { return nil }
            nameStart += 1
        }
        guard context.isCapitalisedWord(nameStart) else { return nil }
        let titleText = context.text(index)
        let gender = ActorLexicon.titleGenders[titleText]
        // "the shadow chancellor, X" or "former president X" does not hold the office "the chancellor" names.
        let title = context.isWord(index - 1, in: ActorLexicon.officeModifiers) ? "" : titleText.lowercased()
        if let known = self.index.longestMatch(context.bytes, context.tokens, at: nameStart) {
            guard case .actor(let id) = known.entry.target, actors[id].kind == .person else { return nil }
            if known.entry.tokenCount > 1 {
                record(id, context, nameStart, known.end, .name, &state, alias: true)
                learn(gender, for: id, shown: true)
                noteTitle(title, holder: id)
                lastTitledPerson = id
                return known.end
            }
        }
        let nameEnd = nameEnd(context, from: nameStart)
        // "the official Korean Central News Agency": the capitals run into an organisation's
        // head, so the title word described the body, which the organisation rules name.
        // "the official KASA news agency": a lower-case body noun (one word between at most)
        // after the capitals makes them a body's name too.
        let bodyFollows = context.isWord(nameEnd, in: ActorLexicon.bodyNouns)
            || (context.tokens.indices.contains(nameEnd) && context.tokens[nameEnd].isWord && !context.tokens[nameEnd].isCapitalised
                && context.isWord(nameEnd + 1, in: ActorLexicon.bodyNouns))
        guard nameEnd > nameStart, !(context.isCapitalisedWord(nameEnd) && context.has(nameEnd, .organisationHead)),
              !context.isWord(nameEnd - 1, in: ActorLexicon.documentHeads),
              !context.isWord(nameEnd - 1, in: ActorLexicon.occasionHeads), !bodyFollows else { return nil }
        // "Pope Francis", "Queen Elizabeth", "Prince Harry": a religious or royal title before one
        // name is part of the name the person goes by.
        let keepsTitle = nameStart == index + 1 && nameEnd - nameStart == 1 && context.isWord(index, in: ActorLexicon.personalHeads)
        let start = keepsTitle ? index : nameStart
        let id = person(context, start, nameEnd, gender: gender, &state)
        record(id, context, start, nameEnd, .name, &state, alias: true)
        learn(gender, for: id, shown: true)
        noteTitle(title, holder: id)
        lastTitledPerson = id
        return nameEnd
    }

    /// "Mr Kim", "Mr. Kim", "Ms Lee": the honorific's gender picks among people sharing a surname.
    mutating func honorificPerson(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard context.has(index, .honorific) else { return nil }
        let gender = honorificGender(context, index)
        let nameStart = skippingPeriod(context, index + 1)
        guard context.isCapitalisedWord(nameStart) else { return nil }
        if let known = self.index.longestMatch(context.bytes, context.tokens, at: nameStart), known.entry.tokenCount > 1 {
            guard case .actor(let id) = known.entry.target, actors[id].kind == .person else { return nil }
            learn(gender, for: id)
            record(id, context, index, known.end, .name, &state, alias: true)
            return known.end
        }
        let nameEnd = nameEnd(context, from: nameStart)
        guard nameEnd > nameStart else { return nil }
        var id = person(context, nameStart, nameEnd, gender: gender, &state)
        // The surname by the hash of its bytes: no String made for every honorific.
        let surname = WordSet.hash(context.bytes, context.tokens[nameStart].start, context.tokens[nameEnd - 1].end, lowered: false)
        let slot = state.honorificReferents.firstIndex { $0.surname == surname }
        // "Mr. Pak" has meant the leader all along: a namesake named in full paragraphs ago
        // ("the chief negotiator, Pak Hae Won, told reporters") does not take the short form
        // over, unless he was named just before.
        if let slot, case let established = state.honorificReferents[slot].actor, established != id, actors.indices.contains(established),
           gender == nil || genders[established] == nil || genders[established] == gender,
           let sentence = state.sentence(containing: context.tokens[index].start),
           !state.mentions.reversed().prefix(while: { $0.sentence >= sentence - Self.namesakeReach }).contains(where: { $0.actor == id }) {
            id = established
        }
        if let slot { state.honorificReferents[slot].actor = id } else { state.honorificReferents.append((surname, id)) }
        learn(gender, for: id)
        record(id, context, index, nameEnd, .name, &state, alias: true)
        return nameEnd
    }

    /// Sentences before an honorific and surname within which a namesake just named takes the
    /// short form over from the one it named before.
    static let namesakeReach = 2

    /// "said Jen Doe", "Jen Doe said", "Jen Doe, the sister of …", "Jen Doe of the … Department";
    /// after "the" before a verb of saying, an organisation ("the Red Cross said").
    mutating func cuedPerson(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard context.isCapitalisedWord(index) else { return nil }
        let end = nameEnd(context, from: index)
        if end - index == 1, let coordinated = coordinatedGivenName(context, index, &state) { return coordinated }
        // "Lindholm told the BBC" after "Erik Lindholm scored twice": the full name given earlier.
        // Only a word standing alone: "Downing Street said" names a place, not a Mr Street.
        if end - index == 1, !context.isCapitalisedWord(index - 1), context.isCueVerb(context.skippingFillers(from: end)),
           !context.has(index, .notName), !context.has(index, .placeHead), !context.has(index, .organisationHead),
           let id = introducedEarlier(context, surnameAt: index, &state) ?? companyOpening(with: index, context, state) {
            record(id, context, index, end, .name, &state, alias: true)
            return end
        }
        // "Shares of Northwind fell", "Northwind's lawyer" after "Northwind Technologies": the
        // company's first word stands for it wherever it stands alone (not only before a cue).
        if end - index == 1, state.namesCompany, !context.isCapitalisedWord(index - 1), !context.has(index, .notName),
           !context.has(index, .placeHead), !context.has(index, .organisationHead), let id = companyOpening(with: index, context, state) {
            record(id, context, index, end, .name, &state, alias: true)
            return end
        }
        // '"…," said Farid, a 32-year-old shopkeeper': one name given with an age is a person's.
        if end - index == 1, !context.isCapitalisedWord(index - 1), context.isCueVerb(index - 1), hasAgeAside(context, after: index),
           context.classes(at: index).isDisjoint(with: [.notName, .placeHead, .organisationHead, .title, .honorific, .placeWord]) {
            let id = person(context, index, end, gender: nil, &state)
            record(id, context, index, end, .name, &state, alias: true)
            return end
        }
        if end - index == 1, let bodyEnd = oneWordBody(context, index, &state) { return bodyEnd }
        guard end - index >= 2 else { return nil }
        // "Commuter Jens Albrecht, who …": a sentence's capitalised first word before a known given
        // name is a label, not the name's first word (left to the rules at the next word).
        if index == 0, end - index >= 3, !context.isWord(index, in: ActorLexicon.givenNames), context.isWord(index + 1, in: ActorLexicon.givenNames),
           !Self.isFamilyNameFirst(context, index, end) {
            return nil
        }
        guard !context.has(end - 1, .placeHead), !context.isWord(end - 1, in: ActorLexicon.documentHeads),
              !context.isWord(end - 1, in: ActorLexicon.occasionHeads),
              end - index < 3 && !context.isCapitalisedWord(index - 1) || !context.isWord(end - 1, in: ActorLexicon.surnameOccasionHeads)
        else { return nil }
        let afterCue = context.isCueVerb(context.skippingFillers(from: end))
            || (context.isComma(end) && context.isCueVerb(context.skippingFillers(from: end + 1)))
            || (context.isComma(end) && isAge(context, end + 1) && context.isComma(end + 2) && context.isCueVerb(context.skippingFillers(from: end + 3)))
            // "Mair Hughes, from Clydach, said": a home town between commas.
            || (context.homeAsideEnd(openedAt: end).map { context.isCueVerb(context.skippingFillers(from: $0 + 1)) } ?? false)
        // People rarely take an article: "the Red Cross said", "The Red Cross said" name a body.
        // Three words may be a label and a name ("the Democrat Jo Bloggs said"): left to the
        // person rules at the next word.
        // A religious or royal title at the end keeps one person ("The Dalai Lama said").
        // "The American Red Cross said": a demonym between the article and the name opens the body's
        // name ("the Italian Ada Lintz said" still names a person).
        let demonymLead = index >= 2 && (context.isExactly(index - 2, "the") || context.isExactly(index - 2, "The"))
            && !context.isWord(index, in: ActorLexicon.givenNames)
            && self.index.longestMatch(context.bytes, context.tokens, at: index - 1).map { $0.entry.role == .demonym && $0.end == index } == true
        let article = context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The") || demonymLead
        // "the Moon Jae-in government", "the Ada Lintz campaign": a person's full name before
        // what the person leads stays a person.
        let leader = article && end - index >= 2 && context.isWord(end, in: ActorLexicon.ledByPersonNouns)
            && (Self.isFamilyNameFirst(context, index, end) || context.isWord(index, in: ActorLexicon.givenNames))
        let afterArticle = article && !leader && !context.isWord(end - 1, in: ActorLexicon.personalHeads)
        // "Analysts at Morgan Stanley said": where staff work is a body.
        let workplace = Self.isWorkplace(context, index)
        if afterArticle || workplace {
            guard afterCue && end - index == 2 || workplace else { return nil }
            let start = demonymLead && !workplace ? index - 1 : index
            let name = context.phrase(start, end)
            let id = idsByName[name] ?? register(name: name, kind: .organisation)
            record(id, context, start, end, .name, &state, alias: true)
            return end
        }
        let beforeCue = index > 0 && context.isCueVerb(index - 1)
        // "in Kesh Varna, Harlowia's largest state", "at Villa La Grange, a mansion": after "in"
        // or "at" (before the run of capitalised words) an aside describes a place, unless "who"
        // opens it ("aimed at Jo Roe, who …").
        var runStart = index
        while runStart > 0, index - runStart < 3, context.isCapitalisedWord(runStart - 1) { runStart -= 1 }
        let apposition = context.isComma(end) && (context.isExactly(end + 1, "who")
            || !context.isWord(runStart - 1, in: ActorLexicon.locativePrepositions)
                && (context.isExactly(end + 1, "the") || context.isExactly(end + 1, "a") || context.isExactly(end + 1, "an")
                    || possessiveRole(context, at: end + 1) || officeAside(context, at: end + 1)))
        // "The weather service office in New Orleans said": a place after "in" does not speak.
        if afterCue, runStart == index, context.isExactly(index - 1, "in") { return nil }
        let affiliation = context.isExactly(end, "of") && (context.isExactly(end + 1, "the") || context.isCapitalisedWord(end + 1))
        // "According to Ada Lintz, …": a source named by name.
        let source = index >= 2 && context.isExactly(index - 1, "to")
            && (context.isExactly(index - 2, "according") || context.isExactly(index - 2, "According"))
        // "Arden's sister, Mira Arden, …", "his wife, Jo Roe, …": a relative named in apposition.
        let relative = index >= 2 && context.isComma(index - 1) && context.isWord(index - 2, in: ActorLexicon.relationNouns)
            && context.isComma(end)
        // "The Swiss mediator, Annelise Vuilleumier, declined": a full name in apposition after
        // a role in lower case, whatever the given name.
        let roleApposition = index >= 2 && context.isComma(index - 1) && context.isComma(end)
            && (context.has(index - 2, .title) && !context.tokens[index - 2].isCapitalised || Self.roleOfBody(endingAt: index - 2, context))
        // "Rishi Sunak faces calls": a known given name opening a name, not inside a longer one ("San Jose").
        guard afterCue || beforeCue || apposition || affiliation || relative || roleApposition || source || leader
            // (After a capitalised word only when it is no name's: "When Ada Lintz met …".)
            || ((!context.isCapitalisedWord(index - 1) || context.has(index - 1, .notName)) && context.isWord(index, in: ActorLexicon.givenNames)
                && !context.has(end, .organisationHead) && !context.has(end - 1, .placeHead) && !Self.namesVenue(context, index, end))
            || Self.isFamilyNameFirst(context, index, end) else { return nil }
        // "president of World Athletics, who …": an office's "of" names the body it heads.
        if index >= 2, context.isExactly(index - 1, "of"), context.has(index - 2, .title), !context.tokens[index - 2].isCapitalised {
            let name = context.phrase(index, end)
            let id = idsByName[name] ?? register(name: name, kind: .organisation)
            record(id, context, index, end, .name, &state, alias: true)
            return end
        }
        let id = person(context, index, end, gender: nil, &state)
        record(id, context, index, end, .name, &state, alias: true)
        if relative {
            // "his late father, Jo Roe,": the relation says his gender, "late" that he has died.
            learn(ActorLexicon.relationGenders[context.text(index - 2)], for: id, shown: true)
            if context.isExactly(index - 3, "late") { deceased.insert(id) }
        }
        if apposition {
            noteLeader(id, context, possessiveAt: end + 1)
            // "Jo Roe, the sister of …": she; later "Ms Roe" and "she said" can tell her from a namesake.
            if end + 1 < context.count {
                learn(RelationPhrase.gender(describedFrom: context.tokens[end + 1].start, context.bytes), for: id, shown: true)
            }
        }
        return end
    }

    /// Whether a name after "at" is a place or a firm ("won at Harlow Park", "a job at John
    /// Lewis"), not someone's ("at Jo Roe's house"); or a name after a number or an ordinal an
    /// event's ("a 13th John Lewis Cup title").
    static func namesVenue(_ context: TokenContext, _ index: Int, _ end: Int) -> Bool {
        guard index > 0 else { return false }
        let before = context.tokens[index - 1]
        if before.isWord, ByteClass.isDigit(context.bytes[before.start]) {
            // "13", "13th", not "19-year-old" (an age tells of a person).
            var k = before.start
            while k < before.end, ByteClass.isDigit(context.bytes[k]) { k += 1 }
            // "world No 1 Jo Roe", "No. 3 seed Jo Roe": a rank tells of a person.
            let rank = context.isExactly(index - 2, "No") || context.isExactly(index - 2, "number")
                || (context.isExactly(index - 2, ".") && context.isExactly(index - 3, "No"))
            if !rank, before.end - k == 0 || (before.end - k == 2 && ByteClass.isLetter(context.bytes[k]) && ByteClass.isLetter(context.bytes[k + 1])) {
                return true
            }
        }
        return context.isExactly(index - 1, "at") && !(end < context.count && context.tokens[end].kind == .possessive)
    }

    /// Whether `index..<end` has the shape of an East Asian name, family name first: a
    /// listed family name and a given name of two short syllables, hyphenated ("Pak Tae-sung",
    /// "Tsai Ing-wen") or as two words ("Choe Mi Ran").
    static func isFamilyNameFirst(_ context: TokenContext, _ index: Int, _ end: Int) -> Bool {
        guard !context.isCapitalisedWord(index - 1), context.isWord(index, in: ActorLexicon.familyNameFirst) else { return false }
        func syllables(_ token: Int) -> Bool {
            guard context.isCapitalisedWord(token), context.classes(at: token).isDisjoint(with: [.notName, .placeHead, .organisationHead, .title])
            else { return false }
            let word = context.tokens[token]
            var length = 0, parts = 1, second = word.start
            for k in word.start..<word.end {
                let byte = context.bytes[k]
                if byte == UInt8(ascii: "-") {
                    guard length >= 1, k + 1 < word.end, ByteClass.isLetter(context.bytes[k + 1]) else { return false }
                    parts += 1
                    length = 0
                    second = k + 1
                } else {
                    guard ByteClass.isLetter(byte) else { return false }
                    length += 1
                }
                if length > ActorLexicon.givenSyllableLength || parts > 2 { return false }
            }
            // "Hong Kong-based", "Ho Chi-era": a compound's second part is no syllable of a name.
            if parts == 2, ActorLexicon.compoundSuffixes.contains(context.bytes, second, word.end) { return false }
            return parts == 2 || end - index == 3
        }
        switch end - index {
        case 2: return syllables(index + 1) && context.tokens[index + 1].count > 3
        case 3: return syllables(index + 1) && syllables(index + 2)
        default: return false
        }
    }

    /// Whether an office opens an aside at `index` ("director of the Institute", "chief
    /// economist at the bank, said", "general secretary of the …"): the name before it is a person's.
    private func officeAside(_ context: TokenContext, at index: Int) -> Bool {
        // "general secretary of …", "vice president of …": one lower-case word before the office.
        if !context.has(index, .title), index < context.count, context.tokens[index].isWord, !context.tokens[index].isCapitalised,
           context.has(index + 1, .title) {
            return officeAside(context, at: index + 1)
        }
        guard context.has(index, .title) else { return false }
        if context.isExactly(index + 1, "of") || context.isExactly(index + 1, "at") || context.isExactly(index + 1, "for") { return true }
        // Otherwise the aside must close before a verb of saying.
        var k = index + 1
        while k < min(context.count, index + 10) {
            if context.isComma(k) { return context.isCueVerb(context.skippingFillers(from: k + 1)) }
            k += 1
        }
        return false
    }

    /// "Google said it would appeal": one name, no one known by it, before a verb of saying
    /// names a body (a company, a newspaper). Not a sentence's opening plural ("Officials
    /// said") nor a word that is no name; returns the end of the name.
    private mutating func oneWordBody(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        // ("The vote in Europe said more than …": a place after "in" does not speak.)
        guard !context.isCapitalisedWord(index - 1), !context.isExactly(index - 1, "in"),
              context.isCueVerb(context.skippingFillers(from: index + 1)) || describedAsBody(context, after: index)
                || Self.isWorkplace(context, index),
              context.classes(at: index).isDisjoint(with: [.notName, .placeHead, .organisationHead, .title, .honorific, .placeWord]),
              !context.isCapitals(index), !Self.isContraction(context, index),
              surnameBearer(context, index, gender: nil, state) == nil else { return nil }
        // "Centres for Disease Control and Prevention said": the last word of a longer name.
        let joiner = context.isExactly(index - 1, "and") || context.isExactly(index - 1, "of")
            || context.isExactly(index - 1, "for") || context.isExactly(index - 1, "&")
        guard !(joiner && context.isCapitalisedWord(index - 2)) else { return nil }
        let token = context.tokens[index]
        let opensSentence = (0..<index).allSatisfy { !context.tokens[$0].isWord }
        if opensSentence {
            guard ByteClass.lower(context.bytes[token.end - 1]) != UInt8(ascii: "s"),
                  !context.isWord(index, in: ActorLexicon.notBodies) else { return nil }
        }
        // "the Government said", "the Army said": a body described, not named (see
        // `organisationDescription`).
        if context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The"), context.isWord(index, in: ActorLexicon.notBodies) { return nil }
        let name = context.text(index)
        let id = idsByName[name] ?? register(name: name, kind: .organisation)
        record(id, context, index, index + 1, .name, &state, alias: true)
        return index + 1
    }

    /// Whether a role in lower case and what it is to or of end at token `last` ("envoy to
    /// the UN", "ambassador of Velmar"): one to three capitalised words, "the" or not, then
    /// "to", "of" or "at" after the role.
    static func roleOfBody(endingAt last: Int, _ context: TokenContext) -> Bool {
        var k = last
        while k >= 0, last - k < Self.roleBodyWords, context.isCapitalisedWord(k) { k -= 1 }
        guard k < last else { return false }
        if context.isExactly(k, "the") { k -= 1 }
        guard context.isExactly(k, "to") || context.isExactly(k, "of") || context.isExactly(k, "at") else { return false }
        return context.has(k - 1, .title) && !context.tokens[k - 1].isCapitalised
    }

    /// Most words of what a role is to or of ("envoy to the United Nations Security Council").
    static let roleBodyWords = 4

    /// Whether token `index` is a contraction ("You've", "They're", "We'll"): an apostrophe
    /// (straight or curly) followed by "ve", "re", "ll", "d" or "m" ends it.
    static func isContraction(_ context: TokenContext, _ index: Int) -> Bool {
        guard index >= 0, index < context.count else { return false }
        let token = context.tokens[index], bytes = context.bytes
        var k = token.start
        while k < token.end {
            let width = bytes[k] == 0x27 ? 1 : QuoteMarks.matches(bytes, k, QuoteMarks.rightSingle) ? 3 : 0
            if width > 0 {
                let tail = k + width
                let rest = tail..<token.end
                guard !rest.isEmpty, rest.count <= 2 else { return false }
                return ActorLexicon.contractionTails.contains(bytes, rest.lowerBound, rest.upperBound)
            }
            k += 1
        }
        return false
    }

    /// Whether the name at `index` follows "<staff noun> at" ("economist at Nordea", "analysts
    /// at Morgan Stanley"): where staff work is a body, however much it looks like a person.
    static func isWorkplace(_ context: TokenContext, _ index: Int) -> Bool {
        index >= 2 && context.isExactly(index - 1, "at") && context.isWord(index - 2, in: ActorLexicon.staffNouns)
    }

    /// Whether an aside after the name at `index` calls it a body before a verb of saying
    /// ("Entergy, the main utility, said").
    private func describedAsBody(_ context: TokenContext, after index: Int) -> Bool {
        guard context.isComma(index + 1),
              context.isExactly(index + 2, "the") || context.isExactly(index + 2, "a") || context.isExactly(index + 2, "an") else { return false }
        var k = index + 3
        var body = false
        while k < min(context.count, index + 9) {
            if context.isComma(k) { return body && context.isCueVerb(context.skippingFillers(from: k + 1)) }
            body = body || context.isWord(k, in: ActorLexicon.bodyNouns)
            k += 1
        }
        return false
    }

    /// "X, Ruritania's president": X leads that country.
    private mutating func noteLeader(_ person: Int, _ context: TokenContext, possessiveAt index: Int) {
        guard let owner = self.index.longestMatch(context.bytes, context.tokens, at: index),
              owner.end < context.count, context.tokens[owner.end].kind == .possessive else { return }
        let role = owner.end + 1
        let isHead = context.isWord(role, in: ActorLexicon.headsOfState)
            || (context.isExactly(role, "prime") && context.isExactly(role + 1, "minister"))
        guard isHead else { return }
        let country: Int
        switch owner.entry.target {
        case .country(let row): country = countryActor(row: row)
        case .actor(let id): country = id
        }
        if actors[country].kind == .country { countryLeaders[country] = person }
    }

    /// "Kim" alone, when a person with that surname is known.
    mutating func bareSurname(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        // Part of a longer capitalised name ("Central Park", "Park Avenue") is not a surname.
        let inName = (context.isCapitalisedWord(index - 1) && !context.has(index - 1, .notName))
            || context.isCapitalisedWord(index + 1)
        guard !inName, context.isCapitalisedWord(index), !context.has(index, .notName) else { return nil }
        guard let id = surnameBearer(context, index, gender: nil, state) else { return nil }
        record(id, context, index, index + 1, .name, &state, alias: true)
        return index + 1
    }

    /// "The Harlow News Agency quoted him as saying …": the pronoun stands for the one quoted,
    /// the last to speak of its gender or else the last of it named; returns the end of the pronoun.
    mutating func quotedPronoun(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        let gender: PersonGender = context.isExactly(index, "him") ? .male : .female
        // "According to her, the real danger is …": the source is the last of her gender named.
        if index >= 2, context.isExactly(index - 1, "to"), context.isExactly(index - 2, "according") || context.isExactly(index - 2, "According") {
            guard let id = state.people.reversed().prefix(Self.sourcePronounReach).first(where: { genders[$0] == nil || genders[$0] == gender })
            else { return nil }
            record(id, context, index, index + 1, .pronoun, &state, alias: false)
            return index + 1
        }
        guard index > 0, context.isWord(index - 1, in: QuoteCueLexicon.quotingVerbs), context.isExactly(index + 1, "as") else { return nil }
        guard let id = recentSpeaker(gender, context, index, state)
            ?? state.people.reversed().prefix(40).first(where: { genders[$0] == nil || genders[$0] == gender }) else { return nil }
        record(id, context, index, index + 1, .pronoun, &state, alias: false)
        return index + 1
    }

    /// People named last that "according to her" may stand for.
    static let sourcePronounReach = 3

    /// "he said", "she added", "He also said", "said she": the last compatible person.
    mutating func pronoun(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        if context.has(index, .neuterPronoun) { return bodyPronoun(context, index, &state) }
        let gender: PersonGender
        if context.has(index, .malePronoun) { gender = .male } else if context.has(index, .femalePronoun) { gender = .female } else { return nil }
        var previous = index - 1
        if context.isComma(previous) { previous -= 1 }
        let saysAfter = context.isCueVerb(context.skippingFillers(from: index + 1))
            // '"…," she notes.'
            || (context.isWord(index + 1, in: QuoteCueLexicon.verbsAfterQuote) && Self.followsClosingQuote(context.bytes, context.tokens[index].start))
        guard saysAfter || context.isCueVerb(previous) else { return openingPronoun(gender, context, index, &state) }
        // '"…," he told reporters' after "X said he would not meet Y": the one who spoke, not the
        // person named last ("said he would" is left to recency: its "he" is usually the one who said).
        var speaker = saysAfter ? recentSpeaker(gender, context, index, state) : nil
        // "When Al Roe spoke to his counterpart, Jo Poe, by phone, he urged …": after an opening
        // subordinate clause the pronoun is that clause's subject, not the person named last.
        if let subject = subordinateClauseSubject(gender, context, index, state) ?? coordinatedClauseSubject(gender, context, index, state) {
            speaker = subject
        }
        // "A spokeswoman for the Chambers of Commerce said …" just before: "she" is that unnamed
        // spokeswoman, not someone who spoke further back.
        if saysAfter, let found = speaker, let sentence = state.sentence(containing: context.tokens[index].start),
           !state.mentions.reversed().prefix(while: { $0.sentence >= sentence - 1 }).contains(where: { $0.actor == found }),
           unnamedSpokespersonSpoke(from: state.sentences[max(0, sentence - 1)].range.start, before: context.tokens[index].start, context.bytes)
            || opensWithUnnamedStaff(state.sentences[max(0, sentence - 1)].range.start, context.bytes)
            // "Dana Holt, a statistician, said … The chancellor said …": the office holder, unnamed.
            || unnamedOfficeSpoke(context, index, state) {
            speaker = nil
        }
        // '"…," she said' after "a police spokeswoman said …": the body she speaks for.
        if saysAfter, speaker == nil, let body = spokespersonBody(context, index, state) {
            record(body, context, index, index + 1, .pronoun, &state, alias: false)
            return index + 1
        }
        // "The chancellor said …" with no name for the chancellor: "he" is that unnamed person.
        if saysAfter, speaker == nil, unnamedOfficeSpoke(context, index, state) { return index + 1 }
        // "A researcher at a rights group, who asked not to be named, said …" just before: the same.
        if saysAfter, speaker == nil, let sentence = state.sentence(containing: context.tokens[index].start), sentence > 0,
           opensWithUnnamedStaff(state.sentences[sentence - 1].range.start, context.bytes) {
            return index + 1
        }
        // "Jo Roe congratulated Al Poe and said she …": the subject of a coordinated verb of
        // saying is the sentence's, not the person named between.
        if !saysAfter, speaker == nil, let subject = coordinatedSpeaker(gender, context, before: previous, state) { speaker = subject }
        // A name inside a quote of this sentence ('"… to the Roe family," he said') is not who speaks.
        let quotedOnly = speaker == nil ? namedOnlyInQuotes(context, before: index, state) : nil
        guard let id = speaker ?? previousSubject(gender, context, index, state).flatMap({ $0 == quotedOnly ? nil : $0 })
            ?? state.people.reversed().prefix(40).first(where: { person in
                person != quotedOnly && (genders[person] == nil || genders[person] == gender)
            }) else {
            return index + 1
        }
        // "she said" of the only person named since the sentence before: later "Ms X" can
        // tell her from a namesake ("said he met …" may be anyone's, so it teaches nothing).
        if saysAfter, genders[id] == nil, onlyPersonNearby(id, context, index, state) { learn(gender, for: id, shown: true) }
        record(id, context, index, index + 1, .pronoun, &state, alias: false)
        return index + 1
    }

    /// The person opening the sentence's subordinate clause ("When Al Roe …, he"), when the
    /// pronoun at `index` follows that clause's comma and the gender fits.
    private func subordinateClauseSubject(_ gender: PersonGender, _ context: TokenContext, _ index: Int, _ state: DocumentMentions) -> Int? {
        guard context.isComma(index - 1), let sentence = state.sentence(containing: context.tokens[index].start) else { return nil }
        let sentenceStart = state.sentences[sentence].range.start
        var first = index
        while first > 0, context.tokens[first - 1].start >= sentenceStart { first -= 1 }
        guard context.isWord(first, in: ActorLexicon.clauseSubordinators), first + 1 < index else { return nil }
        // The subject opens the clause, after up to two words of a title ("When President Al Roe").
        var subjectTokens = [first + 1]
        while subjectTokens.count < 3, let last = subjectTokens.last, last + 1 < index, context.isCapitalisedWord(last) {
            subjectTokens.append(last + 1)
        }
        for mention in state.mentions.reversed() {
            if mention.sentence < sentence { break }
            guard subjectTokens.contains(where: { context.tokens[$0].start == mention.range.start }) else { continue }
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind == .person,
                  genders[mention.actor] == nil || genders[mention.actor] == gender else { return nil }
            return mention.actor
        }
        return nil
    }

    /// "Dr Jo Roe declined to say what the board would do, but she told the committee …": after
    /// "but" or "and" the pronoun is the sentence's subject, a person of its gender opening it
    /// (after its title or honorific at most), whatever the first verb was.
    private func coordinatedClauseSubject(_ gender: PersonGender, _ context: TokenContext, _ index: Int, _ state: DocumentMentions) -> Int? {
        let joiner = context.isComma(index - 1) ? index - 2 : index - 1
        guard context.isExactly(joiner, "but") || context.isExactly(joiner, "and"),
              let sentence = state.sentence(containing: context.tokens[index].start),
              let opening = openingMention(of: sentence, state), actors.indices.contains(opening.actor), actors[opening.actor].kind == .person,
              genders[opening.actor] == nil || genders[opening.actor] == gender,
              opening.range.end <= context.tokens[index].start else { return nil }
        // Only a title's or an honorific's words (and its period) may stand before the name.
        var first = 0
        while first < index, context.tokens[first].start < opening.range.start {
            guard !context.classes(at: first).isDisjoint(with: [.title, .honorific]) || context.isExactly(first, ".") else { return nil }
            first += 1
        }
        return opening.actor
    }

    /// "Loeffler, who was appointed by Gov. Brian Kemp, did not concede. Speaking on Tuesday,
    /// she said …": the person opening the sentence before (its subject), when the gender fits
    /// and this sentence names no one before the pronoun.
    private func previousSubject(_ gender: PersonGender, _ context: TokenContext, _ index: Int, _ state: DocumentMentions) -> Int? {
        let pronounStart = context.tokens[index].start
        guard let sentence = state.sentence(containing: pronounStart), sentence > 0 else { return nil }
        let previousStart = state.sentences[sentence - 1].range.start
        var opening: Int?
        // The first person set off by a comma after the opening, for "Roe's sister, Mi Roe, …".
        var setOff: Int?
        var openingOwns = false
        // The first mention of the sentence before, for "Late on Wednesday, Mi Roe, …".
        var earliest: Mention?
        for mention in state.mentions.reversed() {
            if mention.sentence < sentence - 1 { break }
            if mention.sentence == sentence {
                if mention.range.end <= pronounStart, actors.indices.contains(mention.actor), actors[mention.actor].kind == .person { return nil }
                continue
            }
            guard mention.sentence == sentence - 1 else { continue }
            if earliest.map({ mention.range.start < $0.range.start }) ?? true { earliest = mention }
            if mention.range.start <= previousStart + 1 {
                opening = mention.actor
                openingOwns = Self.ownsNext(context.bytes, mention.range.end)
            } else if mention.range.start - previousStart <= Self.setOffReach, Self.followsComma(context.bytes, mention.range.start),
                      actors.indices.contains(mention.actor), actors[mention.actor].kind == .person {
                setOff = mention.actor
            }
        }
        // "Late on Wednesday, Mi Roe, the leader's sister, criticised Al Poe …": after a short
        // opening phrase set off by a comma, the first person named is the subject.
        if opening == nil, let first = earliest, Self.followsLeadPhrase(context.bytes, sentenceStart: previousStart, name: first.range.start) {
            opening = first.actor
            openingOwns = Self.ownsNext(context.bytes, first.range.end)
        }
        // "Roe's sister, Mi Roe, issued a statement": the subject is the sister, not Roe.
        if openingOwns { opening = setOff }
        guard let id = opening, actors.indices.contains(id), actors[id].kind == .person, genders[id] == nil || genders[id] == gender else { return nil }
        return id
    }

    /// The person opening the sentence (gender fitting), when the verb of saying at token `verb`
    /// is coordinated with the sentence's own ("… and said", "… but told").
    private func coordinatedSpeaker(_ gender: PersonGender, _ context: TokenContext, before verb: Int, _ state: DocumentMentions) -> Int? {
        let conjunction = context.skippingFillersBackward(from: verb - 1)
        guard context.isCueVerb(verb), context.isExactly(conjunction, "and") || context.isExactly(conjunction, "but"),
              let sentence = state.sentence(containing: context.tokens[verb].start) else { return nil }
        let sentenceStart = state.sentences[sentence].range.start
        for mention in state.mentions.reversed() where mention.sentence <= sentence {
            guard mention.sentence == sentence else { break }
            guard mention.range.start <= sentenceStart + 1 else { continue }
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind == .person,
                  genders[mention.actor] == nil || genders[mention.actor] == gender, !Self.ownsNext(context.bytes, mention.range.end) else { return nil }
            return mention.actor
        }
        return nil
    }

    /// How far into the sentence before a name set off after its possessive opening may start.
    static let setOffReach = 40

    /// "He met senior officials in January and called for …" opening a sentence, after a
    /// sentence naming one person: that person (the subject goes on), when the gender fits;
    /// with two or more people named nearby, nobody.
    private mutating func openingPronoun(_ gender: PersonGender, _ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard index == 0 && context.tokens[index].isCapitalised || afterOpeningTime(context, index),
              let id = state.people.last, genders[id] == nil || genders[id] == gender,
              // '"…," he was quoted as saying. He also unveiled …': a pronoun names him too.
              onlyPersonNearby(id, context, index, state, countingPronouns: true) else { return nil }
        record(id, context, index, index + 1, .pronoun, &state, alias: false)
        return index + 1
    }

    /// Whether a short time phrase alone opens the sentence before the pronoun at `index`
    /// ("On Monday he …", "Later that day, she …").
    private func afterOpeningTime(_ context: TokenContext, _ index: Int) -> Bool {
        guard index >= 2, index <= Self.openingTimeReach, context.isWord(0, in: ActorLexicon.timeOpeners) else { return false }
        return (1..<index).allSatisfy { k in
            context.isComma(k) || (context.tokens[k].isWord && (!context.tokens[k].isCapitalised || context.has(k, .notName)))
        }
    }

    /// Most tokens of an opening time phrase before a pronoun ("On Monday,", "Later that same day,").
    private static let openingTimeReach = 5

    /// '"…," it said in a statement': the organisation or country that said something in the
    /// sentence before ("The Command said it was aware …"). Names in this sentence are left
    /// alone (they are usually inside the quote), and so is "said it" ("it" opens what was said).
    mutating func bodyPronoun(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard context.isCueVerb(context.skippingFillers(from: index + 1)),
              let sentence = state.sentence(containing: context.tokens[index].start) else { return nil }
        let bytes = context.bytes
        // "Acme Foods, a supermarket chain, is to cut jobs, blaming a squeeze that it warned …":
        // the body opening its own sentence, in a later clause.
        if let opening = openingMention(of: sentence, state), opening.range.end <= context.tokens[index].start,
           actors.indices.contains(opening.actor), actors[opening.actor].kind != .person,
           opening.range.start - state.sentences[sentence].range.start <= Self.openingArticleBytes {
            record(opening.actor, context, index, index + 1, .pronoun, &state, alias: false)
            return index + 1
        }
        // "In late June, the army of Velmar launched what it called …": a body named before "it"
        // in its own sentence may be it; one that spoke in the sentence before is not taken.
        // (Mentions are recorded in text order: those of this sentence so far stand before "it".)
        if state.mentions.reversed().prefix(while: { $0.sentence == sentence }).contains(where: { mention in
            actors.indices.contains(mention.actor) && actors[mention.actor].kind != .person
        }) {
            return nil
        }
        for mention in state.mentions.reversed() where mention.sentence < sentence {
            guard mention.sentence == sentence - 1 else { break }
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind != .person else { continue }
            // The body is the subject of a verb of saying: "<name> said", "<name> also said", "the
            // state <name> news agency confirmed" (its noun, a few lower-case words before it).
            var verb = Self.wordAfter(bytes, mention.range.end, skippingFillers: true)
            var skipped = 0
            while skipped < SpeechCueFinder.bodyModifierWords, !verb.isEmpty, !ByteClass.isUpper(bytes[verb.lowerBound]),
                  !Self.isCueVerb(bytes, verb), Self.namesBodyNoun(bytes, from: verb) {
                verb = Self.wordAfter(bytes, verb.upperBound, skippingFillers: true)
                skipped += 1
            }
            guard Self.isCueVerb(bytes, verb) else { continue }
            record(mention.actor, context, index, index + 1, .pronoun, &state, alias: false)
            return index + 1
        }
        // "The Harlow Monitoring Network (HMN), which deployed observers, said …. But it noted …",
        // "Vexa Inc. said …. It said …": the body opening the sentence before, when a verb of
        // saying follows it there, or any verb when that sentence names nothing else and "it"
        // opens its own clause ("The Harlow Ministry struck a similar note. In a statement, it said …").
        // (Only as the sentence's subject: its first word, after one word ("But it"), or after its
        // first comma ("In a statement, it said"); not in a clause after a subject of its own:
        // "The party said … what it described as".)
        let opensClause = !(state.mentions.last.map { $0.sentence == sentence } ?? false)
            && (index <= 1 || context.isComma(index - 1) && !(0..<(index - 1)).contains { context.isComma($0) })
        guard sentence > 0, let opening = openingBody(of: sentence - 1, state, bytes, anyVerbWhenAlone: opensClause) else { return nil }
        record(opening, context, index, index + 1, .pronoun, &state, alias: false)
        return index + 1
    }

    /// The first mention recorded so far in sentence `sentence`.
    private func openingMention(of sentence: Int, _ state: DocumentMentions) -> Mention? {
        // Read back from the latest mention: the first of that sentence is the last met.
        var found: Mention?
        for mention in state.mentions.reversed() {
            if mention.sentence < sentence { break }
            if mention.sentence == sentence { found = mention }
        }
        return found
    }

    /// The body (no person) named first in sentence `sentence`, when it opens the sentence
    /// (after "The" at most) and a verb of saying comes after it in the sentence; with
    /// `anyVerbWhenAlone`, any lower-case word after it but a joining one, when the sentence
    /// names no one else.
    private func openingBody(of sentence: Int, _ state: DocumentMentions, _ bytes: UnsafeBufferPointer<UInt8>,
                             anyVerbWhenAlone: Bool = false) -> Int? {
        guard state.sentences.indices.contains(sentence), let mention = openingMention(of: sentence, state) else { return nil }
        let range = state.sentences[sentence].range
        guard actors.indices.contains(mention.actor), actors[mention.actor].kind != .person,
              mention.range.start - range.start <= Self.openingArticleBytes else { return nil }
        // Past its initials in brackets ("(HMN)") and an aside between commas, the verb.
        var k = mention.range.end
        if k < range.end, bytes[k] == UInt8(ascii: ".") { k += 1 }  // "Vexa Inc."
        if k + 1 < range.end, bytes[k] == 0x20, bytes[k + 1] == UInt8(ascii: "(") {
            while k < range.end, bytes[k] != UInt8(ascii: ")") { k += 1 }
            k += 1
        }
        if k < range.end, bytes[k] == UInt8(ascii: ",") {
            k += 1
            while k < range.end, bytes[k] != UInt8(ascii: ",") { k += 1 }
            guard range.end - k > 0 else { return nil }
            k += 1
        }
        var verb = Self.wordAfter(bytes, k, skippingFillers: true)
        // A second aside after the first: "Ofwat, the water regulator, which opened an inquiry, said".
        if k > mention.range.end, verb.upperBound <= range.end, !Self.isCueVerb(bytes, verb) {
            while k < range.end, bytes[k] != UInt8(ascii: ",") { k += 1 }
            guard range.end - k > 0 else { return nil }
            verb = Self.wordAfter(bytes, k + 1, skippingFillers: true)
        }
        guard verb.upperBound <= range.end else { return nil }
        if Self.isCueVerb(bytes, verb) { return mention.actor }
        guard anyVerbWhenAlone, verb.count >= Self.shortestVerbBytes, bytes[verb.lowerBound - 1] == 0x20,
              ByteClass.isLower(bytes[verb.lowerBound]),
              !ActorLexicon.joiningWords.contains(bytes, verb.lowerBound, verb.upperBound) else { return nil }
        // Alone: that sentence names no one else.
        let alone = !state.mentions.reversed().prefix(while: { $0.sentence >= sentence })
            .contains { $0.sentence == sentence && $0.actor != mention.actor }
        return alone ? mention.actor : nil
    }

    /// Fewest letters of a verb read after a body opening a sentence ("won", not "to").
    static let shortestVerbBytes = 3

    /// Bytes a sentence's opening body may stand after the sentence's start ("The ").
    static let openingArticleBytes = 4

    /// Whether a body noun ("agency", "ministry") is the word at `word` or one of the next
    /// `SpeechCueFinder.bodyModifierWords` lower-case words ("news agency").
    private static func namesBodyNoun(_ bytes: UnsafeBufferPointer<UInt8>, from word: Range<Int>) -> Bool {
        var next = word
        for _ in 0...SpeechCueFinder.bodyModifierWords {
            guard !next.isEmpty, !ByteClass.isUpper(bytes[next.lowerBound]) else { return false }
            if ActorLexicon.bodyNouns.contains(bytes, next.lowerBound, next.upperBound)
                || ActorLexicon.organisationNouns.contains(bytes, next.lowerBound, next.upperBound) { return true }
            next = wordAfter(bytes, next.upperBound, skippingFillers: false)
        }
        return false
    }

    /// The person of `gender` (or unknown gender) who was the subject of a verb of saying in
    /// the sentence of token `index`, before it, or in the sentence before ("X said",
    /// "X also told", "said X", "he added"): the latest such speaker.
    private func recentSpeaker(_ gender: PersonGender, _ context: TokenContext, _ index: Int, _ state: DocumentMentions) -> Int? {
        let pronounStart = context.tokens[index].start
        guard let sentence = state.sentence(containing: pronounStart) else { return nil }
        let bytes = context.bytes
        // The sentence before, or the latest with a name when those between name no one ('"Why?
        // What were you thinking?" he asked': "Why?" is a sentence of its own).
        var floor = sentence - 1
        var reachedEarlier = false
        for k in state.mentions.indices.reversed() {
            let mention = state.mentions[k]
            if mention.sentence < sentence, !reachedEarlier {
                reachedEarlier = true
                floor = max(min(floor, mention.sentence), sentence - 1 - Self.namelessSentencesSkipped)
            }
            guard mention.sentence >= floor else { break }
            guard mention.range.end <= pronounStart, actors.indices.contains(mention.actor),
                  actors[mention.actor].kind == .person, genders[mention.actor] == nil || genders[mention.actor] == gender else { continue }
            // "… if he went on. '…,' she said": whom "he" stood for is no "she".
            if mention.form == .pronoun, Self.pronounGender(bytes, mention.range).map({ $0 != gender }) ?? false { continue }
            // "said Jo Roe" names a speaker, "said Roe's mother had died" does not, nor does
            // "criticised Jo Roe" (whom a verb that cannot come first is about).
            if Self.isCueVerb(bytes, Self.wordAfter(bytes, mention.range.end, skippingFillers: true))
                || (Self.isInvertibleCueVerb(bytes, Self.wordBefore(bytes, mention.range.start)) && !Self.ownsNext(bytes, mention.range.end))
                || Self.isAccordingSource(bytes, mention.range.start) {
                return mention.actor
            }
            if Self.followsComma(bytes, Self.startAfterTitle(bytes, mention.range.start))
                && Self.isCueVerb(bytes, Self.wordAfterComma(bytes, mention.range.end)) {
                // "Mi Roe, the sister of the leader, Al Roe, criticised …": a name closing the
                // aside of the person opening the sentence is not who spoke.
                return apposedOpening(before: k, gender: gender, bytes, state) ?? mention.actor
            }
            // "Jo Roe, the outgoing finance minister, told supporters …".
            if Self.isCueVerb(bytes, Self.wordAfterAside(bytes, mention.range.end)) { return mention.actor }
        }
        return nil
    }

    /// The person opening the sentence of mention `k` (at its start or after a short opening
    /// phrase) and set off by a comma before it, when another person than mention `k`'s and of
    /// `gender` (so that a later name in commas belongs to that person's aside).
    private func apposedOpening(before k: Int, gender: PersonGender, _ bytes: UnsafeBufferPointer<UInt8>, _ state: DocumentMentions) -> Int? {
        let mention = state.mentions[k]
        guard state.sentences.indices.contains(mention.sentence) else { return nil }
        let sentenceStart = state.sentences[mention.sentence].range.start
        var first = k
        while first > 0, state.mentions[first - 1].sentence == mention.sentence { first -= 1 }
        let opening = state.mentions[first]
        guard first < k, opening.actor != mention.actor, actors.indices.contains(opening.actor), actors[opening.actor].kind == .person,
              genders[opening.actor] == nil || genders[opening.actor] == gender,
              opening.range.start <= sentenceStart + 1 || Self.followsLeadPhrase(bytes, sentenceStart: sentenceStart, name: opening.range.start),
              opening.range.end < bytes.count, bytes[opening.range.end] == UInt8(ascii: ",") else { return nil }
        return opening.actor
    }

    /// Whether someone known only by an office ("The chancellor said", "the minister told")
    /// spoke in the sentence of token `index`, before it, or in the sentence before.
    private func unnamedOfficeSpoke(_ context: TokenContext, _ index: Int, _ state: DocumentMentions) -> Bool {
        let pronounStart = context.tokens[index].start
        guard let sentence = state.sentence(containing: pronounStart) else { return false }
        let bytes = context.bytes
        // "the" is found by its bytes; only then are the next words looked up.
        var i = state.sentences[max(0, sentence - 1)].range.start
        while i + 4 < pronounStart {
            defer { i += 1 }
            guard ByteClass.lower(bytes[i]) == UInt8(ascii: "t"), bytes[i + 1] == UInt8(ascii: "h"), bytes[i + 2] == UInt8(ascii: "e"),
                  bytes[i + 3] == 0x20, i == 0 || !ByteClass.isLetter(bytes[i - 1]) else { continue }
            let office = Self.wordAfter(bytes, i + 3, skippingFillers: false)
            guard !office.isEmpty, office.upperBound < pronounStart, !ByteClass.isUpper(bytes[office.lowerBound]),
                  ActorLexicon.titles.contains(bytes, office.lowerBound, office.upperBound) else { continue }
            let verb = Self.wordAfter(bytes, office.upperBound, skippingFillers: true)
            if verb.upperBound <= pronounStart, Self.isCueVerb(bytes, verb) { return true }
        }
        return unnamedSpokespersonSpoke(from: state.sentences[max(0, sentence - 1)].range.start, before: pronounStart, bytes)
    }

    /// Whether "a spokeswoman for the Chambers of Commerce said …" (a spokesperson left unnamed,
    /// then a verb of saying within `spokespersonReach` words, no punctuation between) stands
    /// between `start` and `end`.
    /// The body an unnamed spokesperson who spoke just before the pronoun at token `index` (in
    /// its sentence or the one before) speaks for: "a police spokeswoman said", "a spokesman for
    /// the agency said" (the body's mention beside the spokes word), when no person is named after it.
    private func spokespersonBody(_ context: TokenContext, _ index: Int, _ state: DocumentMentions) -> Int? {
        let pronounStart = context.tokens[index].start
        guard let sentence = state.sentence(containing: pronounStart) else { return nil }
        let from = state.sentences[max(0, sentence - 1)].range.start
        let bytes = context.bytes
        // The body beside a spokes word is looked for first; whether the spokesperson spoke (the
        // longer scan) only when one is found.
        for mention in state.mentions.reversed() {
            guard mention.range.start >= from else { break }
            guard mention.range.end <= pronounStart, actors.indices.contains(mention.actor) else { continue }
            if actors[mention.actor].kind == .person { return nil }
            let after = Self.wordAfter(bytes, mention.range.end, skippingFillers: false)
            var before = Self.wordBefore(bytes, mention.range.start)
            if !before.isEmpty, bytes[before].elementsEqual("the".utf8) { before = Self.wordBefore(bytes, before.lowerBound) }
            let forWord = !before.isEmpty && bytes[before].elementsEqual("for".utf8)
            let spokes = forWord ? Self.wordBefore(bytes, before.lowerBound) : before
            let spokesBefore = forWord && !spokes.isEmpty && ActorLexicon.spokesWords.contains(bytes, spokes.lowerBound, spokes.upperBound)
            if (!after.isEmpty && ActorLexicon.spokesWords.contains(bytes, after.lowerBound, after.upperBound)) || spokesBefore {
                return unnamedSpokespersonSpoke(from: from, before: pronounStart, bytes) ? mention.actor : nil
            }
        }
        return nil
    }

    private func unnamedSpokespersonSpoke(from start: Int, before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var word = Self.wordAfter(bytes, start, skippingFillers: false)
        while !word.isEmpty, word.upperBound < end {
            if ActorLexicon.spokesWords.contains(bytes, word.lowerBound, word.upperBound) {
                var next = word
                for _ in 0..<Self.spokespersonReach {
                    // Only spaces may part the words: a comma or a name's apposition ends the search.
                    next = Self.wordAfter(bytes, next.upperBound, skippingFillers: false)
                    guard !next.isEmpty, next.upperBound < end, bytes[next.lowerBound - 1] == 0x20 else { break }
                    if Self.isCueVerb(bytes, next) { return true }
                    // "spokeswoman Ana Lo said" names her.
                    if next.lowerBound == Self.wordAfter(bytes, word.upperBound, skippingFillers: false).lowerBound,
                       ByteClass.isUpper(bytes[next.lowerBound]) { break }
                }
            }
            var after = word.upperBound
            while after < end, !ByteClass.isLetter(bytes[after]) { after += 1 }
            word = Self.wordAfter(bytes, after, skippingFillers: false)
        }
        return false
    }

    /// Whether the sentence at `start` opens with someone unnamed of some staff ("A researcher at
    /// a Seoul-based group, who asked not to be named, said …"): its subject has no name.
    private func opensWithUnnamedStaff(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var word = Self.wordAfter(bytes, start, skippingFillers: false)
        guard !word.isEmpty, ActorLexicon.indefiniteArticles.contains(bytes, word.lowerBound, word.upperBound) else { return false }
        for _ in 0..<Self.staffReach {
            word = Self.wordAfter(bytes, word.upperBound, skippingFillers: false)
            // "A senior U.S. official", "A European official", "A Harlow council official": what
            // the staff are of is no name of theirs.
            guard !word.isEmpty else { return false }
            if ActorLexicon.staffNouns.contains(bytes, word.lowerBound, word.upperBound) { return true }
        }
        return false
    }

    /// Most words from "A" to the staff noun ("A senior U.S. administration official").
    static let staffReach = 4

    /// Most words from "spokeswoman" to the verb of saying of an unnamed spokesperson.
    static let spokespersonReach = 8

    /// The gender of the pronoun "he" or "she" (any case) at `range`, if it is one.
    private static func pronounGender(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> PersonGender? {
        let start = max(0, range.start), end = min(range.end, bytes.count)
        guard end - start == 2 || end - start == 3 else { return nil }
        let last = ByteClass.lower(bytes[end - 2]) == UInt8(ascii: "h") && ByteClass.lower(bytes[end - 1]) == UInt8(ascii: "e")
        guard last else { return nil }
        if end - start == 2 { return .male }
        return ByteClass.lower(bytes[start]) == UInt8(ascii: "s") ? .female : nil
    }

    /// Whether `bytes[word]` is a verb of saying.
    private static func isCueVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        !word.isEmpty && QuoteCueLexicon.verbs.contains(bytes, word.lowerBound, word.upperBound)
    }

    /// Whether `bytes[word]` is a verb of saying that may come before its subject ("said Jo Roe").
    private static func isInvertibleCueVerb(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        !word.isEmpty && QuoteCueLexicon.invertibleVerbs.contains(bytes, word.lowerBound, word.upperBound)
    }

    /// The letters of the word after `end` (past spaces, and past one filler such as "also").
    static func wordAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, skippingFillers: Bool) -> Range<Int> {
        var start = end
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        var stop = start
        while stop < bytes.count, ByteClass.isLetter(bytes[stop]) { stop += 1 }
        if skippingFillers, stop > start, ActorLexicon.attributionFillers.contains(bytes, start, stop) {
            return wordAfter(bytes, stop, skippingFillers: false)
        }
        return start..<stop
    }

    /// The person named last before token `index` in its sentence when that name lies inside
    /// double quotes (straight or curly, counted from the sentence's start).
    private func namedOnlyInQuotes(_ context: TokenContext, before index: Int, _ state: DocumentMentions) -> Int? {
        guard let first = context.tokens.first, let last = state.mentions.last, last.range.start >= first.start,
              last.range.end <= context.tokens[index].start, actors.indices.contains(last.actor),
              actors[last.actor].kind == .person else { return nil }
        let bytes = context.bytes
        var inside = false
        var i = first.start
        while i < min(last.range.start, bytes.count) {
            if bytes[i] == 0x22 {
                inside.toggle()
            } else if QuoteMarks.isPunctuation(bytes, i, low: 0x9C) {
                inside = true  // “
            } else if QuoteMarks.isPunctuation(bytes, i, low: 0x9D) {
                inside = false  // ”
            }
            i += 1
        }
        return inside ? last.actor : nil
    }

    /// Most sentences naming no one that the look-back for a recent speaker passes over.
    static let namelessSentencesSkipped = 2

    /// Whether the name at byte `name` follows a short opening phrase of its sentence ("Late on
    /// Wednesday, ", "Asked about the launches, "): one comma, right before the name, no quote.
    static func followsLeadPhrase(_ bytes: UnsafeBufferPointer<UInt8>, sentenceStart: Int, name: Int) -> Bool {
        guard name > sentenceStart + 2, name - sentenceStart <= leadPhraseReach, name <= bytes.count, followsComma(bytes, name) else { return false }
        var commas = 0
        for i in sentenceStart..<name {
            let byte = bytes[i]
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == 0x22 || byte == 0xE2 { return false }
        }
        return commas == 1
    }

    /// Most bytes of an opening phrase before a sentence's subject.
    static let leadPhraseReach = 32

    /// Whether a closing double quote (straight or curly) comes right before `start`, past spaces.
    static func followsClosingQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var i = min(start, bytes.count)
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        return (i > 0 && bytes[i - 1] == 0x22) || (i >= 3 && QuoteMarks.matches(bytes, i - 3, QuoteMarks.rightDouble))
    }

    /// Whether a comma comes right before `start` (past spaces): a name set off as an apposition.
    static func followsComma(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var i = min(start, bytes.count)
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        return i > 0 && bytes[i - 1] == UInt8(ascii: ",")
    }

    /// Where the name starting at `start` starts with the capitalised title before it ("The
    /// police chief, General Ana Ruiz, told …": the title's start), else `start`.
    static func startAfterTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        let title = wordBefore(bytes, start)
        guard !title.isEmpty, ByteClass.isUpper(bytes[title.lowerBound]),
              ActorLexicon.titles.contains(bytes, title.lowerBound, title.upperBound) else { return start }
        return title.lowerBound
    }

    /// The word after a comma that follows `end` ("Jo Roe's brother, Tim Roe, told": a name set
    /// off by commas before the verb), else an empty range.
    static func wordAfterComma(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Range<Int> {
        var start = end
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: ",") else { return end..<end }
        return wordAfter(bytes, start + 1, skippingFillers: true)
    }

    /// The word after an aside set off by commas right after byte `end` ("Jo Roe, the outgoing
    /// minister, told": "told"), within `asideReach` bytes and without a quote, else an empty range.
    static func wordAfterAside(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Range<Int> {
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: ",") else { return end..<end }
        var i = end + 1
        while i < min(bytes.count, end + asideReach) {
            let byte = bytes[i]
            if byte == UInt8(ascii: ",") { return wordAfter(bytes, i + 1, skippingFillers: true) }
            if byte == 0x22 || byte == 0xE2 || byte == UInt8(ascii: ".") { break }
            i += 1
        }
        return end..<end
    }

    /// Most bytes of an aside between a name and its verb.
    static let asideReach = 80

    /// Whether a possessive "'s" (or "’s") follows byte `end`.
    static func ownsNext(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end < bytes.count else { return false }
        if bytes[end] == 0x27 { return end + 1 < bytes.count && ByteClass.lower(bytes[end + 1]) == UInt8(ascii: "s") }
        return QuoteMarks.matches(bytes, end, QuoteMarks.rightSingle) && end + 3 < bytes.count && ByteClass.lower(bytes[end + 3]) == UInt8(ascii: "s")
    }

    /// Whether a name starting at `start` is the source of an "according to" a few words
    /// before it ("According to Kremlin spokesman Ivo Dal, the talks …, though he said …").
    static func isAccordingSource(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var wordStart = start
        for _ in 0...accordingReach {
            if EventTitler.followsAccordingTo(wordStart, bytes) { return true }
            let word = wordBefore(bytes, wordStart)
            guard !word.isEmpty, bytes[word.upperBound..<wordStart].allSatisfy({ $0 == 0x20 }) else { return false }
            wordStart = word.lowerBound
        }
        return false
    }

    /// Most words between "according to" and the name of its source ("the Kremlin spokesman").
    static let accordingReach = 4

    /// The letters of the word before `start` (past spaces).
    static func wordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Range<Int> {
        var end = min(start, bytes.count)
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var first = end
        while first > 0, ByteClass.isLetter(bytes[first - 1]) { first -= 1 }
        return first..<end
    }

    /// Whether `id` is named, and no other person is, in the sentence of token `index` and the one
    /// before (`countingPronouns`: a pronoun naming someone counts as a name).
    private func onlyPersonNearby(
        _ id: Int, _ context: TokenContext, _ index: Int, _ state: DocumentMentions, countingPronouns: Bool = false
    ) -> Bool {
        guard let sentence = state.sentence(containing: context.tokens[index].start) else { return false }
        var named = false
        for mention in state.mentions.reversed() {
            guard mention.sentence >= sentence - 1 else { break }
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind == .person,
                  countingPronouns || mention.form != .pronoun else { continue }
            if mention.actor != id { return false }
            named = true
        }
        return named
    }

    /// Notes `holder` as who "the <title>" is from now on, and, for an abbreviation, "the
    /// <office>" too ("Sen. X": "the senator").
    private mutating func noteTitle(_ title: String, holder: Int) {
        guard !title.isEmpty else { return }
        titleHolders[title] = holder
        for office in ActorLexicon.titleOffices[title] ?? [] { titleHolders[office] = holder }
    }

    /// "The Kentucky Republican said", "the California Democrat": the lawmaker named with that
    /// state ("Rep. Jo Roe, D-Calif.", "Sen. Jo Roe of Indiana"), else the person the story was
    /// last about; returns the end of the description.
    mutating func partyDescription(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The") else { return nil }
        var party = index
        while party < index + 3, context.isCapitalisedWord(party), !context.isWord(party, in: ActorLexicon.partyMembers) { party += 1 }
        guard party > index, party < index + 3, context.isWord(party, in: ActorLexicon.partyMembers),
              !context.isCapitalisedWord(party + 1) else { return nil }
        let bytes = context.bytes
        let place = Array(bytes[context.tokens[index].start..<context.tokens[party - 1].end])
        let abbreviation = ActorLexicon.stateAbbreviations[String(decoding: place, as: UTF8.self)].map { Array($0.utf8) }
        // The nearest earlier person with the state (or its abbreviation) written just after the name.
        var placed: Int?
        for mention in state.mentions.reversed() where actors.indices.contains(mention.actor) && actors[mention.actor].kind == .person {
            let window = bytes[min(mention.range.end, bytes.count)..<min(mention.range.end + Self.stateReach, bytes.count)]
            if Self.contains(window, place) || abbreviation.map({ Self.contains(window, $0) }) == true {
                placed = mention.actor
                break
            }
        }
        guard let id = placed ?? lastSubject(before: context.sentence, state) else { return nil }
        record(id, context, index - 1, party + 1, .title, &state, alias: false)
        return party + 1
    }

    /// "The CDU leader said", "the Arsenal manager told" after "Ada Roe, the CDU leader" or
    /// "Arsenal manager Ada Roe": the person this article introduced with the same body and
    /// title; returns the end of the description (nil leaves the body to the other rules).
    mutating func bodyTitleDescription(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The") else { return nil }
        var title = index
        while title < index + 2, context.isCapitalisedWord(title) { title += 1 }
        guard title > index, title < context.count, context.tokens[title].isWord, !context.tokens[title].isCapitalised,
              context.has(title, .title), !context.isCapitalisedWord(title + 1) else { return nil }
        let bytes = context.bytes
        let description = context.tokens[index].start..<context.tokens[title].end
        func describes(_ start: Int) -> Bool {
            let end = start + description.count
            return start >= 0 && end <= bytes.count && bytes[start..<end].elementsEqual(bytes[description])
                && (end == bytes.count || !ByteClass.isLetter(bytes[end]))
        }
        // "Arsenal manager Ada Roe": the description right before a person's name.
        var titled: Int?
        for mention in state.mentions.reversed() where actors.indices.contains(mention.actor) && actors[mention.actor].kind == .person {
            let start = mention.range.start - 1 - description.count
            if start >= 0, bytes[mention.range.start - 1] == 0x20, describes(start), start == 0 || !ByteClass.isLetter(bytes[start - 1]) {
                titled = mention.actor
                break
            }
        }
        // "Ada Roe, the CDU leader, …": an aside describing a name is not a mention of its own.
        let aside = describedPerson(bytes, state) { start, _ in start != description.lowerBound && describes(start) }
        guard let id = titled ?? aside else { return nil }
        record(id, context, index - 1, title + 1, .title, &state, alias: false)
        return title + 1
    }

    /// Bytes after a name read for its state (", D-Mass.," or " of Indiana").
    static let stateReach = 32

    /// Whether `needle` occurs in `window` (short byte runs: a plain scan).
    private static func contains(_ window: Slice<UnsafeBufferPointer<UInt8>>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, window.count >= needle.count else { return false }
        var start = window.startIndex
        while start + needle.count <= window.endIndex {
            if window[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    /// "the president", "the leader": the person last introduced with that title, when this
    /// article has named them.
    mutating func titleDescription(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        // Only a two-capital word is looked up (no string is made for every capitalised word).
        let token = context.tokens[index]
        let abbreviated = token.count == 2 && ByteClass.isUpper(context.bytes[token.start]) && ByteClass.isUpper(context.bytes[token.start + 1])
            ? ActorLexicon.officeAbbreviations[context.text(index)] : nil
        guard abbreviated != nil || (!context.tokens[index].isCapitalised && context.has(index, .title)) else { return nil }
        guard context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The"), !context.isCapitalisedWord(index + 1) else {
            return abbreviated == nil ? bodySpokesperson(context, index, &state) : nil
        }
        if let abbreviated {
            guard let held = titleHolders[abbreviated], seenInDocument(held, state) != nil else { return nil }
            record(held, context, index - 1, index + 1, .title, &state, alias: false)
            return index + 1
        }
        // "the spokesperson stressed" after "Wang Wenbin, spokesperson of …": the person the office
        // described, where the description speaks (inside an aside it describes its own name).
        let office = context.bytes[context.tokens[index].start..<context.tokens[index].end]
        let held = titleHolders[context.text(index)].flatMap { seenInDocument($0, state) != nil ? $0 : nil }
            ?? (Self.speaks(context, at: index) ? describedPerson(context.bytes, state) { start, end in context.bytes[start..<end].elementsEqual(office) } : nil)
        guard let id = held ?? (context.isWord(index, in: ActorLexicon.spokesWords) ? spokenFor(context.bytes, state) : nil) else { return nil }
        // "A senior administration official, briefing reporters, said … the official said": the
        // office's holder just introduced has no name, whoever was described by it before.
        if held != nil, context.sentence > 0, state.sentences.indices.contains(context.sentence - 1),
           Self.unnamedHolder(office, context.bytes, from: state.sentences[context.sentence - 1].range.start,
                              to: context.tokens[index - 1].start) {
            return nil
        }
        record(id, context, index - 1, index + 1, .title, &state, alias: false)
        return index + 1
    }

    /// The body an unnamed spokesperson speaks for: after "Ofwat, the water regulator, said …",
    /// "A spokesperson said …" is Ofwat's (the body that spoke opening the sentence before, when
    /// this sentence names no one before the spokesperson); "A Commission spokesperson said" is
    /// the body named before whose name ends in "Commission".
    mutating func bodySpokesperson(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        // (Called for a lower-case title word only, as spokes words are.)
        guard index >= 1, context.sentence > 0, context.isWord(index, in: ActorLexicon.spokesWords),
              context.isCueVerb(context.skippingFillers(from: index + 1)) else { return nil }
        func isArticle(_ k: Int) -> Bool {
            context.isExactly(k, "a") || context.isExactly(k, "A") || context.isExactly(k, "the") || context.isExactly(k, "The")
        }
        // "A Commission spokesperson said" after "the European Commission": the body named before
        // whose name ends in that word.
        if index >= 2, context.isCapitalisedWord(index - 1), isArticle(index - 2) {
            let word = " " + context.text(index - 1)
            guard let body = state.mentions.last(where: { mention in
                actors.indices.contains(mention.actor) && actors[mention.actor].kind == .organisation && actors[mention.actor].name.hasSuffix(word)
            })?.actor else { return nil }
            record(body, context, index - 2, index + 1, .title, &state, alias: false)
            return index + 1
        }
        guard isArticle(index - 1),
              state.mentions.last.map({ $0.sentence < context.sentence }) ?? true,
              let body = openingBody(of: context.sentence - 1, state, context.bytes) else { return nil }
        record(body, context, index - 1, index + 1, .title, &state, alias: false)
        return index + 1
    }

    /// Whether ", " stands before byte `k` after a capitalised word (or a closing bracket).
    private static func describesNameBefore(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k >= 3, bytes[k - 1] == 0x20, bytes[k - 2] == UInt8(ascii: ",") else { return false }
        var wordStart = k - 2
        while wordStart > 0, ByteClass.isLetter(bytes[wordStart - 1]) || bytes[wordStart - 1] == UInt8(ascii: "-") { wordStart -= 1 }
        return (wordStart < k - 2 && ByteClass.isUpper(bytes[wordStart])) || bytes[k - 3] == UInt8(ascii: ")")
    }

    /// Whether someone unnamed takes the office word `office` between bytes `start` and `end`:
    /// "a" or "an" at most `asideWords` words before it, with no punctuation between and no
    /// name after it ("an official, Ri Pyong, said" names him).
    static func unnamedHolder(_ office: Slice<UnsafeBufferPointer<UInt8>>, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var k = start
        var sinceArticle = Int.max
        while k < end {
            let byte = bytes[k]
            guard ByteClass.isLetter(byte) else {
                // A space parts words; other punctuation ends the article's phrase.
                if byte != 0x20 { sinceArticle = Int.max }
                k += 1
                continue
            }
            var wordEnd = k
            while wordEnd < end, ByteClass.isLetter(bytes[wordEnd]) || bytes[wordEnd] == UInt8(ascii: ".") || bytes[wordEnd] == UInt8(ascii: "-") {
                wordEnd += 1
            }
            let length = wordEnd - k
            if ByteClass.lower(byte) == UInt8(ascii: "a"), length == 1 || (length == 2 && ByteClass.lower(bytes[k + 1]) == UInt8(ascii: "n")) {
                // "Ri Pyong, a senior official,": an aside describing the name before it.
                sinceArticle = Self.describesNameBefore(k, bytes) ? Int.max : 0
            } else if sinceArticle < Int.max {
                sinceArticle += 1
                if sinceArticle <= asideWords, length == office.count,
                   zip(bytes[k..<wordEnd], office).allSatisfy({ ByteClass.lower($0) == ByteClass.lower($1) }),
                   !(wordEnd + 2 < bytes.count && bytes[wordEnd] == UInt8(ascii: ",") && bytes[wordEnd + 1] == 0x20 && ByteClass.isUpper(bytes[wordEnd + 2])) {
                    return true
                }
            }
            k = wordEnd
        }
        return false
    }

    /// '"…," the 24-year-old said' (or "the 24-year-old forward told") after "Lucas Moreau, 24,
    /// joined …": the person of this article whose age aside gave that age.
    mutating func ageDescription(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The"), let age = Self.ageOfNoun(context, index) else { return nil }
        // "the 24-year-old forward told": one lower-case noun may stand between the age and the verb.
        let nounAfter = index + 1 < context.count && context.tokens[index + 1].isWord && !context.tokens[index + 1].isCapitalised
            && Self.speaks(context, at: index + 1)
        guard Self.speaks(context, at: index) || nounAfter else { return nil }
        let bytes = context.bytes
        // ", 24," or ", a 24-year-old" (nil: any age).
        func givesAge(_ wanted: Int?) -> (Int, Int) -> Bool {
            { start, end in
                var k = start, value = 0
                while k < end, k - start < 3, ByteClass.isDigit(bytes[k]) {
                    value = value * 10 + Int(bytes[k] - 0x30)
                    k += 1
                }
                let plain = k == end && end < bytes.count && bytes[end] == UInt8(ascii: ",")
                return k > start && (wanted ?? value) == value && (plain || (k < end && bytes[k] == UInt8(ascii: "-")))
            }
        }
        // With no one's age told, "the 24-year-old" goes on from the person the story was last
        // about ("Brentford have signed Lucas Moreau … Moreau's agent said … The 24-year-old told …"):
        // the first person named in the latest sentence before this one that names someone.
        let id = describedPerson(bytes, state, isDescription: givesAge(age))
            ?? (describedPerson(bytes, state, isDescription: givesAge(nil)) == nil ? lastSubject(before: context.sentence, state) : nil)
        guard let id else { return nil }
        let end = nounAfter ? index + 2 : index + 1
        record(id, context, index - 1, end, .title, &state, alias: false)
        return end
    }

    /// The first person named in the latest sentence before `sentence` that names a person.
    private func lastSubject(before sentence: Int, _ state: DocumentMentions) -> Int? {
        var found: Int?
        var foundSentence = -1
        for mention in state.mentions.reversed() where mention.sentence < sentence {
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind == .person else { continue }
            if foundSentence >= 0 && mention.sentence != foundSentence { break }
            found = mention.actor
            foundSentence = mention.sentence
        }
        return found
    }

    /// Whether "the <word>" ending at token `index` is a speaker: a verb of saying follows it
    /// ("the judge added") or comes before its "the" ("said the judge").
    private static func speaks(_ context: TokenContext, at index: Int) -> Bool {
        context.isCueVerb(context.skippingFillers(from: index + 1)) || context.isCueVerb(index - 2)
    }

    /// The age an "N-year-old" token at `index` states (one to three digits), or nil.
    static func ageOfNoun(_ context: TokenContext, _ index: Int) -> Int? {
        guard index >= 0, index < context.count else { return nil }
        let token = context.tokens[index], bytes = context.bytes
        let suffix: StaticString = "-year-old"
        var k = token.start, value = 0
        while k < token.end, k - token.start < 3, ByteClass.isDigit(bytes[k]) {
            value = value * 10 + Int(bytes[k] - 0x30)
            k += 1
        }
        guard k > token.start, token.end - k == suffix.utf8CodeUnitCount else { return nil }
        return suffix.withUTF8Buffer { expected in expected.indices.allSatisfy { bytes[k + $0] == expected[$0] } } ? value : nil
    }

    /// The person of this article, latest first, whose name an aside describes: ", <words>" right
    /// after a mention, each of its first words (up to `asideWords`) passed to `isDescription` as
    /// a byte range while the words before it are articles, capitalised words or modifiers of an
    /// office ("Wang Wenbin, spokesperson of …"; "Ana Lo, the UN special envoy, …" for "the
    /// envoy"; "Tom Roe, who met the envoy" describes no one).
    func describedPerson(
        _ bytes: UnsafeBufferPointer<UInt8>, _ state: DocumentMentions, isDescription: (Int, Int) -> Bool
    ) -> Int? {
        for mention in state.mentions.reversed() {
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind == .person else { continue }
            var k = mention.range.end
            guard k + 2 < bytes.count, bytes[k] == UInt8(ascii: ","), bytes[k + 1] == 0x20 else { continue }
            k += 2
            for _ in 0..<Self.asideWords {
                var end = k
                while end < bytes.count, ByteClass.isLetter(bytes[end]) || ByteClass.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "-") { end += 1 }
                guard end > k else { break }
                if isDescription(k, end) { return mention.actor }
                let leads = ByteClass.isUpper(bytes[k]) || ActorLexicon.asideLeads.contains(bytes, k, end)
                guard leads, end < bytes.count, bytes[end] == 0x20 else { break }
                k = end + 1
            }
        }
        return nil
    }

    /// Most words of an aside read for a description ("the UN special envoy").
    static let asideWords = 4

    /// "the spokesman" after "a spokesman for Downing Street" or "a Foreign Ministry spokesman"
    /// in this article, no spokesman having been named: the body the spokesman spoke for.
    private func spokenFor(_ bytes: UnsafeBufferPointer<UInt8>, _ state: DocumentMentions) -> Int? {
        for k in state.mentions.indices.reversed() where actors.indices.contains(state.mentions[k].actor) {
            let mention = state.mentions[k]
            guard actors[mention.actor].kind != .person,
                  Self.endsWithSpokesWordAndFor(bytes, before: mention.range.start) || Self.opensWithSpokesWord(bytes, after: mention.range.end)
            else { continue }
            // "A spokesman for the ministry, Al Roe, said": the spokesman has a name of his own
            // (a person named later in the sentence, "… to meet Al Roe", is someone else).
            if k + 1 < state.mentions.count, state.mentions[k + 1].sentence == mention.sentence,
               actors.indices.contains(state.mentions[k + 1].actor), actors[state.mentions[k + 1].actor].kind == .person {
                let person = state.mentions[k + 1]
                let apposed = person.range.start == mention.range.end + 2 && mention.range.end + 1 < bytes.count
                    && bytes[mention.range.end] == UInt8(ascii: ",") && bytes[mention.range.end + 1] == 0x20
                if apposed { return person.actor }
            }
            return mention.actor
        }
        return nil
    }

    /// Whether "spokesman for " (or "spokeswoman", "spokesperson", "the") ends just before `offset`.
    private static func endsWithSpokesWordAndFor(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        var end = offset
        // "a spokesman for the Foreign Ministry": step back over "the ".
        if end >= 4, ByteClass.lower(bytes[end - 4]) == UInt8(ascii: "t"), bytes[end - 3] == UInt8(ascii: "h"),
           bytes[end - 2] == UInt8(ascii: "e"), bytes[end - 1] == 0x20 {
            end -= 4
        }
        guard end >= 5, bytes[end - 1] == 0x20, bytes[end - 2] == UInt8(ascii: "r"), bytes[end - 3] == UInt8(ascii: "o"),
              bytes[end - 4] == UInt8(ascii: "f"), bytes[end - 5] == 0x20 else { return false }
        var start = end - 5
        while start > 0, ByteClass.isLetter(bytes[start - 1]) { start -= 1 }
        return ActorLexicon.spokesWords.contains(bytes, start, end - 5)
    }

    /// Whether " spokesman" (or "spokeswoman", "spokesperson") follows `offset` directly.
    private static func opensWithSpokesWord(_ bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        guard offset < bytes.count, bytes[offset] == 0x20 else { return false }
        var end = offset + 1
        while end < bytes.count, ByteClass.isLetter(bytes[end]) { end += 1 }
        return ActorLexicon.spokesWords.contains(bytes, offset + 1, end)
    }

    // MARK: Helpers

    /// The gender an honorific at `index` implies; its key is exact, honorifics being short.
    private func honorificGender(_ context: TokenContext, _ index: Int) -> PersonGender? {
        let token = context.tokens[index]
        guard token.count <= WordKey.exactLength else { return ActorLexicon.honorifics[context.text(index)] ?? nil }
        let key = WordKey.key(context.bytes, token.start, token.end, lowered: false)
        for entry in honorificGenders where entry.key == key { return entry.gender }
        return nil
    }

    /// "Northwind said" after "Northwind Technologies": the company of this article whose name
    /// opens with the word at `index`, when no person of that surname is known.
    func companyOpening(with index: Int, _ context: TokenContext, _ state: DocumentMentions) -> Int? {
        guard surnameBearer(context, index, gender: nil, state) == nil else { return nil }
        let word = context.text(index)
        for mention in state.mentions.reversed() where actors.indices.contains(mention.actor) && actors[mention.actor].kind == .organisation {
            let name = actors[mention.actor].name
            guard name.count > word.count + 1, name.hasPrefix(word), name.dropFirst(word.count).first == " ",
                  let last = name.split(separator: " ").last, ActorLexicon.companyHeadNames.contains(String(last)) else { continue }
            return mention.actor
        }
        return nil
    }

    /// Whether an age follows the name at `index` in an aside: ", 32," or ", a 32-year-old".
    private func hasAgeAside(_ context: TokenContext, after index: Int) -> Bool {
        guard context.isComma(index + 1) else { return false }
        if isAge(context, index + 2), context.isComma(index + 3) { return true }
        guard context.isExactly(index + 2, "a") || context.isExactly(index + 2, "an") else { return false }
        return Self.ageOfNoun(context, index + 3) != nil
    }

    /// Whether token `index` is an age: a number of one to three digits ("Jo Bloggs, 31, said").
    private func isAge(_ context: TokenContext, _ index: Int) -> Bool {
        context.isNumber(index) && context.tokens[index].count <= 3
    }

    /// Whether "<Name>'s <role>" starts at `index` ("Lethmark's foreign minister").
    private func possessiveRole(_ context: TokenContext, at index: Int) -> Bool {
        // "Jo Roe, Mr. Roe's sister": an honorific and its period before the name.
        var first = index
        if context.has(index, .honorific) { first += context.isExactly(index + 1, ".") ? 2 : 1 }
        var next = first
        while next < first + 3, context.isCapitalisedWord(next) { next += 1 }
        guard next > first, next < context.count, context.tokens[next].kind == .possessive else { return false }
        return next + 1 < context.count && context.tokens[next + 1].isWord && !context.tokens[next + 1].isCapitalised
    }

    /// The person named by tokens `start..<end`: a known full name, a surname in context, or a new person.
    mutating func person(_ context: TokenContext, _ start: Int, _ end: Int, gender: PersonGender?, _ state: inout DocumentMentions) -> Int {
        let name = context.phrase(start, end)
        if let id = idsByName[name], actors[id].kind == .person { return id }
        if outlets.contains(name) { return idsByName[name] ?? register(name: name, kind: .organisation) }
        // "Tom J. Roe" is the "Tom Roe" of another report: the name goes without its
        // middle initial (the written form stays an alias).
        if let plain = Self.withoutMiddleInitials(name) {
            if let id = idsByName[plain], actors[id].kind == .person { return id }
            return newPerson(plain)
        }
        if end - start == 1, let id = surnameBearer(context, start, gender: gender, state) { return id }
        if end - start == 1, let id = givenNameBearer(name, state) { return id }
        if end - start == 1, let id = introducedEarlier(context, surnameAt: start, &state) { return id }
        return newPerson(name)
    }

    /// "Karen and Darren Whitlock": the first given name shares the surname after the second
    /// (only two given names the table knows, so "Harlow and Jo Roe" stays a place and a person).
    private mutating func coordinatedGivenName(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard !context.isCapitalisedWord(index - 1), context.isExactly(index + 1, "and"),
              context.isWord(index, in: ActorLexicon.givenNames), context.isWord(index + 2, in: ActorLexicon.givenNames),
              nameEnd(context, from: index + 2) == index + 4,
              context.classes(at: index + 3).isDisjoint(with: [.notName, .placeHead, .organisationHead, .title])
        else { return nil }
        let name = context.phrase(index, index + 1) + " " + context.phrase(index + 3, index + 4)
        let id = idsByName[name].flatMap { actors[$0].kind == .person ? $0 : nil } ?? newPerson(name)
        record(id, context, index, index + 1, .name, &state, alias: false)
        return index + 1
    }

    /// Registers a person named `name`, taking the sex its given name usually tells (a guess:
    /// what the text shows later still counts, `shown` stays unset).
    private mutating func newPerson(_ name: String) -> Int {
        let id = register(name: name, kind: .person)
        let utf8 = Array(name.utf8)
        if let space = utf8.firstIndex(of: 0x20), let gender = utf8.withUnsafeBufferPointer({ GivenNameTable.gender($0, 0, space) }) {
            learn(gender, for: id)
        }
        return id
    }

    /// `name` without the initials between its first and last words ("Antony J. Blinken" →
    /// "Antony Blinken"), or nil when it has none.
    static func withoutMiddleInitials(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 3 else { return nil }
        func isInitial(_ word: Substring) -> Bool {
            let bytes = Array(word.utf8)
            return bytes.count == 2 && ByteClass.isUpper(bytes[0]) && bytes[1] == UInt8(ascii: ".")
        }
        guard isInitial(words[1]), !isInitial(words[0]), !isInitial(words[words.count - 1]) else { return nil }
        let kept = [words[0]] + words.dropFirst().filter { !isInitial($0) }
        return kept.count >= 2 ? kept.joined(separator: " ") : nil
    }

    /// "Dr Tedla Abebe Haile …", then "Dr Tedla": a person of this article whose name opens
    /// with `word` (some naming customs put the given name after the honorific). Asked only
    /// when no person of that surname is known.
    func givenNameBearer(_ word: String, _ state: DocumentMentions) -> Int? {
        for id in state.people.reversed() where actors[id].kind == .person {
            let name = actors[id].name
            if name.count > word.count, name.hasPrefix(word), name.dropFirst(word.count).first == " " { return id }
        }
        return nil
    }

    /// "Eva Lindgren won …" (no title, no cue), then "Ms Lindgren": the full name the article
    /// gave earlier, a capitalised given name before the surname; that first mention is
    /// recorded too. Runs once per new surname (then the surname has a bearer), over at most
    /// `lookBack` bytes before the sentence, so a huge text with many people stays linear.
    mutating func introducedEarlier(_ context: TokenContext, surnameAt index: Int, _ state: inout DocumentMentions) -> Int? {
        let bytes = context.bytes
        let surname = context.tokens[index]
        let length = surname.end - surname.start
        guard length >= 2, let sentenceStart = context.tokens.first?.start, sentenceStart <= bytes.count else { return nil }
        guard let base = bytes.baseAddress, surname.end <= bytes.count, sentenceStart >= length else { return nil }
        var at = max(2, sentenceStart - Self.lookBack)
        // memchr finds each earlier use of the word's first byte at vector speed, memcmp checks the rest.
        while at + length <= sentenceStart,
              let found = memchr(base + at, Int32(bytes[surname.start]), sentenceStart - length + 1 - at) {
            at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            defer { at += 1 }
            guard bytes[at - 1] == 0x20, memcmp(base + at, base + surname.start, length) == 0,
                  at + length == bytes.count || !Self.isNameByte(bytes[at + length]) else { continue }
            // The word before: a capitalised given name, not a title, honorific or function word.
            var given = at - 1
            while given > 0, Self.isNameByte(bytes[given - 1]) { given -= 1 }
            guard at - 1 - given >= 2, ByteClass.isUpperScalar(bytes, given) else { continue }
            let classes = wordClasses.classes(bytes, given, at - 1)
            guard classes.isDisjoint(with: [.notName, .title, .honorific, .organisationHead, .placeWord, .placeHead]) else { continue }
            let range = TextRange(start: given, end: at + length)
            guard !state.mentions.contains(where: { $0.range.start < range.end && range.start < $0.range.end }),
                  let sentence = state.sentence(containing: given) else { continue }
            let id = register(name: String(decoding: UnsafeBufferPointer(rebasing: bytes[given..<range.end]), as: UTF8.self), kind: .person)
            guard actors[id].kind == .person else { return nil }
            state.mentions.append(Mention(actor: id, document: state.document, sentence: sentence, range: range, form: .name))
            return id
        }
        return nil
    }

    /// How far back a full name is looked for: a long article's worth of text.
    static let lookBack = 64 << 10

    /// The event scanner's word bytes (letters, digits, non-ASCII) and hyphens: the bytes of a name word.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        EventWordScanner.isWordByte(byte) || byte == 0x2D
    }

    /// The person most recently mentioned (in this document first) whose surname is the word
    /// at token `index` and whose gender agrees.
    func surnameBearer(_ context: TokenContext, _ index: Int, gender: PersonGender?, _ state: DocumentMentions) -> Int? {
        let token = context.tokens[index]
        return surnameBearer(among: peopleBySurname.people(context.bytes, token.start, token.end), gender: gender, state)
    }

    /// Of `bearers` (people sharing a surname), the one most recently mentioned, in this
    /// document first, whose gender agrees; one whose gender a pronoun or title showed comes
    /// first ("Ms Park" after a "Park" who was "she" and a more recent "Park" of unknown gender).
    func surnameBearer(among bearers: [Int], gender: PersonGender?, _ state: DocumentMentions) -> Int? {
        var best: Int?
        var bestScore = (-1, -1, -1, -1)
        for id in bearers {
            if let gender, let known = genders[id], known != gender { continue }
            let shown = gender != nil && genders[id] == gender && shownGenders.contains(id) ? 1 : 0
            let score = (shown, deceased.contains(id) ? 0 : 1, seenInDocument(id, state) ?? -1, lastSeen[id])
            if best == nil || score > bestScore {
                best = id
                bestScore = score
            }
        }
        return best
    }

    /// End of a name starting at `start`: up to `maximumNameWords` capitalised words (initials
    /// allowed, and particles between them: "von der"), stopping at titles, organisation heads,
    /// function words and other known actors.
    func nameEnd(_ context: TokenContext, from start: Int) -> Int {
        var end = start
        var words = 0
        while words < Self.maximumNameWords {
            // Particles count only when a name word follows them ("de Gaulle", not "de facto").
            var next = end
            if end > start {
                while next < end + 2, context.isWord(next, in: ActorLexicon.nameParticles) { next += 1 }
            }
            guard context.isCapitalisedWord(next) else { break }
            // A middle initial is a name word even where the letter is a word of its own ("Peter A. Cahill").
            let initial = next > start && ((context.tokens[next].count == 1 && context.isExactly(next + 1, ".") && context.isCapitalisedWord(next + 2))
                // "Martin Luther King Jr.": a title word before a generational suffix is a surname.
                || context.isWord(next + 1, in: ActorLexicon.nameSuffixes))
            if !initial, context.has(next, .title) || context.has(next, .organisationHead) || context.has(next, .honorific) { break }
            if !initial, context.has(next, .notName), !Self.isMonthSurname(context, next, nameStart: start) { break }
            // Another known actor (not a person) or a country ends the name.
            if next > start, let other = self.index.longestMatch(context.bytes, context.tokens, at: next) {
                switch other.entry.target {
                case .actor(let id): if actors[id].kind != .person { return end }
                case .country: return end
                }
            }
            end = next
            words += 1
            // An initial with its period: "George W. Bush".
            if context.tokens[end].count == 1, context.isExactly(end + 1, "."), context.isCapitalisedWord(end + 2) {
                end += 2
            } else {
                end += 1
            }
        }
        return end
    }

    /// Most words of a person's name: four ("Aung San Suu Kyi", "Andrés Manuel López Obrador";
    /// with three, the first word was lost and a name that starts later was taken).
    static let maximumNameWords = 4

    /// "Theresa May", "Mrs May": a month after a name word, an honorific or a title is a
    /// surname, unless a day number follows it ("Jo Roe May 5" is a date).
    private static func isMonthSurname(_ context: TokenContext, _ index: Int, nameStart: Int) -> Bool {
        // Length and first letter turn away the other capitalised function words ("The", "In").
        let token = context.tokens[index], first = context.bytes[token.start]
        guard token.count >= 3, token.count <= 6, first == UInt8(ascii: "M") || first == UInt8(ascii: "J") || first == UInt8(ascii: "A") else {
            return false
        }
        return (index > nameStart || followsHonorificOrTitle(context, nameStart))
            && context.isWord(index, in: ActorLexicon.monthSurnames)
            && !(index + 1 < context.count && context.tokens[index + 1].kind == .word
                && ByteClass.isDigit(context.bytes[context.tokens[index + 1].start]))
    }

    /// Whether the word at `index` comes straight after an honorific or a title ("Mrs. May").
    private static func followsHonorificOrTitle(_ context: TokenContext, _ index: Int) -> Bool {
        let before = index >= 2 && context.isExactly(index - 1, ".") ? index - 2 : index - 1
        return before >= 0 && (context.has(before, .honorific) || context.has(before, .title))
    }

    private func skippingPeriod(_ context: TokenContext, _ index: Int) -> Int {
        context.isExactly(index, ".") && !context.tokens[index].spaceBefore ? index + 1 : index
    }

    /// Records a person's gender, `shown` when a pronoun or title (not a matched honorific) showed it.
    private mutating func learn(_ gender: PersonGender?, for id: Int, shown: Bool = false) {
        guard let gender, genders[id] == nil, actors[id].kind == .person else { return }
        genders[id] = gender
        if shown { shownGenders.insert(id) }
    }
}
