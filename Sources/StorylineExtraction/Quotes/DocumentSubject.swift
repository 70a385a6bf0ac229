import StorylineModel

/// A document noun as the subject of a cue: right before it ('"…," the statement said'), or
/// opening the sentence ("The 79-page statement, agreed by the alliance's leaders, said …",
/// "The communique also accused Tarnia of … and said …"). The document speaks for whoever
/// issued it.
struct DocumentSubject: Sendable {
    /// The document noun ("statement").
    var noun: Range<Int>
    /// The words after "by" in an aside set off by commas after the noun ("agreed by the 30
    /// members of the alliance"), where the issuer is named; nil without one.
    var issuedBy: Range<Int>?

    /// Most words between the determiner and the document noun ("the 79-paragraph joint statement").
    static let modifierReach = 3

    /// The document noun whose verb starts at `cue`: right after "the statement" (or "its",
    /// "that", "this" statement) anywhere in `sentence`; else the one opening it ("The statement",
    /// "Its joint letter") when its predicate starts there: right after the noun or after an aside
    /// set off by commas (fillers such as "also" between them), or after "and" joining a second
    /// verb to a first cue (one of `cueOffsets`) in that place. Nil when the cue has a subject of
    /// its own.
    static func find(
        cue: Int, in sentence: TextRange, cueOffsets: [Int], _ bytes: UnsafeBufferPointer<UInt8>
    ) -> DocumentSubject? {
        if let noun = nounRightBefore(cue, from: sentence.start, bytes) { return DocumentSubject(noun: noun, issuedBy: nil) }
        guard let noun = openingNoun(sentence, bytes), noun.upperBound < cue else { return nil }
        let before = positionBeforeFillers(cue, floor: noun.upperBound, bytes)
        if before == noun.upperBound { return DocumentSubject(noun: noun, issuedBy: nil) }
        // '…, agreed by X, said': the aside runs from the comma after the noun to the comma before the verb.
        let asideOpen = skipSpaces(noun.upperBound, bytes)
        if before > asideOpen + 1, bytes[before - 1] == UInt8(ascii: ","), bytes[asideOpen] == UInt8(ascii: ",") {
            return DocumentSubject(noun: noun, issuedBy: wordsAfterBy(asideOpen + 1..<before - 1, bytes))
        }
        // '… accused Tarnia of "…" and said': "and" joins a verb to the subject's first cue.
        let joining = ActorResolver.wordBefore(bytes, before)
        if !joining.isEmpty, joining.upperBound == before, isWord(joining, "and", bytes) {
            let predicate = positionAfterFillers(noun.upperBound, bytes)
            let clause = predicate..<joining.lowerBound
            if cueOffsets.contains(predicate), !clause.isEmpty, !clause.contains(where: { bytes[$0] == UInt8(ascii: ",") }) {
                return DocumentSubject(noun: noun, issuedBy: nil)
            }
        }
        return nil
    }

    /// The document noun in "the statement" (not "a statement", a new one) just before the
    /// verb starting at `offset`, no earlier than `start`.
    static func nounRightBefore(_ offset: Int, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let noun = ActorResolver.wordBefore(bytes, offset)
        let determiner = ActorResolver.wordBefore(bytes, noun.lowerBound)
        guard determiner.lowerBound >= start, !noun.isEmpty, !determiner.isEmpty,
              QuoteCueLexicon.documentNouns.contains(bytes, noun.lowerBound, noun.upperBound),
              QuoteCueLexicon.definiteDeterminers.contains(bytes, determiner.lowerBound, determiner.upperBound) else { return nil }
        return noun
    }

    /// The document noun after a definite determiner opening `sentence`, at most `modifierReach`
    /// words after it ("The 79-paragraph statement"; not "A statement", a new one).
    static func openingNoun(_ sentence: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let end = min(sentence.end, bytes.count)
        var word = nextWord(from: max(0, sentence.start), end: end, bytes)
        guard !word.isEmpty, QuoteCueLexicon.definiteDeterminers.contains(bytes, word.lowerBound, word.upperBound) else { return nil }
        for _ in 0...modifierReach {
            // Only spaces join the words of the subject: a comma or a mark ends it.
            var next = word.upperBound
            while next < end, bytes[next] == 0x20 { next += 1 }
            word = nextWord(from: next, end: end, bytes)
            guard word.lowerBound == next, !word.isEmpty else { return nil }
            let letters = word.lowerBound..<lettersEnd(from: word.lowerBound, end: word.upperBound, bytes)
            if letters.upperBound == word.upperBound, QuoteCueLexicon.documentNouns.contains(bytes, letters.lowerBound, letters.upperBound) {
                return word
            }
        }
        return nil
    }

    /// The word (letters, digits, hyphens) starting at or after `start`, spaces skipped.
    private static func nextWord(from start: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var first = start
        while first < end, bytes[first] == 0x20 { first += 1 }
        var stop = first
        while stop < end, ByteClass.isLetter(bytes[stop]) || ByteClass.isDigit(bytes[stop]) || bytes[stop] == UInt8(ascii: "-") { stop += 1 }
        return first..<stop
    }

    /// Where the letters starting at `start` end (no later than `end`).
    private static func lettersEnd(from start: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var stop = start
        while stop < end, ByteClass.isLetter(bytes[stop]) { stop += 1 }
        return stop
    }

    /// The end of the text before `offset`, spaces and fillers ("also", "later") passed over,
    /// no earlier than `floor`.
    private static func positionBeforeFillers(_ offset: Int, floor: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = offset
        while true {
            while end > floor, bytes[end - 1] == 0x20 { end -= 1 }
            let word = ActorResolver.wordBefore(bytes, end)
            guard !word.isEmpty, word.lowerBound >= floor,
                  ActorLexicon.attributionFillers.contains(bytes, word.lowerBound, word.upperBound) else { return end }
            end = word.lowerBound
        }
    }

    /// The start of the first word after `offset` that is not a filler.
    private static func positionAfterFillers(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var word = ActorResolver.wordAfter(bytes, offset, skippingFillers: false)
        while !word.isEmpty, ActorLexicon.attributionFillers.contains(bytes, word.lowerBound, word.upperBound) {
            word = ActorResolver.wordAfter(bytes, word.upperBound, skippingFillers: false)
        }
        return word.lowerBound
    }

    /// The text after the word "by" in `aside`, nil without one.
    private static func wordsAfterBy(_ aside: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var k = aside.lowerBound
        while k < aside.upperBound {
            let word = nextWord(from: k, end: aside.upperBound, bytes)
            guard !word.isEmpty else { k = word.upperBound + 1; continue }
            if isWord(word, "by", bytes) { return word.upperBound..<aside.upperBound }
            k = word.upperBound
        }
        return nil
    }

    /// Whether `word` is `wanted` (lower case as written).
    private static func isWord(_ word: Range<Int>, _ wanted: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        wanted.withUTF8Buffer { w in w.count == word.count && w.indices.allSatisfy { bytes[word.lowerBound + $0] == w[$0] } }
    }

    /// The first byte after `offset` that is not a space.
    private static func skipSpaces(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var k = offset
        while k < bytes.count, bytes[k] == 0x20 { k += 1 }
        return k
    }
}
