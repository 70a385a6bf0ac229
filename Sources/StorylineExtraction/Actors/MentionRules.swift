import StorylineModel

/// The mention rules, tried left to right at each word of a sentence; the longest
/// name-like span wins (an organisation name over the country that opens it).
extension ActorResolver {
    /// Applies the rules over one sentence's tokens.
    mutating func scan(_ context: TokenContext, state: inout DocumentMentions) {
        var index = 0
        while index < context.count {
            let token = context.tokens[index]
            guard token.isWord else {
                index += 1
                continue
            }
            // A lower-case word in no word list that starts no known phrase starts no rule.
            if !token.isCapitalised, !context.mayStartLowerCaseRule(index),
               !self.index.mayStart(with: context.bytes[token.start], length: token.count) {
                // "the 24-year-old said": an age standing for the person it was given to.
                if ByteClass.isDigit(context.bytes[token.start]), let end = ageDescription(context, index, &state) {
                    index = end
                    continue
                }
                index += 1
                continue
            }
            // (Asked here, not in `match`, whose every call it would slow.)
            if token.isCapitalised, Self.isBasedModifier(context, index) {
                index = basedBody(context, index, &state)
                continue
            }
            index = match(context, at: index, &state) ?? (index + 1)
        }
    }

    /// Tries every rule at token `index`; returns the index after what was consumed.
    private mutating func match(_ context: TokenContext, at index: Int, _ state: inout DocumentMentions) -> Int? {
        // "him" and "her" start no other rule: most are not quoted persons, and they stop here.
        if context.has(index, .objectPronoun) { return quotedPronoun(context, index, &state) }
        // (The bracket is checked here: most tokens are no bracketed word early in a sentence.)
        if index >= 1, index <= Self.datelineReach, context.tokens[index - 1].kind == .punctuation,
           context.bytes[context.tokens[index - 1].start] == UInt8(ascii: "("), let end = datelineCreditEnd(context, index) { return end }
        if index >= 2, context.tokens[index - 1].kind == .possessive, context.tokens[index].isCapitalised,
           let end = possessedStateBody(context, index, &state) { return end }
        if context.bytes[context.tokens[index].start] == UInt8(ascii: "G"), let end = numberedGroup(context, index, &state) { return end }
        if context.tokens[index].isCapitalised, let end = partyDescription(context, index, &state) { return end }
        if context.tokens[index].isCapitalised, let end = bodyTitleDescription(context, index, &state) { return end }
        // "the Foreign, Commonwealth and Development Office": words listed before a head.
        if context.tokens[index].isCapitalised, index + 1 < context.count, context.tokens[index + 1].kind == .punctuation,
           context.isComma(index + 1), context.isCapitalisedWord(index),
           let end = Self.listedHeadNameEnd(context, index, names: self.index) {
            recordOrganisation(context, index, end, leading: nil, &state)
            return end
        }
        let phrase = self.index.longestMatch(context.bytes, context.tokens, at: index)
        if var organisationEnd = organisationEnd(context, index), organisationEnd > (phrase?.end ?? index) {
            if context.isExactly(organisationEnd, "and") {
                organisationEnd = andTailEnd(context, nameStart: index, from: organisationEnd) ?? organisationEnd
                // "Bureau of Agricultural and Resource Economics and Sciences": a remit's second "and".
                if context.isExactly(organisationEnd, "and") {
                    organisationEnd = andTailEnd(context, nameStart: index, from: organisationEnd) ?? organisationEnd
                }
            } else if context.isExactly(organisationEnd, "in") || context.isExactly(organisationEnd, "to"),
                      context.isWord(organisationEnd - 1, in: ActorLexicon.postedHeads) {
                // "the Harlow Embassy in Velmar City", "the Harlow Mission to the European Union":
                // where or to whom a mission is posted is part of its name.
                var end = organisationEnd + (context.isExactly(organisationEnd + 1, "the") ? 2 : 1)
                while end < organisationEnd + 1 + Self.postedPlaceWords, context.isCapitalisedWord(end), !context.has(end, .notName) { end += 1 }
                if end > organisationEnd + 1, !context.isCapitalisedWord(end) { organisationEnd = end }
            }
            // "Department for Environment, Food and Rural Affairs": a remit listed after "for" or "of"
            // (here, not in `organisationEnd`, which reads no names).
            if context.isComma(organisationEnd),
               (index..<organisationEnd).contains(where: { context.isExactly($0, "for") || context.isExactly($0, "of") }),
               let listed = Self.listedRemitEnd(context, from: organisationEnd, names: self.index) {
                organisationEnd = listed
            }
            recordOrganisation(context, index, organisationEnd, leading: phrase, &state)
            return organisationEnd
        }
        if let end = bodyNamedForCountry(context, index, leading: phrase) {
            recordOrganisation(context, index, end, leading: nil, &state)
            return end
        }
        if phrase == nil, let end = bodyBeforeBracketedAcronym(context, index) {
            recordOrganisation(context, index, end, leading: nil, &state)
            return end
        }
        if phrase == nil, let end = describedBodyEnd(context, index)
            ?? (context.tokens[index].isCapitalised && !context.isCapitalisedWord(index - 1) ? apposedBodyEnd(context, index) : nil) {
            recordOrganisation(context, index, end, leading: nil, &state)
            return end
        }
        if let phrase {
            // "New South Wales", "New Mexico": a country's name ending a longer place's names no country.
            if isCountry(phrase.entry.target), context.isExactly(index - 1, "New")
                || (context.isExactly(index - 2, "New") && context.isWord(index - 1, in: ActorLexicon.compassWords)) {
                return phrase.end
            }
            // Of overlapping names the one reaching further wins ("the North Korean government").
            for later in (index + 1)..<phrase.end {
                if let other = self.index.longestMatch(context.bytes, context.tokens, at: later), other.end > phrase.end { return index + 1 }
            }
            return handlePhrase(context, index, phrase.entry, phrase.end, &state)
        }
        if Self.isCompassInitial(context.bytes[context.tokens[index].start]), let end = compassCountry(context, index, &state) { return end }
        if let end = titledPerson(context, index, &state) { return end }
        if let end = honorificPerson(context, index, &state) { return end }
        if let end = acronym(context, index, &state) { return end }
        if let end = pronoun(context, index, &state) { return end }
        if let end = cuedPerson(context, index, &state) { return end }
        if let end = bareSurname(context, index, &state) { return end }
        if let end = organisationDescription(context, index, &state) { return end }
        return titleDescription(context, index, &state)
    }

    /// "NHS England said", "Public Health England said": one to three capitalised words, then
    /// a country, then a verb of saying name a body serving that country; returns its end.
    private func bodyNamedForCountry(_ context: TokenContext, _ index: Int, leading: (entry: PhraseEntry, end: Int)?) -> Int? {
        guard context.isCapitalisedWord(index), context.isCapitalisedWord(index + 1), !context.isCapitalisedWord(index - 1),
              !context.isExactly(index, "New") else { return nil }
        // A country or demonym opening the phrase is a name of its own ("South Korea", "North Korean").
        if let leading, isCountry(leading.entry.target) { return nil }
        var country = index
        while country < index + 3, context.isCapitalisedWord(country),
              context.classes(at: country).isDisjoint(with: [.notName, .title, .honorific, .placeWord]) {
            country += 1
            if let match = self.index.longestMatch(context.bytes, context.tokens, at: country), isCountry(match.entry.target), match.entry.role == .name {
                return context.isCueVerb(context.skippingFillers(from: match.end)) ? match.end : nil
            }
        }
        return nil
    }

    /// Whether a phrase names a country (of the world table or of the story file).
    private func isCountry(_ target: PhraseTarget) -> Bool {
        switch target {
        case .country: return true
        case .actor(let id): return actors.indices.contains(id) && actors[id].kind == .country
        }
    }

    // MARK: Recording

    mutating func record(_ id: Int, _ context: TokenContext, _ start: Int, _ end: Int, _ form: MentionForm, _ state: inout DocumentMentions, alias: Bool) {
        let range = TextRange(start: context.tokens[start].start, end: context.tokens[end - 1].end)
        state.mentions.append(Mention(actor: id, document: state.document, sentence: context.sentence, range: range, form: form))
        clock += 1
        if isCompany.indices.contains(id), isCompany[id] { state.namesCompany = true }
        if actors[id].kind == .person, form != .pronoun, RelationPhrase.isProxied(range.start, context.bytes) {
            // "Jo Roe, the sister of Ruritania's leader Al Roe": Al is named to say who Jo is, so a
            // later "Roe" or "she" means Jo. He still counts as seen in the document, as its oldest.
            lastSeen[id] = max(lastSeen[id], state.startClock + 1)
        } else {
            lastSeen[id] = clock
            if actors[id].kind == .person { state.people.append(id) }
        }
        if alias {
            // Build the alias text only the first time this actor is named this way.
            var key = WordKey.chunkHash(context.bytes, range.start, range.end, lowered: false)
            key = (key ^ UInt64(id)) &* 0x100_0000_01b3
            if notedAliases.insert(key) { noteAlias(context.phrase(start, end), of: id) }
        }
    }

    /// The actor `target` names if it is one already (a country of the world table becomes one
    /// when first mentioned).
    private func knownActorID(for target: PhraseTarget) -> Int? {
        switch target {
        case .actor(let id): return id
        case .country(let row): return countryActors[row] >= 0 ? countryActors[row] : nil
        }
    }

    private mutating func actorID(for target: PhraseTarget) -> Int {
        switch target {
        case .actor(let id): return id
        case .country(let row): return countryActor(row: row)
        }
    }

    // MARK: Known names, demonyms and capitals

    private mutating func handlePhrase(_ context: TokenContext, _ index: Int, _ entry: PhraseEntry, _ end: Int, _ state: inout DocumentMentions) -> Int {
        switch entry.role {
        case .name:
            // A one-word person name is a surname: pick the right bearer from context.
            if entry.tokenCount == 1, case .actor(let id) = entry.target, actors[id].kind == .person,
               let bearer = surnameBearer(context, index, gender: nil, state) {
                record(bearer, context, index, end, .name, &state, alias: true)
                return end
            }
            // "Jordan Whitaker, president of the guild, said": a given name, not the country.
            if entry.tokenCount == 1, isCountry(entry.target), context.isWord(index, in: ActorLexicon.countryGivenNames),
               modifiesAName(context, end), let personEnd = cuedPerson(context, index, &state) {
                return personEnd
            }
            // "the UK presidency said", "the Velmar foreign ministry": a country's body in lower case.
            if isCountry(entry.target), let bodyEnd = lowerCaseStateBodyEnd(context, after: end) {
                recordLowerCaseStateBody(context, index, demonymEnd: end, bodyEnd, &state)
                return bodyEnd
            }
            let id = actorID(for: entry.target)
            record(id, context, index, end, entry.form, &state, alias: true)
            return end
        case .demonym:
            if context.has(end, .governmentNoun) {
                record(actorID(for: entry.target), context, index, end + 1, .metonym, &state, alias: false)
                return end + 1
            }
            if let bodyEnd = lowerCaseStateBodyEnd(context, after: end) {
                recordLowerCaseStateBody(context, index, demonymEnd: end, bodyEnd, &state)
                return bodyEnd
            }
            // "Lethmarkish Prime Minister Jo Bloggs" introduces a leader; "the Lethmarkish leader" refers to one.
            guard let office = officeTitle(context, after: end) else { return end }
            lastTitledPerson = nil
            if let nameEnd = titledPerson(context, office.title, &state) {
                if office.isHead, let person = lastTitledPerson { countryLeaders[actorID(for: entry.target)] = person }
                return nameEnd
            }
            // "the Lethmarkish ambassador" names no one: the country is not made an actor for it.
            if office.isHead, !context.isCapitalisedWord(office.title + 1),
               let country = knownActorID(for: entry.target), let leader = countryLeaders[country] {
                record(leader, context, index, office.title + 1, .title, &state, alias: false)
            }
            return office.title + 1
        case .capital:
            guard !isPlace(context, index), !modifiesAName(context, end) else { return end }
            record(actorID(for: entry.target), context, index, end, .metonym, &state, alias: true)
            return end
        }
    }

    /// End of a state body written in lower case after a demonym or a country's name ("the Cuban
    /// foreign ministry", "the Italian coast guard", "the UK presidency"): a remit or two, then
    /// the body's noun; nil when none follows.
    private func lowerCaseStateBodyEnd(_ context: TokenContext, after end: Int) -> Int? {
        var k = end
        while k < end + 2, context.isWord(k, in: ActorLexicon.lowerCaseRemits) { k += 1 }
        guard context.isWord(k, in: ActorLexicon.lowerCaseStateBodies) else { return nil }
        if context.isExactly(k, "coast") { return context.isExactly(k + 1, "guard") ? k + 2 : nil }
        // A ministry without its remit is the country's government.
        if k == end, context.isExactly(k, "ministry") { return nil }
        return k + 1
    }

    /// Records a state body written in lower case under its name with capitalised words
    /// ("Cuban Foreign Ministry", "UK Presidency"), so that the capitalised spelling names the same body.
    private mutating func recordLowerCaseStateBody(_ context: TokenContext, _ index: Int, demonymEnd: Int, _ end: Int, _ state: inout DocumentMentions) {
        var name = context.phrase(index, demonymEnd)
        for word in demonymEnd..<end {
            let token = context.tokens[word]
            var letters = Array(context.bytes[token.start..<token.end])
            letters[0] = ByteClass.upper(letters[0])
            name += " " + String(decoding: letters, as: UTF8.self)
        }
        // (`register` returns the body already named so, and makes a new one findable by its name.)
        record(register(name: name, kind: .organisation), context, index, end, .name, &state, alias: true)
    }

    /// The title word of an office after a demonym ("leader", "Prime Minister", "Foreign Minister"),
    /// and whether the office leads the country.
    func officeTitle(_ context: TokenContext, after index: Int) -> (title: Int, isHead: Bool)? {
        if context.isExactly(index, "Prime") || context.isExactly(index, "prime"), context.has(index + 1, .title) {
            return (index + 1, true)
        }
        if context.has(index, .title) { return (index, context.isWord(index, in: ActorLexicon.headsOfState)) }
        if context.isCapitalisedWord(index), context.has(index + 1, .title) { return (index + 1, false) }
        return nil
    }

    /// Whether the word at `index` continues a name the word before opens ("Tokyo Olympics",
    /// "Tokyo 2020", "Beijing Games"): a capitalised word or a number, so a capital there is
    /// part of an event's or a body's name, not the government.
    private func modifiesAName(_ context: TokenContext, _ index: Int) -> Bool {
        guard index < context.count, context.tokens[index].isWord, context.tokens[index].spaceBefore else { return false }
        if ByteClass.isDigit(context.bytes[context.tokens[index].start]) { return true }
        return context.isCapitalisedWord(index) && !context.has(index, .notName) && !context.has(index, .title)
    }

    /// Whether a capital at `index` names the city as a place ("in X", "the capital X", "George X").
    private func isPlace(_ context: TokenContext, _ index: Int) -> Bool {
        var previous = index - 1
        if context.isComma(previous) { previous -= 1 }
        guard previous >= 0, context.tokens[previous].isWord else { return false }
        if context.has(previous, .placeWord) { return true }
        return previous == index - 1 && previous > 0 && context.isCapitalisedWord(previous)
            && !context.has(previous, .notName)
    }

    /// "the North", "the South" in an article that has named a country whose name opens with
    /// that word (North Korea, South Sudan): that country. Elsewhere ("the South" of a country,
    /// "the North Atlantic") no rule fires.
    private mutating func compassCountry(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard index > 0, context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The"),
              context.isWord(index, in: ActorLexicon.compassWords),
              !context.isCapitalisedWord(index + 1) else { return nil }
        let prefix = context.text(index) + " "
        guard let id = state.mentions.last(where: { mention in
            actors[mention.actor].kind == .country && actors[mention.actor].name.hasPrefix(prefix)
        })?.actor else { return nil }
        record(id, context, index, index + 1, .title, &state, alias: false)
        return index + 1
    }

    /// Whether `byte` is the first letter of one of `ActorLexicon.compassWords` (asked before
    /// `compassCountry`, it turns away almost every word without a call).
    @inline(__always)
    private static func isCompassInitial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "N") || byte == UInt8(ascii: "S") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "W")
    }

    // MARK: Organisations

    /// End of an organisation name starting at `index`: capitalised words ending in a head word
    /// ("US State Department", "Workers' Party"), optionally "of …" ("Ministry of Defence").
    private func organisationEnd(_ context: TokenContext, _ index: Int) -> Int? {
        guard context.isCapitalisedWord(index), !context.has(index, .notName) else { return nil }
        // "Thames Water, which supplies 15 million customers, said": a body, whatever its words.
        if let end = Self.whichAsideNameEnd(context, index), Self.isWhichAsideBody(context, index, end) { return end }
        // "economist at Capital Economics": where staff work is a body, whatever its words.
        if Self.isWorkplace(context, index) {
            var end = index
            while end < index + Self.workplaceWords, context.isCapitalisedWord(end),
                  context.classes(at: end).isDisjoint(with: [.notName, .title, .honorific]) { end += 1 }
            // "economists at Royal Bank of Canada": a head's "of" runs on to the name's end.
            if end - index >= 2, context.isExactly(end, "of"), context.has(end - 1, .headTakingOf), context.isCapitalisedWord(end + 1) {
                end += 1
                while context.isCapitalisedWord(end), !context.has(end, .notName) { end += 1 }
            }
            if end - index >= 2 { return end }
        }
        let tokens = context.tokens
        var next = index
        var end = -1
        while next < tokens.count {
            if context.isCapitalisedWord(next) {
                if context.has(next, .organisationHead) { end = next + 1 }
                next += 1
                continue
            }
            let token = tokens[next]
            // "Marlow & Finch", "Procter & Gamble": an ampersand joins the names of a firm.
            if next > index, token.kind == .punctuation, context.isExactly(next, "&"), context.isCapitalisedWord(next + 1),
               !context.has(next + 1, .notName) {
                next += 2
                while context.isCapitalisedWord(next), !context.has(next, .notName) { next += 1 }
                end = next
                continue
            }
            // Plural possessive inside a name: "Workers' Party".
            if token.kind == .punctuation, !token.spaceBefore, context.isExactly(next, "'") || context.isExactly(next, "\u{2019}"),
               context.isCapitalisedWord(next + 1) {
                next += 1
                continue
            }
            // An office's possessive inside a name: "Harlow County Sheriff's Office".
            if token.kind == .possessive, next > index, context.has(next - 1, .title), context.isCapitalisedWord(next + 1),
               context.has(next + 1, .organisationHead) {
                next += 1
                continue
            }
            // A people's possessive too, before a head within three words: "Harlow People's
            // Liberation Army", "Women's League" (not "Britain's Labour Party").
            if token.kind == .possessive, next > index, context.isWord(next - 1, in: ActorLexicon.collectiveOwners),
               headFollows(context, next + 1, within: 3) {
                next += 1
                continue
            }
            // "the Food and Drug Administration", "the Rail and Transport Workers' Union": after
            // "the" (and a body's name: "the United Nations Food and Agriculture Organization"),
            // an "and" joining a word or two to words that go on to the name's head.
            if end < 0 || end == next, next - index <= 2, context.isExactly(next, "and"), afterArticle(context, index) || opensBareName(context, index),
               headFollows(context, next + 1, within: 4, companies: false) {
                next += 1
                continue
            }
            // "Ministry of Defence", "Ministry for the Environment", "Department of the Treasury".
            let article = context.isExactly(next + 1, "the") ? 1 : 0
            if end == next, context.isExactly(next, "of") || context.isExactly(next, "for")
                || context.isExactly(next, "on") && context.isWord(next - 1, in: ActorLexicon.headsTakingOn) && !Self.datesAfterOn(context, next + 1),
               context.has(next - 1, .headTakingOf), context.isCapitalisedWord(next + 1 + article) {
                var tail = next + 1 + article
                while context.isCapitalisedWord(tail), !context.has(tail, .notName) { tail += 1 }
                // ("the Electoral Commission on Sunday": a day is no remit.)
                if tail > next + 1 + article {
                    end = tail
                    // "Office of the High Commissioner for Human Rights", "National Council of
                    // Resistance of Velmar": a second remit, of capitalised words too.
                    if context.isExactly(tail, "of") || context.isExactly(tail, "for") {
                        let opening = tail + 1 + (context.isExactly(tail + 1, "the") ? 1 : 0)
                        var second = opening
                        while context.isCapitalisedWord(second), !context.has(second, .notName) { second += 1 }
                        if second > opening { end = second }
                    }
                }
            }
            break
        }
        // "Chief Cabinet Secretary Jo Roe": a rank, a body and a title make an office, not a body.
        if end > index + 1, context.has(end, .title), context.isCapitalisedWord(end),
           (index..<end).contains(where: { context.isWord($0, in: ActorLexicon.rankWords) }) {
            return nil
        }
        if end < 0 || (end == index + 1) {
            // "Treasury securities", "Treasury yields": a kind of bond, not the department.
            guard context.has(index, .standaloneOrganisation), !context.isWord(index + 1, in: ActorLexicon.bondWords) else { return nil }
            return index + 1
        }
        return end
    }

    /// Whether token `index` opens a name without "the" ("Avon and Somerset Police said"): no
    /// capitalised word before it, and no known name (a country's: "Kenya and Uganda") from it.
    private func opensBareName(_ context: TokenContext, _ index: Int) -> Bool {
        !context.isCapitalisedWord(index - 1) && self.index.longestMatch(context.bytes, context.tokens, at: index) == nil
    }

    /// Whether "the" stands before token `index`, or before up to two capitalised words before it.
    private func afterArticle(_ context: TokenContext, _ index: Int) -> Bool {
        var first = index
        while first > 0, index - first < 2, context.isCapitalisedWord(first - 1), !context.isExactly(first - 1, "The") { first -= 1 }
        return context.isExactly(first - 1, "the") || context.isExactly(first - 1, "The")
    }

    /// Most words of a workplace's name ("analysts at Harlow Capital Markets Group").
    static let workplaceWords = 5

    /// End of the list that goes on a remit at `start` ("Department for Environment, Food and
    /// Rural Affairs": commas between capitalised words and "and" before the last), or nil. No
    /// item may be a known name ("the Ministry of Defence, France and Harlow said" lists three).
    private static func listedRemitEnd(_ context: TokenContext, from start: Int, names: PhraseIndex) -> Int? {
        // Most remits end at their first words ("Ministry of Defence said"): nothing is looked up.
        guard context.isComma(start) else { return nil }
        var k = start
        var items = 0
        while items <= Self.remitListItems, context.isComma(k) || (k > start && context.isExactly(k, "and")) {
            let closing = !context.isComma(k)
            guard context.isCapitalisedWord(k + 1), names.longestMatch(context.bytes, context.tokens, at: k + 1) == nil else { return nil }
            k += 1
            while context.isCapitalisedWord(k) { k += 1 }
            if closing { return k }
            items += 1
        }
        return nil
    }

    /// Most items of a remit's list before its "and".
    static let remitListItems = 4

    /// End of a name whose words before its head are listed after "the" ("the Foreign,
    /// Commonwealth and Development Office"): one word per item, commas, "and" before the last
    /// and one to three words ending in a body's head; no item may be a known name ("the
    /// Harlowian, Velmarian and Ruritanian Navies" are three), else nil.
    private static func listedHeadNameEnd(_ context: TokenContext, _ index: Int, names: PhraseIndex) -> Int? {
        guard context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The"),
              !context.has(index, .notName), names.longestMatch(context.bytes, context.tokens, at: index) == nil else { return nil }
        var k = index + 1
        var items = 1
        while context.isComma(k), items <= Self.remitListItems {
            guard context.isCapitalisedWord(k + 1), !context.has(k + 1, .notName),
                  names.longestMatch(context.bytes, context.tokens, at: k + 1) == nil else { return nil }
            k += 2
            items += 1
        }
        guard items >= 2, context.isExactly(k, "and"), context.isCapitalisedWord(k + 1),
              names.longestMatch(context.bytes, context.tokens, at: k + 1) == nil else { return nil }
        var end = k + 1
        while end < k + 1 + Self.listedHeadWords, context.isCapitalisedWord(end), !context.has(end, .notName) { end += 1 }
        guard !context.isCapitalisedWord(end), context.has(end - 1, .organisationHead) else { return nil }
        return end
    }

    /// Most words of the place a mission is posted in ("Embassy in Velmar City").
    static let postedPlaceWords = 3

    /// Whether the capitalised word at `index`, after "on", tells a day ("on Sunday", "on Dec. 3",
    /// "on Nov 4") rather than a remit ("Committee on Foreign Relations").
    static func datesAfterOn(_ context: TokenContext, _ index: Int) -> Bool {
        guard index + 1 < context.count else { return context.has(index, .speechTime) }
        let after = context.tokens[index + 1]
        return context.has(index, .speechTime) || context.isNumber(index + 1)
            || (context.isExactly(index + 1, ".") && !after.spaceBefore)
    }

    /// Most words from a listed name's "and" to its head ("and Development Office").
    static let listedHeadWords = 3

    /// "the Beijing-based Institute of International Commerce", "at Adelaide-based Southern Cross
    /// Commodities", "the Moscow-led Collective Security Treaty Organization": the capitalised
    /// words after "<place>-based" (or "-led", "-backed" …) at `index` name a body, without the
    /// place; returns where the rules go on.
    private mutating func basedBody(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int {
        guard let end = Self.basedBodyEnd(context, from: index + 1),
              self.index.longestMatch(context.bytes, context.tokens, at: index + 1) == nil else { return index + 1 }
        recordOrganisation(context, index + 1, end, leading: nil, &state)
        return end
    }

    /// Whether token `index` is a place joined to a modifier's suffix ("Riga-based",
    /// "Moscow-led", "Kremlin-backed": `ActorLexicon.placeModifierSuffixes`).
    @inline(__always)
    static func isBasedModifier(_ context: TokenContext, _ index: Int) -> Bool {
        let token = context.tokens[index]
        let bytes = context.bytes
        // Most words end in no such suffix: its last letter turns them away first.
        let last = bytes[token.end - 1]
        guard token.end - token.start > 4, last == UInt8(ascii: "d") || last == UInt8(ascii: "n") else { return false }
        var hyphen = token.end - 2
        while hyphen > token.start, token.end - hyphen <= Self.longestModifierSuffix, bytes[hyphen] != UInt8(ascii: "-") { hyphen -= 1 }
        guard hyphen > token.start, bytes[hyphen] == UInt8(ascii: "-") else { return false }
        return ActorLexicon.placeModifierSuffixes.contains(bytes, hyphen + 1, token.end)
    }

    /// Most bytes of a modifier's suffix with its hyphen ("-controlled").
    static let longestModifierSuffix = 11

    /// End of a body's name of capitalised words from `start` (joined by "of", "for", "and" or
    /// "&" before another capitalised word), up to `basedBodyWords` words; nil when none opens it.
    static func basedBodyEnd(_ context: TokenContext, from start: Int) -> Int? {
        var end = start
        while end - start < basedBodyWords {
            if context.isCapitalisedWord(end), context.classes(at: end).isDisjoint(with: [.notName, .title, .honorific]) {
                end += 1
            } else if end > start, context.isExactly(end, "of") || context.isExactly(end, "for") || context.isExactly(end, "and")
                        || context.isExactly(end, "&"), context.isCapitalisedWord(end + 1) {
                end += 1
            } else {
                break
            }
        }
        return end > start ? end : nil
    }

    /// The end of the capitalised words from `index` when a comma and "which" follow them
    /// (asked by the tokens' fields at every capitalised word: most names have no such aside).
    @inline(__always)
    static func whichAsideNameEnd(_ context: TokenContext, _ index: Int) -> Int? {
        let tokens = context.tokens
        var end = index + 1
        while end < tokens.count, end < index + workplaceWords, tokens[end].isWord, tokens[end].isCapitalised { end += 1 }
        guard end + 1 < tokens.count, !tokens[end].isWord, context.bytes[tokens[end].start] == UInt8(ascii: ","),
              tokens[end + 1].count == 5, context.isExactly(end + 1, "which") else { return nil }
        return end
    }

    /// "Thames Water, which supplies 15 million customers, said": whether the name `index..<end`,
    /// before a "which" aside, is a body's (people take "who"): no word of it a title or other
    /// non-name, and a verb of saying after the aside.
    private static func isWhichAsideBody(_ context: TokenContext, _ index: Int, _ end: Int) -> Bool {
        guard !context.isCapitalisedWord(index - 1) else { return false }
        for k in index..<end where !context.classes(at: k).isDisjoint(with: [.notName, .title, .honorific]) { return false }
        for k in (end + 2)..<min(context.count, end + 2 + whichAsideReach) where context.isComma(k) {
            return context.isCueVerb(context.skippingFillers(from: k + 1))
        }
        return false
    }

    /// Most tokens of a "which" aside before its closing comma.
    static let whichAsideReach = 24

    /// Most words of a body's name after "<place>-based".
    static let basedBodyWords = 8

    /// Whether capitalised words from `start` reach an organisation head within `limit` words
    /// (a company's head word only when `companies`: "Healthcare" may go on, as in "the
    /// Medicines and Healthcare products Regulatory Agency").
    private func headFollows(_ context: TokenContext, _ start: Int, within limit: Int, companies: Bool = true) -> Bool {
        var word = start
        while word < start + limit, context.isCapitalisedWord(word) {
            if context.has(word, .organisationHead), companies || !context.isWord(word, in: ActorLexicon.companyHeads) { return true }
            word += 1
            // A plural possessive on the way: "Transport Workers' Union".
            if context.isExactly(word, "'") || context.isExactly(word, "\u{2019}"), !context.tokens[word].spaceBefore { word += 1 }
        }
        return false
    }

    /// End of a name's second field after "and" ("Department of Health and Social Care",
    /// "Centers for Disease Control and Prevention"): only after a head naming a public body's
    /// remit, and only when one to three capitalised words follow that no known actor opens and
    /// that end the name (so "Bank of England and Acme Capital", "Ministry of Defence and the
    /// army" and "Department of Justice and Mary Roe" stay two).
    private func andTailEnd(_ context: TokenContext, nameStart: Int, from tail: Int) -> Int? {
        // After "for" any head's field is a remit ("European Bank for Reconstruction and Development").
        guard (nameStart..<tail).contains(where: { word in
            (context.isExactly(word, "of") || context.isExactly(word, "for")) && context.isWord(word - 1, in: ActorLexicon.remitHeads)
                || context.isExactly(word, "for") && context.has(word - 1, .headTakingOf)
                || context.isExactly(word, "on") && context.isWord(word - 1, in: ActorLexicon.headsTakingOn)
        }) else { return nil }
        var end = tail + 1
        while end < context.count, end - tail <= 3, context.isCapitalisedWord(end),
              !context.has(end, .notName), !context.isWord(end, in: ActorLexicon.givenNames),
              self.index.longestMatch(context.bytes, context.tokens, at: end) == nil {
            end += 1
        }
        guard end > tail + 1, !context.isCapitalisedWord(end) else { return nil }
        // "Organization for Security and Co-operation in Europe": the region a remit covers.
        if context.isExactly(end, "in"), context.isWord(end + 1, in: ActorLexicon.regionNames), !context.isCapitalisedWord(end + 2) {
            return end + 2
        }
        return end
    }

    /// The end of a name a company noun introduces ("food-delivery company Corvana", "chipmaker
    /// Altmark", "lender Harlow Bank"): capitalised words, none a title or honorific, right after it.
    private func describedBodyEnd(_ context: TokenContext, _ index: Int) -> Int? {
        // The noun is lower case, unless it opens the sentence ("Chipmaker Altmark fell").
        guard index > 0, context.tokens[index].isCapitalised, !context.tokens[index - 1].isCapitalised || index == 1,
              context.isWord(index - 1, in: ActorLexicon.bodyDescriptors) else { return nil }
        var end = index
        while end < min(context.count, index + Self.describedBodyWords), context.isCapitalisedWord(end),
              !context.has(end, .title), !context.has(end, .honorific), !context.has(end, .notName) {
            end += 1
        }
        return end > index ? end : nil
    }

    /// "Transport Focus, the independent watchdog,": capitalised words (no known name, title or
    /// honorific) that an aside right after them calls a body ("the", "a" or "an", up to two
    /// lower-case words, a company noun, then a comma or the end); returns the name's end.
    /// The caller has checked that a capitalised word opens the name at `index`.
    private func apposedBodyEnd(_ context: TokenContext, _ index: Int) -> Int? {
        var end = index + 1
        while end < min(context.count, index + Self.describedBodyWords), context.isCapitalisedWord(end) { end += 1 }
        // The comma and the article first: few names have them, and word classes cost more.
        guard end + 2 < context.count, context.tokens[end].kind == .punctuation, context.bytes[context.tokens[end].start] == UInt8(ascii: ","),
              context.isExactly(end + 1, "the") || context.isExactly(end + 1, "a") || context.isExactly(end + 1, "an"),
              (index..<end).allSatisfy({ context.classes(at: $0).isDisjoint(with: [.notName, .title, .honorific]) }) else { return nil }
        var noun = end + 2
        while noun < min(context.count, end + 5), context.tokens[noun].isWord, !context.tokens[noun].isCapitalised {
            if context.isWord(noun, in: ActorLexicon.bodyDescriptors) {
                let after = noun + 1
                return after >= context.count || context.isComma(after) || context.isExactly(after, ".") ? end : nil
            }
            noun += 1
        }
        return nil
    }

    /// Most words of a name a company noun introduces.
    static let describedBodyWords = 3

    private mutating func recordOrganisation(_ context: TokenContext, _ index: Int, _ end: Int, leading: (entry: PhraseEntry, end: Int)?, _ state: inout DocumentMentions) {
        let name = context.phrase(index, end)
        // "US State Department" is also "State Department"; the country opening it is mentioned too.
        var shortName: String?
        // Only a country's name makes the rest an alias: "Finnish Foreign Ministry" and
        // "Polish Foreign Ministry" are two ministries, not one "Foreign Ministry".
        if let leading, leading.entry.role == .name, leading.end < end {
            shortName = context.phrase(leading.end, end)
            record(actorID(for: leading.entry.target), context, index, leading.end, .name, &state, alias: true)
        }
        let id = idsByName[name] ?? shortName.flatMap { idsByName[$0] } ?? register(name: name, kind: .organisation)
        if let shortName, let leading, end - leading.end >= 2, idsByName[shortName] == nil {
            idsByName[shortName] = id
            self.index.add(shortName, target: .actor(id), role: .name)
        }
        if idsByName[name] == nil {
            idsByName[name] = id
            self.index.add(name, target: .actor(id), role: .name)
        }
        record(id, context, index, end, .name, &state, alias: true)
    }

    /// "the G20", "the G-7", "the Group of 20", "the Group of Seven": a numbered group of
    /// countries is one body under either name; the name read first is its name; returns its end.
    private mutating func numberedGroup(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        let token = context.tokens[index]
        var count: Int?
        var end = index + 1
        // "LG G5", "Moto G7": a maker's model, not a group ("the G20", "G7 leaders", "a G20 summit").
        if token.count >= 2, token.count <= 4, context.isExactly(index - 1, "The") || !context.isCapitalisedWord(index - 1) {
            // "G20", "G-20": a G, a hyphen or not, digits.
            let hyphen = context.bytes[token.start + 1] == UInt8(ascii: "-") ? 1 : 0
            count = ByteClass.decimalValue(context.bytes, token.start + 1 + hyphen, token.end)
        } else if context.isExactly(index, "Group"), context.isExactly(index + 1, "of"), index + 2 < context.count {
            let number = context.tokens[index + 2]
            count = ByteClass.decimalValue(context.bytes, number.start, number.end)
            if count == nil, case .count(let value?)? = TimeLexicon.words.value(context.bytes, number.start, number.end) { count = value }
            end = index + 3
        }
        guard let count, count >= 2, count < 100 else { return nil }
        let shortName = "G\(count)"
        let longName = "Group of \(count)"
        let written = context.phrase(index, end)
        let id = idsByName[shortName] ?? idsByName[longName] ?? register(name: written, kind: .organisation)
        for name in [shortName, longName, written] where idsByName[name] == nil {
            idsByName[name] = id
        }
        noteAlias(shortName, of: id)
        noteAlias(longName, of: id)
        record(id, context, index, end, .name, &state, alias: true)
        return end
    }

    /// "Russia's Ministry of Finance", "Kenya's Supreme Court": a state body's name after the
    /// possessive of a country just mentioned. The body keeps its bare name, with the possessive
    /// one as an alias, unless another country's body holds that name ("Indonesia's Ministry of
    /// Finance" after Russia's): then it is named with its country; returns its end.
    private mutating func possessedStateBody(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard let country = state.mentions.last, country.sentence == context.sentence,
              country.range.end == context.tokens[index - 2].end, actors[country.actor].kind == .country else { return nil }
        let known = self.index.longestMatch(context.bytes, context.tokens, at: index)
        var end = organisationEnd(context, index) ?? index
        if let known, case .actor(let id) = known.entry.target, actors.indices.contains(id),
           actors[id].kind == .organisation, known.end > end { end = known.end }
        guard end > index, (index..<end).contains(where: { context.isWord($0, in: ActorLexicon.stateBodyHeads) }) else { return nil }
        var start = index - 2
        while start > 0, context.tokens[start - 1].start >= country.range.start { start -= 1 }
        let possessedName = context.phrase(start, end)
        let bareName = context.phrase(index, end)
        let id: Int
        if let named = idsByName[possessedName] {
            id = named
        } else if let bare = idsByName[bareName], actors[bare].kind == .organisation,
                  bodyCountries[bare].map({ $0 == country.actor }) ?? true {
            id = bare
        } else if idsByName[bareName] == nil {
            id = register(name: bareName, kind: .organisation)
        } else {
            id = register(name: possessedName, kind: .organisation)
        }
        bodyCountries[id] = country.actor
        idsByName[possessedName] = id
        noteAlias(possessedName, of: id)
        noteAlias(bareName, of: id)
        record(id, context, start, end, .name, &state, alias: true)
        return end
    }

    /// "the bank said", "the ministry added": the organisation this article mentioned last whose
    /// name is headed by that word ("European Central Bank", "Ministry of Finance"), when a cue
    /// verb follows; "the company" and "the firm" stand for a company ("Acme Holdings"). For a
    /// bank, company, firm, fund or party another organisation named in between may be a third
    /// ("JPMorgan"), so only the last one named counts; "the commission said" looks past a
    /// university named since. "The army", "the military" and "the government" are a country's (`countryBody`).
    mutating func organisationDescription(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        guard index > 0, index < context.count, context.has(index, .organisationNoun) else { return nil }
        // "the Commission said", but not "the Commission for Racial Equality" or "the Council of
        // Europe": a capitalised head stands alone after "the".
        let capitalised = context.tokens[index].isCapitalised
        if capitalised {
            guard context.isExactly(index - 1, "the") || context.isExactly(index - 1, "The"), !context.isCapitalisedWord(index + 1),
                  !context.isExactly(index + 1, "of"), !context.isExactly(index + 1, "for"), !context.isExactly(index + 1, "on"),
                  !context.isExactly(index + 1, "in") else { return nil }
        }
        // "the club said", or "a council spokeswoman said": the body the spokeswoman speaks for;
        // "the health authority said", "the New York-based group said": with its modifiers.
        let article = Self.bodyArticle(context, before: index)
        // "according to the Commission", "according to a council spokeswoman": a source as a cue's subject is.
        let source = Self.isAccordingSource(context.bytes, context.tokens[index].start)
        let described = article != nil && (context.isCueVerb(context.skippingFillers(from: index + 1)) || source)
        let spokenFor = (context.isExactly(index - 1, "a") || context.isExactly(index - 1, "A") || context.isExactly(index - 1, "an")
            || context.isExactly(index - 1, "An"))
            && context.isWord(index + 1, in: ActorLexicon.spokesWords) && (context.isCueVerb(context.skippingFillers(from: index + 2)) || source)
        // "A spokesperson for the trust urged …": the body a spokesperson speaks for.
        let spokesmanOf = article.map { $0 >= 2 && context.isExactly($0 - 1, "for") && context.isWord($0 - 2, in: ActorLexicon.spokesWords) } ?? false
        guard described || spokenFor || spokesmanOf else { return nil }
        if context.isWord(index, in: ActorLexicon.armedBodies) { return countryBody(context, index, in: ActorLexicon.armedBodies, &state) }
        if context.isWord(index, in: ActorLexicon.governingBodies) {
            return countryBody(context, index, in: ActorLexicon.governingBodies, &state)
        }
        let start = article ?? index - 1
        // "The Carriers Alliance, a trade group that …" earlier: "the group said" is that body,
        // though another was named since.
        let descriptionStart = context.tokens[start].start
        if described {
            for mention in state.mentions.reversed() {
                guard mention.sentence >= context.sentence - Self.appositionReach else { break }
                guard mention.range.end < descriptionStart, actors.indices.contains(mention.actor), actors[mention.actor].kind == .organisation,
                      Self.apposition(after: mention.range.end, names: context.tokens[index], context.bytes) else { continue }
                record(mention.actor, context, start, index + 1, .title, &state, alias: false)
                return index + 1
            }
        }
        // Any body may be an agency or a group: the one named last, in this sentence or the one
        // before, and not inside the quote the description closes ('"DART showed …," the agency said').
        if described, context.isWord(index, in: ActorLexicon.organisationNounsOfAnyName),
           let last = state.mentions.last(where: { mention in
               actors.indices.contains(mention.actor) && actors[mention.actor].kind == .organisation
                   && (mention.sentence < context.sentence || !Self.hasQuoteMark(context.bytes, from: mention.range.end, to: descriptionStart))
           }),
           last.sentence >= context.sentence - 1 {
            record(last.actor, context, start, index + 1, .title, &state, alias: false)
            return index + 1
        }
        let word = capitalised ? context.text(index).lowercased() : context.text(index)
        // A bank, company, firm, fund, corporation or party may be one named otherwise ("JPMorgan"): only the
        // organisation named last can be it. A commission, ministry or court is named so.
        let namedOtherwise = ActorLexicon.organisationNounsNamedOtherwise.contains(word)
        for mention in state.mentions.reversed() where actors.indices.contains(mention.actor) && actors[mention.actor].kind == .organisation {
            let id = mention.actor
            // "economists polled by Reuters": the newsroom that reports is not the bank it reports on.
            if outlets.contains(actors[id].name) { continue }
            // The head before "of" in "Central Bank of Ruritania" or before "in" in "Harlow
            // Embassy in Velmar", else the last word.
            let name = actors[id].name
            let beforeOf = (name.range(of: " of ") ?? name.range(of: " in ")).map { name[..<$0.lowerBound] } ?? name[...]
            guard let head = beforeOf.split(separator: " ").last else { return nil }
            let headBytes = Array(head.utf8)
            func headIs(in words: WordSet) -> Bool { headBytes.withUnsafeBufferPointer { words.contains($0, 0, $0.count) } }
            let company = (word == "company" || word == "firm") && headIs(in: ActorLexicon.companyHeads)
            // "the club" after "Castlebrook Rovers": a football club's name ends in its own words.
            let club = word == "club" && headIs(in: ActorLexicon.clubHeads)
            guard company || club || head.lowercased() == word else {
                // A body whose last word says it is of another kind ("… Association", "Finance
                // Ministry", "Harbor Data") is not the company or bank meant; a name that says nothing
                // ("JPMorgan") or a firm's ("… Holdings", which may be a bank) may be.
                let otherKind = headIs(in: ActorLexicon.organisationHeads) && !headIs(in: ActorLexicon.companyHeads)
                guard namedOtherwise && !otherKind else { continue }
                // "Kinetiq said … the company said": a company named in this sentence or the one before
                // is the company meant; further back another may have come between unnamed.
                guard word == "company" || word == "firm", mention.sentence >= context.sentence - 1, actors[id].kind == .organisation else { return nil }
                record(id, context, start, index + 1, .title, &state, alias: false)
                return index + 1
            }
            record(id, context, start, index + 1, .title, &state, alias: false)
            return index + 1
        }
        return nil
    }

    /// Sentences back that an apposition describing a body is looked for.
    static let appositionReach = 3

    /// Whether the text after byte `end` is an apposition ", a trade group" whose lower-case
    /// words (at most four after "a", "an" or "the") hold the word of token `noun`.
    static func apposition(after end: Int, names noun: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = end
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return false }
        i += 1
        var words = 0
        while words < 5 {
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            var stop = i
            while stop < bytes.count, ByteClass.isLower(bytes[stop]) || bytes[stop] == UInt8(ascii: "-") { stop += 1 }
            guard stop > i else { return false }
            if words == 0 {
                let article = stop - i == 1 && bytes[i] == UInt8(ascii: "a") || stop - i == 2 && bytes[i] == UInt8(ascii: "a") && bytes[i + 1] == UInt8(ascii: "n")
                    || stop - i == 3 && bytes[i] == UInt8(ascii: "t") && bytes[i + 1] == UInt8(ascii: "h") && bytes[i + 2] == UInt8(ascii: "e")
                guard article else { return false }
            } else if stop - i == noun.count, (0..<noun.count).allSatisfy({ ByteClass.lower(bytes[noun.start + $0]) == bytes[i + $0] }) {
                return true
            }
            i = stop
            words += 1
        }
        return false
    }

    /// Whether a double quote mark (straight or curly) stands in `bytes[from..<to]`.
    static func hasQuoteMark(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var k = max(0, from)
        while k < min(to, bytes.count) {
            if bytes[k] == UInt8(ascii: "\"") || QuoteMarks.matches(bytes, k, QuoteMarks.leftDouble) || QuoteMarks.matches(bytes, k, QuoteMarks.rightDouble) { return true }
            k += 1
        }
        return false
    }

    /// Whether a word ends in "-based" ("New York-based"), read from its bytes.
    static func endsWithBased(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let suffix: StaticString = "-based"
        let length = suffix.utf8CodeUnitCount
        guard token.count > length else { return false }
        return suffix.withUTF8Buffer { wanted in wanted.indices.allSatisfy { ByteClass.lower(bytes[token.end - length + $0]) == wanted[$0] } }
    }

    /// The "the" opening a body's description that ends at token `index`: right before it, or
    /// before up to two lower-case modifiers ("the health authority") or a "-based" place ("the
    /// New York-based group").
    static func bodyArticle(_ context: TokenContext, before index: Int) -> Int? {
        var k = index - 1
        for _ in 0...2 {
            guard k >= 0 else { return nil }
            if context.isExactly(k, "the") || context.isExactly(k, "The") { return k }
            guard context.tokens[k].isWord else { return nil }
            let based = Self.endsWithBased(context.bytes, context.tokens[k])
            guard based || !context.tokens[k].isCapitalised else { return nil }
            k -= 1
            // "New York-based": the capitalised words of the place.
            while based, k >= 0, context.isCapitalisedWord(k), !context.isExactly(k, "The") { k -= 1 }
        }
        return nil
    }

    /// "the army said", "the military said": the country whose army or military this article
    /// named last ("Myanmar's military seized power", "the Myanmar army"); "the government said",
    /// "the regime said": the country whose government or regime it named last ("Hungary's
    /// government", "the Hungarian government", "the government of Hungary"). Nothing when none was.
    private mutating func countryBody(_ context: TokenContext, _ index: Int, in words: WordSet, _ state: inout DocumentMentions) -> Int? {
        let bytes = context.bytes
        guard let owner = state.mentions.last(where: { mention in
            guard actors.indices.contains(mention.actor), actors[mention.actor].kind == .country else { return false }
            // "the Hungarian government": the demonym's mention holds the noun.
            if Self.lastWord(of: mention.range, bytes, in: words) { return true }
            // "the government of Hungary".
            if Self.wordBefore(mention.range.start, bytes, is: "of"), Self.lastWord(of: TextRange(start: 0, end: max(0, mention.range.start - 4)), bytes, in: words) {
                return true
            }
            var i = min(mention.range.end, bytes.count)
            // "Myanmar's military", "Myanmar’s army", "the Myanmar army".
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "'"), bytes[i + 1] == UInt8(ascii: "s") {
                i += 2
            } else if i + 3 < bytes.count, QuoteMarks.isRightSingle(bytes, i), bytes[i + 3] == UInt8(ascii: "s") {
                i += 4
            }
            guard i < bytes.count, bytes[i] == 0x20 else { return false }
            let start = i + 1
            var end = start
            while end < bytes.count, ByteClass.isLower(bytes[end]) { end += 1 }
            return end > start && words.contains(bytes, start, end)
        })?.actor else { return nil }
        record(owner, context, index - 1, index + 1, .title, &state, alias: false)
        return index + 1
    }

    /// Whether the last word of `range` (ASCII letters before its end) is in `words`.
    static func lastWord(of range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>, in words: WordSet) -> Bool {
        let end = min(range.end, bytes.count)
        var start = end
        while start > range.start, ByteClass.isLower(bytes[start - 1]) || ByteClass.isUpper(bytes[start - 1]) { start -= 1 }
        return end > start && words.contains(bytes, start, end)
    }

    /// Whether the word ending one space before byte `offset` is exactly `word` (ASCII).
    static func wordBefore(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, is word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        let start = offset - 1 - length
        guard start >= 1, offset <= bytes.count, bytes[offset - 1] == 0x20, bytes[start - 1] == 0x20 else { return false }
        return word.withUTF8Buffer { wanted in wanted.indices.allSatisfy { bytes[start + $0] == wanted[$0] } }
    }

    private mutating func acronym(_ context: TokenContext, _ index: Int, _ state: inout DocumentMentions) -> Int? {
        // "F.B.I.": dotted, unless initials open a name ("J.R.R. Tolkien").
        let dotted = context.isDottedAcronym(index) && !context.isCapitalisedWord(index + 1)
        guard context.isAcronym(index) || dotted, !context.has(index, .notAcronym) else { return nil }
        // A dateline ("PARIS, May 4 (Reuters) -", "NEW ORLEANS (AP) —", "DUBLIN —", "TOKYO/SEOUL --")
        // names places.
        var first = index
        while first >= 2, context.isExactly(first - 1, "/"), context.isCapitals(first - 2) { first -= 2 }
        if first == 0 {
            var next = index + 1
            while next < context.count, context.isCapitals(next) || (context.isExactly(next, "/") && context.isCapitals(next + 1)) { next += 1 }
            if context.isComma(next) || context.isExactly(next, "(") || context.isExactly(next, "-") || context.isExactly(next, "\u{2014}")
                || context.isExactly(next, "\u{2013}") {
                return nil
            }
        }
        // "MQ: It made me self-conscious.": initials opening a line before a colon label who speaks
        // in an interview's transcript, not a body.
        if index == 0, context.isExactly(index + 1, ":") { return nil }
        // Words in capitals around it, of any length ("MARKETS REACT"), mean a shouted
        // headline, not an acronym.
        if context.isCapitals(index - 1) && context.tokens[index - 1].count > 1
            || context.isCapitals(index + 1) && context.tokens[index + 1].count > 1 { return nil }
        // "the blue-chip DAX index", "the FTSE 100 index": a market's measure, not a body.
        let measured = context.isNumber(index + 1) ? index + 2 : index + 1
        if context.isWord(measured, in: ActorLexicon.measureNouns) { return nil }
        // "F.B.I." is the FBI (the dotted form stays an alias).
        let name = dotted ? String(context.text(index).filter { $0 != "." }) : context.text(index)
        // "the German Train Drivers' Union (GDL)": an acronym in brackets right after a body's
        // name is that body's, whatever its initials; unless the name found is the tail of a
        // longer one ("… products Regulatory Agency (MHRA)") or runs on past it ("the Assembly for
        // Fair Votes in Valmora (AFV)"): the acronym then stays the body's name.
        if idsByName[name] == nil, index >= 2, context.isExactly(index - 1, "("), context.isExactly(index + 1, ")"),
           let named = state.mentions.last, named.range.end == context.tokens[index - 2].end,
           actors.indices.contains(named.actor), actors[named.actor].kind == .organisation,
           !(AcronymLinks.initials(of: actors[named.actor].name).map { $0 != name && (name.hasSuffix($0) || $0.hasPrefix(name)) } ?? false) {
            noteAlias(name, of: named.actor)
            idsByName[name] = named.actor
            self.index.add(name, target: .actor(named.actor), role: .name)
            record(named.actor, context, index, index + 1, .name, &state, alias: true)
            return index + 1
        }
        let id = idsByName[name] ?? register(name: name, kind: .organisation)
        record(id, context, index, index + 1, .name, &state, alias: true)
        return index + 1
    }

    /// "MANCHESTER, England, July 3 (Reuters) -", "Washington (CNN) —": the newsroom credited
    /// in brackets before a dateline's dash, early in a sentence, is no actor of the story;
    /// returns the index after its bracket. The caller has checked that a bracket opens before
    /// `index`, within `datelineReach` tokens of the sentence's start.
    private func datelineCreditEnd(_ context: TokenContext, _ index: Int) -> Int? {
        guard context.tokens[index].isCapitalised,
              // A dateline opens with a place in capitals, or is the place alone ("Washington
              // (CNN)"); the credit may open a sentence of its own ("Colo." ended the one before).
              context.isCapitals(0) || index <= 2 else { return nil }
        var close = index + 1
        while close < min(context.count, index + 3), context.isCapitalisedWord(close) { close += 1 }
        guard context.isExactly(close, ")") else { return nil }
        let dash = close + 1
        guard context.isExactly(dash, "-") || context.isExactly(dash, "--") || context.isExactly(dash, "\u{2014}")
            || context.isExactly(dash, "\u{2013}") else { return nil }
        return close + 1
    }

    /// Most tokens before a dateline's credit ("CEDAR FALLS, Colo., Feb. 9 (").
    static let datelineReach = 12

    /// "Deutsche Bahn (DB)": two to five capitalised words (small linking words between) right
    /// before an acronym in brackets name a body, not a person; returns the name's end.
    private func bodyBeforeBracketedAcronym(_ context: TokenContext, _ index: Int) -> Int? {
        guard context.isCapitalisedWord(index), !context.isCapitalisedWord(index - 1),
              context.classes(at: index).isDisjoint(with: [.notName, .title, .honorific]) else { return nil }
        var end = index + 1
        var words = 1
        while end < min(context.count, index + 8), context.isCapitalisedWord(end)
            || (context.isWord(end, in: ActorLexicon.acronymSkippedWords) && context.isCapitalisedWord(end + 1)) {
            if context.isCapitalisedWord(end) { words += 1 }
            end += 1
        }
        guard (2...5).contains(words), context.isExactly(end, "("), context.isAcronym(end + 1), context.isExactly(end + 2, ")") else { return nil }
        return end
    }
}
