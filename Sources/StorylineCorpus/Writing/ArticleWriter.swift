import StorylineModel

/// Writes one outlet's article about a story plan, recording sentences and quotes as it goes.
struct ArticleWriter {
    let world: CorpusWorld
    let plan: StoryPlan
    let style: ArticleStyle
    /// The day the article is written (also for undated ones, whose front matter omits it).
    let writtenOn: CalendarDay
    var random: SplitMix64

    private var article: GeneratedArticle
    private var introduced = Set<Int>()
    private var paragraph = -1
    private var sentencesLeftInParagraph = 0
    /// Quotes of the sentence being rendered, relative to its start.
    private var pendingQuotes: [(range: Range<Int>, speaker: Int, isLabel: Bool)] = []
    /// Context sentences not used yet in this article, in the order they will be used.
    private var unusedBackground: [Int] = []
    /// Whether {T} stands for a person in the template being rendered.
    private var targetIsPerson = false

    init(world: CorpusWorld, plan: StoryPlan, style: ArticleStyle, writtenOn: CalendarDay,
         outlet: String, dated: Bool, fileName: String, random: SplitMix64) {
        self.world = world
        self.plan = plan
        self.style = style
        self.writtenOn = writtenOn
        self.random = random
        article = GeneratedArticle(fileName: fileName, text: "", title: "", outlet: outlet,
                                   published: dated ? writtenOn : nil, bodyStart: 0, writtenOn: writtenOn)
    }

    /// Writes the article, aiming at `targetBytes` of text.
    mutating func write(targetBytes: Int) -> GeneratedArticle {
        let news = plan.events.count - 1
        let title = headline(for: plan.news)
        article.title = title
        var front = "---\ntitle: \"\(title)\"\noutlet: \"\(article.outlet)\"\n"
        if let published = article.published { front += "published: \(published.iso)\n" }
        front += "url: https://news.example/\(article.fileName)\n---\n"
        article.text = front
        article.bodyStart = front.utf8.count
        // The headline line opens the body, as pasted articles do.
        paragraph = 0
        appendRaw(title)
        let headlineEnd = article.text.utf8.count
        article.sentences.append(WrittenSentence(range: TextRange(start: article.bodyStart, end: headlineEnd), paragraph: 0, kind: .headline, event: news))
        if random.chance(60) { appendFurniture(random.pick(FurnitureTable.openers)) }

        writeEvent(news, followUps: random.within(1...3))
        var older = Array(0..<news)
        older.shuffle(using: &random)
        for index in older where article.text.utf8.count < targetBytes {
            guard random.chance(70) else { continue }
            writeEvent(index, followUps: random.chance(40) ? 1 : 0)
            if random.chance(25) { writeBackground(plan.events[index]) }
            if random.chance(8) { appendFurniture(random.pick(FurnitureTable.inserts)) }
        }
        // Still short: more about the news and the story's past, as longer pieces do.
        while article.text.utf8.count < targetBytes {
            if random.chance(40) {
                writeBackground(plan.events[random.below(plan.events.count)])
            } else {
                writeEvent(random.below(plan.events.count), followUps: random.chance(50) ? 1 : 0)
            }
        }
        if random.chance(40) { appendFurniture(random.pick(FurnitureTable.closers)) }
        article.text += "\n"
        return article
    }

    // MARK: - Sentences

    private mutating func writeEvent(_ index: Int, followUps: Int) {
        let event = plan.events[index]
        let time = TimePhrase(day: event.date, published: writtenOn, election: world.countries[event.country].election,
                              demonym: world.countries[event.country].demonym, style: style, random: &random)
        let leads = CompiledTables.leads[CompiledTables.index(of: event.kind)]
        targetIsPerson = event.kind == .meeting || event.kind == .summit
        appendSentence(render(random.pick(leads), event, time: time), event: index)
        targetIsPerson = false
        var followUpOrder = Array(CompiledTables.followUps.indices)
        followUpOrder.shuffle(using: &random)
        for position in followUpOrder.prefix(followUps) {
            appendSentence(render(CompiledTables.followUps[position], event, time: time), event: index)
        }
    }

    private mutating func writeBackground(_ event: PlannedEvent) {
        if unusedBackground.isEmpty {
            unusedBackground = Array(CompiledTables.background.indices)
            unusedBackground.shuffle(using: &random)
        }
        let template = CompiledTables.background[unusedBackground.removeLast()]
        appendSentence(render(template, event, time: .none), event: nil)
    }

    private func headline(for event: PlannedEvent) -> String {
        var copy = self
        let template = copy.random.pick(CompiledTables.headlines[CompiledTables.index(of: event.kind)])
        var line = ""
        for piece in template.pieces {
            switch piece {
            case .text(let text): line += text
            case .slot(let slot):
                switch slot {
                case .actor, .actorAgain: line += world.actors[event.agent].familyName
                case .country: line += world.countries[event.country].name
                case .demonym: line += world.countries[event.country].demonym
                case .target: line += world.countries[event.targetCountry].name
                case .place: line += event.place
                case .topic: line += WorldTable.topics[event.topic]
                case .number: line += String(event.number)
                default: break
                }
            }
        }
        return TimePhrase.capitalized(line)
    }

    /// Fills `template` for `event`; quotes are left in `pendingQuotes`.
    private mutating func render(_ template: Template, _ event: PlannedEvent, time: TimePhrase) -> String {
        var out = ""
        pendingQuotes = []
        let pieces = template.pieces
        for (position, piece) in pieces.enumerated() {
            let next: UInt8? = position + 1 < pieces.count ? { if case .text(let t) = pieces[position + 1] { t.utf8.first } else { nil } }() : nil
            switch piece {
            case .text(let text):
                out += text
            case .slot(let slot):
                fill(slot, event, time: time, next: next, into: &out)
            }
        }
        return TimePhrase.capitalized(out)
    }

    private mutating func fill(_ slot: Template.Slot, _ event: PlannedEvent, time: TimePhrase, next: UInt8?, into out: inout String) {
        let agent = world.actors[event.agent]
        switch slot {
        case .actor: out += personMention(event.agent, next: next)
        case .actorAgain: out += introduced.contains(event.agent) ? laterMention(agent) : personMention(event.agent, next: next)
        // A pronoun only for someone the reader has met; otherwise the name.
        case .he: out += introduced.contains(event.agent) ? (agent.female ? "she" : "he") : personMention(event.agent, next: next)
        case .capitalHe: out += introduced.contains(event.agent) ? (agent.female ? "She" : "He") : personMention(event.agent, next: next)
        case .his: out += agent.female ? "her" : "his"
        case .country: out += countryMention(event.country, metonymAllowed: false)
        case .demonym: out += world.countries[event.country].demonym
        case .target:
            out += targetIsPerson
                ? personMention(event.targetPerson, next: next)
                : countryMention(event.targetCountry, metonymAllowed: true)
        case .place: out += event.place
        case .number:
            // Spelled-out numbers only where no digits follow ("5,000", "5%").
            let words = style.numbersAsWords && next != UInt8(ascii: ",") && next != UInt8(ascii: "%")
            out += words && event.number < CalendarTable.numberWords.count ? CalendarTable.numberWords[event.number] : String(event.number)
        case .times:
            // Outlets sometimes disagree on a count.
            out += QuoteTable.counts[random.chance(20) ? random.below(QuoteTable.counts.count) : event.count]
        case .time: out += time.afterVerb
        case .openingTime: out += time.opening
        case .quoteEnd: appendQuote(fullQuote(event.quote) + ".", speaker: event.agent, into: &out, trailing: 1)
        case .quoteBefore: appendQuote(fullQuote(event.quote) + ",", speaker: event.agent, into: &out, trailing: 1)
        case .partialQuote: appendQuote(verbPhrase(event.quote), speaker: event.agent, into: &out, trailing: 0)
        case .label:
            let label = QuoteTable.labels[event.quote.label]
            appendQuote(label, speaker: event.agent, into: &out, trailing: 0, isLabel: true)
        case .cue: out += random.pick(QuoteTable.cues)
        case .agency: out += agencyMention(event.country)
        case .topic: out += WorldTable.topics[event.topic]
        }
    }

    private mutating func appendQuote(_ words: String, speaker: Int, into out: inout String, trailing: Int, isLabel: Bool = false) {
        let marks = style.quoteMarks
        out += marks.open
        let start = out.utf8.count
        out += words
        let end = out.utf8.count - trailing
        out += marks.close
        pendingQuotes.append((start..<end, speaker, isLabel))
    }

    private mutating func fullQuote(_ quote: PlannedQuote) -> String {
        let modal = QuoteTable.modals[quote.modal]
        let subject = TimePhrase.capitalized(QuoteTable.subjects[quote.subject])
        return "\(subject) \(random.chance(20) ? modal.1 : modal.0) \(verbPhraseWords(quote))\(QuoteTable.tails[quote.tail])"
    }

    private mutating func verbPhrase(_ quote: PlannedQuote) -> String { verbPhraseWords(quote) }

    private mutating func verbPhraseWords(_ quote: PlannedQuote) -> String {
        let phrase = QuoteTable.verbPhrases[quote.verbPhrase]
        return random.chance(20) ? phrase.1 : phrase.0
    }

    // MARK: - Mentions

    private mutating func personMention(_ id: Int, next: UInt8?) -> String {
        let person = world.actors[id]
        guard !introduced.contains(id) else { return laterMention(person) }
        introduced.insert(id)
        let country = person.country.map { world.countries[$0] }
        let demonym = country?.demonym ?? ""
        let closesClause = next == UInt8(ascii: ".") || next == UInt8(ascii: ",")
        if let relative = person.relativeOf, random.chance(70) {
            let head = world.actors[relative]
            introduced.insert(relative)
            let relation = person.female ? "sister" : "brother"
            return "\(person.office) \(person.name), the \(relation) of \(head.office) \(head.name)" + (closesClause ? "" : ",")
        }
        switch random.below(3) {
        case 0: return "\(demonym) \(person.office) \(person.name)"
        case 1 where country != nil:
            let office = person.office.lowercased()
            return "\(person.name), \(country?.name ?? "")'s \(office)" + (closesClause ? "" : ",")
        default: return "\(person.office) \(person.name)"
        }
    }

    private mutating func laterMention(_ person: WorldActor) -> String {
        let roll = random.below(100)
        if roll < 60 {
            let honorific = person.office == "General" ? "Gen." : (person.female ? "Ms" : "Mr") + (style.honorificPeriod ? "." : "")
            return "\(honorific) \(person.familyName)"
        }
        if roll < 75 { return person.familyName }
        if roll < 90, !person.office.contains(" to ") { return "\(person.office) \(person.familyName)" }
        if let index = person.country, world.head(of: index) == person.id {
            return "the \(world.countries[index].demonym) leader"
        }
        return person.familyName
    }

    private mutating func countryMention(_ index: Int, metonymAllowed: Bool) -> String {
        let country = world.countries[index]
        let roll = random.below(100)
        if roll < 75 { return country.name }
        if roll < 90 || !metonymAllowed { return "the \(country.demonym) government" }
        return country.capital
    }

    private mutating func agencyMention(_ index: Int) -> String {
        let agency = world.actors[world.countries[index].agency]
        let roll = random.below(100)
        if roll < 60 { return "the \(agency.name)" }
        if roll < 80 { return "state news agency \(agency.acronym)" }
        return "the \(world.actors[random.pick(world.organisations)].name)"
    }

    // MARK: - Layout

    private mutating func appendRaw(_ line: String) {
        article.text += line
    }

    private mutating func appendSentence(_ sentence: String, event: Int?) {
        if sentencesLeftInParagraph == 0 {
            article.text += paragraph == 0 && article.sentences.count == 1 && article.furniture.isEmpty ? "\n" : style.paragraphBreak
            paragraph += 1
            sentencesLeftInParagraph = random.within(1...3)
        } else {
            article.text += " "
        }
        sentencesLeftInParagraph -= 1
        let start = article.text.utf8.count
        article.text += sentence
        let index = article.sentences.count
        article.sentences.append(WrittenSentence(range: TextRange(start: start, end: article.text.utf8.count), paragraph: paragraph, kind: .body, event: event))
        for quote in pendingQuotes {
            article.quotes.append(WrittenQuote(range: TextRange(start: start + quote.range.lowerBound, end: start + quote.range.upperBound),
                                               sentence: index, speaker: quote.speaker, isLabel: quote.isLabel))
        }
        pendingQuotes = []
    }

    private mutating func appendFurniture(_ line: String) {
        article.text += style.paragraphBreak
        let start = article.text.utf8.count
        article.text += line
        article.furniture.append(TextRange(start: start, end: article.text.utf8.count))
        sentencesLeftInParagraph = 0
    }
}
