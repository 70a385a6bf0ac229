/// How a furniture pattern is matched against a trimmed line (ASCII case ignored).
enum FurnitureMatch: Sendable {
    /// The whole line equals the pattern.
    case line
    /// The line starts with the pattern, followed by a non-letter or the end.
    case prefix
}

/// One kind of page-furniture line.
struct FurniturePattern: Sendable {
    /// The words to look for.
    var text: String
    /// How they are matched.
    var match: FurnitureMatch
    /// Longest line, in bytes, that still counts (0: any length).
    var maxLength: Int = 0
    /// Whether a line ending in a period is still furniture (false for words that open sentences).
    var allowsFinalPeriod = true
}

/// Lines that are page furniture rather than article text: kept out of sentences.
enum FurnitureTable {
    /// Every known furniture pattern.
    static let patterns: [FurniturePattern] = [
        FurniturePattern(text: "published", match: .prefix, maxLength: 60, allowsFinalPeriod: false),
        FurniturePattern(text: "updated", match: .prefix, maxLength: 60, allowsFinalPeriod: false),
        FurniturePattern(text: "last updated", match: .prefix, maxLength: 60, allowsFinalPeriod: false),
        FurniturePattern(text: "posted", match: .prefix, maxLength: 60, allowsFinalPeriod: false),
        FurniturePattern(text: "related blogs", match: .line),
        FurniturePattern(text: "related topics", match: .line),
        FurniturePattern(text: "related internet links", match: .line),
        FurniturePattern(text: "related stories", match: .line),
        FurniturePattern(text: "related content", match: .line),
        FurniturePattern(text: "related:", match: .prefix, maxLength: 120),
        FurniturePattern(text: "advertisement", match: .prefix, maxLength: 60),
        FurniturePattern(text: "image copyright", match: .prefix),
        FurniturePattern(text: "media playback", match: .prefix, maxLength: 120),
        FurniturePattern(text: "this video can not be played", match: .prefix, maxLength: 120),
        FurniturePattern(text: "about sharing", match: .line),
        FurniturePattern(text: "copy link", match: .line),
        FurniturePattern(text: "share page", match: .line),
        FurniturePattern(text: "close panel", match: .line),
        FurniturePattern(text: "view comments", match: .line),
        FurniturePattern(text: "skip to content", match: .line),
        // Press releases: the release line and the end mark.
        FurniturePattern(text: "for immediate release", match: .line),
        FurniturePattern(text: "###", match: .line),
        FurniturePattern(text: "-ends-", match: .line),
        FurniturePattern(text: "listen to this article", match: .line),
        FurniturePattern(text: "all rights reserved", match: .prefix, maxLength: 120),
        FurniturePattern(text: "follow our", match: .prefix, maxLength: 80, allowsFinalPeriod: false),
        FurniturePattern(text: "skip advertisement", match: .line),
        FurniturePattern(text: "image caption", match: .prefix),
        FurniturePattern(text: "image source", match: .prefix),
        FurniturePattern(text: "media caption", match: .prefix),
        FurniturePattern(text: "media source", match: .prefix),
        FurniturePattern(text: "video caption", match: .prefix),
        FurniturePattern(text: "photo:", match: .prefix, maxLength: 200),
        FurniturePattern(text: "photograph:", match: .prefix, maxLength: 200),
        FurniturePattern(text: "getty images", match: .prefix, maxLength: 60),
        FurniturePattern(text: "share", match: .line),
        FurniturePattern(text: "share this", match: .prefix, maxLength: 40, allowsFinalPeriod: false),
        FurniturePattern(text: "share on", match: .prefix, maxLength: 40, allowsFinalPeriod: false),
        FurniturePattern(text: "read more", match: .prefix, maxLength: 120, allowsFinalPeriod: false),
        FurniturePattern(text: "more on this story", match: .line),
        FurniturePattern(text: "top stories", match: .line),
        FurniturePattern(text: "most read", match: .line),
        FurniturePattern(text: "follow us", match: .prefix, maxLength: 120),
        FurniturePattern(text: "follow bbc", match: .prefix, maxLength: 120),
        FurniturePattern(text: "copyright", match: .prefix, maxLength: 200),
        FurniturePattern(text: "\u{00A9}", match: .prefix, maxLength: 200),
        FurniturePattern(text: "sign up", match: .prefix, maxLength: 80, allowsFinalPeriod: false),
        FurniturePattern(text: "subscribe", match: .prefix, maxLength: 80, allowsFinalPeriod: false),
        FurniturePattern(text: "comments", match: .line),
        FurniturePattern(text: "print", match: .line),
        FurniturePattern(text: "email", match: .line),
        FurniturePattern(text: "listen", match: .line),
        FurniturePattern(text: "watch", match: .line),
        FurniturePattern(text: "close", match: .line),
        FurniturePattern(text: "features", match: .line),
        FurniturePattern(text: "by", match: .prefix, maxLength: 80, allowsFinalPeriod: false),
        FurniturePattern(text: "reporting by", match: .prefix, maxLength: 200),
        FurniturePattern(text: "additional reporting", match: .prefix, maxLength: 200),
        FurniturePattern(text: "editing by", match: .prefix, maxLength: 200),
        FurniturePattern(text: "writing by", match: .prefix, maxLength: 200),
        FurniturePattern(text: "our standards:", match: .prefix, maxLength: 120),
        FurniturePattern(text: "associated press writer", match: .prefix, maxLength: 200),
    ]

    /// Headings of lists of links to other stories: the short lines under them (bullets or
    /// headlines without a final period) are furniture too, up to the first real sentence.
    static let linkListHeadings: [String] = [
        "more on this story", "related topics", "related stories", "related content",
        "related internet links", "top stories", "most read", "related blogs", "read more",
        "you may also be interested in", "more stories", "latest stories", "recommended",
    ]

    /// Whether the trimmed line `bytes[start..<end]` is a heading of `linkListHeadings` (a
    /// final colon allowed). Called for furniture lines only, so it may compare plainly.
    static func opensLinkList(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var end = min(end, bytes.count)
        if end > start, bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
        return linkListHeadings.contains { heading in
            heading.utf8.count == end - start && zip(heading.utf8, start..<end).allSatisfy { $0 == ByteClass.lower(bytes[$1]) }
        }
    }

    /// Bullet markers that may precede a furniture line ("- Published").
    static let bulletPrefixes: [String] = ["- ", "* ", "\u{2022} "]

    /// Words of a date or time stamp line ("18 June 2021", "15th June 2021", "2 hours ago",
    /// "Updated 10:42 GMT"); ordinal endings count as words.
    static let dateLineWords = WordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day",
        "days", "am", "pm", "gmt", "bst", "utc", "est", "et", "cet", "published", "updated", "at", "on",
        "first", "last", "posted", "modified", "st", "nd", "rd", "th",
    ])

    /// The patterns by the first byte of their text, so a line is compared only with the
    /// few that can match it (built once).
    static let byFirstByte = FurnitureIndex(patterns)

    /// Whether the trimmed line `bytes[start..<end]` is page furniture.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var start = start
        if let markerEnd = SegmentationRules.bulletContentStart(bytes, start, end) { start = markerEnd }
        let length = end - start
        guard length > 0 else { return false }
        if isDateLine(bytes, start, end) || isPlaceByline(bytes, start, end) { return true }
        for pattern in byFirstByte.patterns(startingWith: ByteClass.lower(bytes[start])) {
            let needle = pattern.text
            guard needle.count <= length else { continue }
            if pattern.maxLength > 0, length > pattern.maxLength { continue }
            if pattern.match == .line, needle.count != length { continue }
            if !pattern.allowsFinalPeriod, bytes[end - 1] == 0x2E { continue }
            var offset = start
            var equal = true
            for byte in needle {
                if ByteClass.lower(bytes[offset]) != byte { equal = false; break }
                offset += 1
            }
            guard equal else { continue }
            if pattern.match == .prefix, offset < end, let last = needle.last, ByteClass.isLetter(last),
               ByteClass.isLetter(bytes[offset]) { continue }
            return true
        }
        return false
    }

    /// Longest byline with a place, in bytes.
    static let placeBylineLength = 80

    /// Whether the line is a byline with the reporter's place and no "By": "Jo Roe in
    /// Washington", "Jo Roe and Al Ruda in Kyiv" — capitalised words opening with a common
    /// given name, "in", then one to three capitalised words, no final period.
    static func isPlaceByline(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= placeBylineLength, bytes[end - 1] != UInt8(ascii: "."), ByteClass.isUpper(bytes[start]) else { return false }
        // The given name first: it turns most short lines away before their words are gathered.
        var firstEnd = start
        while firstEnd < end, bytes[firstEnd] != 0x20 { firstEnd += 1 }
        guard ActorLexicon.givenNames.contains(bytes, start, firstEnd) else { return false }
        var words: [Range<Int>] = []
        var i = start
        while i < end {
            while i < end, bytes[i] == 0x20 { i += 1 }
            let wordStart = i
            while i < end, bytes[i] != 0x20 { i += 1 }
            if i > wordStart { words.append(wordStart..<i) }
        }
        func isIn(_ word: Range<Int>) -> Bool {
            word.count == 2 && bytes[word.lowerBound] == UInt8(ascii: "i") && bytes[word.lowerBound + 1] == UInt8(ascii: "n")
        }
        guard let inIndex = words.firstIndex(where: isIn), inIndex >= 2, words.count - inIndex - 1 >= 1, words.count - inIndex - 1 <= 3
        else { return false }
        for (k, word) in words.enumerated() where k != inIndex {
            let isAnd = word.count == 3 && bytes[word.lowerBound] == UInt8(ascii: "a") && bytes[word.lowerBound + 1] == UInt8(ascii: "n")
                && bytes[word.lowerBound + 2] == UInt8(ascii: "d")
            guard ByteClass.isUpper(bytes[word.lowerBound]) || (isAnd && k < inIndex) else { return false }
        }
        return true
    }

    /// Words of a line that is only a time of day ("11.40am", "14:52 BST").
    static let clockLineWords = WordSet(["am", "pm", "gmt", "bst", "utc", "est", "et", "cet"])

    /// Whether the line is only a date or time stamp: date words, numbers and punctuation,
    /// with at least one number. A time of day alone ("11.40am", "14:52 BST") is not: it
    /// heads an entry of a live report, whose time it tells.
    static func isDateLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 48 else { return false }
        var index = start
        var sawDigit = false
        var sawWord = false
        var onlyClockWords = true
        var digits = 0
        while index < end {
            let byte = bytes[index]
            if ByteClass.isLetter(byte) {
                var wordEnd = index
                while wordEnd < end, ByteClass.isLetter(bytes[wordEnd]) { wordEnd += 1 }
                guard dateLineWords.contains(bytes, index, wordEnd) else { return false }
                if !clockLineWords.contains(bytes, index, wordEnd) { onlyClockWords = false }
                sawWord = true
                index = wordEnd
            } else if ByteClass.isDigit(byte) {
                sawDigit = true
                digits += 1
                index += 1
            } else if byte >= 0x80 || ByteClass.isSpace(byte) || byte == 0x2C || byte == 0x3A || byte == 0x2D || byte == 0x2F || byte == 0x2E {
                if byte >= 0x80, ByteClass.classify(bytes, index).0 == .letter { return false }
                index += byte >= 0x80 ? ByteClass.scalarLength(byte) : 1
            } else {
                return false
            }
        }
        if onlyClockWords, sawWord, digits <= 4 { return false }
        return sawDigit && (sawWord || end - start >= 6)
    }
}

/// Furniture patterns grouped by the first byte of their text, as bytes.
struct FurnitureIndex: Sendable {
    /// A pattern with its text as bytes.
    struct Entry: Sendable {
        /// The pattern's text.
        var text: [UInt8]
        /// How it is matched.
        var match: FurnitureMatch
        /// Longest line that still counts (0: any).
        var maxLength: Int
        /// Whether a final period is allowed.
        var allowsFinalPeriod: Bool
    }

    /// Per first byte, its patterns.
    private var groups: [[Entry]]

    /// Groups `patterns` (texts are lower case already) by their first byte, in table order.
    init(_ patterns: [FurniturePattern]) {
        groups = [[Entry]](repeating: [], count: 256)
        for pattern in patterns {
            let text = Array(pattern.text.utf8)
            guard let first = text.first else { continue }
            groups[Int(first)].append(Entry(text: text, match: pattern.match, maxLength: pattern.maxLength, allowsFinalPeriod: pattern.allowsFinalPeriod))
        }
    }

    /// The patterns whose text starts with `byte`.
    func patterns(startingWith byte: UInt8) -> [Entry] { groups[Int(byte)] }
}
