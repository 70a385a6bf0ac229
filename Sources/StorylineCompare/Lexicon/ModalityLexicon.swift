/// Words that negate a statement or set its modality ("not", "never"; "will", "may", "must").
enum ModalityLexicon {
    /// Negators; "n't" endings are recognised by the scanner.
    static let negators: [String] = ["not", "never", "no", "nor", "neither", "none", "nobody", "nothing", "cannot"]

    /// Modal verbs, each with the modality it expresses. Reported speech shifts "will" to
    /// "would", "may" to "might" and "can" to "could" without changing what was said, so
    /// each such pair counts as one.
    static let modals: [(String, String)] = [
        ("will", "will"), ("won't", "will"), ("'ll", "will"), ("would", "will"), ("wouldn't", "will"),
        ("shall", "will"), ("may", "may"), ("might", "may"), ("must", "must"), ("can", "can"),
        ("could", "can"), ("cannot", "can"), ("can't", "can"), ("couldn't", "can"), ("should", "should"),
        ("ought", "should"),
    ]

    /// Verbs that mean "must" when "to" follows ("has to act").
    static let mustBeforeTo: [String] = ["has", "have", "had"]

    /// Verbs of necessity that count as "must" wherever they stand ("needs to prepare", "needed especially to").
    static let need: [String] = ["need", "needs", "needed"]

    static let negatorHashes = KeyTable(keys: negators.map(ByteHash.word))
    static let modalByHash = KeyTable<String>(modals.map { (ByteHash.word($0.0), $0.1) })
    static let mustBeforeToHashes = KeyTable(keys: mustBeforeTo.map(ByteHash.word))
    static let needHashes = KeyTable(keys: need.map(ByteHash.word))
    static let toHash = ByteHash.word("to")
}
