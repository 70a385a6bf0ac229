/// Words that open a new clause inside a sentence, for finding claims only one article makes.
enum ClauseLexicon {
    /// Conjunctions and connectives that start a clause.
    static let openers: [String] = ["and", "but", "while", "whereas", "although", "though", "which", "who", "as", "after", "admitting", "saying", "adding", "prompting", "amid", "according"]

    static let openerHashes = KeyTable(keys: openers.map(ByteHash.word))

    /// Words that open an attribution ("according to state media"): who reported a claim is
    /// not a claim of its own.
    static let attributionOpeners: [String] = ["according"]

    static let attributionHashes = KeyTable(keys: attributionOpeners.map(ByteHash.word))
}
