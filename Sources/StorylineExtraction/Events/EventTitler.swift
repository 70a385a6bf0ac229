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
            // The text alone, not a copy of the whole document per mention.
            guard let surname = Self.surnameAfterHonorific(text: story.documents[mention.document].text, mention.range) else { continue }
            counts[mention.actor, default: [:]][surname, default: 0] += 1
        }
        var names: [Int: String] = [:]
        let shared = Self.sharedNameWords(story.actors)
        for (actor, byName) in counts {
            // "Park" says who only when no other person's name has that word ("Park Tae-soo",
            // "Park Soo-jin", "Min Park" in one story keep their full names).
            guard let short = byName.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key, !shared.contains(short) else { continue }
            names[actor] = short
        }
        shortNames = names
    }

    /// Words that are part of more than one person's name.
    static func sharedNameWords(_ actors: [Actor]) -> Set<String> {
        var holders: [Substring: Int] = [:]
        var shared: Set<String> = []
        for (id, actor) in actors.enumerated() where actor.kind == .person {
            for word in Set(actor.name.split(separator: " ")) {
                if let holder = holders[word], holder != id { shared.insert(String(word)) } else { holders[word] = id }
            }
        }
        return shared
    }

    /// "Smith" for a mention reading "Mr Smith": two words, the first an honorific.
    static func surnameAfterHonorific(_ document: Document, _ range: TextRange) -> String? {
        surnameAfterHonorific(text: document.text, range)
    }

    /// `surnameAfterHonorific` on a document's text. ASCII text is read as bytes (the
    /// surname made a string only after the honorific matched); other text is split by characters.
    static func surnameAfterHonorific(text: String, _ range: TextRange) -> String? {
        let ascii: String?? = TextBytes.with(text) { bytes in
            let lower = min(max(0, range.start), bytes.count), upper = min(max(lower, range.end), bytes.count)
            var first = 0..<0, second = 0..<0
            var words = 0
            var i = lower
            while i < upper {
                if bytes[i] >= 0x80 { return .none }  // Not ASCII: the character path decides.
                if bytes[i] == 0x20 {
                    i += 1
                    continue
                }
                let start = i
                while i < upper && bytes[i] != 0x20 {
                    if bytes[i] >= 0x80 { return .none }
                    i += 1
                }
                words += 1
                if words == 1 { first = start..<i } else { second = start..<i }
                if words > 2 { return .some(nil) }
            }
            guard words == 2 else { return .some(nil) }
            guard EventTitleLexicon.honorifics.contains(WordHash.key(bytes, first.lowerBound, first.upperBound)) else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[second]), as: UTF8.self))
        }
        if let ascii { return ascii }
        let lower = min(max(0, range.start), text.utf8.count), upper = min(max(lower, range.end), text.utf8.count)
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let words = String(decoding: utf8[start..<utf8.index(start, offsetBy: upper - lower)], as: UTF8.self).split(separator: " ")
        guard words.count == 2, EventTitleLexicon.honorifics.contains(WordHash.key(String(words[0]))) else { return nil }
        return String(words[1])
    }

    /// The name to show for an actor.
    func shortName(_ actor: Int, in story: Story) -> String {
        if let short = shortNames[actor] { return short }
        return story.actors.indices.contains(actor) ? story.actors[actor].name : "?"
    }

    /// Title of an event made of `mentions` (all of one cluster).
    func title(kind: EventKind, mentions: MentionView, story: Story) -> String {
        var scratch = TitleScratch()
        guard let best = representative(of: ClusterMembers(mentions.indices), mentions: mentions, kind: kind, story: story, scratch: &scratch) else {
            return kind.rawValue
        }
        return title(of: best.member, in: mentions, subject: best.subject, story: story, scratch: &scratch)
    }

    /// The member of `cluster` (indices into `mentions`) whose clause the title is made
    /// from, with its subject: the first of the best scored, each scored once.
    /// Members are read in place: a mention passed by value would be copied.
    func representative(
        of cluster: ClusterMembers, mentions: MentionView, kind: EventKind, story: Story, scratch: inout TitleScratch
    ) -> (member: Int, subject: Mention?)? {
        var best: (member: Int, subject: Mention?, score: Double)?
        for member in cluster {
            var subject = subjectMention(member, in: mentions, story: story, scratch: &scratch.candidates)
            // "Net income rose …, the company said": what was said makes the title, not the
            // description of who said it.
            // The same for a source named after a comma: "The missiles flew …, state media RNA said".
            if let found = subject, found.form == .title || Self.closesClause(found, story: story),
               !opensClause(found, member, in: mentions, story: story) {
                subject = nil
            }
            let score = score(member, in: mentions, subject: subject, kind: kind, story: story)
            if let current = best, !(current.score < score) { continue }
            best = (member, subject, score)
        }
        return best.map { ($0.member, $0.subject) }
    }

    /// Whether a subject closes its clause as the attribution: after a comma, with at most
    /// `attributionLabelWords` lower-case words between (not "and", "but": "…, and the mayor has
    /// said"), and before a verb of saying ("…, state media RNA said"; not the apposition
    /// "His lawyer, Sarah Quinn, said" nor the opening "In May, the ministry asked"). A label
    /// with capitals ("…, White House press secretary Jo Roe said") counts when the verb ends
    /// the sentence: "After the vote in Parliament, Prime Minister Jo Roe said the deal …" is
    /// an opening phrase, not an attribution.
    static func closesClause(_ subject: Mention, story: Story) -> Bool {
        guard story.documents.indices.contains(subject.document) else { return false }
        return TextBytes.with(story.documents[subject.document].text) { bytes in
            var after = min(subject.range.end, bytes.count)
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            var verbEnd = after
            while verbEnd < bytes.count, ByteClass.isLetter(bytes[verbEnd]) { verbEnd += 1 }
            // "…, Jo Roe has announced.": past the auxiliary.
            if EventCueLexicon.perfectAuxiliaries.contains(WordHash.key(bytes, after, verbEnd)) {
                after = verbEnd
                while after < bytes.count, bytes[after] == 0x20 { after += 1 }
                verbEnd = after
                while verbEnd < bytes.count, ByteClass.isLetter(bytes[verbEnd]) { verbEnd += 1 }
            }
            guard isClosingVerb(WordHash.key(bytes, after, verbEnd)),
                  let label = labelAfterComma(before: subject.range.start, floor: 0, words: attributionLabelWords + attributionNameWords, bytes),
                  label.lowerCase <= attributionLabelWords, label.capitalised <= attributionNameWords else { return false }
            return label.capitalised == 0 || endsSentenceSoon(after: verbEnd, bytes)
        }
    }

    /// The comma that at most `words` words (no "and", "but" …) part from byte `end`, no
    /// further back than `floor`, with how many of the words are lower-case and capitalised:
    /// the label of a source closing its sentence ("…, White House press secretary Jo Roe").
    /// Dots, hyphens and apostrophes may stand inside the words ("U.S.", "People's").
    static func labelAfterComma(
        before end: Int, floor: Int, words: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (comma: Int, lowerCase: Int, capitalised: Int)? {
        var i = min(end, bytes.count)
        var lowerCase = 0, capitalised = 0
        for _ in 0...words {
            while i > floor, bytes[i - 1] == 0x20 { i -= 1 }
            if i > floor, bytes[i - 1] == UInt8(ascii: ",") { return (i - 1, lowerCase, capitalised) }
            let wordEnd = i
            while i > floor, ByteClass.isLetter(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: ".") || bytes[i - 1] == UInt8(ascii: "-") || bytes[i - 1] == 0x27 {
                i -= 1
            }
            guard i < wordEnd, i == 0 || bytes[i - 1] == 0x20, ByteClass.isLetter(bytes[i]),
                  !EventCueLexicon.clauseConjunctions.contains(WordHash.key(bytes, i, wordEnd)) else { return nil }
            if ByteClass.isUpper(bytes[i]) { capitalised += 1 } else { lowerCase += 1 }
        }
        return nil
    }

    /// Whether the sentence ends within `attributionTail` bytes after the verb ending at
    /// `start`, no quote mark on the way, and what follows the verb tells where, when or to whom
    /// ("said on Friday.", "told reporters."), not what was said ("said the talks failed.").
    private static func endsSentenceSoon(after start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = start
        while k < bytes.count, bytes[k] == 0x20 { k += 1 }
        var wordEnd = k
        while wordEnd < bytes.count, ByteClass.isLetter(bytes[wordEnd]) { wordEnd += 1 }
        if wordEnd > k {
            // "told" takes whom it was told to: "told the BBC", "told Reuters".
            var verb = start
            while verb > 0, ByteClass.isLetter(bytes[verb - 1]) { verb -= 1 }
            guard WordHash.key(bytes, verb, start) == toldKey || EventCueLexicon.attributionTailOpeners.contains(WordHash.key(bytes, k, wordEnd)) else {
                return false
            }
        }
        while k < min(bytes.count, start + attributionTail) {
            switch bytes[k] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                if k + 1 == bytes.count || bytes[k + 1] == 0x20 || bytes[k + 1] == 0x0A || bytes[k + 1] == 0x0D { return true }
            case 0x0A, 0x0D: return true
            case UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: ";"): return false
            default:
                if QuoteMarks.matches(bytes, k, QuoteMarks.leftDouble) { return false }
            }
            k += 1
        }
        return k >= bytes.count
    }

    private static let toldKey = WordHash.key("told")

    /// Most lower-case words of a label before a closing attribution's name ("state media").
    static let attributionLabelWords = 3

    /// Most capitalised words of a label before a closing attribution's name ("White House",
    /// "US State Department").
    static let attributionNameWords = 4

    /// Which mention says best what happened: agent as subject, the event's kind, a dated article.
    private func score(_ member: Int, in mentions: MentionView, subject: Mention?, kind: EventKind, story: Story) -> Double {
        var score = 0.0
        if let subject {
            score += 4
            if opensClause(subject, member, in: mentions, story: story) { score += 2 }
        }
        if mentions[member].kind == kind { score += 2 }
        if mentions[member].verbal { score += 1 }
        if mentions[member].continues { score -= 3 }
        let ref = mentions[member].ref
        if story.documents.indices.contains(ref.document), story.documents[ref.document].published != nil,
           story.documents[ref.document].publishedSource != .assumed {
            score += 1
        }
        return score - Double(ref.document) * 0.01 - Double(ref.sentence) * 0.0001
    }

    /// Whether the subject opens the clause (after at most a time expression): "Mr X met …",
    /// "In May Mr X met …", not "A statement by Mr X which …".
    private func opensClause(_ subject: Mention, _ member: Int, in mentions: MentionView, story: Story) -> Bool {
        let clauseStart = mentions[member].range.start
        if subject.range.start - clauseStart <= 2 { return true }
        return index.times(mentions[member].ref).contains { id in
            let time = story.times[id].range
            // "The previous week, he told …": an article or preposition may open the time.
            return time.start <= clauseStart + 4 && time.end >= subject.range.start - 2
        }
    }

    /// The agent's mention when it stands before the trigger (as the subject); `candidates`
    /// is reused scratch space.
    private func subjectMention(_ member: Int, in mentions: MentionView, story: Story, scratch candidates: inout [Int]) -> Mention? {
        guard let agent = mentions[member].agent else { return nil }
        let clause = mentions[member].range, triggerStart = mentions[member].triggerStart
        candidates.removeAll(keepingCapacity: true)
        for id in index.mentions(mentions[member].ref) {
            let range = story.mentions[id].range
            guard story.mentions[id].actor == agent, clause.contains(range), range.end <= triggerStart else { continue }
            // Insertion by range, after equal ranges: the order a stable sort gives.
            var k = candidates.count
            candidates.append(id)
            while k > 0 && range < story.mentions[candidates[k - 1]].range {
                candidates[k] = candidates[k - 1]
                k -= 1
            }
            candidates[k] = id
        }
        guard let first = candidates.first else { return nil }
        var subject = story.mentions[first]
        // "Ruritanian leader" + "Ana Petrova" side by side are one subject.
        for id in candidates.dropFirst() {
            let next = story.mentions[id]
            guard next.range.start - subject.range.end <= 2 else { continue }
            subject.range = TextRange(start: subject.range.start, end: next.range.end)
            if next.form == .name { subject.form = .name }
        }
        return subject
    }

    /// The cleaned clause of `mentions[member]` whose subject is known, built in reused buffers.
    func title(of member: Int, in mentions: MentionView, subject: Mention?, story: Story, scratch: inout TitleScratch) -> String {
        let ref = mentions[member].ref, clause = mentions[member].range, triggerStart = mentions[member].triggerStart
        guard story.documents.indices.contains(ref.document) else { return mentions[member].kind.rawValue }
        return TextBytes.with(story.documents[ref.document].text) { bytes in
            // "According to the X, …" opens the clause, not the title: the subject is its source.
            // "Police in X fired …", "The government of X said …": the title keeps the head.
            var subject = subject.flatMap {
                Self.followsAccordingTo($0.range.start, bytes) || Self.followsPreposition($0.range.start, bytes) ? nil : $0
            }
            // "YANGON, Myanmar (AP) — Myanmar's military took …": the subject is named after the dateline.
            let datelineEnd = ref.sentence <= EventDetector.datelineSentences ? Self.afterDateline(clause.start, bytes) : clause.start
            if let found = subject, found.range.start < datelineEnd {
                subject = index.mentions(ref).lazy.map { story.mentions[$0] }
                    .first { $0.actor == found.actor && $0.range.start >= datelineEnd && $0.range.end <= triggerStart }
            }
            // "Britain and Canada announced …": a name joined to the subject by "and" opens the title.
            let start = subject.map { Self.joinedSubjectStart($0.range.start, clause: clause, mentions: index.mentions(ref), story: story, bytes) }
                ?? Self.afterSince(Self.afterDateline(clause.start, bytes), bytes)
            // A title needs the clause's opening only; "Troops will leave by May, a spokesman
            // for the ministry said.": what was said, without who said it.
            var end = min(clause.end, max(start, triggerStart) + Self.rawLimit)
            if subject == nil, let comma = Self.closingAttributionComma(clause, triggerStart: triggerStart, bytes),
               comma - start >= Self.minimumReportedBytes {
                end = min(end, comma)
            }
            var replacement: String?
            if let subject, let agent = mentions[member].agent, story.actors.indices.contains(agent),
               story.actors[agent].kind == .person || subject.form == .pronoun {
                // People by their short name; countries and bodies as the article names them.
                replacement = shortName(agent, in: story)
            }
            scratch.cut.removeAll(keepingCapacity: true)
            // Not "Sunday's" in "in Sunday's election": a time owning a noun is part of the words.
            // Nor words inside a quote: they stay as said ('set out its plans "in the coming weeks"').
            // Nor a length or a recurring time: "jailed for 22 years", "meets every year" say what happened.
            for id in index.times(ref) where clause.overlaps(story.times[id].range) && !story.times[id].precision.datesNothing
                && !Self.ownsNoun(story.times[id].range, bytes)
                && !Self.boundsASuperlative(story.times[id].range, bytes) && !Self.isQuoted(story.times[id].range, in: clause, bytes) {
                scratch.cut.append(Self.widenedOverPreposition(story.times[id].range, bytes))
            }
            // "held in June and July": the word joining two cut times goes with them.
            scratch.cut.sort()
            Self.joinCoordinated(&scratch.cut, bytes)
            if let subject { scratch.cut.append(subject.range) }
            scratch.cut.sort()
            // "The Commission's President, Jo Bloggs, said": the title opens at the name, without its closing comma.
            let setOff = subject.map { Self.isSetOffByCommas($0.range, bytes, before: triggerStart) } ?? false
            // "… in Europe (OSCE) said": the initials open the title, without their closing bracket.
            let bracketed = subject.map { $0.range.start > 0 && $0.range.end < bytes.count
                && bytes[$0.range.start - 1] == UInt8(ascii: "(") && bytes[$0.range.end] == UInt8(ascii: ")") } ?? false
            scratch.text.removeAll(keepingCapacity: true)
            var position = start
            func copy(_ from: Int, _ to: Int) {
                let lower = max(0, min(from, bytes.count)), upper = max(lower, min(to, bytes.count))
                scratch.text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lower..<upper]))
            }
            for range in scratch.cut where range.end > position && range.start < end {
                if range.start > position { copy(position, range.start) }
                position = max(position, range.end)
                if let subject, range == subject.range {
                    if let replacement { scratch.text.append(contentsOf: replacement.utf8) } else { copy(range.start, range.end) }
                    if setOff || bracketed { position = max(position, range.end + 1) }
                }
            }
            if end > position { copy(position, end) }
            scratch.trigger.removeAll(keepingCapacity: true)
            var i = triggerStart
            while i < min(clause.end, bytes.count) && bytes[i] != 0x20 && scratch.trigger.count < 24 {
                scratch.trigger.append(bytes[i])
                i += 1
            }
            // '"We are ready," the minister said on Monday.': what was said makes the title.
            if let subject, let quote = Self.openingQuote(clause, before: subject.range.start, bytes),
               Self.endsWithAttribution(clause, triggerStart: triggerStart, bytes) {
                scratch.text.removeAll(keepingCapacity: true)
                if let replacement { scratch.text.append(contentsOf: replacement.utf8) } else { copy(subject.range.start, subject.range.end) }
                scratch.text.append(contentsOf: " said \"".utf8)
                copy(quote.lowerBound, quote.upperBound)
                scratch.text.append(UInt8(ascii: "\""))
                scratch.trigger.removeAll(keepingCapacity: true)
                scratch.trigger.append(contentsOf: "said".utf8)
            }
            // '"We are ready," said Jo Bloggs, a professor at …': the same, the speaker after the verb.
            if subject == nil, let agent = mentions[member].agent, story.actors.indices.contains(agent),
               let quote = Self.openingQuote(clause, before: triggerStart, bytes),
               let verbEnd = Self.attributionVerbEnd(after: quote, triggerStart: triggerStart, clause: clause, bytes),
               let speaker = index.mentions(ref).first(where: { id in
                   story.mentions[id].actor == agent && Self.isTitleGap(verbEnd, story.mentions[id].range.start, bytes)
               }) {
                scratch.text.removeAll(keepingCapacity: true)
                if story.actors[agent].kind == .person {
                    scratch.text.append(contentsOf: shortName(agent, in: story).utf8)
                } else {
                    copy(story.mentions[speaker].range.start, story.mentions[speaker].range.end)
                }
                scratch.text.append(contentsOf: " said \"".utf8)
                copy(quote.lowerBound, quote.upperBound)
                scratch.text.append(UInt8(ascii: "\""))
                scratch.trigger.removeAll(keepingCapacity: true)
                scratch.trigger.append(contentsOf: "said".utf8)
            }
            return Self.clean(scratch: &scratch)
        }
    }

    /// Where the verb of saying at `triggerStart` ends, when only the quote's closing marks,
    /// commas and spaces stand between `quote` and it ('"…," said').
    static func attributionVerbEnd(after quote: Range<Int>, triggerStart: Int, clause: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = quote.upperBound
        while i < triggerStart, i < bytes.count {
            if bytes[i] == 0x20 || bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "\"") {
                i += 1
            } else if QuoteMarks.matches(bytes, i, QuoteMarks.rightDouble) {
                i += 3
            } else {
                return nil
            }
        }
        guard i == triggerStart else { return nil }
        var verbEnd = triggerStart
        while verbEnd < min(clause.end, bytes.count), ByteClass.isLetter(bytes[verbEnd]) { verbEnd += 1 }
        guard EventCueLexicon.attribution.contains(WordHash.key(bytes, triggerStart, verbEnd)) else { return nil }
        return verbEnd
    }

    /// Where a subject starting at `start` begins with the name joined to it by " and " (an
    /// actor mention of `mentions` ending just before), else `start`.
    static func joinedSubjectStart(
        _ start: Int, clause: TextRange, mentions: SentenceItems, story: Story, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let joiner = andJoiner
        guard start - joiner.count >= clause.start, start <= bytes.count,
              (0..<joiner.count).allSatisfy({ bytes[start - joiner.count + $0] == joiner[$0] }) else { return start }
        for id in mentions where story.mentions.indices.contains(id) && story.mentions[id].range.end == start - joiner.count {
            return story.mentions[id].range.start
        }
        return start
    }

    /// Whether `bytes[from..<to]` is at most a space and a few words of title ("said lead
    /// author Jo Roe", "said Jo Roe"): no punctuation, at most four words.
    static func isTitleGap(_ from: Int, _ to: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard from <= to, to - from <= 48, to <= bytes.count else { return false }
        var spaces = 0
        for i in from..<to {
            let byte = bytes[i]
            if byte == 0x20 { spaces += 1 } else if !ByteClass.isLetter(byte) && byte != 0x2D { return false }
        }
        return spaces <= 4
    }

    /// The bytes between two names of one subject.
    private static let andJoiner = Array(" and ".utf8)

    /// The words of a quote opening `clause` and closing before `subjectStart` (its trailing
    /// comma left out), when nothing else is quoted before the subject.
    static func openingQuote(_ clause: TextRange, before subjectStart: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let start = max(0, clause.start)
        guard start < subjectStart, subjectStart <= bytes.count else { return nil }
        let open = QuoteMarks.matches(bytes, start, QuoteMarks.leftDouble) ? 3 : bytes[start] == UInt8(ascii: "\"") ? 1 : 0
        // '"That was my call. I picked the takers …," Roe said.': the clause opens inside a quote
        // begun in the sentence before when its first quote mark closes one.
        if open == 0 {
            guard let first = (start..<subjectStart).first(where: { bytes[$0] == UInt8(ascii: "\"") || bytes[$0] == 0xE2 && QuoteMarks.matches(bytes, $0, QuoteMarks.rightDouble) || QuoteMarks.matches(bytes, $0, QuoteMarks.leftDouble) }),
                  QuoteMarks.matches(bytes, first, QuoteMarks.rightDouble)
                    || (bytes[first] == UInt8(ascii: "\"") && first > start && [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[first - 1]))
            else { return nil }
        }
        var i = start + open
        while i < subjectStart {
            let close = bytes[i] == UInt8(ascii: "\"") ? 1 : QuoteMarks.matches(bytes, i, QuoteMarks.rightDouble) ? 3 : 0
            if close > 0 {
                var end = i
                while end > start + open, bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == 0x20 { end -= 1 }
                // Only the attribution may follow: no second quote before the subject.
                var k = i + close
                while k < subjectStart {
                    if bytes[k] == UInt8(ascii: "\"") || QuoteMarks.matches(bytes, k, QuoteMarks.leftDouble) { return nil }
                    k += 1
                }
                return end - (start + open) >= 12 ? (start + open)..<end : nil
            }
            i += 1
        }
        return nil
    }

    /// Whether the clause ends soon after its trigger, a verb of saying (`EventCueLexicon.attribution`:
    /// "said", "told" …), with no quote after it: the sentence is a quote and its attribution.
    static func endsWithAttribution(_ clause: TextRange, triggerStart: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var wordEnd = triggerStart
        while wordEnd < min(clause.end, bytes.count), ByteClass.isLetter(bytes[wordEnd]) { wordEnd += 1 }
        // '"…," he said, adding that …': what the participle adds is another remark.
        let end = participleOfSaying(after: wordEnd, before: clause.end, bytes) ?? clause.end
        guard isClosingVerb(WordHash.key(bytes, triggerStart, wordEnd)), end - wordEnd <= attributionTail else { return false }
        for k in wordEnd..<min(end, bytes.count)
        where bytes[k] == UInt8(ascii: "\"") || QuoteMarks.matches(bytes, k, QuoteMarks.leftDouble) || QuoteMarks.matches(bytes, k, QuoteMarks.rightDouble) {
            return false
        }
        return true
    }

    /// The comma before a closing attribution that ends the clause ("…, White House press
    /// secretary Jo Roe said on Friday."): at most `closingSourceWords` words between the comma
    /// and the verb of saying, no conjunction among them, no quote mark before the comma.
    static func closingAttributionComma(_ clause: TextRange, triggerStart: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard endsWithAttribution(clause, triggerStart: triggerStart, bytes) else { return nil }
        var verbEnd = triggerStart
        while verbEnd < bytes.count, ByteClass.isLetter(bytes[verbEnd]) { verbEnd += 1 }
        guard endsSentenceSoon(after: verbEnd, bytes),
              let comma = labelAfterComma(before: triggerStart, floor: clause.start, words: closingSourceWords, bytes)?.comma else { return nil }
        for k in max(0, clause.start)..<comma where bytes[k] == UInt8(ascii: "\"")
            || QuoteMarks.matches(bytes, k, QuoteMarks.leftDouble) || QuoteMarks.matches(bytes, k, QuoteMarks.rightDouble) {
            return nil
        }
        return comma
    }

    /// Most words of a closing attribution's source ("a spokeswoman for the US State Department").
    static let closingSourceWords = 8

    /// Fewest bytes of a reported clause kept as a title before its closing attribution.
    static let minimumReportedBytes = 12

    /// Where ", adding", ", saying" … starts after a verb of saying ending at `start` (within
    /// `attributionTail` bytes), if it does.
    static func participleOfSaying(after start: Int, before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = start
        let limit = min(end, bytes.count, start + attributionTail)
        while k < limit, bytes[k] != UInt8(ascii: ",") {
            if bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: ".") { return nil }
            k += 1
        }
        guard k < limit else { return nil }
        let word = ActorResolver.wordAfter(bytes, k + 1, skippingFillers: false)
        return EventCueLexicon.participlesOfSaying.contains(WordHash.key(bytes, word.lowerBound, word.upperBound)) ? k : nil
    }

    /// Whether a word may close a sentence as its attribution: a verb of saying ("said",
    /// "told") or of announcing ("announced", "confirmed").
    static func isClosingVerb(_ key: UInt64) -> Bool {
        EventCueLexicon.attribution.contains(key) || EventCueLexicon.reporting.contains(key)
    }

    /// Most bytes after the verb of a closing attribution ("in a statement on Tuesday.").
    static let attributionTail = 64

    /// Whether `range` starts inside double quote marks opened within `clause`.
    static func isQuoted(_ range: TextRange, in clause: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = max(0, clause.start), end = min(range.start, bytes.count)
        guard start < end else { return false }
        return QuoteMarks.isOpen(after: UnsafeBufferPointer(rebasing: bytes[start..<end]), false)
    }

    /// A time's range widened over the preposition just before it, which would be left
    /// dangling once the time is cut ("served from 2015 to 2019" → "served").
    static func widenedOverPreposition(_ range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> TextRange {
        var start = range.start
        // "The previous week, he told …": the article goes with its time (not in "won the Nov. 8
        // election", where a noun follows the time).
        var next = min(range.end, bytes.count)
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        if next == bytes.count || !ByteClass.isLower(bytes[next]), let word = wordBefore(start, bytes),
           WordHash.key(bytes, word.lowerBound, word.upperBound) == EventCueLexicon.the {
            start = word.lowerBound
        }
        if let word = wordBefore(start, bytes), EventTitleLexicon.timePrepositions.contains(WordHash.key(bytes, word.lowerBound, word.upperBound)) {
            start = word.lowerBound
        }
        // "quit late on Saturday": the part of the day goes with its day.
        if let word = wordBefore(start, bytes), EventTitleLexicon.periodParts.contains(WordHash.key(bytes, word.lowerBound, word.upperBound)) {
            start = word.lowerBound
        }
        return TextRange(start: start, end: range.end)
    }

    /// Where the text after a wire dateline starts ("SEOUL, June 22 - The…", "LONDON (Wire) —
    /// The…"): capitals, then a dash within `datelineLength` bytes; else `start`.
    static func afterDateline(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let end = afterBracketedDateline(start, bytes) { return end }
        var i = start
        // Capitals, words of them ("NEW ORLEANS") and hyphenated names ("PORT-AU-PRINCE").
        while i < bytes.count, ByteClass.isUpper(bytes[i])
            || ((bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "-")) && i + 1 < bytes.count && ByteClass.isUpper(bytes[i + 1])) {
            i += 1
        }
        // The capitals end at a comma ("SEOUL, June 22 -"), a bracket ("LONDON (Wire) -") or the dash.
        guard i - start >= 2, i + 1 < bytes.count,
              bytes[i] == UInt8(ascii: ",") || (bytes[i] == 0x20 && [UInt8(ascii: "("), UInt8(ascii: "-"), 0xE2].contains(bytes[i + 1]))
        else { return start }
        let limit = min(bytes.count, start + datelineLength)
        while i < limit {
            switch bytes[i] {
            // A month's abbreviation before its day ("PARIS, Aug. 14 (Wire) -") is no sentence end.
            case UInt8(ascii: ".") where i + 2 < bytes.count && bytes[i + 1] == 0x20 && ByteClass.isDigit(bytes[i + 2]): i += 1
            // A state's short form before the dash ("SANTA ROSA, Calif. —").
            case UInt8(ascii: ".") where i + 2 < bytes.count && bytes[i + 1] == 0x20 && (bytes[i + 2] == UInt8(ascii: "-") || bytes[i + 2] == 0xE2)
                && SegmentationRules.isStateAfterPlace(bytes, Self.lettersStart(before: i, bytes), i, lineStart: start): i += 1
            case UInt8(ascii: "."), UInt8(ascii: "\""), 0x0A: return start
            case UInt8(ascii: "-") where bytes[i - 1] == 0x20:
                var after = i + 1
                while after < limit, bytes[after] == UInt8(ascii: "-") { after += 1 }
                guard after < bytes.count, bytes[after] == 0x20 else { return start }
                return after + 1
            case 0xE2 where bytes[i - 1] == 0x20 && i + 3 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94):
                return bytes[i + 3] == 0x20 ? i + 4 : start
            default: i += 1
            }
        }
        return start
    }

    /// Where the words after a clause's opening "since" start ("since Jo Roe met Al Poe", split
    /// off by `EventDetector.clauses`); else `start`.
    static func afterSince(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard start >= 0, start + 6 < bytes.count, bytes[start + 5] == 0x20,
              WordHash.key(bytes, start, start + 5) == EventCueLexicon.since else { return start }
        return start + 6
    }

    /// Where the letters just before `end` start (`end` when none stand there).
    private static func lettersStart(before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = end
        while i > 0, ByteClass.isLetter(bytes[i - 1]) { i -= 1 }
        return i
    }

    /// Where the text starts after a dateline without a dash, "Seoul (Wire) The…",
    /// "Hong Kong, China (Wire Business) The…": capitalised words (a comma between them
    /// allowed), a bracket of at most `datelineBracket` bytes, then a capital.
    static func afterBracketedDateline(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let limit = min(bytes.count, start + datelineLength)
        var i = start
        var words = 0
        while i < limit, ByteClass.isUpper(bytes[i]), words < 4 {
            while i < limit, ByteClass.isLetter(bytes[i]) || bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: ".") { i += 1 }
            words += 1
            if i < limit, bytes[i] == UInt8(ascii: ",") { i += 1 }
            guard i + 1 < limit, bytes[i] == 0x20 else { return nil }
            i += 1
        }
        guard words > 0, i < limit, bytes[i] == UInt8(ascii: "(") else { return nil }
        let open = i
        while i < limit, i - open <= datelineBracket, bytes[i] != UInt8(ascii: ")") {
            if bytes[i] == UInt8(ascii: ".") || bytes[i] == 0x0A { return nil }
            i += 1
        }
        guard i + 2 < bytes.count, i - open > 1, bytes[i] == UInt8(ascii: ")"), bytes[i + 1] == 0x20,
              ByteClass.isUpper(bytes[i + 2]) else { return nil }
        return i + 2
    }

    /// Most bytes of a dateline's bracketed newsroom.
    static let datelineBracket = 32

    /// Most bytes of a dateline and its dash.
    static let datelineLength = 48

    /// Whether "according to " or "according to the " comes just before byte `start`.
    static func followsAccordingTo(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func endsWith(_ text: StaticString, at end: Int) -> Bool {
            let length = text.utf8CodeUnitCount
            guard end >= length, end <= bytes.count else { return false }
            return (0..<length).allSatisfy { WordHash.lowered(bytes[end - length + $0]) == text.utf8Start[$0] }
        }
        return endsWith("according to ", at: start) || endsWith("according to the ", at: start)
    }

    /// Whether "in ", "of ", "at " or "from " comes just before byte `start`.
    static func followsPreposition(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let word = wordBefore(start, bytes) else { return false }
        return EventTitleLexicon.placePrepositions.contains(WordHash.key(bytes, word.lowerBound, word.upperBound))
    }

    /// The word of ASCII letters that ends one space before byte `end`, if any: a whole word,
    /// not the tail of a hyphenated or quoted one ("in" of "Park Ji-in" is no preposition).
    private static func wordBefore(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard end >= 2, end <= bytes.count, bytes[end - 1] == 0x20 else { return nil }
        var start = end - 1
        while start > 0, ByteClass.isLetter(bytes[start - 1]) { start -= 1 }
        if start > 0, bytes[start - 1] == UInt8(ascii: "-") || bytes[start - 1] == UInt8(ascii: "'") || bytes[start - 1] >= 0x80 {
            return nil
        }
        return start < end - 1 ? start..<(end - 1) : nil
    }

    /// Whether `range` is set off by commas: one just after it followed by the trigger at
    /// byte `trigger`, or one just before it (spaces apart) and one just after it followed by
    /// a lower-case word that opens no apposition ("X, the winner, said" and "X, 54, said"
    /// keep their commas for the apposition rule).
    static func isSetOffByCommas(_ range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>, before trigger: Int) -> Bool {
        guard range.end < bytes.count, bytes[range.end] == UInt8(ascii: ",") else { return false }
        var after = range.end + 1
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        // "…, written by Justice Jo Roe, said": the title opens at the name, and no comma parts it from its verb.
        if after == trigger { return true }
        var wordEnd = after
        while wordEnd < bytes.count, ByteClass.isLower(bytes[wordEnd]) { wordEnd += 1 }
        guard wordEnd > after, !EventTitleLexicon.appositionOpeners.contains(WordHash.key(bytes, after, wordEnd)) else { return false }
        var before = range.start - 1
        while before >= 0, bytes[before] == 0x20 { before -= 1 }
        return before >= 0 && bytes[before] == UInt8(ascii: ",")
    }

    /// Joins sorted time ranges separated only by "and", "or", "to", "through" or a dash, so
    /// cutting them cuts the joining word too.
    static func joinCoordinated(_ ranges: inout [TextRange], _ bytes: UnsafeBufferPointer<UInt8>) {
        guard ranges.count > 1 else { return }
        var kept = 0
        for k in 1..<ranges.count {
            if isJoiner(from: ranges[kept].end, to: ranges[k].start, bytes) {
                ranges[kept] = TextRange(start: ranges[kept].start, end: max(ranges[kept].end, ranges[k].end))
            } else {
                kept += 1
                ranges[kept] = ranges[k]
            }
        }
        ranges.removeLast(ranges.count - kept - 1)
    }

    /// Whether `bytes[from..<to]` is a joining word or dash between spaces ("and", "–").
    private static func isJoiner(from: Int, to: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard from <= to, to <= bytes.count else { return false }
        var start = from, end = to
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end else { return false }
        if end - start == 1 { return bytes[start] == UInt8(ascii: "-") }
        if end - start == 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0x93 { return true }
        return EventTitleLexicon.timeJoiners.contains(WordHash.key(bytes, start, end))
    }

    /// Whether `range` opens with "since" after "first" or a superlative ("the first since
    /// March", "the highest since 1982"): without it the title would say something else.
    static func boundsASuperlative(_ range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let since = EventTitleLexicon.sinceBytes
        guard range.start + since.count <= bytes.count,
              (0..<since.count).allSatisfy({ ByteClass.lower(bytes[range.start + $0]) == since[$0] }),
              let word = wordBefore(range.start, bytes), word.count >= 3 else { return false }
        if WordHash.key(bytes, word.lowerBound, word.upperBound) == EventTitleLexicon.first { return true }
        return ByteClass.lower(bytes[word.upperBound - 3]) == UInt8(ascii: "e") && ByteClass.lower(bytes[word.upperBound - 2]) == UInt8(ascii: "s")
            && ByteClass.lower(bytes[word.upperBound - 1]) == UInt8(ascii: "t")
    }

    /// Whether `range` is followed by "'s" or "’s" ("Sunday's election").
    static func ownsNoun(_ range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = range.end
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "'"), bytes[end + 1] | 0x20 == UInt8(ascii: "s") { return true }
        return end + 3 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99
            && bytes[end + 3] | 0x20 == UInt8(ascii: "s")
    }

    /// Bytes of a clause beyond its trigger that a title may use.
    static let rawLimit = 240

    /// Drops auxiliaries, adverbs, honorifics, an opening phrase or an apposition before the
    /// trigger, cuts at the first clause break after the trigger, trims to length.
    /// Works on UTF-8 bytes: titles are made for every event.
    static func clean(_ raw: String, trigger: String? = nil) -> String {
        clean(bytes: Array(raw.utf8), trigger: Array((trigger ?? "").utf8))
    }

    /// `clean` on bytes.
    static func clean(bytes: [UInt8], trigger: [UInt8]) -> String {
        var scratch = TitleScratch()
        scratch.text = bytes
        scratch.trigger = trigger
        return clean(scratch: &scratch)
    }

    /// `clean` on `scratch.text` with `scratch.trigger`, in the scratch's reused lists.
    /// Words are read only as far as the title needs them: up to the trigger for the rules
    /// that look before it, then until the title is cut or its visible part is settled.
    static func clean(scratch: inout TitleScratch) -> String {
        let bytes = scratch.text
        // Taken out of the scratch (not copied) so that they stay uniquely held.
        var kept: [Range<Int>] = [], out: [UInt8] = []
        swap(&kept, &scratch.kept)
        swap(&out, &scratch.out)
        kept.removeAll(keepingCapacity: true)
        out.removeAll(keepingCapacity: true)
        defer {
            // Hand the buffers back for the next title.
            scratch.kept = kept
            scratch.out = out
        }
        func hasComma(_ word: Range<Int>) -> Bool { bytes[word.upperBound - 1] == UInt8(ascii: ",") }
        func key(_ word: Range<Int>) -> UInt64 {
            var hash = WordHash.offset
            for k in word.lowerBound..<(hasComma(word) ? word.upperBound - 1 : word.upperBound) {
                hash = (hash ^ UInt64(WordHash.lowered(bytes[k]))) &* WordHash.prime
            }
            return hash
        }
        let trigger = scratch.trigger
        func isTrigger(_ word: Range<Int>) -> Bool {
            guard !trigger.isEmpty, word.count >= trigger.count else { return false }
            for k in 0..<trigger.count where WordHash.lowered(bytes[word.lowerBound + k]) != WordHash.lowered(trigger[k]) { return false }
            return true
        }
        let dropped = EventTitleLexicon.dropped, honorifics = EventTitleLexicon.honorifics
        let auxiliaries = EventTitleLexicon.auxiliaries
        var passedTrigger = false
        var i = 0
        /// Appends the next word worth keeping to `kept`; false when the text is used up.
        func keepNext() -> Bool {
            while true {
                while i < bytes.count && isSpace(bytes[i]) { i += 1 }
                guard i < bytes.count else { return false }
                let start = i
                while i < bytes.count && !isSpace(bytes[i]) { i += 1 }
                let word = start..<i
                let wordKey = key(word)
                if isTrigger(word) { passedTrigger = true }
                if dropped.contains(wordKey) { continue }
                // Punctuation left behind by a cut time expression ("met on 7 Oct. in …").
                if bytes[word].allSatisfy({ $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) { continue }
                var next = i
                while next < bytes.count && isSpace(bytes[next]) { next += 1 }
                let more = next < bytes.count
                if more && !hasComma(word) && honorifics.contains(wordKey) { continue }
                // "has said" → "said", but "the largest he had seen" keeps its "had".
                if more && !passedTrigger && !hasComma(word) && auxiliaries.contains(wordKey) { continue }
                kept.append(word)
                return true
            }
        }
        var found: Int?
        while found == nil, keepNext() {
            if let last = kept.last, isTrigger(last) { found = kept.count - 1 }
        }
        var triggerIndex = found ?? 0
        // "X, 61, said" or "X, 61, who …, said": an age between commas goes first.
        var age = 1
        while age < triggerIndex {
            let word = kept[age]
            if hasComma(kept[age - 1]), hasComma(word), word.count >= 2, word.count <= 4,
               bytes[word.lowerBound..<(word.upperBound - 1)].allSatisfy(ByteClass.isDigit) {
                kept.remove(at: age)
                triggerIndex -= 1
                // "X, 61, was arrested" → "X was arrested"; "X, 61, who …," keeps the comma of its aside.
                if !EventTitleLexicon.appositionOpeners.contains(key(kept[age])) {
                    kept[age - 1] = kept[age - 1].lowerBound..<(kept[age - 1].upperBound - 1)
                }
            } else {
                age += 1
            }
        }
        // The last three words with a comma before the trigger (all the rules below look at).
        var commas: (last: Int?, second: Int?, third: Int?) = (nil, nil, nil)
        for n in 0..<triggerIndex where hasComma(kept[n]) { commas = (n, commas.last, commas.second) }
        // An apposition opened by an article, a relative word or any lower-case word (a role:
        // "vice president of medical and scientific relations at the …") may run longer ("X,
        // a businessman who has been arrested more than a dozen times since entering politics, won …").
        if let close = commas.last, let open = commas.second, open <= 4,
           close - open <= 9 || (close - open <= longAppositionWords
               && (EventTitleLexicon.appositionOpeners.contains(key(kept[open + 1])) || ByteClass.isLower(bytes[kept[open + 1].lowerBound]))) {
            // "X, a retired commander, said …" → "X said …" (a short apposition after the subject).
            kept[open] = kept[open].lowerBound..<(kept[open].upperBound - 1)
            kept.removeSubrange((open + 1)...close)
            triggerIndex -= close - open
            commas = (commas.third, nil, nil)
        }
        if let last = commas.last, let first = kept.first, EventTitleLexicon.openers.contains(key(first)) {
            // "In Geneva, X met …" → "X met …".
            kept.removeSubrange(0...last)
            triggerIndex -= last + 1
        }
        // Cut at the first clause break after the trigger once the title says enough; not
        // inside a quote, whose marks would be left open ('said "Without a rise').
        var n = 0
        var quoted = false
        while n < kept.count || keepNext() {
            let word = kept[n]
            defer { n += 1 }
            let isDash = word.count <= 3 && (bytes[word.lowerBound] == 0xE2 || bytes[word.lowerBound] == UInt8(ascii: ","))
            if isDash {
                if n > triggerIndex && out.count >= 25 && !quoted { break }
                continue
            }
            if !out.isEmpty { out.append(UInt8(ascii: " ")) }
            out.append(contentsOf: bytes[word])
            quoted = QuoteMarks.isOpen(after: bytes[word], quoted)
            if n >= triggerIndex, !quoted, hasComma(word) || bytes[word.upperBound - 1] == UInt8(ascii: ";"), out.count >= 25 { break }
            if isSettled(out) { break }
        }
        while let last = out.last, isTrimmed(last) { out.removeLast() }
        if let first = out.first, first >= 0x61 && first <= 0x7A { out[0] = first - 0x20 }
        if out.count > maxLength, let cut = truncateASCII(out) { return cut }
        return truncate(String(decoding: out, as: UTF8.self))
    }

    /// Most words of an apposition that opens with an article, a relative word or a lower-case word.
    static let longAppositionWords = 18

    /// Whether the truncated title can no longer change as words are added: its first
    /// `maxLength + 2` bytes are ASCII without carriage returns (one character each, so both
    /// truncation paths cut them alike) and a byte after them survives the trailing trim.
    private static func isSettled(_ out: [UInt8]) -> Bool {
        let head = maxLength + 2
        guard out.count > head else { return false }
        for k in 0..<head where out[k] >= 0x80 || out[k] == 0x0D { return false }
        return out[(head - 1)...].contains { !isTrimmed($0) }
    }

    /// Bytes trimmed from a title's end: . , ; : and space.
    @inline(__always) private static func isTrimmed(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x20
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// `truncate` on bytes for ASCII text without carriage returns, where every byte is one
    /// character; nil for other text.
    private static func truncateASCII(_ bytes: [UInt8]) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        guard bytes.count > maxLength else { return String(decoding: bytes, as: UTF8.self) }
        var end = maxLength - 1
        if let space = bytes[..<end].lastIndex(of: 0x20), space > maxLength / 2 { end = space }
        while end > 0, bytes[end - 1] == 0x2C || bytes[end - 1] == 0x3B || bytes[end - 1] == 0x3A || bytes[end - 1] == 0x20 {
            end -= 1
        }
        return String(decoding: bytes[..<end], as: UTF8.self) + "…"
    }

    /// At most `maxLength` characters, cut at a word boundary with "…".
    static func truncate(_ text: String) -> String {
        // A character takes at least one byte: short byte counts need no character count.
        if text.utf8.count <= maxLength { return text }
        if let cut = truncateASCII(Array(text.utf8)) { return cut }
        guard text.count > maxLength else { return text }
        var cut = String(text.prefix(maxLength - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > maxLength / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;: ".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}

/// Words titles leave out, hashed lower case.
enum EventTitleLexicon {
    private static func set(_ words: String) -> HashedWordSet { HashedWordSet(words: words) }

    /// Honorifics before a surname.
    /// Not "Sir" or "Dame": a given name follows them ("Sir Keir", not a surname to show alone).
    static let honorifics = set("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr.")
    /// "the first since March": kept with its time in titles.
    static let first = WordHash.key("first")
    /// "since " as bytes, the opening `EventTitler.boundsASuperlative` looks for.
    static let sinceBytes = Array("since ".utf8)
    /// Words joining two times ("in June and July").
    static let timeJoiners = set("and or to through")
    /// Auxiliaries before a participle ("has said" → "said").
    static let auxiliaries = set("has have had been")
    /// First words of an opening phrase a title can lose ("In Geneva, …", "Before the vote, …").
    static let openers = set("in on at before after during since last this earlier later previously meanwhile separately however instead then when while following according speaking addressing writing responding answering commenting reacting asked")
    /// Prepositions a cut time takes with it ("from 2015 to 2019", "between May and June").
    static let timePrepositions = set("from to since until till in by between and through for during within over")
    /// Parts of a period that a cut time leaves dangling ("late on Saturday").
    static let periodParts = set("late early")
    /// Prepositions that make a name after them part of a longer subject ("Police in X").
    static let placePrepositions = set("in of at from")
    /// First words of an apposition after a name ("X, the winner, said").
    static let appositionOpeners = set("the a an who which whose his her its their one both former")
    /// Adverbs that add nothing to a title.
    static let dropped = set("previously earlier recently also just reportedly eventually instead later")
}

/// Lists a titler reuses from one title to the next, so titles cost no allocations but their own.
struct TitleScratch: Sendable {
    /// Mentions that may be the subject, in text order.
    var candidates: [Int] = []
    /// Ranges cut from or replaced in the clause.
    var cut: [TextRange] = []
    /// The clause with cuts made.
    var text: [UInt8] = []
    /// The trigger word's bytes.
    var trigger: [UInt8] = []
    /// The words kept.
    var kept: [Range<Int>] = []
    /// The title's bytes.
    var out: [UInt8] = []
}
