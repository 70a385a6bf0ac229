import StorylineModel

/// Finds actors and their mentions across documents, keeping one registry of actors:
/// the same person in two articles is one actor.
public struct ActorResolver: Sendable {
    /// Actors found so far; `actors[i].id == i`.
    public private(set) var actors: [Actor] = []

    var index = PhraseIndex()
    /// Canonical names and aliases → actor id (exact spelling).
    var idsByName: [String: Int] = [:]
    /// Country table row → actor id, once mentioned or known (-1: not yet).
    var countryActors = [Int](repeating: -1, count: CountryTable.entries.count)
    /// Surname (or family name) → people carrying it.
    var peopleBySurname = SurnameIndex()
    /// People by their name's letters, lower case, without spaces, hyphens or apostrophes:
    /// outlets spell one name several ways ("Park Ji Won", "Park Ji-won").
    var peopleBySpelling: [String: Int] = [:]
    /// Relatives learnt from appositions ("X, the sister of Y"), by relation and person.
    var relatives: [RelativeKey: Int] = [:]
    /// The article that named a relative after "his"/"her" (see `nameRelativesByPronoun`), or -1.
    var possessiveRelativesDocument = -1
    /// Relation phrases read before their relation was learnt (see `lateRelativeMentions`).
    var pendingRelatives: [PendingRelative] = []
    /// Gender known from honorifics, gendered titles or pronouns, by actor id.
    var genders: [PersonGender?] = []
    /// People whose gender a pronoun or a gendered title showed (not only an honorific this
    /// resolver matched them by): "Ms X" prefers them to a namesake of unknown gender.
    var shownGenders: Set<Int> = []
    /// People the text calls "late" ("his late father, Jo Roe"): a bare surname is a living
    /// namesake's when the story has one.
    var deceased: Set<Int> = []
    /// Title word (lower case) → the person last introduced with it ("leader" → the leader).
    var titleHolders: [String: Int] = [:]
    /// Country → the person last introduced as its leader ("Ruritanian President X").
    var countryLeaders: [Int: Int] = [:]
    /// The person the last title rule found (scratch between rules).
    var lastTitledPerson: Int?
    /// Mention clock value of each actor's latest mention, over all documents (-1: never).
    var lastSeen: [Int] = []
    /// Per actor: whether it is a company named with its company word ("Northwind Technologies").
    var isCompany: [Bool] = []
    /// Organisations by the initials of their full names, for their acronyms.
    var acronymLinks = AcronymLinks()
    /// The outlets of the documents read so far: "sources told <outlet>" names a newsroom,
    /// not a person.
    var outlets: Set<String> = []
    /// How many actors the story file named (they keep their names).
    var storyFileActors = 0
    /// Whether new organisations join the one their acronym or full name names: not among the
    /// story file's own actors, which it lists apart on purpose.
    var linksAcronyms = false
    /// Hashes of (actor, text) pairs already noted as aliases.
    var notedAliases = HashKeySet(capacity: 4096)
    /// The country whose possessive named a body ("Russia's Ministry of Finance" → Russia):
    /// another country's body of the same bare name is not that one.
    var bodyCountries: [Int: Int] = [:]
    var clock = 0
    /// The word classes of the lexicons, held here so the scan never reads the global.
    let wordClasses = WordClassTable.shared
    /// The honorifics' genders by the honorific's key (`WordKey`), searched without building a String.
    let honorificGenders: [(key: UInt64, gender: PersonGender?)] = ActorLexicon.honorifics.map { (WordKey.key(Array($0.key.utf8), lowered: false), $0.value) }
    /// Buffers reused by every sentence of every document.
    private var scratch = SentenceScratch()
    /// A document's mentions and people are gathered in these, kept from document to document
    /// so their storage is not grown afresh each time.
    private var mentionBuffer: [Mention] = []
    private var peopleBuffer: [Int] = []

    /// Starts with the actors a story file names, then indexes the world country table.
    public init(known: [KnownActor]) {
        for known in known {
            let id = register(name: known.name, kind: known.kind, aliases: known.aliases)
            for alias in known.aliases {
                index.add(alias, target: .actor(id), role: Self.knownAliasRole(alias, kind: known.kind), form: Self.form(ofAlias: alias, kind: known.kind))
            }
            if known.kind == .country {
                for demonym in Self.derivedDemonyms(known) { index.add(demonym, target: .actor(id), role: .demonym, form: .metonym) }
            }
        }
        storyFileActors = actors.count
        linksAcronyms = true
        for (row, entry) in CountryTable.entries.enumerated() {
            if let id = knownID(anyOf: [entry.name] + entry.names) { countryActors[row] = id }
            let target = countryActors[row] >= 0 ? PhraseTarget.actor(countryActors[row]) : .country(row)
            for name in [entry.name] + entry.names { index.add(name, target: target, role: .name) }
            for demonym in entry.demonyms { index.add(demonym, target: target, role: .demonym, form: .metonym) }
            for capital in entry.capitals { index.add(capital, target: target, role: .capital, form: .metonym) }
        }
    }

    /// Takes the outlets of every document as newsrooms before any text is read, so the
    /// order of the documents does not decide what "told <outlet>" names.
    public mutating func noteOutlets(_ names: some Sequence<String>) {
        for name in names where !name.isEmpty { outlets.insert(name) }
    }

    /// Finds the mentions in one document's sentences, registering new actors.
    public mutating func resolve(_ document: Document, documentIndex: Int, sentences: [Sentence]) -> [Mention] {
        var state = DocumentMentions(document: documentIndex, startClock: clock)
        state.sentences = sentences
        if let outlet = document.outlet, !outlet.isEmpty { outlets.insert(outlet) }
        swap(&state.mentions, &mentionBuffer)
        swap(&state.people, &peopleBuffer)
        state.mentions.removeAll(keepingCapacity: true)
        state.people.removeAll(keepingCapacity: true)
        // The scratch buffers leave `self` while the rules mutate it.
        var scratch = self.scratch
        self.scratch = SentenceScratch()
        let table = wordClasses
        TextBytes.with(document.text) { bytes in
            for sentence in sentences {
                scratch.withContext(bytes, sentence.range, sentence: sentence.index, table: table) { context in
                    let first = state.mentions.count
                    scan(context, state: &state)
                    linkRelatives(context, &state, from: first)
                    nameRelativesByPronoun(context, &state)
                }
            }
        }
        self.scratch = scratch
        let mentions = state.mentions.sorted { $0.range < $1.range }
        swap(&state.mentions, &mentionBuffer)
        swap(&state.people, &peopleBuffer)
        return mentions
    }

    // MARK: Registry

    /// Adds an actor (or returns the one already named so) and indexes its names.
    @discardableResult
    mutating func register(name: String, kind: ActorKind, aliases: [String] = []) -> Int {
        if let id = idsByName[name] { return id }
        if kind == .person, let id = surnameOnlyPerson(completedBy: name) {
            // "Mr Lindgren" seen first, "Eva Lindgren" now: the same person gets the full name.
            let short = actors[id].name
            actors[id].name = name
            noteAlias(short, of: id)
            idsByName[name] = id
            index.add(name, target: .actor(id), role: .name)
            indexSurnames(of: name, id: id)
            return id
        }
        if kind == .organisation, linksAcronyms, let id = linkAcronym(name) { return id }
        if kind == .person, let id = peopleBySpelling[Self.spellingKey(name)] {
            // Another outlet's spelling of a person already known: an alias of theirs.
            noteAlias(name, of: id)
            idsByName[name] = id
            index.add(name, target: .actor(id), role: .name)
            return id
        }
        let id = actors.count
        actors.append(Actor(id: id, name: name, kind: kind, aliases: aliases))
        if kind == .organisation, let initials = AcronymLinks.initials(of: name) { acronymLinks.note(initials: initials, of: id) }
        lastSeen.append(-1)
        let words = kind == .organisation ? name.split(separator: " ") : []
        let company = words.count > 1 && words.last.map { ActorLexicon.companyHeadNames.contains(String($0)) } == true
        isCompany.append(company)
        genders.append(nil)
        idsByName[name] = id
        for alias in aliases where idsByName[alias] == nil { idsByName[alias] = id }
        index.add(name, target: .actor(id), role: .name)
        // "Kolkhida Hydro said" after "Kolkhida Hydro Partners": a company's name without its
        // head word, when two words or more are left (one word alone is often a surname).
        if company, words.count >= 3 {
            let short = words.dropLast().joined(separator: " ")
            if idsByName[short] == nil { index.add(short, target: .actor(id), role: .name) }
        }
        if kind == .person {
            indexSurnames(of: name, id: id)
            peopleBySpelling[Self.spellingKey(name)] = id
        }
        return id
    }

    /// The letters of a person's name, lower case, without the spaces, hyphens and apostrophes
    /// that outlets write differently ("Park Ji Won", "Park Ji-won" → "parkjiwon").
    static func spellingKey(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "'" && $0 != "\u{2019}" }))
    }

    /// The organisation `name` abbreviates or spells out, made findable by `name`: "ECB" after
    /// "European Central Bank"; or "European Central Bank" after "ECB", which it renames (the
    /// full name is the canonical one, the acronym an alias).
    private mutating func linkAcronym(_ name: String) -> Int? {
        let id: Int
        if let abbreviated = acronymLinks.organisation(abbreviatedAs: name) {
            id = abbreviated
            noteAlias(name, of: id)
        } else if let initials = AcronymLinks.initials(of: name), let acronym = idsByName[initials],
                  acronym >= storyFileActors, actors[acronym].kind == .organisation, actors[acronym].name == initials {
            id = acronym
            actors[id].name = name
            noteAlias(initials, of: id)
            acronymLinks.note(initials: initials, of: id)
        } else {
            return nil
        }
        idsByName[name] = id
        index.add(name, target: .actor(id), role: .name)
        return id
    }

    /// Makes "Mr Kim" and "Kim" findable: the last name, and the first when it is a family name.
    mutating func indexSurnames(of name: String, id: Int) {
        let parts = name.split(separator: " ").map(String.init)
        guard let last = parts.last else { return }
        var keys = [last]
        if parts.count >= 2, let first = parts.first {
            // "Pak Tae-sung": a given name of two syllables, the second in lower case, follows
            // the family name; "Nigar Huseynova-Tahirli" ends in a double-barrelled surname.
            let familyFirst = Self.isSyllablePair(parts[1]) || Self.isFamilyNameFirst(first)
            if familyFirst {
                keys.append(first)
            } else {
                keys += Self.shortSurnames(last: last, middle: parts.count == 3 && ActorLexicon.givenNames.contains(first) ? parts[1] : nil)
            }
        }
        for key in keys { peopleBySurname.add(key, person: id) }
    }

    /// Whether `word` is two syllables joined by a hyphen, the second in lower case ("Tae-sung").
    static func isSyllablePair(_ word: String) -> Bool {
        guard let hyphen = word.firstIndex(of: "-") else { return false }
        return word[word.index(after: hyphen)...].first?.isLowercase ?? false
    }

    /// The shorter surnames a name is also called by: the first part of a double-barrelled
    /// surname ("Nigar Huseynova-Tahirli" … "Huseynova wrote") and `middle`, the middle word of
    /// a name of three opening with a given name, when it is no given name, initial or
    /// particle: the first of two surnames ("Ramón Ibarguen Salas" … "Ibarguen said").
    static func shortSurnames(last: String, middle: String?) -> [String] {
        var keys: [String] = []
        if let hyphen = last.firstIndex(of: "-") {
            let head = String(last[..<hyphen])
            if head.utf8.count >= 3, head.first?.isUppercase ?? false { keys.append(head) }
        }
        if let middle, middle.utf8.count >= 3, middle.first?.isUppercase ?? false, !middle.contains("."), !middle.contains("-") {
            let excluded = ActorLexicon.givenNames.contains(middle) || ActorLexicon.nameParticles.contains(middle)
                || ActorLexicon.nameSuffixes.contains(middle)
            if !excluded { keys.append(middle) }
        }
        return keys
    }

    /// A person known only by a surname that the full name `name` ends (or starts) with.
    private func surnameOnlyPerson(completedBy name: String) -> Int? {
        let parts = name.split(separator: " ")
        guard parts.count >= 2, let last = parts.last, let first = parts.first else { return nil }
        for key in [String(last), String(first)] {
            if let id = idsByName[key], actors[id].kind == .person, actors[id].name == key { return id }
        }
        return nil
    }

    /// The actor for a country table row, registering it on first use.
    mutating func countryActor(row: Int) -> Int {
        if countryActors[row] >= 0 { return countryActors[row] }
        let entry = CountryTable.entries[row]
        let id = knownID(anyOf: [entry.name] + entry.names) ?? register(name: entry.name, kind: .country)
        countryActors[row] = id
        return id
    }

    /// The actor already registered under one of `names`.
    func knownID(anyOf names: [String]) -> Int? {
        for name in names { if let id = idsByName[name] { return id } }
        return nil
    }

    /// Mention clock value of the actor's latest mention in the document of `state`, if any.
    func seenInDocument(_ id: Int, _ state: DocumentMentions) -> Int? {
        lastSeen[id] > state.startClock ? lastSeen[id] : nil
    }

    /// Records `text` as another name of actor `id`.
    mutating func noteAlias(_ text: String, of id: Int) {
        guard text != actors[id].name, !actors[id].aliases.contains(text) else { return }
        actors[id].aliases.append(text)
    }

    private static func isFamilyNameFirst(_ word: String) -> Bool {
        ActorLexicon.familyNameFirst.contains(word)
    }

    /// Demonyms of a country the world table lacks: from aliases such as "<Adjective> government"
    /// and from names in -ia ("Valdoria" → "Valdorian").
    private static func derivedDemonyms(_ known: KnownActor) -> [String] {
        guard !CountryTable.entries.contains(where: { $0.name == known.name }) else { return [] }
        var demonyms: [String] = []
        for alias in known.aliases {
            let words = alias.split(separator: " ")
            if words.count == 2, words[1] == "government", let first = words.first, first.first?.isUppercase ?? false {
                demonyms.append(String(first))
            }
        }
        if known.name.hasSuffix("ia"), !known.name.contains(" ") { demonyms.append(known.name + "n") }
        return demonyms
    }

    /// A capitalised alias of a country that is neither all capitals nor a country name or
    /// demonym ("Washington", "Port Alder") is taken as its seat of government.
    private static func knownAliasRole(_ alias: String, kind: ActorKind) -> PhraseRole {
        let words = alias.split(separator: " ")
        let allCapitalised = words.allSatisfy { $0.first?.isUppercase ?? false }
        guard kind == .country, allCapitalised, alias.uppercased() != alias else { return .name }
        let isTableName = CountryTable.entries.contains { $0.name == alias || $0.names.contains(alias) }
        let isDemonym = CountryTable.entries.contains { $0.demonyms.contains(alias) }
        return isTableName ? .name : (isDemonym ? .demonym : .capital)
    }

    /// Aliases made of a description ("North Korean leader", "North Korean government") are
    /// titles for people and metonyms for countries; the rest are names.
    private static func form(ofAlias alias: String, kind: ActorKind) -> MentionForm {
        let descriptive = alias.split(separator: " ").contains { word in
            word != "the" && (word.first.map { $0.isLowercase } ?? false)
        }
        switch (descriptive, kind) {
        case (true, .person): return .title
        case (true, .country): return .metonym
        default: return .name
        }
    }
}

/// Per-document mention state: the mentions so far and the people in order of mention.
struct DocumentMentions {
    let document: Int
    var mentions: [Mention] = []
    /// People in order of mention, for pronouns.
    var people: [Int] = []
    /// The mention clock when the document started: later clock values are this document's.
    let startClock: Int
    /// The document's sentences (shared, not copied), to place a mention found looking back.
    var sentences: [Sentence] = []
    /// Whether a company has been named in this document (its first word may then stand for it).
    var namesCompany = false
    /// Who "Mr Pak" (an honorific and a surname, by the surname's byte hash) named last in
    /// this document.
    /// (A short list: few surnames per article, scanned faster than a dictionary hashes.)
    var honorificReferents: [(surname: UInt64, actor: Int)] = []

    init(document: Int, startClock: Int) {
        self.document = document
        self.startClock = startClock
    }

    /// The index of the sentence holding byte `offset`, if any.
    func sentence(containing offset: Int) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].range.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].range.start <= offset ? sentences[low].index : nil
    }
}
