import StorylineExtraction
import StorylineModel

/// Builds small hand-made stories for event tests: one sentence per line, actor mentions
/// found by name, times and quotes given by the test.
struct EventFixture {
    /// A time expression to place wherever its words occur.
    struct TimeSpec {
        var text: String
        var value: String
        var precision: TimePrecision
        var interval: DayInterval
        var relation: TimeRelation = .on
    }

    /// An article: id, publication date, sentences (one a line), headline line indices.
    struct Article {
        var id: String
        var published: CalendarDay?
        var sentences: [String]
        var headlines: Set<Int> = []
    }

    var actors: [(name: String, kind: ActorKind, aliases: [String])] = []
    var articles: [Article] = []
    var times: [TimeSpec] = []
    /// Speaker name per quoted text.
    var speakers: [String: String] = [:]

    /// The story, with sentences, mentions, times and quotes filled in (no events yet).
    func story() -> Story {
        var story = Story(name: "fixture")
        story.actors = actors.enumerated().map { Actor(id: $0.offset, name: $0.element.name, kind: $0.element.kind, aliases: $0.element.aliases) }
        for (d, article) in articles.enumerated() {
            let text = article.sentences.joined(separator: "\n")
            story.documents.append(Document(
                id: article.id, path: article.id + ".txt", published: article.published,
                publishedSource: article.published == nil ? .unknown : .frontMatter, text: text))
            var sentences: [Sentence] = []
            var offset = 0
            for (i, line) in article.sentences.enumerated() {
                let range = TextRange(start: offset, end: offset + line.utf8.count)
                sentences.append(Sentence(document: d, index: i, paragraph: i, range: range, kind: article.headlines.contains(i) ? .headline : .body))
                addMentions(line, base: offset, document: d, sentence: i, to: &story)
                addTimes(line, base: offset, document: d, sentence: i, to: &story)
                addQuotes(line, base: offset, document: d, sentence: i, to: &story)
                offset += line.utf8.count + 1
            }
            story.sentences.append(sentences)
        }
        return story
    }

    private func addMentions(_ line: String, base: Int, document: Int, sentence: Int, to story: inout Story) {
        var names: [(String, Int)] = []
        for (id, actor) in actors.enumerated() {
            names.append((actor.name, id))
            for alias in actor.aliases { names.append((alias, id)) }
        }
        names.sort { $0.0.utf8.count > $1.0.utf8.count }
        var taken: [TextRange] = []
        for (name, id) in names {
            for start in Self.occurrences(of: name, in: line) {
                let range = TextRange(start: base + start, end: base + start + name.utf8.count)
                guard !taken.contains(where: { $0.overlaps(range) }) else { continue }
                taken.append(range)
                story.mentions.append(Mention(actor: id, document: document, sentence: sentence, range: range))
            }
        }
        story.mentions.sort { ($0.document, $0.sentence, $0.range) < ($1.document, $1.sentence, $1.range) }
    }

    private func addTimes(_ line: String, base: Int, document: Int, sentence: Int, to story: inout Story) {
        for spec in times {
            for start in Self.occurrences(of: spec.text, in: line) {
                story.times.append(TimeExpression(
                    value: spec.value, precision: spec.precision, interval: spec.interval,
                    relation: spec.relation, document: document, sentence: sentence,
                    range: TextRange(start: base + start, end: base + start + spec.text.utf8.count)))
            }
        }
    }

    private func addQuotes(_ line: String, base: Int, document: Int, sentence: Int, to story: inout Story) {
        let bytes = Array(line.utf8)
        var open: Int?
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") {
            if let start = open {
                let text = String(decoding: bytes[(start + 1)..<i], as: UTF8.self)
                let speaker = speakers[text].flatMap { name in actors.firstIndex { $0.name == name } }
                story.quotes.append(Quote(
                    id: story.quotes.count, text: text, kind: text.split(separator: " ").count < 3 ? .phrase : .quote,
                    speaker: speaker, document: document, sentence: sentence,
                    range: TextRange(start: base + start + 1, end: base + i)))
                open = nil
            } else {
                open = i
            }
        }
    }

    /// Byte offsets where `needle` occurs in `haystack`.
    static func occurrences(of needle: String, in haystack: String) -> [Int] {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return [] }
        return (0...(h.count - n.count)).filter { Array(h[$0..<($0 + n.count)]) == n }
    }

    /// The story built from one article, `a.txt`, with no date given (neither front matter
    /// nor story file): what the text itself says about its date is all there is.
    static func story(ofUndatedArticle text: String, id: String = "a") -> Story {
        StoryBuilder().build(LoadedCorpus(documents: [Document(id: id, path: "\(id).txt", text: text)]))
    }

    /// Whether the one article of `story` took `day` from its own text as its publication date
    /// and a time of it, read against that day, has `timeValue`.
    static func isDatedByItsText(_ story: Story, on day: CalendarDay, timeValue: String) -> Bool {
        guard let document = story.documents.first else { return false }
        return document.published == day && document.publishedSource == .articleText && story.times.contains { $0.value == timeValue }
    }

    /// The story built from one article, `a.txt`, published on `published`.
    static func story(ofArticle text: String, published: CalendarDay) -> Story {
        StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: published, publishedSource: .frontMatter, text: text),
        ]))
    }

    /// A day.
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay {
        CalendarDay(year: y, month: m, day: d) ?? CalendarDay(daysSinceEpoch: 0)
    }

    /// The interval of a whole month.
    static func month(_ y: Int, _ m: Int) -> DayInterval {
        let first = day(y, m, 1)
        return DayInterval(earliest: first, latest: first.lastDayOfMonth)
    }
}

extension Story {
    /// Texts of an event's evidence sentences.
    func evidenceTexts(_ event: Event) -> [String] { event.evidence.map { text(of: $0) } }
}
