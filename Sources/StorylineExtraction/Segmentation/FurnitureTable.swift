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
        FurniturePattern(text: "advertisement", match: .line),
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
    ]

    /// Bullet markers that may precede a furniture line ("- Published").
    static let bulletPrefixes: [String] = ["- ", "* ", "\u{2022} "]

    /// Whether the trimmed line `bytes[start..<end]` is page furniture.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var start = start
        if let markerEnd = SegmentationRules.bulletContentStart(bytes, start, end) { start = markerEnd }
        let length = end - start
        guard length > 0 else { return false }
        for pattern in patterns {
            let needle = pattern.text.utf8
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
}
