import StorylineModel
import Testing
@testable import StorylineExtraction

/// The fast paths of event detection give what the plain ones give.
@Suite struct EventDetectionSpeedTests {
    /// Words of `text` as the scanner cuts them.
    func tokens(_ text: String) -> [WordToken] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { EventWordScanner.words(in: $0, range: TextRange(start: 0, end: $0.count)) }
    }

    @Test func stemsRolledWhileScanningMatchTheStemOfEachWord() {
        let text = "A gas is as it was: bus buses tests talks statements diplomacy x-rays naïve Ärzte 12s abcs abcdefs abcdefgs."
        let bytes = Array(text.utf8)
        let words = tokens(text)
        #expect(words.count == 19)
        bytes.withUnsafeBufferPointer { buffer in
            for word in words {
                #expect(word.stem == WordHash.stem(buffer, word.start, word.end))
                #expect(word.stem == WordHash.stem(String(decoding: bytes[word.start..<word.end], as: UTF8.self)))
            }
        }
        #expect(words[1].stem != WordHash.stem("ga"))  // "gas" is too short to lose its s.
        #expect(WordHash.stem("tests") == WordHash.stem("test"))
    }

    @Test func sentencesWithoutATriggerWordAreScreenedOut() {
        let detector = EventDetector(terms: [:])
        #expect(!detector.hasTriggerWord(tokens("The weather was mild along the coast.")))
        // A trigger word inside quotes cannot trigger, so the screen passes over it too.
        #expect(!detector.hasTriggerWord(tokens("The sign read \"summit\" in large letters.")))
        #expect(detector.hasTriggerWord(tokens("The ministers met on Tuesday.")))
        // Passing the screen is necessary, not sufficient: the rule may still not match.
        #expect(detector.hasTriggerWord(tokens("They planned a test of the sirens.")))
    }

    @Test func screenAgreesWithTriggerSearch() {
        let detector = EventDetector(terms: [:])
        for sentence in [
            "The weather was mild along the coast.", "The ministers met on Tuesday.", "He said \"meeting\" twice.",
            "Talks resumed; the envoy, and Ms Doe agreed.", "Nothing at all happened here.",
        ] {
            let words = tokens(sentence)
            var found: [FoundTrigger] = []
            detector.findTriggers(words, 0..<words.count, timeRanges: [], into: &found)
            if !detector.hasTriggerWord(words) { #expect(found.isEmpty) }
        }
    }

    @Test func clausesSplitIntoAReusedBuffer() {
        let text = "Officials met in the capital; the envoy spoke, and Ministers agreed to talks"
        let bytes = Array(text.utf8)
        let words = tokens(text)
        var pieces: [Range<Int>] = [0..<1]
        bytes.withUnsafeBufferPointer { EventDetector.clauses(words, bytes: $0, into: &pieces) }
        #expect(pieces == [0..<5, 5..<8, 9..<words.count])
    }

    @Test func cueClassesAgreeWithTheCueSets() {
        let lists: [(HashedWordSet, CueClass)] = [
            (EventCueLexicon.stopWords, .stop), (EventCueLexicon.background, .background),
            (EventCueLexicon.continuation, .continuation), (EventCueLexicon.personalPronouns, .personalPronoun),
            (EventCueLexicon.attribution, .attribution), (EventCueLexicon.copula, .copula),
            (EventCueLexicon.participles, .participle), (EventCueLexicon.predecessor, .predecessor),
            (EventCueLexicon.negation, .negation), (EventCueLexicon.hypothetical, .hypothetical),
            (EventCueLexicon.temporal, .temporal), (EventCueLexicon.pronounStarts, .pronounStart),
            (EventCueLexicon.targetPrepositions, .targetPreposition),
        ]
        let words = "the said he she added previously once were seemed met written instead also talks summit Tuesday predecessors x "
            + "not never won would plans before during it these with towards on"
        for word in words.split(separator: " ") {
            let key = WordHash.key(String(word))
            let cue = CueClass(rawValue: EventCueLexicon.classes[key] ?? 0)
            for (set, bit) in lists { #expect(set.contains(key) == cue.contains(bit), "\(word)") }
        }
        // "said" is a stop word, a participle and an attribution verb at once.
        #expect(CueClass(rawValue: EventCueLexicon.classes[WordHash.key("said")] ?? 0) == [.stop, .participle, .attribution])
        // Every word the dating of a mention reacts to carries the bit that lets others pass.
        let scoped = [EventCueLexicon.spanBounds, EventCueLexicon.conditions, EventCueLexicon.comparisons, EventCueLexicon.comes,
                      EventCueLexicon.personRelatives]
        for word in "since until till if unless than compared come comes came coming who whom whose which from said met".split(separator: " ") {
            let key = WordHash.key(String(word))
            let listed = scoped.contains { $0.contains(key) } || key == EventCueLexicon.which || key == EventCueLexicon.from
            #expect(CueClass(rawValue: EventCueLexicon.classes[key] ?? 0).contains(.timeScope) == listed, "\(word)")
        }
    }

    @Test func quoteRunsInReusedBuffersGiveShinglesAndPhrases() {
        let text = "He said \"we will never give up our rights\" and called it \"reckless\" twice"
        let words = tokens(text)
        var shingles: [UInt64] = [99], phrases: [UInt64] = [99], run: [UInt64] = [99]
        EventDetector.quoteRuns(words, 0..<words.count, shingles: &shingles, phrases: &phrases, run: &run)
        let quoted = words.filter(\.quoted).map(\.stem)
        #expect(quoted.count == 8)
        let long = Array(quoted[0..<7])
        let expected = (0...(long.count - 3)).map { WordHash.combine(WordHash.combine(long[$0], long[$0 + 1]), long[$0 + 2]) }
        #expect(shingles == EventDetector.sortedUnique(expected))
        #expect(phrases == [WordHash.combine(0x51ed, quoted[7])])
        // A clause without quotes leaves both lists empty, whatever they held.
        EventDetector.quoteRuns(words, 0..<2, shingles: &shingles, phrases: &phrases, run: &run)
        #expect(shingles.isEmpty && phrases.isEmpty)
    }

    @Test func scannerTagsEachWordWithItsCueClassesAndTriggerRules() {
        let text = "He said the talks, which had previously been \"a summit\", were held; Ministers met later."
        let bytes = Array(text.utf8)
        for word in tokens(text) {
            let spelled = String(decoding: bytes[word.start..<word.end], as: UTF8.self).lowercased()
            #expect(word.cues == EventCueLexicon.classes[word.key] ?? 0, "\(spelled)")
            let rules = EventTriggerLexicon.rules.filter { $0.words.first.map(WordHash.key) == word.key }
            if rules.isEmpty {
                #expect(word.trigger == 0, "\(spelled)")
            } else {
                // The tagged list is exactly the rules that start with the word, in lexicon order.
                let list = EventTriggerLexicon.lists[Int(word.trigger) - 1]
                #expect(list.map(\.words) == rules.map { $0.words.map(WordHash.key) }, "\(spelled)")
                #expect(list.map(\.rule.kind) == rules.map(\.kind), "\(spelled)")
            }
        }
        #expect(tokens("met").first?.trigger != 0 && tokens("weather").first?.trigger == 0)
    }

    @Test func compactWordsKeepOffsetsAndSpellingFlags() {
        let text = "  \"Officials visited\" re-election Meeting xed abcing"
        let bytes = Array(text.utf8)
        let words = tokens(text)
        #expect(words.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            == ["Officials", "visited", "re-election", "Meeting", "xed", "abcing"])
        #expect(words.map(\.length) == words.map { $0.end - $0.start })
        #expect(words.map(\.quoted) == [true, true, false, false, false, false])
        #expect(words.map(\.capitalized) == [true, false, false, true, false, false])
        #expect(words.map(\.endsInED) == [false, true, false, false, false, false])
        #expect(words.map(\.endsInING) == [false, false, false, true, false, true])
        let token = WordToken(start: 7, end: 12, key: 1, stem: 2, quoted: true, capitalized: false, endsInED: true, endsInING: false)
        #expect(token.start == 7 && token.end == 12 && token.length == 5 && token.quoted && !token.capitalized)
        #expect(token.endsInED && !token.endsInING && token.cues == 0 && token.trigger == 0)
    }

    @Test func kindRanksAndCompatibilityBitsAgreeWithTheTables() {
        #expect(Set(EventKindTable.priority) == Set(EventKind.allCases))
        for (position, kind) in EventKindTable.priority.enumerated() { #expect(EventKindTable.rank(kind) == position, "\(kind)") }
        for a in EventKind.allCases {
            for b in EventKind.allCases {
                let listed = a == b || EventKindTable.compatiblePairs.contains { ($0.0 == a && $0.1 == b) || ($0.0 == b && $0.1 == a) }
                #expect(EventKindTable.compatible(a, b) == listed, "\(a) \(b)")
            }
        }
    }

    @Test func kindSwitchesOfAgentAndTargetSearch() {
        let speech: Set<EventKind> = [.statement, .speech, .interview, .criticism, .response]
        let object: Set<EventKind> = [.criticism, .response, .meeting, .visit, .attack, .sanction, .summit, .talks]
        for kind in EventKind.allCases {
            #expect(EventDetector.isSpeechKind(kind) == speech.contains(kind), "\(kind)")
            #expect(EventDetector.isObjectKind(kind) == object.contains(kind), "\(kind)")
        }
    }

    /// Words cut byte by byte by the plain rules (letters, digits, non-ASCII bytes, inner
    /// hyphens before a letter; general punctuation separates; straight and curly quotes
    /// toggle or set quoting), each hashed from its text: what the scanner's loops must give.
    func plainWords(_ text: String) -> [(start: Int, end: Int, key: UInt64, stem: UInt64, quoted: Bool)] {
        let bytes = Array(text.utf8)
        var words: [(start: Int, end: Int, key: UInt64, stem: UInt64, quoted: Bool)] = []
        var quoted = false
        var start = -1
        func isWordByte(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20) || byte >= 0x80 }
        func finish(_ end: Int) {
            guard start >= 0 else { return }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            words.append((start, end, WordHash.key(word), WordHash.stem(word), quoted))
            start = -1
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                finish(i)
                if bytes[i + 2] == 0x9C { quoted = true } else if bytes[i + 2] == 0x9D { quoted = false }
                i += 3
                continue
            }
            let innerHyphen = byte == 0x2D && start >= 0 && i + 1 < bytes.count
                && ((0x61...0x7A).contains(bytes[i + 1] | 0x20) || bytes[i + 1] >= 0x80)
            if isWordByte(byte) || innerHyphen {
                if start < 0 { start = i }
            } else {
                finish(i)
                if byte == 0x22 { quoted.toggle() }
            }
            i += 1
        }
        finish(bytes.count)
        return words
    }

    @Test func scannerLoopsCutAndHashWordsAsThePlainRules() {
        for text in [
            "The ferry operators’ union rejected the “final” offer — again — after talks collapsed.",
            "Cross-border trains, well-known x-rays -x y- Köln-Deutz re-élection naïve Ärzte 3rd-quarter 1,200",
            "Gas bus news ABCS Ships' STATEMENTS statements DIPLOMACY tests talks abcdefs abcdefgs \"quoted words\" end",
            "Trailing byte \u{E2}", "ends with hyphen-", "€uro costs 5€ and “nested \"mixed\" quotes” …done", "",
        ] {
            let scanned = tokens(text)
            let plain = plainWords(text)
            #expect(scanned.count == plain.count, "\(text)")
            for (word, expected) in zip(scanned, plain) {
                #expect(word.start == expected.start && word.end == expected.end, "\(text)")
                #expect(word.key == expected.key && word.stem == expected.stem && word.quoted == expected.quoted, "\(text)")
            }
        }
    }

    @Test func onePassOverAClauseReadsWhatTheSeparateChecksRead() {
        func reading(_ text: String, anchor: Int = 0) -> (EventDetector.ClauseReading, [UInt64]) {
            let words = tokens(text)
            var stems: [UInt64] = [7]
            let result = EventDetector.read(words, 0..<words.count, ClauseCues(tokens: words), mentions: [], anchor: anchor, stems: &stems)
            return (result, stems)
        }
        #expect(reading("The envoy had met officials").0.background)
        #expect(reading("Officials previously visited").0.background)
        #expect(!reading("The envoy met officials").0.background)
        // A quoted "previously" is the speaker's word, not the report's.
        #expect(!reading("He called it \"previously agreed\" talks").0.background)
        #expect(reading("They met in the capital").0.continues)
        #expect(reading("The envoy also met officials", anchor: 3).0.continues)
        #expect(!reading("The envoy met officials and also", anchor: 2).0.continues)
        #expect(reading("The talks, he said, ended").0.continues)
        #expect(!reading("Officials met").0.continues)
        #expect(reading("They called it \"reckless\"").0.quoted && !reading("They met").0.quoted)
        #expect(reading("She met her predecessor there").0.predecessor == 3)
        #expect(reading("She met \"predecessor\" there").0.predecessor == nil)
        // Content stems: three bytes or more, no stop words, sorted and unique (the buffer emptied first).
        let (_, stems) = reading("Envoys met envoy officials in the capital")
        #expect(stems == EventDetector.sortedUnique(["envoy", "met", "officials", "capital"].map(WordHash.stem)))
    }

    @Test func clearingAScratchBufferEmptiesItAndKeepsItsRoom() {
        var buffer: [UInt64] = [1, 2, 3]
        buffer.reserveCapacity(64)
        let room = buffer.capacity
        buffer.clearKeepingCapacity()
        #expect(buffer.isEmpty && buffer.capacity == room)
        buffer.clearKeepingCapacity()
        #expect(buffer.isEmpty && buffer.capacity == room)
        buffer.append(4)
        #expect(buffer == [4])
    }
}
