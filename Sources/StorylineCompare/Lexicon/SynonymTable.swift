/// Words that news paraphrases swap for one another, each group mapped to one canonical word,
/// so "stated" meets "said" and "rebuffed" meets "snubbed" when sentences are aligned.
enum SynonymTable {
    /// Each row: the canonical word first, then the words and inflections that stand for it.
    static let groups: [[String]] = [
        ["say", "said", "says", "saying", "stated", "stating", "told", "tell", "tells", "declared", "remarked", "announced"],
        ["reject", "rejected", "rebuffed", "rebuff", "snubbed", "snub", "spurned", "dismissed", "refused"],
        ["effort", "efforts", "attempts", "attempt", "bids", "bid", "moves"],
        ["continue", "continued", "continues", "keep", "keeps", "kept", "carry", "maintain", "maintained"],
        ["tense", "fraught", "tension", "tensions", "strained", "uneasy"],
        ["large", "huge", "massive", "big", "vast", "enormous", "giant"],
        ["strength", "force", "power", "might"],
        ["display", "parade", "show", "demonstration", "exhibition"],
        ["earlier", "previously", "before", "formerly"],
        ["aim", "aims", "strive", "strives", "seek", "seeks", "pursue", "pursues", "try", "tries"],
        ["intent", "intention", "intentions", "aim"],
        ["reflect", "reflected", "reflects", "demonstrated", "demonstrates", "showed", "shows", "revealed", "indicated"],
        ["respond", "response", "reaction", "react", "reacted", "reply", "replied"],
        ["describe", "described", "referred", "called", "labelled", "labeled", "branded"],
        ["promise", "promised", "pledged", "vowed", "pledge", "vow"],
        ["ensure", "guarantee", "guaranteed", "ensured", "secure"],
        ["need", "needs", "needed", "must", "required"],
        ["meet", "met", "meeting", "talks"],
        ["talk", "talks", "negotiations", "negotiation", "discussions"],
        ["spokesperson", "spokesman", "spokeswoman", "spokesmen", "spokeswomen"],
        ["eventually", "ultimately", "finally"],
        ["future", "eventual"],
        ["us", "u.s.", "usa"],
        ["approach", "policy", "strategy"],
        ["admit", "admitted", "acknowledged", "conceded"],
        ["stall", "stalled", "faltered", "collapsed", "broke"],
        ["warn", "warned", "warns", "cautioned", "caution", "cautions"],
        ["critic", "critics", "opponents", "opponent", "detractors", "detractor"],
        ["approve", "approved", "approves", "passed", "backed", "endorsed", "adopted"],
        ["new", "fresh"],
        ["fund", "funds", "funded", "pay", "pays", "paid", "finance", "financed", "finances"],
        ["arrest", "arrested", "detained", "detain"],
        ["kill", "killed", "kills", "dead", "died"],
        ["resign", "resigned", "resigns", "quit", "quits"],
        ["protest", "protested", "protests", "protesters", "protestors"],
    ]

    /// Canonical hash by hash of a lower-case word (before stemming).
    static let canonicalBySurface = build(stemmed: false)
    /// Canonical hash by hash of a stem.
    static let canonicalByStem = build(stemmed: true)

    private static func build(stemmed: Bool) -> KeyTable<UInt64> {
        var table = KeyTable<UInt64>()
        for group in groups {
            guard let head = group.first else { continue }
            let canonical = ByteHash.word("=" + head)
            for word in group {
                var bytes = word.utf8.map(ByteHash.lower)
                if stemmed { Stemmer.stem(&bytes) }
                let key = ByteHash.of(bytes)
                if table[key] == nil { table[key] = canonical }
            }
        }
        return table
    }
}
