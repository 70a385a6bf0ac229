import StorylineModel

/// A small hand-made story for browser and rendering tests: two articles (one undated),
/// curly quotes, an accented name, a CJK word, an emoji, an escape sequence, furniture,
/// a phrase, a quote-wording difference, and events at several date precisions.
public enum StoryFixture {
    /// Lines of the first article (dated): one sentence a line; "Advertisement" is furniture.
    static let harbourLines = [
        "Mayor opens new bridge",
        "Advertisement",
        "Mayor Zoë Álvarez opened the Tallow Bridge on Tuesday, calling it “a bridge for everyone”.",
        "The council had approved the project in January after a long debate about money and river traffic.",
        "Critics from the 東京 delegation said the cost was “far too high for a small town”.",
        "Residents celebrated with music 🎉 and a parade along the river.",
        "Álvarez said the next project would be a “people’s library”.",
        "A stray escape sequence \u{1B}[31m appeared in the feed.",
    ]

    /// Lines of the second article (undated blog).
    static let postLines = [
        "Bridge opens to fanfare",
        "Zoë Álvarez, the mayor, opened the bridge this week and called it “a bridge for everyone”.",
        "Opposition councillors said the cost was “much too high for a small town”.",
        "The council approved the plan earlier this year.",
    ]

    /// The actors, by id.
    public static let actorNames = ["Zoë Álvarez", "Town Council", "東京 Delegation", "Residents"]

    /// The story.
    public static var story: Story {
        let (harbour, harbourSentences, harbourFurniture) = article(harbourLines, document: 0, furnitureLine: 1)
        let (post, postSentences, _) = article(postLines, document: 1, furnitureLine: nil)
        let documents = [
            Document(id: "harbour", path: "harbour.txt", title: "Mayor opens new bridge", outlet: "Harbour Daily",
                     published: CalendarDay(year: 2024, month: 3, day: 14), publishedSource: .storyFile, text: harbour),
            Document(id: "post", path: "post.txt", title: "Bridge opens to fanfare", outlet: "River Post", text: post),
        ]
        let sentences = [harbourSentences, postSentences]
        let actors = [
            Actor(id: 0, name: actorNames[0], kind: .person, aliases: ["Álvarez", "the mayor"]),
            Actor(id: 1, name: actorNames[1], kind: .organisation, aliases: ["the council"]),
            Actor(id: 2, name: actorNames[2], kind: .organisation),
            Actor(id: 3, name: actorNames[3], kind: .organisation),
        ]
        var quotes: [Quote] = []
        func quote(_ document: Int, _ sentence: Int, speaker: Int?) {
            let text = document == 0 ? harbour : post
            let range = sentences[document][sentence].range
            guard let span = quotedSpan(in: text, range: range) else { return }
            let words = Document(id: "", path: "", text: text).text(in: span)
            let kind: QuoteKind = words.split(separator: " ").count < 3 ? .phrase : .quote
            quotes.append(Quote(id: quotes.count, text: words, kind: kind, speaker: speaker, document: document,
                                sentence: sentence, range: span, cue: "said"))
        }
        quote(0, 1, speaker: 0)  // q0 "a bridge for everyone"
        quote(0, 3, speaker: 2)  // q1 "far too high…"
        quote(0, 5, speaker: 0)  // q2 phrase "people's library"
        quote(1, 1, speaker: 0)  // q3
        quote(1, 2, speaker: nil)  // q4 "much too high…", unattributed
        let day = CalendarDay(year: 2024, month: 3, day: 12) ?? CalendarDay(daysSinceEpoch: 0)
        let january = DayInterval(earliest: CalendarDay(year: 2024, month: 1, day: 1), latest: CalendarDay(year: 2024, month: 1, day: 31))
        let events = [
            Event(id: "e-council", title: "Council approves the bridge project", kind: .agreement,
                  date: EventDate(value: "2024-01", interval: january, precision: .month, derivation: "stated: in January"),
                  actors: [EventActor(actor: 1, role: .agent)],
                  evidence: [SentenceRef(document: 0, sentence: 2), SentenceRef(document: 1, sentence: 3)],
                  quotes: [], triggers: ["approved"]),
            Event(id: "e-opening", title: "Mayor opens the Tallow Bridge", kind: .visit,
                  date: EventDate(value: "2024-03-12", interval: DayInterval(day: day), precision: .day, derivation: "on Tuesday"),
                  actors: [EventActor(actor: 0, role: .agent)],
                  evidence: [SentenceRef(document: 0, sentence: 1), SentenceRef(document: 1, sentence: 1)],
                  quotes: [0, 3], triggers: ["opened"]),
            Event(id: "e-critics", title: "Critics from the 東京 delegation say the bridge cost is far too high for a small town",
                  kind: .criticism,
                  date: EventDate(value: "2024-03-12", interval: DayInterval(day: day), precision: .day, derivation: "same week"),
                  actors: [EventActor(actor: 2, role: .agent), EventActor(actor: 0, role: .target)],
                  evidence: [SentenceRef(document: 0, sentence: 3), SentenceRef(document: 1, sentence: 2)],
                  quotes: [1, 4], triggers: ["said"]),
            Event(id: "e-parade", title: "Residents celebrate 🎉 with a parade", kind: .parade,
                  date: EventDate(value: "2024-W11", interval: DayInterval(day: day), precision: .week, derivation: "this week"),
                  actors: [EventActor(actor: 3, role: .agent)],
                  evidence: [SentenceRef(document: 0, sentence: 4)], quotes: [], triggers: ["parade"]),
            Event(id: "e-library", title: "Álvarez promises a library", kind: .statement, date: .undated,
                  actors: [EventActor(actor: 0, role: .agent)],
                  evidence: [SentenceRef(document: 0, sentence: 5)], quotes: [2], triggers: ["said"]),
            Event(id: "e-escape", title: "Feed shows \u{1B}[31m code", kind: .other, date: .undated,
                  actors: [], evidence: [SentenceRef(document: 0, sentence: 6)], quotes: [], triggers: []),
        ]
        let difference = Difference(kind: .quoteWording, a: SentenceRef(document: 0, sentence: 3),
                                    b: SentenceRef(document: 1, sentence: 2), aText: "far too high", bText: "much too high",
                                    event: "e-critics")
        let alignments = [
            SentenceAlignment(a: SentenceRef(document: 0, sentence: 1), b: SentenceRef(document: 1, sentence: 1), score: 0.8),
            SentenceAlignment(a: SentenceRef(document: 0, sentence: 3), b: SentenceRef(document: 1, sentence: 2), score: 0.7),
        ]
        return Story(name: "Tallow Bridge", documents: documents, sentences: sentences, furniture: harbourFurniture,
                     actors: actors, quotes: quotes, events: events, alignments: alignments, differences: [difference])
    }

    /// A generated story with `count` events over one long article, for paging and size tests.
    public static func large(events count: Int) -> Story {
        var lines: [String] = []
        for i in 0..<count {
            lines.append("Item \(i) happened when the committee number \(i % 7) met to talk about the bridge.")
        }
        let (text, sentences, _) = article(lines, document: 0, furnitureLine: nil)
        let actors = (0..<7).map { Actor(id: $0, name: "Committee \($0)", kind: .organisation) }
        let events = (0..<count).map { i in
            Event(id: "e\(i)", title: "Event number \(i)", kind: .meeting, date: .undated,
                  actors: [EventActor(actor: i % 7, role: .agent)], evidence: [SentenceRef(document: 0, sentence: i)],
                  quotes: [], triggers: ["met"])
        }
        let document = Document(id: "long", path: "long.txt", title: "A long article", outlet: "Gazette", text: text)
        return Story(name: "Generated", documents: [document], sentences: [sentences], actors: actors, events: events)
    }

    /// Joins `lines` with line feeds; every line but the furniture one is one sentence.
    static func article(_ lines: [String], document: Int, furnitureLine: Int?) -> (String, [Sentence], [Furniture]) {
        var text = ""
        var sentences: [Sentence] = []
        var furniture: [Furniture] = []
        for (number, line) in lines.enumerated() {
            if !text.isEmpty { text += "\n" }
            let start = text.utf8.count
            text += line
            let range = TextRange(start: start, end: text.utf8.count)
            if number == furnitureLine {
                furniture.append(Furniture(document: document, range: range))
            } else {
                sentences.append(Sentence(document: document, index: sentences.count, paragraph: number, range: range,
                                          kind: number == 0 ? .headline : .body))
            }
        }
        return (text, sentences, furniture)
    }

    /// The bytes between the first “ and the next ” inside `range`.
    static func quotedSpan(in text: String, range: TextRange) -> TextRange? {
        let bytes = Array(text.utf8)
        let open: [UInt8] = Array("\u{201C}".utf8)
        let close: [UInt8] = Array("\u{201D}".utf8)
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            var offset = start
            while offset + needle.count <= range.end {
                if Array(bytes[offset..<(offset + needle.count)]) == needle { return offset }
                offset += 1
            }
            return nil
        }
        guard let opening = find(open, from: range.start), let closing = find(close, from: opening + open.count) else { return nil }
        return TextRange(start: opening + open.count, end: closing)
    }
}
