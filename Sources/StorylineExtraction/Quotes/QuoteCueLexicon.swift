/// Verbs and phrases that attribute speech ("said", "according to").
enum QuoteCueLexicon {
    /// Verbs of saying in any tense form. Lower case; matched ignoring case.
    static let verbs = WordSet([
        "say", "says", "said", "saying", "add", "adds", "added", "adding", "stated",
        "tell", "tells", "told", "called", "calling", "describe", "describes", "described",
        "describing", "refer", "refers", "referred", "referring", "urge", "urges", "urged", "warn", "warns",
        "warned", "promised", "elaborate", "elaborates", "elaborated",
        "insist", "insists", "insisted", "claimed", "argue", "argues", "argued", 
        "noted", "announce", "announces", "announced", "declare", "declares", "declared", "write",
        "writes", "wrote", "tweeted", "posted", "explain", "explains", "explained",
        "replied", "respond", "responds", "responded", "ask", "asks", "asked", "admit",
        "admits", "admitted", "acknowledge", "acknowledged", "vowed", "pledged",
        "accuse", "accused", "accuses", "suggest", "suggested", "suggests", "stressed",
        "emphasise", "emphasised", "emphasize", "emphasized", "commented", "remarked", "reported", "quoted", "branded",
        "dubbed", "labelled", "labeled", "criticised", "criticized", "condemned", "praised", "hailed",
        "threatened", "demanded", "conceded", "confirmed", "denied", "predicted", "recalled", "boasted",
        "complained", "cautioned", "concluded", "continued", "mentioned", "observed", "repeated", "reiterated",
        "promising", "vowing", "telling", "insisting", "arguing", "adding", "noting", "describing",
        "welcomed", "dismissed", "termed", "warning", "urging", "branding", "labelling", "labeling", "dubbing",
        "terming", "mocking", "slamming", "accusing", "criticising", "criticizing", "condemning", "praising", "pledging",
        // Verbs of condemning, mocking, ordering and testifying: they frame a quote or a label
        // as the subject's words ("denounced the drills as 'war drills'").
        "denounce", "denounced", "denounces", "denouncing", "slammed", "blasted", "decried", "lambasted", "derided",
        "mocked", "ridiculed", "characterised", "characterized", "instructed", "pleaded", "joked", "quipped", "testified",
        "retorted", "countered", "contended", "lamented", "assured", "hinted", "underlined", "underscored",
        "expressed", "expresses", "voiced", "acknowledging", "acknowledges", "downplayed", "downplays", "downplaying",
        // The present of news headlines and timelines ("the delegation calls it '…'").
        // Not "claims", "notes", "recalls", "tweets": as often nouns ("the claims were 'false'").
        "calls", "stresses", "dismisses", "welcomes", "concedes", "confirms", "denies",
    ], caseInsensitive: true)

    /// Present forms that are as often nouns, verbs of saying only right after a quote and its
    /// speaker ('"…," Jo Roe recalls.').
    static let verbsAfterQuote = WordSet(["recalls", "notes", "claims", "recounts", "laughs", "jokes", "muses", "tweets", "reflects"])

    /// Verbs of saying that may come before their subject after a comma, not only after a
    /// quote ("The plan failed 'badly', said Jo Roe"); "told" is left out ("…, told Reuters").
    static let invertibleVerbs = WordSet([
        "said", "says", "added", "adds", "asked", "wrote", "explained", "noted", "continued", "argued", "insisted",
        "recalled", "replied",
    ], caseInsensitive: false)

    /// Members of a body who speak for themselves, unnamed, after the body's name ("a Labour MP",
    /// "a Pentagon official"): not the body's words, unlike its spokesman's.
    static let unnamedMembers = WordSet([
        "MP", "MPs", "lawmaker", "lawmakers", "legislator", "legislators", "source", "sources", "aide", "aides",
        "diplomat", "diplomats", "insider", "insiders", "member", "members", "official", "officials", "minister",
        "ministers", "senator", "MEP", "MEPs", "councillor", "councilor", "delegate", "executive", "employee", "staffer",
    ], caseInsensitive: false)

    /// Modals that make a later verb of saying in a sentence a reported act ("he warned that the
    /// South would respond \"strongly\""), not the cue of the quote.
    static let modals = WordSet(["would", "will", "could", "might", "may", "should", "must", "can"], caseInsensitive: false)

    /// Prepositions opening a sentence with a place ("In Seoul, …", "At the summit, …").
    static let placeOpeners = WordSet(["In", "At", "From", "Outside", "Inside", "Near", "Across"], caseInsensitive: false)

    /// Verbs of saying that say nothing before "to" ("added to the evidence", "continued to press").
    static let verbsBeforeTo = WordSet(["added", "adds", "adding", "continued"], caseInsensitive: true)

    /// Words after which "to" and a verb of saying complete them, not tell why the subject acted
    /// ("wants to say", "is likely to call", "has yet to announce"). Past forms and participles
    /// ("refused", "trying") are told by their endings.
    static let infinitiveTakers = WordSet([
        "want", "wants", "plan", "plans", "hope", "hopes", "seem", "seems", "need", "needs", "have", "has", "going",
        "able", "unable", "likely", "unlikely", "ready", "set", "due", "yet", "about", "willing", "reluctant",
        "refuse", "refuses", "decline", "declines", "fail", "fails", "try", "tries", "intend", "intends", "expect",
        "expects", "agree", "agrees", "appear", "appears", "is", "are", "was", "were", "be", "not", "never",
        "ought", "used", "how", "what", "whether", "where", "when", "chose", "chooses", "began", "begins", "forgot",
    ], caseInsensitive: true)

    /// Verbs whose object does what the infinitive after it says ("urged officials to declare",
    /// "asked the minister to explain"): the subject does not say it.
    static let objectControlVerbs = WordSet([
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "tell", "tells", "told", "invite",
        "invites", "invited", "press", "presses", "pressed", "pressing", "encourage", "encouraged", "challenge",
        "challenged", "challenging", "force", "forced", "allow", "allows", "allowed", "persuade", "persuaded", "beg",
        "begged", "order", "ordered", "instruct", "instructed", "require", "required", "want", "wants", "wanted",
        "expect", "expects", "expected", "call", "calls", "called", "calling", "prompt", "prompted", "lead", "led",
        "get", "got", "help", "helped", "leave", "left", "wait", "waited",
    ], caseInsensitive: true)

    /// Verbs that frame a label as the subject's words only with their particle after them
    /// ("played down the tests as 'business as usual'", "brushed off the report as 'fake'").
    static let phrasalVerbs = WordSet([
        "played", "plays", "playing", "brushed", "brushes", "brushing", "shrugged", "shrugs", "laughed", "laughs",
    ], caseInsensitive: true)

    /// The particles completing `phrasalVerbs`.
    static let phrasalParticles = WordSet(["down", "off", "aside"], caseInsensitive: false)

    /// Verbs whose object, a noun of saying, frames the quote that follows "that" as the
    /// subject's words ("made a rare admission that …", "issued a warning that …").
    /// (Each starts with "m", "g", "i" or "d" and has four to nine letters: `SpeechCueFinder`
    /// screens words so before looking them up.)
    static let nounCueVerbs = WordSet(nounCueVerbWords, caseInsensitive: true)

    /// The words of `nounCueVerbs`.
    static let nounCueVerbWords = ["made", "makes", "gave", "gives", "issued", "issues", "delivered"]

    /// Nouns of saying after `nounCueVerbs`.
    static let speechNouns = WordSet([
        "admission", "pledge", "promise", "claim", "warning", "vow", "plea", "appeal", "call", "statement", "remark",
        "remarks", "comment", "comments", "announcement", "declaration", "confession", "prediction", "assurance",
    ], caseInsensitive: false)

    /// The verb of quoting whose object says the words ("quoted Ada Lintz as saying").
    static let quotingVerbs = WordSet(["quoted"], caseInsensitive: true)

    /// Words before the channel a statement went through ("through the news agency", "via").
    static let channelWords = WordSet(["through", "via"], caseInsensitive: false)

    /// Words opening a title's phrase ("the White House press secretary", "its spokesman").
    static let determiners = WordSet(["the", "a", "an", "its", "his", "her", "their"], caseInsensitive: true)

    /// Documents that speak for whoever issued them ("the statement said").
    static let documentNouns = WordSet([
        "statement", "letter", "communique", "memo", "declaration", "notice", "message", "release", "post",
    ], caseInsensitive: true)

    /// Words before a noun naming one already told of ("the statement", "that statement").
    static let definiteDeterminers = WordSet(["the", "this", "that", "its", "their", "his", "her"], caseInsensitive: true)

    /// Relative pronouns whose antecedent is the speaker ("…, which said").
    static let relativePronouns = WordSet(["which", "who", "that"], caseInsensitive: false)

    /// Words that may stand between "according" and its source ("according to state media").
    static let accordingLeadIn = WordSet(["to"], caseInsensitive: true)
}
