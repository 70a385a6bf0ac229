/// Titles and roles written before a person's name ("Vice President X", "Deputy Secretary X").
enum TitleLexicon {
    /// Offices and roles: a title needs at least one.
    static let offices: [String] = [
        "president", "secretary", "minister", "premier", "chancellor", "leader", "spokesman",
        "spokeswoman", "spokesperson", "senator", "sen", "governor", "gov", "mayor", "ambassador",
        "envoy", "chairman", "chairwoman", "chair", "director", "commander", "general", "gen",
        "admiral", "colonel", "col", "captain", "king", "queen", "prince", "princess", "emperor",
        "pope", "judge", "justice", "representative", "rep", "congressman", "congresswoman",
        "speaker", "chief", "officer", "adviser", "advisor", "aide", "official", "diplomat",
        "negotiator", "representative", "attorney", "prosecutor", "sheriff", "commissioner",
    ]

    /// Words that qualify an office ("Vice", "Deputy", "former"): part of the title when present.
    static let qualifiers: [String] = [
        "vice", "deputy", "prime", "foreign", "defence", "defense", "former", "acting", "assistant",
        "under", "chief", "supreme", "state", "general", "executive", "national",
        "security", "press", "interior", "finance", "trade", "health", "attorney", "lieutenant", "lt",
        "crown", "incoming", "outgoing",
    ]

    /// Honorifics: not titles ("Mr Smith" does not change anyone's role).
    static let honorifics: [String] = ["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"]

    static let officeHashes = KeyTable(keys: offices.map(ByteHash.word))
    static let qualifierHashes = KeyTable(keys: qualifiers.map(ByteHash.word))
    static let honorificHashes = KeyTable(keys: honorifics.map(ByteHash.word))
}
