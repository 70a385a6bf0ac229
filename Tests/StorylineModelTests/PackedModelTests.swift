import Foundation
import Testing
import StorylineModel

/// The packed layouts of the model keep every field's value and the JSON keys and values.
@Suite("Packed model layouts")
struct PackedModelTests {
    /// `value` as JSON with sorted keys (the encoder's own key order is not fixed).
    func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("Sentences and mentions take 20 bytes, times 48 (their words read from the document), quotes 72 (their words a slice), intervals 12, events 56 (their lists and strings in a shared payload, the id packed)")
    func layoutSizes() {
        #expect(MemoryLayout<TaggedIndex>.stride == 4)
        #expect(MemoryLayout<Sentence>.stride == 20)
        #expect(MemoryLayout<Mention>.stride == 20)
        #expect(MemoryLayout<DayInterval>.stride == 12)
        #expect(MemoryLayout<TimeExpression>.stride == 48)
        #expect(MemoryLayout<Quote>.stride == 72)
        #expect(MemoryLayout<EventDate>.stride == 48)
        #expect(MemoryLayout<Event>.stride == 56)
    }

    @Test("A tagged index keeps index and tag apart, sign included, and clamps beyond 30 bits")
    func taggedIndex() {
        for index in [0, 1, -1, 42, -42, (1 << 29) - 1, -(1 << 29)] {
            for tag in UInt8(0)...3 {
                let value = TaggedIndex(index: index, tag: tag)
                #expect(value.index == index && value.tag == tag)
            }
        }
        var value = TaggedIndex(index: 7, tag: 3)
        value.index = Int.max
        #expect(value.index == (1 << 29) - 1 && value.tag == 3)
        value.index = Int.min
        #expect(value.index == -(1 << 29) && value.tag == 3)
        value.tag = 1
        #expect(value.index == -(1 << 29) && value.tag == 1)
        #expect(TaggedIndex(index: 5, tag: 2) == TaggedIndex(index: 5, tag: 2))
        #expect(TaggedIndex(index: 5, tag: 2) != TaggedIndex(index: 5, tag: 1))
    }

    @Test("Every sentence kind and paragraph round-trips through the packed field and JSON")
    func sentences() throws {
        for kind in [SentenceKind.body, .headline, .bullet] {
            for paragraph in [0, 3, 1_000_000, -2] {
                var sentence = Sentence(document: 9, index: 4, paragraph: paragraph, range: TextRange(start: 2, end: 8), kind: kind)
                #expect(sentence.paragraph == paragraph && sentence.kind == kind && sentence.document == 9 && sentence.index == 4)
                #expect(try JSONDecoder().decode(Sentence.self, from: JSONEncoder().encode(sentence)) == sentence)
                sentence.paragraph += 1
                #expect(sentence.paragraph == paragraph + 1 && sentence.kind == kind)
                sentence.kind = .headline
                #expect(sentence.paragraph == paragraph + 1 && sentence.kind == .headline)
            }
        }
        let text = try json(Sentence(document: 1, index: 2, paragraph: 3, range: TextRange(start: 4, end: 5), kind: .bullet))
        #expect(text == #"{"document":1,"index":2,"kind":"bullet","paragraph":3,"range":{"end":5,"start":4}}"#)
    }

    @Test("Every mention form and actor round-trips through the packed field and JSON")
    func mentions() throws {
        for form in [MentionForm.name, .title, .metonym, .pronoun] {
            for actor in [0, 102, 70_000, -1] {
                var mention = Mention(actor: actor, document: 2, sentence: 11, range: TextRange(start: 5, end: 9), form: form)
                #expect(mention.actor == actor && mention.form == form && mention.document == 2 && mention.sentence == 11)
                #expect(try JSONDecoder().decode(Mention.self, from: JSONEncoder().encode(mention)) == mention)
                mention.actor = 3
                mention.form = .pronoun
                #expect(mention.actor == 3 && mention.form == .pronoun && mention.range == TextRange(start: 5, end: 9))
            }
        }
        let text = try json(Mention(actor: 1, document: 2, sentence: 3, range: TextRange(start: 4, end: 5), form: .metonym))
        #expect(text == #"{"actor":1,"document":2,"form":"metonym","range":{"end":5,"start":4},"sentence":3}"#)
    }

    @Test("Intervals keep both ends, open or not, and extreme years")
    func intervals() throws {
        let days = [
            nil, CalendarDay(year: 2019, month: 1, day: 1), CalendarDay(year: 2020, month: 12, day: 31),
            CalendarDay(year: Int(Int32.max), month: 2, day: 28), CalendarDay(year: Int(Int32.min), month: 7, day: 15),
            CalendarDay(year: 0, month: 1, day: 1),
        ]
        for earliest in days {
            for latest in days {
                let interval = DayInterval(earliest: earliest, latest: latest)
                #expect(interval.earliest == earliest && interval.latest == latest)
                #expect(interval.isUnbounded == (earliest == nil && latest == nil))
                #expect(interval.sortKey == (earliest ?? latest))
                // JSON days are YYYY-MM-DD: only four-digit years round-trip.
                if [earliest, latest].allSatisfy({ $0.map { (1000...9999).contains($0.year) } ?? true }) {
                    #expect(try JSONDecoder().decode(DayInterval.self, from: JSONEncoder().encode(interval)) == interval)
                }
            }
        }
        var interval = DayInterval(day: try #require(CalendarDay(year: 2021, month: 3, day: 4)))
        interval.earliest = nil
        #expect(interval == DayInterval(earliest: nil, latest: CalendarDay(year: 2021, month: 3, day: 4)))
        #expect(try json(interval) == #"{"latest":"2021-03-04"}"#)
        #expect(try json(DayInterval(earliest: nil, latest: nil)) == "{}")
    }

    @Test("Intersections of packed intervals match the day arithmetic")
    func intersections() throws {
        let a = try #require(CalendarDay(year: 2021, month: 1, day: 10))
        let b = try #require(CalendarDay(year: 2021, month: 2, day: 5))
        let c = try #require(CalendarDay(year: 2021, month: 3, day: 1))
        #expect(DayInterval(earliest: a, latest: c).intersection(DayInterval(earliest: b, latest: nil)) == DayInterval(earliest: b, latest: c))
        #expect(DayInterval(earliest: nil, latest: a).intersection(DayInterval(earliest: b, latest: c)) == nil)
        #expect(DayInterval(earliest: nil, latest: nil).intersection(DayInterval(earliest: nil, latest: b)) == DayInterval(earliest: nil, latest: b))
    }

    @Test("A month set outside 1–12 is clamped into it, so a day is never read as an open end")
    func monthClamp() throws {
        var day = try #require(CalendarDay(year: 2021, month: 5, day: 9))
        day.month = 0
        #expect(day.month == 1)
        day.month = 40
        #expect(day.month == 12)
        #expect(DayInterval(day: day).earliest == day)
    }

    @Test("Reordered quotes, times and events keep their values and JSON")
    func reorderedFields() throws {
        let quote = Quote(id: 7, text: "we will not", kind: .quote, speaker: 3, document: 2, sentence: 5, range: TextRange(start: 10, end: 21), cue: "said")
        #expect(quote.id == 7 && quote.text == "we will not" && quote.kind == .quote && quote.speaker == 3)
        #expect(quote.document == 2 && quote.sentence == 5 && quote.range == TextRange(start: 10, end: 21) && quote.cue == "said")
        #expect(try JSONDecoder().decode(Quote.self, from: JSONEncoder().encode(quote)) == quote)
        let document = "He said \"we will not\" twice."
        let slice = Quote(id: 7, text: document.dropFirst(9).prefix(11), kind: .quote, speaker: 3, document: 2, sentence: 5, range: TextRange(start: 10, end: 21), cue: "said")
        #expect(slice == quote && slice.hashValue == quote.hashValue && slice.text == "we will not")
        var edited = slice
        edited.text += "!"
        #expect(edited.text == "we will not!" && slice.text == "we will not")
        for (id, kind, speaker) in [(0, QuoteKind.quote, nil), (1 << 28, .phrase, 0), (5, .phrase, Int(Int32.max)), (9, .quote, -3)] as [(Int, QuoteKind, Int?)] {
            var packed = Quote(id: id, text: "a", kind: kind, speaker: speaker, document: 1, sentence: 2, range: TextRange(start: 0, end: 1))
            #expect(packed.id == id && packed.kind == kind && packed.speaker == speaker)
            #expect(try JSONDecoder().decode(Quote.self, from: JSONEncoder().encode(packed)) == packed)
            packed.kind = kind == .quote ? .phrase : .quote
            packed.speaker = nil
            #expect(packed.id == id && packed.kind != kind && packed.speaker == nil)
            packed.speaker = Int(Int32.min)
            #expect(packed.speaker == Int(Int32.min) + 1)
        }
        #expect(try json(quote) == #"{"cue":"said","document":2,"id":7,"kind":"quote","range":{"end":21,"start":10},"sentence":5,"speaker":3,"text":"we will not"}"#)
        let silent = Quote(id: 0, text: "x", kind: .phrase, speaker: nil, document: 0, sentence: 0, range: TextRange(start: 0, end: 1))
        #expect(try json(silent) == #"{"document":0,"id":0,"kind":"phrase","range":{"end":1,"start":0},"sentence":0,"text":"x"}"#)

        let day = try #require(CalendarDay(year: 2019, month: 3, day: 14))
        let time = TimeExpression(
            value: "2019-03-14", precision: .day, interval: DayInterval(day: day),
            relation: .shortlyAfter, assumed: true, document: 4, sentence: 6, range: TextRange(start: 3, end: 14))
        #expect(time.value == "2019-03-14" && time.precision == .day && time.interval == DayInterval(day: day))
        #expect(time.relation == .shortlyAfter && time.assumed && time.document == 4 && time.sentence == 6 && time.range == TextRange(start: 3, end: 14))
        #expect(try JSONDecoder().decode(TimeExpression.self, from: JSONEncoder().encode(time)) == time)
        #expect(try json(time) == """
            {"assumed":true,"document":4,"interval":{"earliest":"2019-03-14","latest":"2019-03-14"},"precision":"day",\
            "range":{"end":14,"start":3},"relation":"shortly-after","sentence":6,"value":"2019-03-14"}
            """)

        let date = EventDate(value: "2019-03-14", interval: DayInterval(day: day), precision: .day, derivation: "stated", assumed: true)
        let event = Event(
            id: "e1", title: "A parade", kind: .parade, date: date, actors: [EventActor(actor: 2, role: .agent)],
            evidence: [SentenceRef(document: 1, sentence: 2)], quotes: [7], triggers: ["parade", "march"])
        #expect(event.id == "e1" && event.title == "A parade" && event.kind == .parade && event.date == date)
        #expect(event.actors == [EventActor(actor: 2, role: .agent)] && event.evidence == [SentenceRef(document: 1, sentence: 2)])
        #expect(event.quotes == [7] && event.triggers == ["parade", "march"])
        #expect(try JSONDecoder().decode(Event.self, from: JSONEncoder().encode(event)) == event)
        #expect(try json(event) == """
            {"actors":[{"actor":2,"role":"agent"}],"date":{"assumed":true,"derivation":"stated",\
            "interval":{"earliest":"2019-03-14","latest":"2019-03-14"},"precision":"day","value":"2019-03-14"},\
            "evidence":[{"document":1,"sentence":2}],"id":"e1","kind":"parade","quotes":[7],"title":"A parade","triggers":["parade","march"]}
            """)
    }
}

/// Trigger lists kept in an event's payload.
@Suite("Event triggers")
struct JoinedStringsTests {
    @Test("Every list round-trips, separators and escapes inside elements included")
    func roundTrip() {
        let lists: [[String]] = [
            [], [""], ["", ""], ["parade"], ["parade", "said", "talks"], ["a\u{1F}b", "\u{1E}", "\u{1E}\u{1F}", "\u{1F}"],
            ["Zürich", "e\u{301}", "\u{301}", "日本"], ["two words", "hyphen-ated"], [String(repeating: "long", count: 40)],
        ]
        func event(_ triggers: [String]) -> Event {
            Event(id: "e", title: "t", kind: .statement, date: .undated, actors: [], evidence: [], quotes: [], triggers: triggers)
        }
        for list in lists {
            let made = event(list)
            #expect(made.triggers == list)
            for other in lists {
                #expect((event(other) == made) == (other == list))
            }
        }
    }

    @Test("Events keep their triggers, and the JSON holds a plain array")
    func events() throws {
        var event = Event(
            id: "e", title: "t", kind: .statement, date: .undated, actors: [], evidence: [], quotes: [], triggers: ["said", "told"])
        #expect(event.triggers == ["said", "told"])
        event.triggers.append("warned")
        #expect(event.triggers == ["said", "told", "warned"])
        event.triggers = []
        #expect(event.triggers.isEmpty)
        event.triggers = ["a\u{1F}"]
        let data = try JSONEncoder().encode(event)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["triggers"] as? [String] == ["a\u{1F}"])
        #expect(try JSONDecoder().decode(Event.self, from: data) == event)
    }
}
