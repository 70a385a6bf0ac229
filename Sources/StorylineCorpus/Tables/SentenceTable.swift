/// Sentence templates per kind of happening, written the way news agencies phrase them.
///
/// Slots in braces are filled by `ArticleWriter`: {A} actor (introduced on first use),
/// {a} actor again, {he}/{He}/{his} pronouns, {C}/{D} actor's country and demonym,
/// {T} target, {P} place, {N} number, {X} a count of times, {t} a time phrase after
/// the verb, {Tm} a time phrase opening the sentence, {Q.} a quote ending the sentence,
/// {Q,} a quote before its attribution, {q} a partial quote, {L} a short label in quotes,
/// {cue} an attribution verb, {agency} a news agency, {topic} a subject, {ref} a named date.
enum SentenceTable {
    /// Lead sentences: the first report of a happening in an article, by kind.
    static let leads: [(kind: PlannedKind, templates: [String])] = [
        (.statement, [
            "{A} said{t} that {C} would not {q}.",
            "{A} warned{t} that {T} was making {L} mistake, and that {C} would respond.",
            "{Tm}{A} described the policy of {T} as {L}.",
            "In a statement{t}, {A} said: {Q.}",
            "{Q,} {A} {cue}{t}.",
            "According to {agency}, {A} told officials{t} that {C} was prepared to {q}.",
        ]),
        (.meeting, [
            "{A} met {T} in {P}{t} to discuss {topic}.",
            "{Tm}{A} held talks with {T} in {P}, their first meeting in {N} years.",
            "{A} and {T} met{t} in {P}, according to {agency}.",
            "{Tm}{A} sat down with {T} in {P} for talks on {topic}.",
        ]),
        (.summit, [
            "Leaders from {N} countries gathered in {P}{t} for a summit on {topic}.",
            "{A} attended a summit in {P}{t}, where {topic} dominated the agenda.",
            "{Tm}a summit in {P} brought together {A} and the leaders of {N} other nations.",
        ]),
        (.visit, [
            "{A} visited {P}{t}, {his} first trip abroad in {N} months.",
            "{Tm}{A} arrived in {P} for a {N}-day visit.",
            "{A} travelled to {P}{t} on a visit that officials called overdue.",
        ]),
        (.parade, [
            "{C} staged a large military parade in {P}{t}, showing off {N} new missile launchers.",
            "{Tm}thousands of troops marched through {P} in a parade watched by {A}.",
            "{Tm}{C} held a show of force in {P}, with {N} armoured vehicles rolling past {A}.",
        ]),
        (.weaponsTest, [
            "{C} test-fired {N} short-range missiles{t}, {agency} reported.",
            "{Tm}the military of {C} launched what it called a new cruise missile.",
            "{C} carried out a weapons test off its eastern coast{t}, the first in {N} months.",
        ]),
        (.policyReview, [
            "{C} has completed a review of its policy towards {T}, officials said{t}.",
            "{Tm}the government in {P} finished a review of its approach to {T}.",
            "{A} said{t} that the review of relations with {T} was complete.",
        ]),
        (.election, [
            "{A} won the election in {C}{t} with {N} per cent of the vote.",
            "{Tm}voters in {C} returned {A} to office, with turnout at {N}%.",
            "{A} claimed victory in the {D} general election{t}.",
        ]),
        (.sanction, [
            "{C} imposed sanctions on {N} companies from {T}{t}.",
            "{Tm}{A} announced new sanctions against {T} over {topic}.",
        ]),
        (.agreement, [
            "{C} and {T} signed an agreement on {topic}{t}.",
            "{Tm}{A} signed a deal with {T} covering {topic}, {agency} said.",
        ]),
        (.protest, [
            "About {N},000 people protested in {P}{t} against the government's handling of {topic}.",
            "{Tm}crowds gathered outside parliament in {P} to protest over {topic}.",
        ]),
        (.response, [
            "{C} reacted angrily{t}, saying the remarks showed {T} intended to {q}.",
            "{Tm}{A} hit back, calling the criticism from {T} {L}.",
        ]),
    ]

    /// Follow-up sentences about a happening already reported in the article.
    static let followUps: [String] = [
        "{Q,} {he} {cue}.",
        "{He} also said {C} would {q}.",
        "{a} added that {he} had met {T} {X} before, but that progress had stalled.",
        "{a} {cue} that officials had discussed the matter for more than {N} hours.",
        "The {D} side said {Q.}",
        "Officials in {P} did not respond to requests for comment.",
        "{a}'s remarks were reported by {agency}{t}.",
        "{a} later said that {C} was ready to {q}, according to {agency}.",
        "{He} {cue} that {C} had warned {T} {X} before.",
        "The statement described the move by {T} as {L}.",
    ]

    /// Context sentences that report no happening.
    static let background: [String] = [
        "Relations between {C} and {T} have been strained for years.",
        "Analysts say the dispute over {topic} could drag on for months.",
        "The U.S. and the E.U. have urged both sides to show restraint.",
        "Neither government commented on the reports.",
        "Markets in {P} fell 2.5% on the news, before recovering by 3 p.m. local time.",
        "{D} officials, who spoke on condition of anonymity, said the timing was no accident.",
        "Some {N},000 people live within 50 km of the border.",
        "The {D} economy grew by 1.8% last year, according to official figures.",
        "Dr. Ilse Marchetti, an analyst at the Institute for Coastal Studies, said the move was expected.",
        "It is not clear how many ships the navy of {C} has at sea.",
        "St. Vannick's harbour, near {P}, handles most of the region's grain.",
        "The {D} navy has doubled its patrols in the straits since the spring.",
        "Diplomats in {P} say a compromise on {topic} is possible but not imminent.",
        "Trade between the two countries fell by a third over the past two years.",
        "Opposition politicians in {C} have accused the government of exaggerating the threat.",
        "The border has been closed to most traffic for {N} months.",
        "A poll published last week found that 58% of voters back the government's approach.",
        "Shipping insurers raised their premiums for the route by 12.5 per cent.",
        "Gen. Oskar Farrow, a retired commander, said the exercises were the largest he had seen.",
        "Prof. Hanna Korhonen of Brennholt University said the dispute dates back to the 1990s.",
        "Fishing crews in {P} say their catch has fallen sharply because of the patrols.",
        "The {D} parliament is due to debate the issue next month.",
        "A U.N. envoy is expected in the region within weeks, officials said.",
        "The foreign ministry in {P} summoned the ambassador of {T} for the second time this year.",
    ]

    /// Headline templates by kind; {C} country, {T} target, {a} actor's family name, {topic}.
    static let headlines: [(kind: PlannedKind, templates: [String])] = [
        (.statement, ["{a} warns {T} over {topic}", "{C} will not back down, says {a}", "{D} leader hits out at {T}"]),
        (.meeting, ["{C} and {T} hold rare talks in {P}", "{a} meets {T} envoy as tensions ease"]),
        (.summit, ["Summit in {P} puts {topic} on the agenda", "Leaders meet in {P} amid row over {topic}"]),
        (.visit, ["{a} visits {P} in first trip abroad", "{D} leader arrives in {P}"]),
        (.parade, ["{C} shows off new missiles in {P} parade", "Troops march in {P} as {C} flexes muscles"]),
        (.weaponsTest, ["{C} tests missiles as tensions with {T} rise", "{C} fires {N} missiles, agency says"]),
        (.policyReview, ["{C} completes review of {T} policy", "{C} sets out new approach to {T}"]),
        (.election, ["{a} wins election in {C}", "{C} votes: {a} claims victory"]),
        (.sanction, ["{C} imposes new sanctions on {T}", "{T} hit by sanctions over {topic}"]),
        (.agreement, ["{C} and {T} sign deal on {topic}", "Breakthrough as {C} and {T} agree on {topic}"]),
        (.protest, ["Thousands protest in {P} over {topic}", "Anger in {P} over {topic}"]),
        (.response, ["{C} hits back at {T}", "{C} rejects criticism from {T}"]),
    ]
}

/// Words that fill quote and attribution slots.
enum QuoteTable {
    /// Who speaks in a quote.
    static let subjects = ["we", "our people", "the people of our country", "we as a nation"]
    /// Modal verbs, each with the wording another outlet may use instead.
    static let modals: [(String, String)] = [
        ("will not", "won't"), ("will never", "will not ever"), ("cannot", "can not"),
        ("must", "have to"), ("are ready to", "stand ready to"), ("will", "shall"),
    ]
    /// Verb phrases, each with a paraphrased wording.
    static let verbPhrases: [(String, String)] = [
        ("accept any threat to our borders", "accept any threats to our borders"),
        ("give up the right to defend ourselves", "give up our right to defend ourselves"),
        ("abandon the path of dialogue", "abandon the road of dialogue"),
        ("stand by while our neighbours are pressured", "stand aside while our neighbours are pressured"),
        ("tolerate provocations of this kind", "tolerate such provocations"),
        ("walk away from the negotiating table", "walk away from the table"),
        ("protect our fishermen and our waters", "protect our fishermen and waters"),
        ("respond firmly to every act of pressure", "respond firmly to any act of pressure"),
        ("keep the door to talks open", "keep the door open to talks"),
        ("defend the dignity of our state", "defend our state's dignity"),
    ]
    /// Endings of a full quote.
    static let tails = ["", " under any circumstances", " at this stage", " as long as I hold this office", " and everyone knows it"]
    /// Short labels (under three words) that articles quote.
    static let labels = ["reckless", "a bully", "provocative", "unacceptable", "a gambler", "irresponsible", "a disgrace", "a grave mistake"]
    /// Attribution verbs in the past tense.
    static let cues = ["said", "added", "stated", "warned", "insisted", "declared", "noted", "told reporters", "says"]
    /// Counts of times, as words and digits, so outlets disagree in both spellings.
    static let counts = ["once", "twice", "three times", "four times", "2 times", "3 times"]
}

/// Lines that are page furniture rather than article text.
enum FurnitureTable {
    /// Lines that open an article body after its headline.
    static let openers = ["- Published", "Published", "By staff reporters", "Listen to this article"]
    /// Lines dropped between paragraphs.
    static let inserts = [
        "Advertisement", "Related Topics", "Share this article", "Read more:",
        "Image source, Atlas Photo Service", "Image caption, Officials at the ceremony",
        "Sign up for our morning newsletter", "Follow our live coverage",
    ]
    /// Lines that close an article.
    static let closers = ["Related Blogs", "More on this story", "All rights reserved.", "Share"]
}

/// Calendar words.
enum CalendarTable {
    /// Month names, January first.
    static let months = ["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"]
    /// Abbreviated month names with their period, as some style guides write them.
    static let monthAbbreviations = ["Jan.", "Feb.", "March", "April", "May", "June", "July",
                                     "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    /// ISO weekday names, Monday first.
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// Small numbers as words.
    static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                              "ten", "eleven", "twelve"]
}
