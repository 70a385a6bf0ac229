/// Words that make a time expression: months, weekdays, relative days and periods.
enum TimeLexicon {
    /// Month names and abbreviations with their month numbers.
    static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
        ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ]

    /// Month words that are also ordinary words: only months when capitalised mid-sentence.
    static let ambiguousMonths: [String] = ["may", "march", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Weekday names.
    static let weekdays: [String] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words that are a time on their own.
    static let deictic: [String] = ["today", "yesterday", "tomorrow", "tonight"]

    /// Words that, after "this", "last", "next" or "in", name a period.
    static let periods: [String] = ["week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night"]

    /// Words that make a period relative ("last week").
    static let shifters: [String] = ["this", "last", "next", "earlier", "later", "past", "coming"]

    /// Prepositions kept with the expression they introduce ("in April").
    static let prepositions: [String] = ["in", "on", "since", "until", "by", "during", "from", "before", "after"]

    static let monthByHash = KeyTable<Int>(months.map { (ByteHash.word($0.0), $0.1) })
    static let ambiguousMonthHashes = KeyTable(keys: ambiguousMonths.map(ByteHash.word))
    static let weekdayByHash = KeyTable<Int>(weekdays.enumerated().map { (ByteHash.word($0.element), $0.offset + 1) })
    static let deicticHashes = KeyTable(keys: deictic.map(ByteHash.word))
    static let periodHashes = KeyTable(keys: periods.map(ByteHash.word))
    static let shifterHashes = KeyTable(keys: shifters.map(ByteHash.word))
    static let prepositionHashes = KeyTable(keys: prepositions.map(ByteHash.word))
}

extension TimeLexicon {
    /// Prepositions that change what a time expression says ("before April" is not "in April").
    static let relations: [String] = ["since", "until", "before", "after", "by"]

    static let relationHashes = KeyTable(keys: relations.map(ByteHash.word))
}
