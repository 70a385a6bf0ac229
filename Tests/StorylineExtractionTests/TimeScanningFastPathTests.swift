import Foundation
@testable import StorylineExtraction
import StorylineModel
import Testing

/// The time tokenizer's eight-byte paths give the same answers as their byte-by-byte definitions.
@Suite struct TimeScanningFastPathTests {
    /// Words of every shape the hash meets: ASCII of every length around the chunk size,
    /// mixed case, joiners, ’ inside a word and non-ASCII letters.
    static let words = [
        "a", "in", "the", "June", "MARCH", "weekend", "Thursday", "September", "fortnight", "previously",
        "immediately", "run-up", "mid-June", "don't", "don\u{2019}t", "Zoë", "Marié-Zoë", "swearing-in",
        "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq", "1990s", "2019-03-14", "x\u{2019}s",
    ]

    /// The hash of `word` fed byte by byte, with ’ written as ' first (the definition).
    func definitionHash(_ word: String) -> UInt64 {
        var hasher = TimeWordHasher()
        for byte in word.replacingOccurrences(of: "\u{2019}", with: "'").utf8 { hasher.add(byte) }
        return hasher.finish()
    }

    @Test func chunkedHashAgreesWithTheByteByByteHashAnywhereInABuffer() {
        for word in Self.words {
            // The word at the very end of the buffer (tails read byte by byte) and followed by text.
            for (prefix, suffix) in [("", ""), ("xy ", ""), ("", " and more text"), ("1234567 ", " z")] {
                let bytes = Array((prefix + word + suffix).utf8)
                let start = prefix.utf8.count
                let found = bytes.withUnsafeBufferPointer { TimeWordHash.hash($0, start, start + word.utf8.count) }
                #expect(found == definitionHash(word), "\(prefix)|\(word)|\(suffix)")
            }
        }
    }

    @Test func hashIgnoresCaseAndReadsTheTypographicApostropheAsAPlainOne() {
        let hash = { (word: String) in Array(word.utf8).withUnsafeBufferPointer { TimeWordHash.hash($0, 0, $0.count) } }
        #expect(hash("September") == hash("sEPTEMBER"))
        #expect(hash("don\u{2019}t") == hash("don't"))
        #expect(hash("Swearing-In") == ReferenceWordFilter.hash(Array("swearing-in".utf8)))
        #expect(hash("june") != hash("july"))
    }

    @Test func asciiRunEndAgreesWithTheByteTest() {
        let text = "abc defghijkl-mn 0123456789ab\u{2019}cd Zoë x"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...buffer.count {
                for limit in start...buffer.count {
                    var expected = start
                    while expected < limit, ByteClass.isLetter(buffer[expected]) || ByteClass.isDigit(buffer[expected]) { expected += 1 }
                    #expect(TimeTokenizer.asciiAlphanumericsEnd(buffer, start, limit) == expected)
                }
            }
        }
    }

    @Test func lexiconFindsItsWordsWhateverTheirCaseAndLength() {
        for (word, expected) in [("SEPTEMBER", TimeWord.month(9)), ("Thursday", .weekday(4)), ("a", .count(1)),
                                 ("Immediately", .keyword(.shortly)), ("run-up", .keyword(.run))] {
            let found = Array(word.utf8).withUnsafeBufferPointer { TimeLexicon.words.value($0, 0, $0.count) }
            #expect(found == expected, "\(word)")
        }
        let missing = Array("don\u{2019}t Septembers".utf8).withUnsafeBufferPointer { bytes in
            [TimeLexicon.words.value(bytes, 0, 7), TimeLexicon.words.value(bytes, 8, bytes.count)]
        }
        #expect(missing == [nil, nil])
    }

    @Test func tokenizerLooksUpWordsOfEveryLength() {
        let text = "In early September, previously, the fortnight\u{2019}s end came mid-June."
        let bytes = Array(text.utf8)
        let found: [String] = bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = TimeTokenizer()
            tokenizer.scan(buffer, from: 0, to: buffer.count)
            return tokenizer.withTokens(buffer) { t in
                (0..<t.count).compactMap { t.word($0) == nil ? nil : TextBytes.string(buffer, t.tokens[$0].start, t.tokens[$0].end) }
            }
        }
        #expect(found == ["In", "early", "September", "previously", "the", "fortnight", "end"])
    }

    @Test func grownBuffersGiveTheTokensOfAFreshTokenizer() {
        // A short sentence, one longer than the first buffers, then a short one again.
        let long = String(repeating: "On 3 May, 1990s: last week's run-up. ", count: 40)
        let sentences = ["Since June it's been 2019.", long, "Two days ago, X.Y. left"]
        let text = sentences.joined()
        let bytes = Array(text.utf8)
        func scanned(_ tokenizer: inout TimeTokenizer, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [String] {
            tokenizer.scan(buffer, from: start, to: end)
            let flags = "\(tokenizer.hasTimeWord) \(tokenizer.hasRelationWord)"
            return tokenizer.withTokens(buffer) { t in
                (0..<t.count).map { "\(t.tokens[$0].start)-\(t.tokens[$0].end) \(t.tokens[$0].kind) \(String(describing: t.word($0)))" }
                    + t.candidates.map { "candidate \($0)" } + [flags]
            }
        }
        bytes.withUnsafeBufferPointer { buffer in
            var reused = TimeTokenizer()
            var start = 0
            for sentence in sentences {
                let end = start + sentence.utf8.count
                var fresh = TimeTokenizer()
                #expect(scanned(&reused, buffer, start, end) == scanned(&fresh, buffer, start, end))
                start = end
            }
        }
    }
}

/// Word shapes turn away only words that are surely not listed.
@Suite struct WordLeadsTests {
    @Test func listedWordsOfAnyCaseKeepTheirShapeAndOthersMostlyDoNot() {
        var leads = WordLeads()
        for word in ["june", "a", "run-up", "o'brien", "immediately"] { leads.add(Array(word.utf8)) }
        let held = { (word: String) in Array(word.utf8).withUnsafeBufferPointer { leads.mayHold($0, 0, $0.count) } }
        for word in ["June", "JUNE", "A", "a", "Run-Up", "O'Brien", "IMMEDIATELY"] { #expect(held(word), "\(word)") }
        for word in ["jack", "an", "said", "run", "obrien"] { #expect(!held(word), "\(word)") }
        #expect(Array("xyz".utf8).withUnsafeBufferPointer { WordLeads.everything.mayHold($0, 0, $0.count) })
    }

    @Test func lexiconShapesHoldEveryLexiconWord() {
        let leads = TimeLexicon.words.leads
        for word in ["september", "Thursday", "a", "run-up", "mid", "immediately", "the", "In"] {
            #expect(Array(word.utf8).withUnsafeBufferPointer { leads.mayHold($0, 0, $0.count) }, "\(word)")
        }
    }

    @Test func referenceFilterHashesTheKeyWordsItWasGiven() {
        let filter = ReferenceWordFilter(keyWords: [(Array("harbour".utf8), Array("vote".utf8))])
        let seen = { (word: String) in filter.sightings(ReferenceWordFilter.hash(Array(word.utf8))) != nil }
        #expect(seen("harbour") && seen("vote") && !seen("election"))
        #expect(Array("Harbour".utf8).withUnsafeBufferPointer { filter.leadsWithLexicon.mayHold($0, 0, $0.count) })
        #expect(Array("June".utf8).withUnsafeBufferPointer { filter.leadsWithLexicon.mayHold($0, 0, $0.count) })
    }
}

/// The tokenizer's screened lexicon holds the same words as the lexicon, with the answers
/// its words give.
@Suite struct ScreenedLexiconTests {
    @Test func screenedEntriesAgreeWithTheLexiconAndItsWords() {
        let words = ["January", "sept", "Monday", "fall", "weekends", "tonight", "previous", "recently", "now", "soon",
                     "a", "couple", "ago", "mid", "end", "until", "following", "in", "by", "night", "the", "so", "run-up",
                     "wake", "only", "immediately", "said", "x"]
        for word in words {
            let bytes = Array(word.utf8)
            let (plain, screened) = bytes.withUnsafeBufferPointer { buffer in
                (TimeLexicon.words.value(buffer, 0, buffer.count), TimeLexicon.screened.value(buffer, 0, buffer.count))
            }
            #expect(plain == screened?.word, "\(word)")
            if let plain, let screened {
                #expect(screened.anchorsTime == plain.anchorsTime, "\(word)")
                #expect(screened.relatesToReference == plain.relatesToReference, "\(word)")
                #expect(screened.canStartExpression == plain.canStartExpression, "\(word)")
            }
        }
    }
}
