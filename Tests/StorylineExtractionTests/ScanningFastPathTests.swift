@testable import StorylineExtraction
import StorylineModel
import Testing

/// The fast paths of the shared text scanning give the same answers as the plain definitions.
@Suite struct ScanningFastPathTests {
    /// Runs `body` over the UTF-8 bytes of `text`.
    private func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func eightByteLetterTestAgreesWithTheByteTest() {
        for value in 0..<256 {
            let byte = UInt8(value)
            let expected = ByteClass.isLetter(byte) || ByteClass.isDigit(byte)
            for position in 0..<8 {
                // The other bytes alternate between a letter and a space so neighbours vary.
                var word: UInt64 = 0
                for other in 0..<8 { word |= UInt64(other == position ? byte : (other % 2 == 0 ? 0x61 : 0x20)) << UInt64(other * 8) }
                let found = ByteClass.asciiAlphanumerics(word) & (0x80 << UInt64(position * 8)) != 0
                #expect(found == expected, "byte \(value) at \(position)")
            }
        }
    }

    @Test func capitalsOfLatinExtendedAAgreeWithUnicode() {
        for value in Array(0x00C0...0x017F) + Array(0x0218...0x021B) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let bytes = Array(String(Character(scalar)).utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteClass.isUpperScalar(buffer, 0) == scalar.properties.isUppercase, "U+\(String(value, radix: 16))")
                #expect(ByteClass.isLowerScalar(buffer, 0) == scalar.properties.isLowercase, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func asciiClassAgreesWithTheScalarClassification() {
        for value in 0..<128 {
            let byte = UInt8(value)
            let expected: ScalarClass = ByteClass.isLetter(byte) ? .letter
                : ByteClass.isDigit(byte) ? .digit : ByteClass.isSpace(byte) ? .space : .punctuation
            #expect(ByteClass.asciiClass(byte) == expected)
        }
    }

    @Test func longWordsWithJoinersAndNonASCIILettersAreOneToken() {
        let text = "Anti-government protesters\u{2019} leader Zoë-Marié O'Donnell-Smith's 1234567890abc U.S.A. well-known\u{2019}s"
        let words = withBytes(text) { bytes in
            WordScanner.tokens(bytes, from: 0, to: bytes.count).map { (TextBytes.string(bytes, $0.start, $0.end), $0.kind) }
        }
        #expect(words.map(\.0) == [
            "Anti-government", "protesters", "\u{2019}", "leader", "Zoë-Marié", "O'Donnell-Smith", "'s", "1234567890abc",
            "U.S.A.", "well-known", "\u{2019}s",
        ])
        #expect(words.map(\.1) == [.word, .word, .punctuation, .word, .word, .word, .possessive, .word, .word, .word, .possessive])
    }

    @Test func reusedTokenBufferGivesTheSameTokensAsAFreshOne() {
        var random = TextRobustnessTests.SplitMix(state: 7)
        var buffer: [Token] = []
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<random.next(60) { text += TextRobustnessTests.pieces[random.next(TextRobustnessTests.pieces.count)] }
            withBytes(text) { bytes in
                let start = random.next(bytes.count + 1)
                let end = start + random.next(bytes.count - start + 1)
                WordScanner.tokens(bytes, from: start, to: end, into: &buffer)
                #expect(buffer == WordScanner.tokens(bytes, from: start, to: end))
                #expect(WordScanner.wordCount(bytes, from: start, to: end) == buffer.filter(\.isWord).count)
            }
        }
    }

    @Test func bufferedTokensMatchTheArrayAndReportWhenTheyDoNotFit() {
        var random = TextRobustnessTests.SplitMix(state: 19)
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<random.next(60) { text += TextRobustnessTests.pieces[random.next(TextRobustnessTests.pieces.count)] }
            withBytes(text) { bytes in
                let expected = WordScanner.tokens(bytes, from: 0, to: bytes.count)
                var storage = [Token](repeating: Token(start: 0, end: 0, kind: .punctuation), count: expected.count + 3)
                let count = storage.withUnsafeMutableBufferPointer { WordScanner.tokens(bytes, from: 0, to: bytes.count, into: $0) }
                #expect(count == expected.count)
                #expect(Array(storage.prefix(expected.count)) == expected)
                if !expected.isEmpty {
                    var small = [Token](repeating: Token(start: 0, end: 0, kind: .punctuation), count: expected.count - 1)
                    #expect(small.withUnsafeMutableBufferPointer { WordScanner.tokens(bytes, from: 0, to: bytes.count, into: $0) } == nil)
                }
            }
        }
    }

    @Test func sentenceScratchGrowsForLongSentences() {
        // Far more tokens than the scratch starts with, then a short sentence in the same buffers.
        let long = String(repeating: "Mr Kim said, ", count: 400)
        var scratch = SentenceScratch()
        let table = WordClassTable.shared
        withBytes(long + "He left.") { bytes in
            let longCount = scratch.withContext(bytes, TextRange(start: 0, end: long.utf8.count), sentence: 0, table: table) { $0.count }
            #expect(longCount == 1600)
            let tail = scratch.withContext(bytes, TextRange(start: long.utf8.count, end: bytes.count), sentence: 1, table: table) { context in
                (0..<context.count).map { TextBytes.string(bytes, context.tokens[$0].start, context.tokens[$0].end) }
            }
            #expect(tail == ["He", "left", "."])
        }
    }

    @Test func cueWordsAreBuiltLowerCaseOnlyWhenAsked() {
        withBytes("SAID Added according to") { bytes in
            #expect(SpeechCue(offset: 0, speaker: nil, wordEnd: 4, isSource: false).word(in: bytes) == "said")
            #expect(SpeechCue(offset: 5, speaker: 1, wordEnd: 10, isSource: false).word(in: bytes) == "added")
            #expect(SpeechCue(offset: 11, speaker: 2, wordEnd: 23, isSource: true).word(in: bytes) == "according to")
            #expect(SpeechCue(offset: 5, speaker: 1, wordEnd: 5, isSource: false).word(in: bytes) == nil)
            #expect(SpeechCue(offset: 5, speaker: 1, wordEnd: 99, isSource: false).word(in: bytes) == nil)
        }
    }

    @Test func quoteSpansOverlappingASentenceAreASliceOfTheDocumentsSpans() {
        let spans = [(0, 10), (12, 20), (25, 40), (50, 60)].map { QuoteSpan(open: $0.0, close: $0.1, inner: TextRange(start: $0.0 + 1, end: $0.1 - 1)) }
        #expect(QuoteExtractor.spans(spans, overlapping: TextRange(start: 15, end: 30)).map(\.open) == [12, 25])
        #expect(QuoteExtractor.spans(spans, overlapping: TextRange(start: 40, end: 50)).isEmpty)
        #expect(QuoteExtractor.spans(spans, overlapping: TextRange(start: 0, end: 100)).count == 4)
    }

    @Test func honorificGendersAreFoundByExactKeys() {
        let resolver = ActorResolver(known: [])
        #expect(Set(resolver.honorificGenders.map(\.key)).count == ActorLexicon.honorifics.count)
        for (word, gender) in ActorLexicon.honorifics {
            #expect(word.utf8.count <= WordKey.exactLength)
            let key = WordKey.key(Array(word.utf8), lowered: false)
            #expect(resolver.honorificGenders.first { $0.key == key }.map(\.gender) == .some(gender), "\(word)")
        }
    }

    @Test func wordClassTableAgreesWithEveryWordList() {
        let table = WordClassTable.shared
        for word in Self.sampleWords {
            withBytes(word) { bytes in
                let classes = table.classes(bytes, 0, bytes.count)
                // A class that several lists give is the word's when any of them holds it.
                for (_, wordClass) in WordClassTable.sources {
                    let listed = WordClassTable.sources.contains { $0.1 == wordClass && $0.0.contains(bytes, 0, bytes.count) }
                    if listed != classes.contains(wordClass) { Issue.record("\(word): class \(wordClass.rawValue) disagrees with its lists") }
                }
            }
        }
    }

    @Test func cueVerbShapeScreenLetsEveryCueVerbThrough() {
        let table = WordClassTable.shared
        for word in Self.sampleWords where !word.isEmpty {
            withBytes(word) { bytes in
                if table.classes(bytes, 0, bytes.count).contains(.cueVerb) {
                    #expect(table.mayBeCueVerb(bytes, 0, bytes.count), "\(word)")
                }
            }
        }
        withBytes("Xylophone") { #expect(!table.mayBeCueVerb($0, 0, $0.count)) }
    }

    @Test func screenedCueVerbTestAgreesWithTheClassLookup() {
        let text = "SAID the man, who Said: \"Told you,\" and she added, according to reports, that they warned. 's"
        var scratch = SentenceScratch()
        withBytes(text) { bytes in
            scratch.withContext(bytes, TextRange(start: 0, end: bytes.count), sentence: 0, table: WordClassTable.shared) { context in
                var found = 0
                for index in -1...context.count {
                    let expected = index >= 0 && index < context.count && context.tokens[index].isWord
                        && WordClassTable.shared.classes(bytes, context.tokens[index].start, context.tokens[index].end).contains(.cueVerb)
                    #expect(context.isCueVerb(index) == expected, "token \(index)")
                    if expected { found += 1 }
                }
                #expect(found >= 4)
            }
        }
    }

    @Test func quoteCandidateSkipFindsTheFirstQuoteLeadByte() {
        var random = TextRobustnessTests.SplitMix(state: 11)
        let alphabet: [UInt8] = [0x22, 0xE2, 0x80, 0x9C, 0x61, 0x20, 0x2E, 0xC3, 0xA9]
        for _ in 0..<300 {
            let bytes = (0..<random.next(40)).map { _ in random.next(10) < 8 ? UInt8(0x61) : alphabet[random.next(alphabet.count)] }
            bytes.withUnsafeBufferPointer { buffer in
                let start = random.next(buffer.count + 1)
                let expected = (start..<buffer.count).first { buffer[$0] == 0x22 || buffer[$0] == 0xE2 } ?? buffer.count
                #expect(QuoteSpanScanner.skipToQuoteCandidate(buffer, from: start, to: buffer.count) == expected)
            }
        }
    }

    @Test func hashKeyMapAndSetAgreeWithTheStandardCollections() {
        var map = HashKeyMap(capacity: 4)
        var set = HashKeySet(capacity: 4)
        var expectedMap: [UInt64: Int32] = [:]
        var expectedSet: Set<UInt64> = []
        var random = TextRobustnessTests.SplitMix(state: 3)
        for step in 0..<2000 {
            // Small keys collide often; 0 and multiples of the table size probe the same slots.
            let key = step % 3 == 0 ? UInt64(random.next(64)) * 1024 : UInt64(random.next(1 << 20))
            let value = Int32(random.next(1000))
            map.set(value, for: key)
            expectedMap[key] = value
            #expect(set.insert(key) == expectedSet.insert(key).inserted)
        }
        for key in expectedMap.keys { #expect(map.value(for: key) == expectedMap[key]) }
        #expect(map.value(for: 1 << 40) == -1)
        #expect(map.count == expectedMap.count)
        #expect(set.count == expectedSet.count)
        for key in 0..<UInt64(5000) { #expect(set.contains(key) == expectedSet.contains(key)) }
    }

    @Test func mentionsBySentenceKeepsEachSentencesMentionsInOrder() {
        let mentions = [(0, 2), (0, 0), (1, 0), (0, 2), (0, 5), (0, -1), (0, 1), (0, 2)].enumerated().map { offset, pair in
            Mention(actor: offset, document: pair.0, sentence: pair.1, range: TextRange(start: offset, end: offset + 1), form: .name)
        }
        let grouped = MentionsBySentence(mentions, document: 0, sentences: 4)
        let expected = Dictionary(grouping: mentions.filter { $0.document == 0 }, by: \.sentence)
        for sentence in -1...5 {
            let actors = Array(grouped[sentence].map(\.actor))
            #expect(actors == ((0..<4).contains(sentence) ? (expected[sentence] ?? []).map(\.actor) : []))
        }
        #expect(grouped[2].map(\.actor) == [0, 3, 7])
    }

    @Test func phraseIndexFindsTheLongestPhraseAndStopsAtTheSentenceEnd() {
        var index = PhraseIndex()
        index.add("North", target: .actor(0), role: .name)
        index.add("North Sea Fleet", target: .actor(1), role: .name)
        index.add("North Sea", target: .actor(2), role: .name)
        index.add("North Sea", target: .actor(3), role: .name)
        let cases: [(String, Int?, Int)] = [
            ("North Sea Fleet base", 1, 3), ("the North Sea coast", 2, 2), ("North Pole", 0, 1), ("north Sea", nil, 0), ("North Sea Fleet", 1, 3),
        ]
        for (text, actor, length) in cases {
            withBytes(text) { bytes in
                let tokens = WordScanner.tokens(bytes, from: 0, to: bytes.count)
                let start = text.hasPrefix("the") ? 1 : 0
                let match = tokens.withUnsafeBufferPointer { index.longestMatch(bytes, $0, at: start) }
                if let actor {
                    #expect(match?.entry.target == .actor(actor), "\(text)")
                    #expect(match.map { $0.end - start } == length, "\(text)")
                } else {
                    #expect(match == nil, "\(text)")
                }
                #expect(tokens.withUnsafeBufferPointer { index.longestMatch(bytes, $0, at: tokens.count) } == nil)
            }
        }
    }

    /// Words of every list in several spellings, and some that are in none.
    private static var sampleWords: [String] {
        var words: [String] = ["", "x", "Xylophone", "SAID", "Said", "PRESIDENT", "presidential", "A", "a", "Hé", "incontrovertibly-long-word"]
        for (set, _) in WordClassTable.sources {
            for member in set.members {
                let word = String(decoding: member, as: UTF8.self)
                words += [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst(), word + "s", String(word.dropLast())]
            }
        }
        return words
    }

    @Test func lowerCaseRuleFilterNeverHidesARuleStart() {
        let table = WordClassTable.shared
        for word in Self.sampleWords where !word.isEmpty {
            withBytes(word) { bytes in
                let classes = table.classes(bytes, 0, bytes.count)
                if !table.mayStartRule(bytes, 0, bytes.count) {
                    #expect(classes.isDisjoint(with: .lowerCaseRuleStarts), "\(word)")
                }
            }
        }
    }

    @Test func tokenContextLooksClassesUpOnceAndAgreesWithTheTable() {
        let text = "The president said, he told the Senate's officials: \"she\" and SHE were said to be in Hé."
        let table = WordClassTable.shared
        var scratch = SentenceScratch()
        withBytes(text) { bytes in
            for range in [TextRange(start: 0, end: bytes.count), TextRange(start: 4, end: 30)] {
                scratch.withContext(bytes, range, sentence: 0, table: table) { context in
                    for index in 0..<context.count {
                        let token = context.tokens[index]
                        let expected = token.isWord ? table.classes(bytes, token.start, token.end) : []
                        #expect(context.classes(at: index) == expected)
                        #expect(context.classes(at: index) == expected)
                        #expect(context.has(index, .cueVerb) == expected.contains(.cueVerb))
                        if !token.isCapitalised, token.isWord, !context.mayStartLowerCaseRule(index) {
                            #expect(expected.isDisjoint(with: .lowerCaseRuleStarts))
                        }
                    }
                    #expect(!context.has(-1, .title) && !context.has(context.count, .title))
                }
            }
        }
    }

    @Test func shortWordKeysAreExactAndAgreeNearTheBufferEnd() {
        let words = ["a", "he", "He", "said", "SAID", "Said", "leaders", "Ministry", "zz", "Zoë", "x-ray"]
        for word in words {
            let bytes = Array(word.utf8)
            // The same word at the end of a buffer (byte by byte) and inside a longer one (one load).
            let padded = bytes + Array("        ".utf8)
            let atEnd = WordKey.key(bytes, lowered: false)
            let inside = padded.withUnsafeBufferPointer { WordKey.key($0, 0, bytes.count, lowered: false) }
            #expect(atEnd == inside, "\(word)")
            #expect(WordKey.key(bytes, lowered: true) == WordKey.key(bytes.map(ByteClass.lower), lowered: false), "\(word)")
            for other in words where other != word {
                #expect(WordKey.key(Array(other.utf8), lowered: false) != atEnd, "\(word) \(other)")
            }
        }
        // Longer words fall back to the chunked hash, the same at the end of a buffer and inside one.
        let long = Array("Administration".utf8)
        let longInside = (long + Array("        ".utf8)).withUnsafeBufferPointer { WordKey.key($0, 0, long.count, lowered: true) }
        #expect(WordKey.key(long, lowered: true) == long.map(ByteClass.lower).withUnsafeBufferPointer { WordKey.chunkHash($0, 0, $0.count, lowered: false) })
        #expect(WordKey.key(long, lowered: true) == longInside)
    }
}

/// The flat word set answers as a plain list of its words would, and word keys hash equal
/// bytes alike wherever they lie.
@Suite struct WordSetTableTests {
    static let words = ["Mr", "mr", "U.S.", "prime minister", "run-up", "a", "Zoë", "spokeswoman", "x", "Mr", "internationally-known"]

    /// Whether `word` is in `list`, by the definition: byte equality, ASCII case folded when asked.
    func listed(_ word: [UInt8], _ list: [String], ignoringCase: Bool) -> Bool {
        let fold = { (bytes: [UInt8]) in ignoringCase ? bytes.map(ByteClass.lower) : bytes }
        return list.contains { fold(Array($0.utf8)) == fold(word) }
    }

    @Test func containsAgreesWithTheListForEveryStretchOfAText() {
        let text = Array("MR Mr mr said the Prime Minister of the U.S. during the run-up; a Zoë x spokeswoman Spokeswoman internationally-known".utf8)
        for ignoringCase in [true, false] {
            let set = WordSet(Self.words, caseInsensitive: ignoringCase)
            text.withUnsafeBufferPointer { bytes in
                for start in 0..<bytes.count {
                    for end in (start + 1)...min(bytes.count, start + 24) {
                        let expected = listed(Array(bytes[start..<end]), Self.words, ignoringCase: ignoringCase)
                        #expect(set.contains(bytes, start, end) == expected, "\(start)..<\(end) \(ignoringCase)")
                    }
                }
            }
        }
    }

    @Test func membersAreTheDistinctStoredWords() {
        let set = WordSet(Self.words, caseInsensitive: true)
        #expect(set.members.count == Set(Self.words.map { $0.lowercased() }).count)
        #expect(set.members.contains(Array("prime minister".utf8)))
        #expect(WordSet([]).members.isEmpty)
        #expect(!Array("a".utf8).withUnsafeBufferPointer { WordSet([]).contains($0, 0, 1) })
    }

    @Test func chunkHashDependsOnlyOnTheBytesAndFoldsCaseWhenAsked() {
        let text = Array("xx Internationally-Known yy internationally-known".utf8)
        text.withUnsafeBufferPointer { bytes in
            let upper = WordKey.chunkHash(bytes, 3, 24, lowered: true)
            let lower = WordKey.chunkHash(bytes, 28, bytes.count, lowered: true)
            #expect(upper == lower)
            #expect(WordKey.chunkHash(bytes, 3, 24, lowered: false) != WordKey.chunkHash(bytes, 28, bytes.count, lowered: false))
            #expect(WordKey.chunkHash(bytes, 3, 23, lowered: true) != upper)
        }
    }
}
