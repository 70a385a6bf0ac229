import StorylineModel

/// A word or phrase that marks a sentence as reporting something that happened.
struct TriggerRule: Sendable {
    /// Whether the trigger is a verb (an action) or a noun (a named happening).
    enum Form: Sendable { case verb, noun }

    /// Lower-case words of the phrase, in order.
    var words: [String]
    /// The kind of event it reports.
    var kind: EventKind
    /// Verb or noun.
    var form: Form
    /// Words of which one must occur within `window` words either side ("test" needs "missile").
    var context: [String] = []
    /// How far `context` words may be.
    var window: Int = 5
    /// Words of which one must follow within `window` words ("called X a …", "described X as …").
    var label: [String] = []
    /// Words that must not follow directly ("called for", "called on").
    var notBefore: [String] = []
    /// Words that must not stand among the two before it ("lodged a protest" is a diplomat's word).
    var notAfter: [String] = []
}

/// The trigger words per event kind. English news usage, not any one story.
enum EventTriggerLexicon {
    private static func verbs(_ kind: EventKind, _ words: String) -> [TriggerRule] {
        words.split(separator: " ").map { TriggerRule(words: [String($0)], kind: kind, form: .verb) }
    }

    private static func nouns(_ kind: EventKind, _ words: String) -> [TriggerRule] {
        words.split(separator: " ").map { TriggerRule(words: [String($0)], kind: kind, form: .noun) }
    }

    private static func phrase(_ kind: EventKind, _ text: String) -> TriggerRule {
        TriggerRule(words: text.split(separator: " ").map(String.init), kind: kind, form: .noun)
    }

    /// "added that …", but not "the results added to the evidence" nor "rerouted, adding about
    /// 12 days to the voyage" (which make more).
    private static let additions: [TriggerRule] = ["added", "adds", "adding"].map { (verb: String) -> TriggerRule in
        TriggerRule(words: [verb], kind: .statement, form: .verb, notBefore: [
            "to", "about", "up", "around", "roughly", "nearly", "almost", "more", "another", "some", "extra", "fuel", "pressure", "value",
        ])
    }

    /// "called on party officials to wage …": an appeal, as "urged" is.
    private static let appeals: [TriggerRule] = ["called", "calls"].map { (verb: String) -> TriggerRule in
        TriggerRule(words: [verb, "on"], kind: .statement, form: .verb, window: 8, label: ["to"])
    }

    /// Labelling verbs: "called X a …", "described X as …", "referred to X as …".
    private static func labelling(_ words: String) -> [TriggerRule] {
        words.split(separator: " ").map {
            TriggerRule(words: [String($0)], kind: .criticism, form: .verb, window: 6,
                        label: ["as", "a", "an"], notBefore: ["for", "on", "off", "up", "in", "back"])
        }
    }

    /// Words of a law or a chamber's business near which passing, approving or voting is a policy event.
    private static let legislation = [
        "bill", "bills", "law", "laws", "legislation", "measure", "budget", "act", "resolution", "amendment", "reform",
        "package", "treaty", "deal", "spending",
    ]

    /// What a chamber votes to do with a law ("voted 69 to 30 to approve …").
    private static let legislating = ["approve", "pass", "reject", "block", "repeal", "override", "ratify"]

    /// Every rule.
    static let rules: [TriggerRule] =
        verbs(.statement, "said says stated announced declared told tells elaborated commented remarked insisted warned urged noted claimed confirmed denied stressed emphasised emphasized wrote tweeted admitted acknowledged reiterated vowed pledged threatened threatens")
        + nouns(.statement, "statement statements announcement comments remarks declaration")
        + verbs(.speech, "spoke addressed")
        + nouns(.speech, "speech speeches")
        // "her first address to a joint session of parliament", "a televised address"; not an email
        // address or "to address the issue".
        + [TriggerRule(words: ["address"], kind: .speech, form: .noun,
                       context: ["congress", "parliament", "nation", "televised", "inaugural", "keynote", "joint", "lawmakers", "assembly"],
                       window: 5, notAfter: ["to", "email", "home", "web"])]
        + verbs(.interview, "interviewed")
        + nouns(.interview, "interview interviews")
        // "met with the minister", not "was met with criticism", "was met by Shaw on the volley",
        // "met expectations" or "met the target".
        + ["met", "meet", "meets"].map {
            TriggerRule(words: [$0], kind: .meeting, form: .verb,
                        notBefore: ["expectations", "demand", "demands", "targets", "target", "criteria", "deadline", "requirements"],
                        notAfter: ["was", "were", "been", "being"])
        }
        + verbs(.meeting, "convened hosted")
        + nouns(.meeting, "meeting meetings plenum congress gathering")
        // "a joint session of parliament" is where a leader speaks, not a meeting of its own.
        + [TriggerRule(words: ["session"], kind: .meeting, form: .noun, notAfter: ["joint"])]
        // Not "a conference call" (a way of talking, not a meeting), nor a news conference (where
        // something is said: "told a news conference").
        + [TriggerRule(words: ["conference"], kind: .meeting, form: .noun, notBefore: ["call", "calls"])]
        + [phrase(.statement, "news conference"), phrase(.statement, "press conference")]
        + nouns(.summit, "summit summits")
        + verbs(.talks, "negotiated")
        + nouns(.talks, "talks negotiations")
        + nouns(.parade, "parade parades")
        + verbs(.parade, "paraded")
        + [
            phrase(.parade, "show of strength"), phrase(.parade, "show of force"),
            phrase(.parade, "display of military"), phrase(.parade, "military display"),
            phrase(.parade, "military parade"),
        ]
        + ["test", "tests", "tested", "testing", "launch", "launches", "launched", "fired", "fires", "test-fired", "test-fires",
           "test-fire", "test-launched"].map {
            TriggerRule(words: [$0], kind: .weaponsTest, form: .verb,
                        context: ["missile", "missiles", "rocket", "rockets", "nuclear", "ballistic", "weapon", "weapons", "warhead", "projectile", "projectiles"],
                        // "fired what appeared to be an intercontinental ballistic missile": eight words on.
                        window: 8)
        }
        + ["review", "reviewed", "reviewing", "reassessment"].map {
            TriggerRule(words: [$0], kind: .policyReview, form: .noun, context: ["policy", "policies", "strategy"], window: 6)
        }
        + verbs(.policy, "promised adopted unveiled")
        // Laws: "the Senate passed a climate bill", "parliament approved the budget".
        + ["passed", "approved", "vetoed", "enacted", "ratified"].map {
            TriggerRule(words: [$0], kind: .policy, form: .verb, context: legislation, window: 8)
        }
        // A chamber's approval of a government or an appointment: "parliament narrowly approved
        // a new coalition government", "the Senate approved her nomination".
        + [TriggerRule(words: ["approved"], kind: .policy, form: .verb, context: ["coalition", "cabinet", "nominee", "nomination", "appointment"], window: 6)]
        // A company's results: "reported record revenue", "posted a quarterly loss"; not "reported on Monday".
        + ["reported", "posted", "reports", "posts"].map {
            TriggerRule(words: [$0], kind: .other, form: .verb,
                        context: ["revenue", "revenues", "profit", "profits", "earnings", "loss", "losses", "results", "sales", "income"], window: 5)
        }
        // A chamber's vote on a law is the law's event, not an election ("voted 69 to 30 to
        // approve the package"); listed before the election words so that it wins for "voted".
        + ["voted"].map { TriggerRule(words: [$0], kind: .policy, form: .verb, context: legislation + legislating, window: 8) }
        + ["vote", "votes"].map { TriggerRule(words: [$0], kind: .policy, form: .noun, context: legislation + legislating, window: 8) }
        // Rate decisions: "raised interest rates by 0.75 points", "lifted its key rate"; not
        // "raised concerns" or "cut jobs".
        + ["raised", "raises", "raise", "cut", "cuts", "lowered", "hiked", "hikes", "lifted", "increased", "held", "kept"].map {
            TriggerRule(words: [$0], kind: .policy, form: .verb, context: ["rate", "rates", "interest"], window: 4)
        }
        // A policy noun is an event only when something is done with it ("unveiled a new approach").
        + ["policy", "policies", "approach", "strategy", "doctrine"].map {
            TriggerRule(words: [$0], kind: .policy, form: .noun,
                        context: ["new", "announced", "unveiled", "adopted", "promised", "launched", "introduced", "pursue", "pursued", "shift", "changed", "elaborated", "outlined"], window: 5)
        }
        // Reactions said aloud ("congratulated the winner", "conceded defeat") are statements.
        + verbs(.statement, "congratulated praised welcomed thanked conceded apologised apologized")
        + verbs(.election, "campaigned voted elected")
        // "won the election", "defeated the incumbent in a run-off": not "won a contract".
        + ["won", "wins", "defeated"].map {
            TriggerRule(words: [$0], kind: .election, form: .verb,
                        context: ["election", "elections", "vote", "votes", "run-off", "runoff", "primary", "referendum", "presidency", "ballot", "seats", "poll"], window: 6)
        }
        + nouns(.election, "election elections campaign vote ballot re-election")
        + verbs(.visit, "visited visits travelled traveled toured")
        + nouns(.visit, "visit trip tour")
        + verbs(.response, "responded replied retorted rebuffed snubbed rejected dismissed reacted react responds")
        + nouns(.response, "response reply reaction rebuke")
        + labelling("called described referred branded labelled labeled dubbed")
        // Demands are said: "called in January for 'more powerful' weapons", "calls for calm".
        // A time may stand between ("called in January for …"); "called off" is no demand.
        + ["called", "calls"].map {
            TriggerRule(words: [$0], kind: .statement, form: .verb, context: ["for"], window: 4, notBefore: ["off", "up", "back"])
        }
        + appeals
        + additions
        + verbs(.criticism, "denounced condemned criticised criticized accused slammed blasted mocked insulted")
        + nouns(.criticism, "criticism condemnation")
        + verbs(.agreement, "agreed signed")
        + nouns(.agreement, "agreement deal accord treaty pact merger takeover acquisition")
        // Companies buying companies: "bought Stratus Oil for $9bn", "acquired a 20% stake";
        // not "bought time" or "acquired a taste".
        + ["bought", "buys", "acquired", "acquires"].map {
            TriggerRule(words: [$0], kind: .agreement, form: .verb,
                        context: ["stake", "shares", "company", "firm", "rival", "billion", "million", "takeover", "deal"]
                            + ActorLexicon.companyHeadNames.sorted().map { $0.lowercased() },
                        window: 7)
        }
        // Selling one: "the company was sold to a rival", "sold its stake"; not "sold 2 million
        // copies" or "investors sold shares".
        + ["sold", "sells"].map {
            TriggerRule(words: [$0], kind: .agreement, form: .verb,
                        context: ["stake", "company", "firm", "rival", "takeover", "unit", "division", "subsidiary", "business"]
                            + ActorLexicon.companyHeadNames.sorted().map { $0.lowercased() },
                        window: 5)
        }
        + verbs(.sanction, "sanctioned fined penalised penalized")
        // A sanction is news when someone acts on it ("imposed new sanctions"), not when it is
        // the background of what was said ("while keeping sanctions in place").
        + ["sanction", "sanctions", "embargo"].map {
            TriggerRule(
                words: [$0], kind: .sanction, form: .noun,
                context: ["impose", "imposes", "imposed", "imposing", "new", "fresh", "announce", "announces", "announced", "slapped",
                          "lift", "lifts", "lifted", "eased", "extended", "tightened", "expanded", "hit", "unveiled", "sweeping",
                          "targeting", "targeted", "broader", "tougher", "additional", "further"],
                window: 4)
        }
        // Named before the attack words it shares a sentence with ("an earthquake struck …,
        // killing 40"): the kind of the most specific trigger wins. No "flood" or "storm"
        // ("a flood of refugees", "a storm of criticism").
        + nouns(.disaster, "earthquake earthquakes quake quakes tsunami hurricane typhoon cyclone tornado floods flooding wildfire wildfires bushfire bushfires landslide landslides mudslide avalanche eruption drought heatwave")
        // A fire is a disaster where it burns land or homes ("the blaze scorched 11,000 acres", "the
        // Tubbs Fire, which killed 22"); not "opened fire", "came under fire" or "fire officials said".
        + ["fire", "fires", "blaze", "blazes"].map {
            TriggerRule(words: [$0], kind: .disaster, form: .noun,
                        context: ["acres", "hectares", "burned", "burnt", "burning", "containment", "contained", "firefighters",
                                  "evacuate", "evacuated", "evacuation", "scorched", "brush", "forest", "wildland", "destroyed",
                                  "broke", "raged", "raging", "gutted"],
                        window: 8, notBefore: ["officials", "department", "departments", "chief", "chiefs", "service", "crews", "crew",
                                               "station", "brigade", "truck", "trucks", "engines", "alarm", "safety", "season"])
        }
        + verbs(.attack, "attacked bombed shelled invaded raided killed assassinated murdered stabbed ambushed")
        // "a missile struck the hospital", "drones struck targets"; not "struck a measured tone",
        // "struck a deal" or "the judge struck down the law".
        + [TriggerRule(words: ["struck"], kind: .attack, form: .verb,
                       context: ["missile", "missiles", "rocket", "rockets", "drone", "drones", "airstrike", "airstrikes", "bomb", "bombs",
                                 "shell", "shells", "troops", "forces", "jets", "warplanes", "artillery", "killing", "killed", "wounding",
                                 "targets", "positions", "convoy"],
                       window: 6, notBefore: ["down", "out", "off"])]
        // Taking ground: "retook the city", "troops entered Kherson"; not "captured the mood" or
        // "entered talks".
        + ["captured", "recaptured", "retook", "seized", "stormed", "overran", "entered", "took", "capture"].map {
            TriggerRule(words: [$0], kind: .attack, form: .verb,
                        context: ["troops", "forces", "soldiers", "army", "tanks", "militants", "rebels", "fighters", "city", "town",
                                  "village", "territory", "positions", "stronghold", "airport", "base", "capital", "province"],
                        window: 5)
        }
        + nouns(.attack, "attack attacks bombing invasion raid airstrike airstrikes")
        // Forces sent somewhere: "the army was deployed to the border", "deployed 3,000 troops";
        // not "deployed a new app".
        + ["deployed", "deploys"].map {
            TriggerRule(words: [$0], kind: .other, form: .verb,
                        context: ["troops", "army", "soldiers", "forces", "warships", "tanks", "battalion", "battalions", "brigade", "marines", "jets"],
                        window: 5)
        }
        + verbs(.protest, "protested marched rallied")
        // Not "lodged a strong protest", "a formal protest": a government's complaint, a statement.
        + ["protest", "protests"].map {
            TriggerRule(words: [$0], kind: .protest, form: .noun,
                        notAfter: ["lodged", "lodge", "lodges", "filed", "formal", "diplomatic", "official", "strong", "strongly-worded"])
        }
        + nouns(.protest, "demonstration demonstrations rally")
        + [phrase(.protest, "tear gas")]
        // Labour action, a protest of its own sort: "walked out", a walkout, and a strike where
        // workers, unions or pay stand near (not "air strike", "strike a deal").
        + [phrase(.protest, "walked out"), phrase(.protest, "went on strike"), phrase(.protest, "go on strike")]
        + nouns(.protest, "walkout walkouts stoppage stoppages")
        + ["strike", "strikes"].map {
            TriggerRule(words: [$0], kind: .protest, form: .noun,
                        context: ["workers", "union", "unions", "pay", "staff", "employees", "members", "picket", "industrial", "nurses", "teachers", "drivers", "rail", "wages", "walked"],
                        window: 6, notBefore: ["a", "back"])
        }
        // Protesters are a happening where they are out in numbers or met by police, not in
        // "accused some protesters of looting".
        + ["protesters", "protestors", "demonstrators"].map {
            TriggerRule(words: [$0], kind: .protest, form: .noun,
                        context: ["police", "thousands", "hundreds", "streets", "clashed", "clashes", "gathered", "crowd", "crowds", "marched", "cannon", "rubber"], window: 8)
        }
        // Results in sport: "won the European Championship", "beating England 3-2 on penalties";
        // not "won the election" (above) or "beat expectations".
        + ["won", "wins", "beat", "beats", "beating", "defeated", "drew", "clinched"].map {
            TriggerRule(words: [$0], kind: .other, form: .verb,
                        context: ["championship", "title", "cup", "final", "semi-final", "match", "game", "league", "tournament",
                                  "medal", "trophy", "penalties", "goals", "goal", "points", "sets", "round", "gold", "silver"],
                        window: 6)
        }
        // Courts, police and offices: reported as happenings of their own kind-less sort, and
        // only where no other trigger names the sentence (`other` ranks last).
        // Lawsuits and oaths of office: "sued the company on Wednesday", "filed a lawsuit",
        // "was sworn in as interim president".
        + verbs(.other, "sued sues")
        + [TriggerRule(words: ["filed"], kind: .other, form: .verb, context: ["lawsuit", "suit", "complaint", "charges"], window: 4)]
        + [TriggerRule(words: ["sworn", "in"], kind: .other, form: .verb)]
        // Leaving office: "quit as health secretary", "stepped down on Friday"; not "quit smoking".
        + ["quit", "quits"].map { TriggerRule(words: [$0], kind: .other, form: .verb, notBefore: ["smoking", "drinking", "being"]) }
        + [TriggerRule(words: ["stepped", "down"], kind: .other, form: .verb), TriggerRule(words: ["steps", "down"], kind: .other, form: .verb)]
        // "appeared before Leeds Magistrates' Court", "appeared in court"; not "appeared to agree".
        + ["appeared", "appears"].map {
            TriggerRule(words: [$0], kind: .other, form: .verb, context: ["court", "magistrates", "judge", "tribunal", "hearing"], window: 4)
        }
        + verbs(.other, "arrested detained indicted convicted sentenced acquitted jailed extradited overturned upheld resigned appointed nominated sacked blocked")
        // Pulling out of a place or a race: "completed its withdrawal", "withdrew from the race".
        + verbs(.other, "withdrew retreated")
        + nouns(.other, "withdrawal pullout retreat")
        + [
            TriggerRule(words: ["ruled"], kind: .other, form: .verb, notBefore: ["out"]),
            // "charged with bribery", not "critics charged that …" or "a politically charged debate".
            TriggerRule(words: ["charged"], kind: .other, form: .verb, context: ["with"], window: 4),
        ]
        // Not "ruling" ("the ruling party"), "arrest" ("house arrest") or "resignation"
        // ("demanded his resignation"): as often no happening.
        + nouns(.other, "verdict extradition investigation probe")

    /// Rules grouped by their first word, in `firstWords` order: the scanner tags each word
    /// with the number of its list (`WordToken.trigger`), so detection looks no word up again.
    static let lists: [[CompiledTrigger]] = grouped.map(\.rules)

    /// Hashes of the first words of `lists`, in the same order.
    static let firstWords: [UInt64] = grouped.map(\.key)

    /// The rules grouped by the hash of their first word, in order of that hash.
    private static let grouped: [(key: UInt64, rules: [CompiledTrigger])] = {
        var table: [UInt64: [CompiledTrigger]] = [:]
        for rule in rules {
            guard let first = rule.words.first else { continue }
            table[WordHash.key(first), default: []].append(CompiledTrigger(rule))
        }
        return table.sorted { $0.key < $1.key }.map { (key: $0.key, rules: $0.value) }
    }()
}

/// A trigger rule with its words hashed once.
struct CompiledTrigger: Sendable {
    var rule: TriggerRule
    var words: [UInt64]
    var context: [UInt64]
    var label: [UInt64]
    var notBefore: [UInt64]
    var notAfter: [UInt64]

    init(_ rule: TriggerRule) {
        self.rule = rule
        words = rule.words.map(WordHash.key)
        context = rule.context.map(WordHash.key)
        label = rule.label.map(WordHash.key)
        notBefore = rule.notBefore.map(WordHash.key)
        notAfter = rule.notAfter.map(WordHash.key)
    }
}
