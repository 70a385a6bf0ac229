import Foundation
import Testing
@testable import StorylineModel

/// Events keep their variable-size fields in shared payload buffers: every field must come
/// back exactly as given, whichever way the event was made.
@Suite("Event payloads")
struct EventPayloadTests {
    /// Strings that stress the length prefix and the bytes: empty, non-ASCII, separators,
    /// and lengths around the varint's byte boundaries.
    static let strings = [
        "", "a", "no time expression", "Zürich – 東京 🎉", "e\u{301}", "\u{1F}\u{1E}\u{0}",
        String(repeating: "x", count: 127), String(repeating: "y", count: 128), String(repeating: "ü", count: 9000),
    ]

    /// Ids that stress zigzag and varint coding.
    static let numbers = [0, 1, -1, 63, 64, -64, -65, 127, 128, 16_383, 16_384, Int(Int32.max), Int(Int32.min)]

    /// A date with `derivation`.
    static func date(_ derivation: String, value: String? = "2019-03") -> EventDate {
        EventDate(
            value: value, interval: DayInterval(earliest: CalendarDay(year: 2019, month: 3, day: 1), latest: nil),
            precision: .month, derivation: derivation, assumed: true)
    }

    /// Every field of `event` equals the given values.
    static func check(
        _ event: Event, id: String, title: String, kind: EventKind, date: EventDate, actors: [EventActor],
        evidence: [SentenceRef], quotes: [Int], triggers: [String]
    ) {
        #expect(event.id == id && event.kind == kind)
        #expect(event.title.utf8.elementsEqual(title.utf8))
        #expect(event.date == date && event.date.derivation.utf8.elementsEqual(date.derivation.utf8))
        #expect(event.date.value == date.value && event.date.interval == date.interval)
        #expect(event.date.precision == date.precision && event.date.assumed == date.assumed)
        // The cheap read gives the same date with no derivation, and the same label.
        var plain = date
        plain.derivation = ""
        #expect(event.dateWithoutDerivation == plain && event.dateWithoutDerivation.label == date.label)
        #expect(event.actors == actors && event.evidence == evidence && event.quotes == quotes)
        #expect(event.triggers.count == triggers.count && zip(event.triggers, triggers).allSatisfy { $0.utf8.elementsEqual($1.utf8) })
    }

    @Test("Every field round-trips, edge strings and numbers included, standalone and through a shared writer")
    func roundTrip() {
        let roles: [ActorRole] = [.agent, .target, .participant]
        let actors = Self.numbers.enumerated().map { EventActor(actor: $1, role: roles[$0 % 3]) }
        let evidence = zip(Self.numbers, Self.numbers.reversed()).map { SentenceRef(document: $0, sentence: $1) }
        let quotes = Self.numbers + [Int.max, Int.min]
        var shared = EventWriter(chunkCapacity: 1 << 16)
        var tiny = EventWriter(chunkCapacity: 8)
        var made: [(Event, String, String, [String])] = []
        for (n, string) in Self.strings.enumerated() {
            let other = Self.strings[(n + 3) % Self.strings.count]
            let triggers = n % 2 == 0 ? [string, other, ""] : []
            let lists = (actors: Array(actors.prefix(n)), evidence: Array(evidence.suffix(n)), quotes: Array(quotes.prefix(n * 2)))
            let date = Self.date(other, value: n % 3 == 0 ? nil : string)
            let plain = Event(
                id: "e\(n)", title: string, kind: .talks, date: date, actors: lists.actors, evidence: lists.evidence,
                quotes: lists.quotes, triggers: triggers)
            let viaShared = shared.event(
                id: "e\(n)", title: string, kind: .talks, date: date, actors: lists.actors, evidence: lists.evidence,
                quotes: lists.quotes, triggers: triggers)
            let viaTiny = tiny.event(
                id: "e\(n)", title: string, kind: .talks, date: date, actors: lists.actors, evidence: lists.evidence,
                quotes: lists.quotes, triggers: triggers)
            for event in [plain, viaShared, viaTiny] {
                Self.check(
                    event, id: "e\(n)", title: string, kind: .talks, date: date, actors: lists.actors, evidence: lists.evidence,
                    quotes: lists.quotes, triggers: triggers)
                #expect(event == plain && event.hashValue == plain.hashValue)
            }
            made.append((viaShared, string, other, triggers))
        }
        // Events written earlier still read the same after later ones were appended.
        for (event, title, derivation, triggers) in made {
            #expect(event.title.utf8.elementsEqual(title.utf8) && event.date.derivation.utf8.elementsEqual(derivation.utf8))
            #expect(event.triggers.count == triggers.count)
        }
    }

    @Test("A repeated title or trigger list is stored once per buffer, and reads back for each event")
    func repeatsShareBytes() {
        var writer = EventWriter(chunkCapacity: 1 << 12)
        let first = writer.event(
            id: "a", title: "Talks resume in the capital", kind: .talks, date: .undated, actors: [], evidence: [],
            quotes: [], triggers: ["talks"])
        let second = writer.event(
            id: "b", title: "Talks resume in the capital", kind: .talks, date: .undated, actors: [EventActor(actor: 1, role: .agent)],
            evidence: [SentenceRef(document: 0, sentence: 3)], quotes: [], triggers: ["talks"])
        #expect(first.title == second.title && first.triggers == second.triggers && first.date == second.date)
        #expect(first != second && second.actors == [EventActor(actor: 1, role: .agent)])
        // The second event added only its lists: far fewer bytes than the first.
        var alone = EventWriter(chunkCapacity: 1 << 12)
        let lone = alone.event(
            id: "b", title: "Talks resume in the capital", kind: .talks, date: .undated, actors: [EventActor(actor: 1, role: .agent)],
            evidence: [SentenceRef(document: 0, sentence: 3)], quotes: [], triggers: ["talks"])
        #expect(lone == second)
    }

    @Test("Setting a field writes it and keeps every other field; equality is by value")
    func setters() {
        let date = Self.date("from 'in March' in a")
        var writer = EventWriter()
        var event = writer.event(
            id: "e", title: "Leaders meet", kind: .meeting, date: date, actors: [EventActor(actor: 4, role: .target)],
            evidence: [SentenceRef(document: 2, sentence: 9)], quotes: [5], triggers: ["meet"])
        let original = event
        event.title = "Leaders meet again"
        event.triggers.append("met")
        event.actors.append(EventActor(actor: 7, role: .participant))
        event.evidence = []
        event.quotes += [6]
        event.date.derivation = "stated"
        event.kind = .summit
        event.id = "f"
        Self.check(
            event, id: "f", title: "Leaders meet again", kind: .summit, date: Self.date("stated"),
            actors: [EventActor(actor: 4, role: .target), EventActor(actor: 7, role: .participant)], evidence: [], quotes: [5, 6],
            triggers: ["meet", "met"])
        Self.check(
            original, id: "e", title: "Leaders meet", kind: .meeting, date: date, actors: [EventActor(actor: 4, role: .target)],
            evidence: [SentenceRef(document: 2, sentence: 9)], quotes: [5], triggers: ["meet"])
        #expect(event != original)
        // Canonically equivalent titles are equal, as plain strings are.
        let composed = Event(id: "x", title: "caf\u{E9}", kind: .other, date: .undated, actors: [], evidence: [], quotes: [], triggers: [])
        let decomposed = Event(id: "x", title: "cafe\u{301}", kind: .other, date: .undated, actors: [], evidence: [], quotes: [], triggers: [])
        #expect(composed == decomposed && composed.hashValue == decomposed.hashValue)
        #expect(Set([composed, decomposed, original]).count == 2)
    }

    @Test("Reading past the written bytes gives zeros and empty strings, never a crash; writes stay in their room")
    func readerStaysInBounds() {
        let payload = EventPayload(capacity: 16)
        // A length longer than the bytes that follow.
        let offset = payload.write(bound: 3) { cursor in
            cursor.varint(1000)
            cursor.varint(0x41)
        }
        #expect(payload.count == 3 && payload.string(at: offset) == "A")
        #expect(payload.string(at: 99) == "")
        var reader = payload.reader(at: 99)
        #expect(reader.varint() == 0 && reader.count() == 0 && reader.signed() == 0)
        // More room than is left writes nothing; bytes beyond the room asked for are dropped.
        let full = payload.write(bound: 64) { $0.string(String(repeating: "x", count: 60)) }
        #expect(Int(full) == 3 && payload.count == 3)
        let cut = payload.write(bound: 4) { $0.string("abcdefgh") }
        #expect(payload.count == 4 && payload.string(at: cut) == "")
        payload.truncate(to: cut)
        #expect(payload.count == 3 && payload.written(from: 0).count == 3)
    }

    @Test("Zigzag varints round-trip every signed value")
    func varints() {
        let values = Self.numbers + [Int.max, Int.min, Int.max - 1, Int.min + 1]
        let payload = EventPayload(capacity: values.count * PayloadCursor.varintBound)
        let offset = payload.write(bound: payload.capacity) { cursor in
            for value in values { cursor.signed(value) }
        }
        var reader = payload.reader(at: offset)
        #expect(values.map { _ in reader.signed() } == values)
        #expect(reader.position == payload.count)
    }

    @Test("A derivation kept as sources reads back as the text naming them, and equals that text kept plain")
    func codedDerivations() throws {
        // Each time's words are the whole text of its document.
        let documents = [Document(id: "doc-a", path: "a.txt", text: "in April"), Document(id: "doc-b", path: "b.txt", text: "à Pâques 🎉")]
        let day = try #require(CalendarDay(year: 2021, month: 4, day: 1))
        func time(_ words: String, _ document: Int) -> TimeExpression {
            TimeExpression(
                value: "2021-04", precision: .month, interval: DayInterval(day: day), document: document, sentence: 0,
                range: TextRange(start: 0, end: words.utf8.count))
        }
        let sources = DerivationSources(times: [time("in April", 0), time("à Pâques 🎉", 1), time("then", 7)], documents: documents)
        let cases: [([DerivationPart], String)] = [
            ([.time(0)], "from 'in April' in doc-a"),
            ([.time(0), .time(1), .text("while X was minister")], "from 'in April' in doc-a; 'à Pâques 🎉' in doc-b; while X was minister"),
            ([.time(1), .conflicts, .time(0), .text("")], "from 'à Pâques 🎉' in doc-b; conflicting, left out: 'in April' in doc-a; "),
            ([.time(2), .conflicts, .time(99), .time(-3)], "from '' in document 7; conflicting, left out: ; "),
        ]
        var writer = EventWriter(chunkCapacity: 128, sources: sources)
        for (parts, text) in cases {
            #expect(DerivationText.render(parts, sources: sources) == text)
            let date = Self.date("ignored when sources are given")
            var event = writer.event(
                id: "e", title: "Talks", kind: .talks, date: date, derivation: parts, actors: [], evidence: [], quotes: [2],
                triggers: ["talks"])
            var plainDate = date
            plainDate.derivation = text
            let plain = Event(id: "e", title: "Talks", kind: .talks, date: plainDate, actors: [], evidence: [], quotes: [2], triggers: ["talks"])
            #expect(event.date.derivation == text && event.date == plainDate)
            #expect(event == plain && event.hashValue == plain.hashValue)
            #expect(try JSONDecoder().decode(Event.self, from: JSONEncoder().encode(event)) == plain)
            event.title = "Talks resume"
            #expect(event.date.derivation == text && event.title == "Talks resume" && event.quotes == [2])
        }
        // Without sources, parts are ignored and the date's own text is kept.
        var plainWriter = EventWriter()
        let event = plainWriter.event(
            id: "e", title: "t", kind: .other, date: Self.date("stated"), derivation: [.time(0)], actors: [], evidence: [], quotes: [],
            triggers: [])
        #expect(event.date.derivation == "stated")
    }

    @Test("Ids of the pipeline's form are packed, any other id is kept as written; dates with and without a value")
    func ids() {
        let packed = ["ev-000000000000", "ev-0123456789ab", "ev-ffffffffffff", "ev-cdef01234567"]
        let kept = ["", "e", "ev-", "ev-0123456789a", "ev-0123456789abc", "ev-0123456789AB", "ev-0123456789ag", "EV-0123456789ab",
                    "ex-0123456789ab", "e1", "council", "ev-0123456789a\u{E9}", String(repeating: "ev-", count: 40)]
        for id in packed {
            #expect(EventID.pack(id).map { EventID.format($0) } == id)
        }
        for id in kept { #expect(EventID.pack(id) == nil, "\(id)") }
        var writer = EventWriter(chunkCapacity: 512)
        for (n, id) in (packed + kept).enumerated() {
            let date = n % 2 == 0 ? Self.date("stated", value: n % 4 == 0 ? "2019-03" : "") : .undated
            var event = writer.event(
                id: id, title: "t\(n)", kind: .visit, date: date, actors: [], evidence: [SentenceRef(document: n, sentence: 1)],
                quotes: [], triggers: ["visit"])
            let plain = Event(id: id, title: "t\(n)", kind: .visit, date: date, actors: [], evidence: [SentenceRef(document: n, sentence: 1)],
                              quotes: [], triggers: ["visit"])
            #expect(event.id.utf8.elementsEqual(id.utf8) && event.date == date && event.date.value == date.value)
            #expect(event == plain && event.hashValue == plain.hashValue)
            // Setting an id of either form keeps every other field.
            for other in [packed[n % packed.count], kept[n % kept.count]] {
                event.id = other
                #expect(event.id.utf8.elementsEqual(other.utf8) && event.title == "t\(n)" && event.date == date)
                #expect(event.evidence == [SentenceRef(document: n, sentence: 1)] && event.triggers == ["visit"] && event.kind == .visit)
                #expect(event != plain || other == id)
            }
        }
        // An id given as its value is the event with that id written out; bits above the 48 an
        // id holds are dropped.
        for (n, value) in ([0, 0x0123_4567_89ab, 0xffff_ffff_ffff, 0xabcd_0000_0000_0001] as [UInt64]).enumerated() {
            let fields = (title: "v\(n)", evidence: [SentenceRef(document: n, sentence: 2)])
            let given = writer.event(
                packedID: value, title: fields.title, kind: .talks, date: .undated, actors: [], evidence: fields.evidence,
                quotes: [n], triggers: [])
            let written = writer.event(
                id: EventID.format(value), title: fields.title, kind: .talks, date: .undated, actors: [], evidence: fields.evidence,
                quotes: [n], triggers: [])
            #expect(given == written && given.id == written.id && given.id.count == 15, "\(given.id)")
        }
        #expect(writer.event(packedID: 0xabcd_0000_0000_0001, title: "", kind: .talks, date: .undated, actors: [], evidence: [], quotes: [], triggers: []).id
            == "ev-000000000001")
    }
}
