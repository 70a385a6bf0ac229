/// Word lists that qualify triggers and link sentences, as hashed sets.
enum EventCueLexicon {
    private static func set(_ words: String) -> HashedWordSet { HashedWordSet(words: words) }

    /// Words that make a following trigger hypothetical or intended, not reported as done.
    static let hypothetical = set(hypotheticalList)
    /// The words of `hypothetical`, also read by `classes`.
    private static let hypotheticalList = "would could may might will shall should possibility possible prospect prospects open if whether plan plans planned expected expects hope hopes hoped ready willing intend intends seek seeks seeking want wants wanted future potential proposed due consider considers considering"

    /// Negations: "did not meet", "never visited".
    static let negation = set(negationList)
    /// The words of `negation`, also read by `classes`.
    private static let negationList = "not never no neither nor without didn don doesn won hasn haven hadn wasn weren cannot"

    /// Prepositions that make a following event noun a point of time ("before the election").
    static let temporal = set(temporalList)
    /// The words of `temporal`, also read by `classes`.
    private static let temporalList = "before after since until till ahead following during prior"

    /// Copulas: a clause whose only triggers are nouns and whose verb is one of these
    /// describes a state ("her comments are a sign …"), unless a participle follows (passive).
    static let copula = set(copulaList)
    /// The words of `copula`, also read by `classes`.
    private static let copulaList = "is are was were been be remains remain remained seems seem seemed"

    /// Irregular past participles (regular ones end in -ed).
    static let participles = set(participlesList)
    /// The words of `participles`, also read by `classes`.
    private static let participlesList = "made held said met seen given taken shown known done led sent told won hit put set begun brought built bought caught chosen drawn driven eaten fallen felt found fought forgotten got gotten heard hidden kept laid left lost meant paid read run sold shot shut spoken spent stood struck sworn thought thrown understood woken worn written"

    /// Subject pronouns and demonstratives that continue the previous sentence's event.
    static let pronounStarts = set(pronounStartsList)
    /// The words of `pronounStarts`, also read by `classes`.
    private static let pronounStartsList = "he she they it this these those instead"

    /// Possessives that continue the previous sentence's event before a word for what was
    /// said ("Her remarks came a day after …"), not before a role ("Its head, Jo Roe, said").
    static let possessiveStarts = set("his her their its")
    /// Words for what was said, after `possessiveStarts`.
    static let remarkNouns = set("remarks comments statement statements words warning speech announcement")

    /// Words that mark a sentence as continuing the previous one ("He also said").
    static let continuation = set(continuationList)
    /// The words of `continuation`, also read by `classes`.
    private static let continuationList = "also added adding further furthermore later elaborated instead continued"

    /// Speech verbs after which "he"/"she" is an attribution ("North Korea, he added, …").
    static let attribution = set(attributionList)
    /// The words of `attribution`, also read by `classes`.
    private static let attributionList = "said says added told stated"

    /// Words that may open what follows a closing attribution's verb ("said on Friday", "told
    /// reporters", "said in a statement"); any other word opens what was said ("said the …").
    static let attributionTailOpeners = set("""
        on in at during after before late early last this earlier yesterday today tonight to reporters journalists \
        monday tuesday wednesday thursday friday saturday sunday
        """)

    /// Verbs of reporting whose own day ("said Monday", "on Friday announced") dates the
    /// report, not a happening it tells of that the clause dates separately.
    static let reporting = set("said says told stated announced reported confirmed claimed")

    /// Pronouns usable in attributions.
    static let personalPronouns = set(personalPronounsList)
    /// The words of `personalPronouns`, also read by `classes`.
    private static let personalPronounsList = "he she they"

    /// Adverbs and auxiliaries marking background (pluperfect) events: "had met", "previously".
    static let background = set(backgroundList)
    /// The words of `background`, also read by `classes`.
    private static let backgroundList = "previously earlier formerly once"

    /// The pluperfect auxiliary.
    static let had = WordHash.key("had")

    /// The relative pronoun of asides about people ("officials, who spoke on condition …").
    static let who = WordHash.key("who")

    /// The infinitive marker; "to meet" is intended, not done.
    static let to = WordHash.key("to")

    /// "that", opening what a verb of saying reports.
    static let that = WordHash.key("that")

    /// Most words from a verb of saying to the "that" of what it reports ("told Dutch radio that").
    static let thatReach = 5

    /// Auxiliaries of the perfect ("has announced").
    static let perfectAuxiliaries = set("has have had")

    /// Participles that add a remark after a closing attribution ('"…," she said, adding that …').
    static let participlesOfSaying = set("adding saying noting insisting warning stressing arguing")

    /// The words of `CueClass.subordinator`: they open a subordinate clause, whose verb has its
    /// own subject ("after Tom Roe said").
    private static let subordinatorsList = "after before when because until while although though whereas"

    /// "since", which after "the first" opens another, earlier happening ("the first meeting
    /// since Jo Roe met Al Poe in 2018").
    static let since = WordHash.key("since")

    /// Words that make a later "since" look back to an earlier happening ("the first … since").
    static let firstSince = set("first last only")

    /// Most words between "since" and the trigger of the happening it opens.
    static let sinceReach = 5

    /// Relative pronouns of a person ("X, who took office in 2019, said").
    static let personRelatives = set("who whom whose")

    /// The agent of a passive ("was called by the party").
    static let by = WordHash.key("by")
    /// "from", which after "up"/"down" opens a comparison.
    static let from = WordHash.key("from")

    /// The article skipped before a name ("said the ministry").
    static let the = WordHash.key("the")

    /// The relative pronoun of a thing ("the action, which will be followed by …").
    static let which = WordHash.key("which")

    /// Open the start or end of a span after the action ("the first meeting since … in
    /// January", "would hit sales until the middle of 2022"): their time bounds the span, not the event.
    static let spanBounds = set("since until till")

    /// Words opening a comparison whose time is the compared value's ("up from 86% in the
    /// 2018 vote", "compared with a year earlier", "higher than in 2019").
    static let comparisons = set("than compared")

    /// Words before "than" that make it a quantity, not a comparison ("more than a year ago").
    static let quantities = set("more less fewer")

    /// Words before "from" that make it a comparison ("up from", "down from").
    static let changeDirections = set("up down")

    /// Every word the dating of a mention reacts to (`spanBounds`, `conditions`,
    /// `comparisons`, "from", `comes`, `personRelatives`, "which"), so other words are
    /// passed over with one bit test (`CueClass.timeScope`).
    private static let timeScopeList = "since until till if unless than compared from come comes came coming who whom whose which"
    /// Open a condition after the action ("would not send teams if the Games went ahead this
    /// summer"): its time is the condition's.
    static let conditions = set("if unless")

    /// "The statement came days after …": what follows dates the earlier happening, not this one.
    static let comes = set("come comes came coming")
    /// The relations after `comes` ("came a week after", "comes hours before", "came as the
    /// ministers arrived in Tokyo on Monday", "came amid drills that began on March 8").
    static let sequenceWords = set("after before as amid")
    /// Most words between `comes` and its relation ("came two days after").
    static let sequenceReach = 4

    /// First words of an opening phrase that sets the scene for the clause after its comma
    /// ("In a statement, …", "After the meeting, …", "Speaking to reporters, …").
    static let phraseOpeners = set("in at after before during following speaking addressing writing")
    /// Most words of such a phrase, its comma included.
    static let openingPhraseReach = 12

    /// Relation words introducing a target: "with the US", "towards North Korea".
    static let targetPrepositions = set(targetPrepositionsList)
    /// The words of `targetPrepositions`, also read by `classes`.
    private static let targetPrepositionsList = "with towards toward against at to on"

    /// Conjunctions that open a new clause after a comma ("…, and North Korea paraded …").
    static let clauseConjunctions = set("and but while whereas")

    /// The word that says an office holder preceded another ("X's predecessor Y").
    static let predecessor = set(predecessorList)
    /// The words of `predecessor`, also read by `classes`.
    private static let predecessorList = "predecessor predecessors"

    /// Function and very common words left out of content-word similarity.
    static let stopWords = set(stopWordsList)
    /// The words of `stopWords`, also read by `classes`.
    private static let stopWordsList = """
        a an the and or but nor of to in on at by for from with without about as into onto over under \
        than then that this these those which who whom whose what when where why how there here \
        is are was were be been being am has have had having do does did doing will would could should \
        may might must can shall it its it's he him his she her hers they them their theirs we us our \
        you your i me my not no also just so very more most such only own same other another any some \
        all both each few many much one two s t said says say told added after before while during \
        since until if whether because although though previously earlier recently later still yet \
        mr mrs ms dr its new first last next well even back now
        """

    /// Classes of every cue word above that clause checks test, one table lookup a word.
    static let classes: HashedWordTable<UInt16> = HashedWordTable(classBits.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })

    /// The cue bits of every cue word, by word hash (`classes` as a dictionary, also read by `EventWordTable`).
    static let classBits: [UInt64: UInt16] = {
        var bits: [UInt64: UInt16] = [:]
        for (list, cue) in [
            (stopWordsList, CueClass.stop), (backgroundList, .background), (continuationList, .continuation),
            (personalPronounsList, .personalPronoun), (attributionList, .attribution), (copulaList, .copula),
            (participlesList, .participle), (predecessorList, .predecessor), (negationList, .negation),
            (hypotheticalList, .hypothetical), (temporalList, .temporal), (pronounStartsList, .pronounStart),
            (targetPrepositionsList, .targetPreposition), (timeScopeList, .timeScope), (subordinatorsList, .subordinator),
        ] {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                bits[WordHash.key(String(word)), default: 0] |= cue.rawValue
            }
        }
        return bits
    }()
}

/// Which cue lists a word is on, as bits.
struct CueClass: OptionSet, Sendable {
    let rawValue: UInt16
    /// A function or very common word (`stopWords`).
    static let stop = CueClass(rawValue: 1 << 0)
    /// A background adverb (`background`).
    static let background = CueClass(rawValue: 1 << 1)
    /// A continuation word (`continuation`).
    static let continuation = CueClass(rawValue: 1 << 2)
    /// A personal pronoun (`personalPronouns`).
    static let personalPronoun = CueClass(rawValue: 1 << 3)
    /// A speech verb of attributions (`attribution`).
    static let attribution = CueClass(rawValue: 1 << 4)
    /// A copula (`copula`).
    static let copula = CueClass(rawValue: 1 << 5)
    /// An irregular past participle (`participles`).
    static let participle = CueClass(rawValue: 1 << 6)
    /// A word for a preceding office holder (`predecessor`).
    static let predecessor = CueClass(rawValue: 1 << 7)
    /// A negation (`negation`).
    static let negation = CueClass(rawValue: 1 << 8)
    /// A word of intention or possibility (`hypothetical`).
    static let hypothetical = CueClass(rawValue: 1 << 9)
    /// A preposition of time (`temporal`).
    static let temporal = CueClass(rawValue: 1 << 10)
    /// A pronoun that continues the previous sentence when it opens a clause (`pronounStarts`).
    static let pronounStart = CueClass(rawValue: 1 << 11)
    /// A preposition introducing a target (`targetPrepositions`).
    static let targetPreposition = CueClass(rawValue: 1 << 12)
    /// A word that may end what dates an event (`timeScopeList`).
    static let timeScope = CueClass(rawValue: 1 << 13)
    /// A word opening a subordinate clause (`subordinatorsList`).
    static let subordinator = CueClass(rawValue: 1 << 14)
}
