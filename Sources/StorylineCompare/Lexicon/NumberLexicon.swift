/// Numbers written as words ("three", "twice", "a dozen") and the words that scale them.
enum NumberLexicon {
    /// Cardinal words and their values.
    static let cardinals: [(String, Double)] = [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
        ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
        ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40),
        ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("dozen", 12),
    ]

    /// Words that multiply what precedes them ("two hundred", "3 million").
    static let multipliers: [(String, Double)] = [
        ("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000),
        ("trillion", 1_000_000_000_000),
    ]

    /// Repetition adverbs: a count of times ("twice" = 2 times).
    /// ("once" is left out: it mostly means "formerly".)
    static let repetitions: [(String, Double)] = [("twice", 2), ("thrice", 3)]

    /// The unit word of a repetition count.
    static let timesWord = "times"

    /// Words after "one" that make it a pronoun, not a count ("one of the first signs").
    static let pronounFollowers: [String] = ["of", "another", "who", "which", "that"]

    /// Words before "one" that make it a pronoun ("the one", "no one").
    static let pronounLeaders: [String] = ["the", "this", "that", "no", "any", "every", "each", "someone", "which"]

    static let cardinalByHash = table(cardinals)
    static let multiplierByHash = table(multipliers)
    static let repetitionByHash = table(repetitions)
    static let timesHash = ByteHash.word(timesWord)
    static let pronounFollowerHashes = KeyTable(keys: pronounFollowers.map(ByteHash.word))
    static let pronounLeaderHashes = KeyTable(keys: pronounLeaders.map(ByteHash.word))
    static let oneHash = ByteHash.word("one")

    private static func table(_ rows: [(String, Double)]) -> KeyTable<Double> {
        KeyTable(rows.map { (ByteHash.word($0.0), $0.1) })
    }
}
