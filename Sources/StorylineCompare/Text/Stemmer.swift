/// A light English suffix stripper: enough to meet "prepares"/"prepared", "efforts"/"effort"
/// and British/American "-ise"/"-ize" spellings, without a dictionary.
enum Stemmer {
    /// Stems lower-case `word` in place.
    static func stem(_ word: inout [UInt8]) {
        guard word.count > 3 else { return }
        // British "-isation"/"-ise" → American "-ization"/"-ize" before the other rules.
        _ = replaceSuffix(&word, "isation", "ization") || replaceSuffix(&word, "ised", "ized")
            || replaceSuffix(&word, "ising", "izing") || replaceSuffix(&word, "ises", "izes")
            || replaceSuffix(&word, "ise", "ize")
        // "deterrence"/"deterrent", "evidence"/"evident" meet.
        if replaceSuffix(&word, "ence", "ent", keep: 3) || replaceSuffix(&word, "ance", "ant", keep: 3) { return }
        if replaceSuffix(&word, "ies", "y", keep: 2) || replaceSuffix(&word, "ied", "y", keep: 2) { return }
        if hasSuffix(word, "sses") { word.removeLast(2); return }
        if hasSuffix(word, "ss") || hasSuffix(word, "us") || hasSuffix(word, "is") { return }
        if stripSuffix(&word, "ing", keep: 3) || stripSuffix(&word, "ed", keep: 3) {
            undouble(&word)
            dropSilentE(&word)
            return
        }
        if stripSuffix(&word, "ly", keep: 4) { return }
        if word.count > 4, hasSuffix(word, "es") {
            let before = word[word.count - 3]
            if before == 0x73 || before == 0x78 || before == 0x7A || hasSuffix(word, "ches") || hasSuffix(word, "shes") {
                word.removeLast(2)
                return
            }
        }
        _ = stripSuffix(&word, "s", keep: 3)
        dropSilentE(&word)
    }

    /// "prepare" and "prepared" meet at "prepar".
    static func dropSilentE(_ word: inout [UInt8]) {
        if word.count > 3, word.last == 0x65 { word.removeLast() }
    }

    /// Whether `word` ends with `suffix`.
    static func hasSuffix(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count >= count else { return false }
        return suffix.withUTF8Buffer { tail in
            var i = 0
            while i < count {
                if word[word.count - count + i] != tail[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Removes `suffix` when at least `keep` bytes remain.
    @discardableResult
    static func stripSuffix(_ word: inout [UInt8], _ suffix: StaticString, keep: Int) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count - count >= keep, hasSuffix(word, suffix) else { return false }
        word.removeLast(count)
        return true
    }

    /// Replaces `suffix` by `replacement` when at least `keep` bytes remain.
    @discardableResult
    static func replaceSuffix(_ word: inout [UInt8], _ suffix: StaticString, _ replacement: StaticString, keep: Int = 3) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard word.count - count >= keep, hasSuffix(word, suffix) else { return false }
        word.removeLast(count)
        replacement.withUTF8Buffer { word.append(contentsOf: $0) }
        return true
    }

    /// "stopped" → "stop": a doubled final consonant left by "-ed"/"-ing".
    static func undouble(_ word: inout [UInt8]) {
        guard word.count >= 3 else { return }
        let last = word[word.count - 1]
        let vowels: [UInt8] = Array("aeiouslz".utf8)
        if last == word[word.count - 2], !vowels.contains(last) { word.removeLast() }
    }
}
