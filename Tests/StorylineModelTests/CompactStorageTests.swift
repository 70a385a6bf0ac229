import Foundation
import Testing
import StorylineModel

/// The model's 32-bit storage keeps the public `Int` interface and the JSON shape.
@Suite("Compact storage")
struct CompactStorageTests {
    @Test("Sentences, mentions, references and ranges take half the memory of Int fields")
    func layoutSizes() {
        #expect(MemoryLayout<TextRange>.stride == 8)
        #expect(MemoryLayout<SentenceRef>.stride == 8)
        #expect(MemoryLayout<Sentence>.stride <= 24)
        #expect(MemoryLayout<Mention>.stride <= 24)
        #expect(MemoryLayout<CalendarDay>.stride <= 8)
        #expect(MemoryLayout<DayInterval>.stride <= 16)
    }

    @Test("Accessors read and write whole Int values, and clamp what 32 bits cannot hold")
    func accessors() {
        var range = TextRange(start: 10, end: 4)
        #expect(range.start == 10 && range.end == 10)
        range.end += 25
        #expect(range.count == 25)
        range.start = Int.max
        #expect(range.start == Int(Int32.max))

        var sentence = Sentence(document: 3, index: 7, paragraph: 2, range: TextRange(start: 5, end: 9))
        sentence.index += 1
        #expect(sentence.ref == SentenceRef(document: 3, sentence: 8))
        #expect(SentenceRef(document: 1, sentence: 9) < SentenceRef(document: 2, sentence: 0))

        var quote = Quote(id: 4, text: "a b c", kind: .quote, speaker: nil, document: 0, sentence: 1, range: TextRange(start: 0, end: 5))
        #expect(quote.speaker == nil)
        quote.speaker = 12
        #expect(quote.speaker == 12)
    }

    @Test("Days keep their order and arithmetic")
    func days() throws {
        let day = try #require(CalendarDay(year: 2019, month: 12, day: 31))
        #expect(day.adding(days: 1).iso == "2020-01-01")
        #expect(day < day.adding(days: 1))
        #expect(CalendarDay(year: 1999, month: 12, day: 31).map { $0 < day } == true)
        #expect(CalendarDay(year: 2019, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: Int(Int32.max) + 1, month: 1, day: 1) == nil)
    }

    @Test("JSON keys and values are those of the plain Int fields")
    func codableShape() throws {
        let mention = Mention(actor: 2, document: 1, sentence: 5, range: TextRange(start: 3, end: 8), form: .title)
        let data = try JSONEncoder().encode(mention)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["actor"] as? Int == 2)
        #expect(object["sentence"] as? Int == 5)
        #expect((object["range"] as? [String: Any])?["end"] as? Int == 8)
        #expect(try JSONDecoder().decode(Mention.self, from: data) == mention)

        let time = TimeExpression(
            value: "2019-W10", precision: .week,
            interval: DayInterval(earliest: CalendarDay(year: 2019, month: 3, day: 4), latest: CalendarDay(year: 2019, month: 3, day: 10)),
            document: 0, sentence: 2, range: TextRange(start: 1, end: 10))
        #expect(try JSONDecoder().decode(TimeExpression.self, from: JSONEncoder().encode(time)) == time)

        let quote = Quote(id: 1, text: "we will", kind: .phrase, speaker: 3, document: 2, sentence: 0, range: TextRange(start: 4, end: 11), cue: "said")
        #expect(try JSONDecoder().decode(Quote.self, from: JSONEncoder().encode(quote)) == quote)
        let sentence = Sentence(document: 1, index: 2, paragraph: 0, range: TextRange(start: 0, end: 3), kind: .headline)
        #expect(try JSONDecoder().decode(Sentence.self, from: JSONEncoder().encode(sentence)) == sentence)
    }
}

/// Event actors keep their interface in half the memory.
@Suite("Compact event actors")
struct CompactEventActorTests {
    @Test("An event actor is 8 bytes and round-trips through JSON with the same keys")
    func eventActor() throws {
        #expect(MemoryLayout<EventActor>.stride == 8)
        var actor = EventActor(actor: 41, role: .target)
        actor.actor += 1
        #expect(actor.actor == 42)
        let data = try JSONEncoder().encode(actor)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["actor"] as? Int == 42 && object["role"] as? String == "target")
        #expect(try JSONDecoder().decode(EventActor.self, from: data) == actor)
    }
}

/// Precision ranks follow the declaration order, finest first.
@Suite("Time precision order")
struct TimePrecisionOrderTests {
    @Test("Each precision's rank is its place in allCases")
    func ranks() {
        for (index, precision) in TimePrecision.allCases.enumerated() {
            #expect(precision.rank == index)
        }
        #expect(TimePrecision.day < .month && TimePrecision.decade < .unknown)
    }
}
