/// "The sister of X", "critics of X": a person named through a relation to another.
enum RelationPhrase {
    /// Whether the name starting at byte `start` closes a relation phrase, "<relation> of
    /// [words] X" or "<relation> for X" with no punctuation between ("the sister of
    /// Ruritania's leader X", "a lawyer for X").
    static func isProxied(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = min(start, bytes.count)
        var previousWord: Range<Int>?
        var words = 0
        while words < 6 {
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var wordStart = end
            while wordStart > 0, EventWordScanner.isWordByte(bytes[wordStart - 1]) || bytes[wordStart - 1] == 0x2D || bytes[wordStart - 1] == 0x27 {
                wordStart -= 1
            }
            guard wordStart < end else { return false }
            if let link = previousWord, isLink(link, bytes) {
                return ActorLexicon.relationNouns.contains(bytes, wordStart, end)
            }
            previousWord = wordStart..<end
            end = wordStart
            words += 1
        }
        return false
    }

    /// Whether `word` is "of" or "for", the words that tie a relation noun to its person.
    private static func isLink(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[word.lowerBound]
        if word.count == 2 { return first == UInt8(ascii: "o") && bytes[word.lowerBound + 1] == UInt8(ascii: "f") }
        return word.count == 3 && first == UInt8(ascii: "f") && bytes[word.lowerBound + 1] == UInt8(ascii: "o")
            && bytes[word.lowerBound + 2] == UInt8(ascii: "r")
    }

    /// The gender a relation noun gives the person it describes ("X, the sister of Y", "X, the
    /// leader's sister": X is a woman), from `ActorLexicon.relationGenders`, when "of" follows
    /// the noun or a possessive ("'s", "his", "her") stands before it, at most `reach` words
    /// after byte `start`.
    static func gender(describedFrom start: Int, _ bytes: UnsafeBufferPointer<UInt8>, reach: Int = 5) -> PersonGender? {
        var i = start
        var afterPossessive = false
        // "X, who met his sister": a clause's object, not what X is.
        var clause = false
        for _ in 0..<reach {
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            var end = i
            while end < bytes.count, ByteClass.isLetter(bytes[end]) { end += 1 }
            guard end > i else { return nil }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
            if let gender = ActorLexicon.relationGenders[word] {
                var next = end
                while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                let of = next + 2 <= bytes.count && bytes[next] == UInt8(ascii: "o") && bytes[next + 1] == UInt8(ascii: "f")
                    && (next + 2 == bytes.count || !ByteClass.isLetter(bytes[next + 2]))
                return of || (afterPossessive && !clause) ? gender : nil
            }
            clause = clause || word == "who"
            afterPossessive = word == "his" || word == "her" || word == "their"
            // "leader's", "leader’s": the possessive ending belongs to the word.
            if let ending = possessiveEnding(at: end, bytes) {
                afterPossessive = true
                end = ending
            }
            i = end
        }
        return nil
    }

    /// The end of a possessive "'s" or "’s" starting at byte `index`, if one does.
    private static func possessiveEnding(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = index
        if k < bytes.count, bytes[k] == 0x27 {
            k += 1
        } else if k + 2 < bytes.count, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
            k += 3
        } else {
            return nil
        }
        guard k < bytes.count, bytes[k] == UInt8(ascii: "s"), k + 1 == bytes.count || !ByteClass.isLetter(bytes[k + 1]) else { return nil }
        return k + 1
    }
}
