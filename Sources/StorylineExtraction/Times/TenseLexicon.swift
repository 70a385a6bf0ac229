/// Grammatical tense as far as a temporal expression needs it (HeidelTime's PAST / PRESENTFUTURE,
/// and a reported future).
enum Tense: Sendable, Equatable {
    case past, presentFuture
    /// "would": a future seen from a moment of saying that may lie before the report ("In
    /// January it said it would close the plant in March"), so the nearest such time is meant.
    case reported
}

/// Words that show the tense of the clause around a temporal expression.
enum TenseLexicon {
    /// Auxiliaries, modals and irregular past forms with their tense.
    static let words: WordTable<Tense> = WordTable(
        pastWords.map { ($0, Tense.past) } + futureWords.map { ($0, Tense.presentFuture) }
            + reportedFutureWords.map { ($0, Tense.reported) })

    private static let futureWords = [
        "will", "shall", "won't", "is", "are", "am", "expected", "expects", "scheduled", "planned", "due",
        "upcoming", "intends", "aims", "going", "hopes", "wants", "next", "expect",
        // Present tenses of a timetable ("fiscal 2021, which begins in April", "talks resume on Monday").
        "begins", "begin", "starts", "ends", "opens", "expires", "resumes", "resume", "reopens", "convenes",
        // What closes at a time ("the window closes on Thursday", "polls close at 10pm").
        "closes", "shuts", "concludes", "finishes",
        // What lasts to a time ("the warning runs until Sunday").
        "runs", "lasts", "continues",
    ]

    /// Reported futures ("she said the bank would decide in September"). A past conditional
    /// ("would have ended in March") is read past, its participle being nearer the time phrase.
    /// Other modals look both ways too: "could exceed 11% in October" (ahead), "could not
    /// attend in March" (behind); "may" is left out, being also the month.
    private static let reportedFutureWords = [
        "would", "wouldn't", "could", "couldn't", "might", "should", "must", "can", "cannot", "possible", "likely", "unlikely",
    ]

    private static let pastWords = [
        "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "ago", "last",
        "said", "told", "met", "held", "took", "made", "came", "went", "saw", "gave", "began", "left", "won", "lost",
        "led", "sent", "spoke", "wrote", "thought", "found", "became", "brought", "built", "fell", "felt", "fought",
        "got", "grew", "heard", "kept", "knew", "meant", "paid", "ran", "rose", "sat", "shot", "sold", "stood",
        "struck", "taught", "threw", "understood", "broke", "chose", "drove", "flew", "hid", "hung", "laid", "lit",
        "rode", "rang", "sang", "sank", "slept", "spent", "stole", "swore", "tore", "woke", "withdrew", "overtook",
        "undertook", "forgot", "froze", "ate", "drew", "bought", "caught", "sought", "fled", "fed", "bore",
        "shrank", "sprang", "swam", "drank", "slid", "bled", "clung", "dealt", "dug", "flung", "forbade", "forgave",
        "knelt", "leapt", "sped", "spun", "stung", "strove", "swept", "swung", "wept", "arose", "awoke",
        "shook", "shone", "strode", "overcame", "oversaw", "upheld", "withheld", "underwent", "withstood", "overthrew",
        "misled", "mistook", "rebuilt", "retook", "rewrote", "foresaw", "outgrew", "overheard", "overspent", "crept",
        "has", "have", "hasn't", "haven't",
        // Regular past forms too short for the "-ed" rule.
        "used", "died", "owed", "sued", "eyed", "axed", "tied",
        // Irregular participles: past alone ("the oath, sworn in March"), read through the
        // auxiliary after "be" ("will be sworn in on Wednesday").
        "sworn", "taken", "given", "shown", "seen", "done", "gone", "written", "spoken", "chosen", "driven", "begun",
        "broken", "drawn", "fallen", "stolen", "thrown", "beaten", "hidden", "born", "elected",
    ]

    /// Words ending in "-ed" that are usually not past-tense verbs.
    static let edExceptions = WordSet([
        "need", "needed", "speed", "feed", "seed", "bed", "red", "hundred", "united", "limited", "armed", "advanced",
        "based", "related", "supposed", "alleged", "so-called", "detailed", "expected", "scheduled", "planned",
        "proposed", "planned", "interested", "concerned", "red", "shed", "shred", "bred", "breed", "creed", "greed",
        "weed", "freed", "indeed", "steed", "tweed", "deed", "exceed", "succeed", "proceed", "embed",
        // Mostly an adjective in news ("their combined military exercise", "a combined total").
        "combined",
    ])

    /// The tense of the clause around tokens `range`: the nearest tense word within the clause
    /// (between the breaks of `isClauseBreak`), else nil.
    static func tense(around range: Range<Int>, in tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Tense? {
        // "27 million doses, up from 15 million in mid-February": the baseline a change is
        // measured from lies behind, whatever the clause's verb says of the change.
        if isBaseline(before: range.lowerBound, tokens, bytes) { return .past }
        // "since January", "his first visit since taking office on Jan. 1": what a span runs
        // from lies behind.
        if followsSince(range.lowerBound, tokens, bytes) { return .past }
        // "three days of mourning, beginning on Thursday", "a strike starting Monday": when a
        // span opens says nothing of the clause's verb; the nearest such time is meant.
        if range.lowerBound > 0, tokens[range.lowerBound - 1].isWord, onsetWords.contains(bytes, tokens[range.lowerBound - 1]) {
            return .reported
        }
        // "gave ministers until the end of March to present a plan", "has until Friday to
        // respond": a deadline set at some moment for what is still to be done; the nearest.
        if isDeadline(range, tokens, bytes) { return .reported }
        // "called a 24-hour strike for Thursday", "set a vote for Monday": what is set for a
        // time was set before it; the nearest such day or month ("for Monday's attack" is no plan;
        // "a rally for 7 p.m." is of the day told).
        if range.lowerBound > 0, tokens[range.lowerBound - 1].isWord, forWords.contains(bytes, tokens[range.lowerBound - 1]),
           tokens[range.lowerBound].isWord, tokens[range.lowerBound].isCapitalised,
           !(range.upperBound < tokens.count && tokens[range.upperBound].start == tokens[range.upperBound - 1].end
               && QuoteMarks.isApostrophe(bytes, tokens[range.upperBound].start)) {
            return .reported
        }
        // "ahead of Wednesday's trip" lies ahead, unless the clause is told in the past.
        if !range.isEmpty, tokens[range.lowerBound].isWord, aheadWords.contains(bytes, tokens[range.lowerBound]) {
            return clauseTense(around: range, in: tokens, bytes) == .past ? .past : .presentFuture
        }
        let tense = clauseTense(around: range, in: tokens, bytes)
        // "schools would stay closed until Monday", "may not crest until Saturday": what a state
        // is said to last until lies after the saying ("had been undecided until Monday" stays past).
        if tense == .reported, opens(range, with: untilWords, tokens, bytes) { return .presentFuture }
        return tense
    }

    /// Words naming the end of a state.
    private static let untilWords = WordSet(["until", "till"])

    /// Whether the time at `range` opens with (or follows) "until" or "by" and an infinitive
    /// follows it.
    private static func isDeadline(_ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.upperBound + 1 < tokens.count, isInfinitiveMarker(range.upperBound, tokens, bytes) else { return false }
        return opens(range, with: deadlineWords, tokens, bytes)
    }

    /// Whether the time at `range` opens with (or follows) a word of `words`.
    private static func opens(
        _ range: Range<Int>, with words: WordSet, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard !range.isEmpty else { return false }
        return (tokens[range.lowerBound].isWord && words.contains(bytes, tokens[range.lowerBound]))
            || (range.lowerBound > 0 && tokens[range.lowerBound - 1].isWord && words.contains(bytes, tokens[range.lowerBound - 1]))
    }

    /// Words setting a deadline before a time.
    private static let deadlineWords = WordSet(["until", "till", "by"])

    /// Whether "up from", "down from" or "compared with" (or "to") comes a few words before
    /// token `first`, within its clause.
    private static func isBaseline(before first: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = first - 1
        while k >= 1, k >= first - baselineReach {
            guard !isClauseBreak(k, tokens, bytes) else { return false }
            if tokens[k].isWord, tokens[k - 1].isWord,
               (baselineWords.contains(bytes, tokens[k].start, tokens[k].end) && baselineLeads.contains(bytes, tokens[k - 1].start, tokens[k - 1].end))
                || (comparedWords.contains(bytes, tokens[k].start, tokens[k].end) && comparedLeads.contains(bytes, tokens[k - 1].start, tokens[k - 1].end)) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// Whether "since" opens the time or stands a few words before it in its clause.
    private static func followsSince(_ first: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = first
        while k >= 0, k >= first - sinceReach {
            if k < first, isClauseBreak(k, tokens, bytes) { return false }
            if tokens[k].isWord, sinceWords.contains(bytes, tokens[k]) { return true }
            k -= 1
        }
        return false
    }

    /// Tokens read back from a time for "since" ("since taking office on").
    private static let sinceReach = 4
    /// "since".
    private static let sinceWords = WordSet(["since"])

    /// Tokens read back from a time for the words of a baseline ("up from roughly 15 million in").
    private static let baselineReach = 6
    /// "from" of "up from", "down from".
    private static let baselineWords = WordSet(["from"])
    /// Words before "from" that make a change's baseline.
    private static let baselineLeads = WordSet(["up", "down"])
    /// "with", "to" of "compared with".
    private static let comparedWords = WordSet(["with", "to"])
    /// "compared" of "compared with".
    private static let comparedLeads = WordSet(["compared"])

    /// Participles telling when a span opens ("beginning on Thursday").
    private static let onsetWords = WordSet(["beginning", "starting"])

    /// The word naming the time something is set for.
    private static let forWords = WordSet(["for"])

    /// Words opening an expression of what is still to come ("ahead of …").
    private static let aheadWords = WordSet(["ahead"], caseInsensitive: true)

    /// `tense(around:in:_:)` read from the clause's words alone.
    private static func clauseTense(around range: Range<Int>, in tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Tense? {
        // "… is expected to vote on Friday, and the mayor has said …": "has" is another clause's.
        var first = range.lowerBound
        while first > 0 && !isClauseBreak(first - 1, tokens, bytes) { first -= 1 }
        var last = range.upperBound
        while last < tokens.count && !isClauseBreak(last, tokens, bytes) { last += 1 }
        // "Jo Roe, who approved the plan over the weekend, is due to visit": an aside opened by
        // ", who" or ", which" ends at its next comma; the verb after it is the sentence's.
        let isComma = { (k: Int) in tokens[k].kind == .punctuation && bytes[tokens[k].start] == UInt8(ascii: ",") }
        // So does one opened by a past participle ("The walkout, announced by the union on
        // Wednesday afternoon, will run …").
        let opener = (first..<range.lowerBound).last { k in
            k > 0 && tokens[k].isWord && isComma(k - 1)
                && (asideOpeners.contains(bytes, tokens[k]) || (!tokens[k].isCapitalised && tense(of: tokens[k], bytes) == .past))
        }
        if let opener {
            if let comma = (range.upperBound..<last).first(where: isComma) { last = comma }
            // "a rise that keeps pace with inflation, which hit 9.9% in August": an aside still
            // open at the time has a tense of its own; the verbs before it are the sentence's.
            if !(opener..<range.lowerBound).contains(where: isComma) { first = opener }
        }
        // '"We'll look at it on Monday," he said': a quote closing right after the time ends its
        // clause; the attribution after it tells when the words were said, not what they tell.
        if range.upperBound + 1 < last, closesQuote(range.upperBound, tokens, bytes) { last = range.upperBound }
        var distance = 1
        let limit = max(range.lowerBound - first, last - range.upperBound) + 1
        while distance <= limit {
            // Left first: the verb usually comes before a trailing time phrase.
            let left = range.lowerBound - distance
            if left >= first, let tense = tense(at: left, in: tokens, bytes) { return tense }
            // "calls on the authorities to hold elections in February": what is to be done lies
            // ahead, unless a past verb governs it ("agreed to hold …", "returned to work in
            // March": read past, as that verb would have been).
            // A past verb of intent ("hoped to pass it before Christmas", "agreed to hold
            // elections in February") looks ahead of a moment already gone: the nearest such time.
            if left >= first, left + 1 < range.lowerBound, isInfinitiveMarker(left, tokens, bytes) {
                guard let governing = governingPast(before: left, from: first, tokens, bytes) else { return .presentFuture }
                // "reached the semi-final on Wednesday, outlasting …, to set up a meeting on
                // Friday": a purpose far from its past verb may lie either side of the report.
                // "was preparing to open the office in the autumn": so does a past progressive of intent.
                let progressive = governing + 1 < left && tokens[governing + 1].isWord && intentProgressives.contains(bytes, tokens[governing + 1])
                return intentVerbs.contains(bytes, tokens[governing]) || progressive || left - governing > purposeReach ? .reported : .past
            }
            let right = range.upperBound - 1 + distance
            // "met on Friday to signal that Washington is ready": an infinitive or a clause opened
            // after the time tells another verb's tense.
            // "arrived in Tokyo on Monday and are scheduled to fly": a verb after "and" is another
            // verb's, of a tense of its own.
            // 'told reporters at the start of the June 21 meeting, "and we are prepared …"': a
            // quote opening after the time holds someone's words, not the clause's verb.
            if right < last, right > range.upperBound, range.lowerBound > first, opensQuote(right, tokens, bytes) {
                last = right
            }
            // "will pay more from April 3, after the committee approved …": what a comma and a
            // subordinator open after the time is another clause.
            if right < last, tokens[right].isWord,
               subordinateOpeners.contains(bytes, tokens[right].start, tokens[right].end)
                || (right > range.upperBound && isComma(right - 1) && commaSubordinators.contains(bytes, tokens[right]))
                || (right + 1 < last && isInfinitiveMarker(right, tokens, bytes))
                || (right + 1 < last && clauseConjunctions.contains(bytes, tokens[right]) && tokens[right + 1].isWord
                    && tense(of: tokens[right + 1], bytes) != nil) {
                last = right
            }
            if right < last, let tense = tense(at: right, in: tokens, bytes) { return tense }
            distance += 1
        }
        return nil
    }

    /// Whether token `i` is a comma, period, question or exclamation mark with a double quote
    /// mark right after it (straight, or a closing curly one).
    private static func closesQuote(_ i: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let mark = tokens[i], quote = tokens[i + 1]
        guard mark.kind == .punctuation, mark.count == 1, quote.kind == .punctuation, quote.start == mark.end else { return false }
        switch bytes[mark.start] {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"):
            return bytes[quote.start] == UInt8(ascii: "\"") || QuoteMarks.isPunctuation(bytes, quote.start, low: 0x9D)
        default:
            return false
        }
    }

    /// Whether token `i` opens a quote: a curly opening mark, or a straight one after a space
    /// and before a word.
    private static func opensQuote(_ i: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let mark = tokens[i]
        guard mark.kind == .punctuation else { return false }
        if QuoteMarks.isPunctuation(bytes, mark.start, low: 0x9C) { return true }
        return bytes[mark.start] == UInt8(ascii: "\"") && mark.spaceBefore && i + 1 < tokens.count && tokens[i + 1].start == mark.end
    }

    /// Whether token `i` ends a clause: a semicolon, or a comma before "and", "but", "while"
    /// or "whereas" (the conjunction opens the next clause).
    private static func isClauseBreak(_ i: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[i]
        guard token.kind == .punctuation, token.count == 1 else { return false }
        if bytes[token.start] == UInt8(ascii: ";") { return true }
        guard bytes[token.start] == UInt8(ascii: ","), i + 1 < tokens.count, tokens[i + 1].isWord else { return false }
        return clauseConjunctions.contains(bytes, tokens[i + 1].start, tokens[i + 1].end) || opensAttribution(i + 1, tokens, bytes)
    }

    /// Whether the tokens from `i` are a closing attribution ("…, a palace spokesman said."):
    /// a few words, a verb of saying, then the end. Its tense is the report's, not the clause's.
    private static func opensAttribution(_ i: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = i
        while k < min(tokens.count, i + 6), tokens[k].isWord {
            if attributionVerbs.contains(bytes, tokens[k].start, tokens[k].end) {
                let rest = tokens.count - k - 1
                return rest == 0 || (rest == 1 && !tokens[k + 1].isWord)
            }
            k += 1
        }
        return false
    }

    /// Verbs of saying that close a sentence's attribution.
    private static let attributionVerbs = WordSet([
        "said", "says", "added", "told", "stated", "reported", "confirmed", "announced", "warned", "noted", "wrote",
    ])

    /// Conjunctions that open a clause of its own after a comma.
    private static let clauseConjunctions = WordSet(["and", "but", "while", "whereas"])

    /// The tense shown by token `i`; a participle after "be", "been", "being" or "to be"
    /// ("will be held") takes the tense of the auxiliary chain before it.
    private static func tense(at i: Int, in tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Tense? {
        guard let shown = tense(of: tokens[i], bytes) else { return nil }
        // "has until September to appeal", "will have a scan on Monday": "have" owning something
        // (or "have to") is present, not the perfect's auxiliary.
        if shown == .past, i + 1 < tokens.count, tokens[i + 1].isWord, haveForms.contains(bytes, tokens[i].start, tokens[i].end),
           ByteClass.isDigit(bytes[tokens[i + 1].start]) || possessed.contains(bytes, tokens[i + 1].start, tokens[i + 1].end) {
            return .presentFuture
        }
        // "Analysts had expected a cut in January": a plan of a moment gone by.
        if shown == .presentFuture, plannedParticiples.contains(bytes, tokens[i]), i > 0, tokens[i - 1].isWord,
           pastHave.contains(bytes, tokens[i - 1]) {
            return .past
        }
        // "few observers expected surprises": "expected" after a word that is no auxiliary and
        // before an object is a past verb of opinion, which says nothing of a time ("is not
        // expected back until November", "a meeting expected in June" still look ahead).
        if shown == .presentFuture, plannedParticiples.contains(bytes, tokens[i]), i > 1, tokens[i - 1].isWord, tokens[i - 2].isWord,
           !(i - 2...i - 1).contains(where: { auxiliaryOrAdverb(tokens[$0], bytes) }),
           i + 1 < tokens.count, tokens[i + 1].isWord, !ByteClass.isDigit(bytes[tokens[i + 1].start]),
           !timeLeads.contains(bytes, tokens[i + 1]) {
            // "it expected services to return on Saturday": a past verb of intent, whose
            // infinitive looks ahead of the moment it was said.
            let infinitive = (i + 2..<min(tokens.count - 1, i + 5)).contains { tokens[$0].isWord && isInfinitiveMarker($0, tokens, bytes) }
            if infinitive { return .past }
            // "He said he expected one more increase in May": what a speaker expected when
            // speaking (the past of saying, not of the expecting) is still to come.
            let said = (max(0, i - Self.expectedAfterSaying)..<i).contains { tokens[$0].isWord && attributionVerbs.contains(bytes, tokens[$0]) }
            return said ? .presentFuture : nil
        }
        // "one more increase in November, followed by a pause": an "-ed" form between a comma
        // and "by" is a passive participle of a phrase, not the clause's verb ("voted by seven
        // votes" is one).
        if shown == .past, i > 0, i + 1 < tokens.count, tokens[i + 1].isWord, agentPrepositions.contains(bytes, tokens[i + 1]),
           tokens[i - 1].kind == .punctuation, bytes[tokens[i - 1].start] == UInt8(ascii: ","),
           words.value(bytes, tokens[i].start, tokens[i].end) == nil {
            return nil
        }
        // "…, compared with analysts' estimates": a phrase of comparison, not the clause's verb.
        if shown == .past, i + 1 < tokens.count, tokens[i + 1].isWord, comparedLeads.contains(bytes, tokens[i].start, tokens[i].end),
           comparedWords.contains(bytes, tokens[i + 1].start, tokens[i + 1].end) {
            return nil
        }
        // "a shortened schedule", "the proposed rules", "the prospect of co-ordinated walkouts":
        // after an article, a possessive or a preposition an "-ed" word describes a noun.
        if shown == .past, i > 0, tokens[i - 1].isWord, nounLeads.contains(bytes, tokens[i - 1].start, tokens[i - 1].end),
           words.value(bytes, tokens[i].start, tokens[i].end) == nil {
            return nil
        }
        // "as promised", "as agreed": a set phrase, not the clause's verb.
        if shown == .past, i > 0, tokens[i - 1].isWord, tokens[i - 1].count == 2,
           ByteClass.lower(bytes[tokens[i - 1].start]) == UInt8(ascii: "a"), ByteClass.lower(bytes[tokens[i - 1].start + 1]) == UInt8(ascii: "s") {
            return nil
        }
        // "will be formally welcomed on Monday": an adverb may part a participle from its auxiliary.
        let auxiliary = i > 1 && tokens[i - 1].isWord && isAdverb(tokens[i - 1], bytes) ? i - 2 : i - 1
        // "once they are sworn in on January 20", "were killed on Monday": a passive takes the
        // tense of its "be".
        if shown == .past, auxiliary >= 0, tokens[auxiliary].isWord, finiteBe.contains(bytes, tokens[auxiliary]),
           let be = tense(of: tokens[auxiliary], bytes) {
            return be
        }
        // "would remain closed Monday": after a linking verb an "-ed" word is a state, and the
        // verbs before it tell the tense.
        guard shown == .past, auxiliary >= 0, tokens[auxiliary].isWord,
              participleAuxiliaries.contains(bytes, tokens[auxiliary]) || linkingVerbs.contains(bytes, tokens[auxiliary]) else { return shown }
        var k = auxiliary - 1
        while k >= 0, k >= auxiliary - 3 {
            if let chained = tense(of: tokens[k], bytes), !participleAuxiliaries.contains(bytes, tokens[k]) { return chained }
            k -= 1
        }
        return nil
    }

    /// Whether `token` is an adverb ("formally", "only"): a word of four letters or more ending in "-ly".
    private static func isAdverb(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.count > 3 && ByteClass.lower(bytes[token.end - 2]) == UInt8(ascii: "l") && ByteClass.lower(bytes[token.end - 1]) == UInt8(ascii: "y")
    }

    /// Whether token `i` is "to" before a verb ("to hold"), not before a noun phrase ("to the
    /// vote") or a participle chain ("to be held", read through its auxiliary).
    private static func isInfinitiveMarker(_ i: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let marker = tokens[i], verb = tokens[i + 1]
        guard marker.isWord, marker.count == 2, ByteClass.lower(bytes[marker.start]) == UInt8(ascii: "t"),
              ByteClass.lower(bytes[marker.start + 1]) == UInt8(ascii: "o"),
              verb.isWord, !verb.isCapitalised, !ByteClass.isDigit(bytes[verb.start]) else { return false }
        // "winds of up to nine on the Beaufort scale", "up to several weeks": a count ends a range.
        if isCount(verb, bytes) { return false }
        // "cut his lead to just 19 votes", "rose to nearly 40%": a word of degree before a number.
        if i + 2 < tokens.count, approximators.contains(bytes, verb.start, verb.end), tokens[i + 2].isWord,
           ByteClass.isDigit(bytes[tokens[i + 2].start]) || isCount(tokens[i + 2], bytes) {
            return false
        }
        return !notVerbsAfterTo.contains(bytes, verb.start, verb.end) && tense(of: verb, bytes) == nil
    }

    /// Words of degree before a number ("to just 19", "to about 300").
    private static let approximators = WordSet(["just", "about", "nearly", "almost", "around", "roughly", "only", "some", "barely", "fewer", "less", "more"])

    /// Whether `token` is a count word ("nine", "twenty").
    private static func isCount(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if case .count? = TimeLexicon.words.value(bytes, token.start, token.end) { return true }
        return false
    }

    /// Words after "to" that open a noun phrase or a participle chain, not a verb.
    private static let notVerbsAfterTo = WordSet([
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our", "my", "your", "be",
        "been", "date", "power", "office", "court", "parliament", "congress", "mid", "early", "late", "end",
    ])

    /// The nearest tense word between the clause start `first` and token `i`, when it is past.
    private static func governingPast(before i: Int, from first: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var k = i - 1
        while k >= first {
            if let shown = tense(at: k, in: tokens, bytes) {
                // "was forecast to rise from April", "were set to open in March": a participle
                // of intent no tense list holds, after a past "be".
                if shown == .past, k + 1 < i, pastBe.contains(bytes, tokens[k]), tokens[k + 1].isWord,
                   intentVerbs.contains(bytes, tokens[k + 1]) {
                    return k + 1
                }
                if shown == .past { return k }
                // "was due to receive the doses in May", "were expected to vote in March": a plan
                // seen from a past moment, read as a past verb of intent.
                return k > first && pastBe.contains(bytes, tokens[k - 1]) && intentVerbs.contains(bytes, tokens[k]) ? k : nil
            }
            k -= 1
        }
        return nil
    }

    /// Most tokens between a past verb and the "to" of an infinitive it governs ("returned
    /// to work", "decided not to"); further off, the infinitive tells a purpose.
    private static let purposeReach = 6

    /// The preposition naming a passive's agent.
    private static let agentPrepositions = WordSet(["by"])

    /// Most words from a verb of saying to the "expected" it reports ("said the bank expected").
    private static let expectedAfterSaying = 4

    /// Participles of a plan that read as future after "be" ("is expected").
    private static let plannedParticiples = WordSet(["expected", "planned"])

    /// Whether `token` is a form of "be" or "have", "to", "not" or an adverb in "-ly": what
    /// stands before a participle, not before a past verb.
    private static func auxiliaryOrAdverb(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        finiteBe.contains(bytes, token) || participleAuxiliaries.contains(bytes, token) || auxiliaryWords.contains(bytes, token)
            || isAdverb(token, bytes)
    }

    /// Words before a participle besides "be": negation, "have" and "as" ("as expected").
    private static let auxiliaryWords = WordSet(["not", "n't", "has", "have", "had", "as", "also", "still", "now"])

    /// Words after "expected" that open when, not what ("expected in June", "expected back").
    private static let timeLeads = WordSet([
        "in", "on", "at", "by", "to", "next", "later", "soon", "this", "within", "before", "after", "around", "until", "from",
        "for", "back", "shortly", "early", "late", "then", "tomorrow", "today", "tonight",
    ])

    /// The past forms of "be", before "due", "expected", "scheduled" … of a plan gone by.
    private static let pastBe = WordSet(["was", "were"])

    /// Past verbs of intent, whose infinitive tells of something planned from then on.
    /// Progressive forms of intent after "was" or "were" ("was preparing to open …").
    private static let intentProgressives = WordSet(["preparing", "planning", "hoping", "intending", "aiming", "seeking", "expecting"])

    private static let intentVerbs = WordSet([
        "hoped", "planned", "expected", "wanted", "aimed", "intended", "promised", "vowed", "pledged", "agreed",
        "decided", "sought", "offered", "proposed", "threatened", "scheduled", "prepared", "resolved",
        // Directives: what someone was told to do is done after the telling ("urged supporters
        // to join protests from Wednesday").
        "urged", "asked", "called", "ordered", "instructed", "invited", "encouraged", "told", "allowed", "directed",
        // After "was" or "were" ("was due to", "were slated to", "was forecast to").
        "due", "slated", "supposed", "poised", "meant", "forecast", "projected", "predicted", "set",
    ])

    /// Words after a time that open a clause of another verb ("… on Friday that she is ready").
    private static let subordinateOpeners = WordSet(["that", "which", "who", "because", "when", "while"])

    /// Words opening another clause or an adjunct after a comma (where alone they may be a
    /// preposition of the clause's own: "In March after long talks the deal was signed").
    private static let commaSubordinators = WordSet(["after", "before", "since", "although", "though", "despite", "amid", "following", "as", "whereas", "unless"])

    /// Relative words opening an aside after a comma.
    private static let asideOpeners = WordSet(["who", "which", "whose", "whom"])

    /// The past form of "have".
    private static let pastHave = WordSet(["had"])

    /// The present forms of "have".
    private static let haveForms = WordSet(["has", "have"])
    /// Words after "has" or "have" that open what is had, not a participle.
    private static let possessed = WordSet([
        "a", "an", "the", "no", "until", "till", "to", "its", "their", "his", "her", "our", "my", "your", "some", "any",
        "more", "much", "many", "several", "few", "little", "enough", "one", "two", "three", "four", "five", "plans",
        "nothing", "something", "anything", "everything", "plenty",
    ])

    /// Articles, possessives and prepositions, after which an "-ed" word is an adjective.
    private static let nounLeads = WordSet([
        "a", "an", "the", "its", "their", "his", "her", "our", "my", "your",
        "of", "with", "for", "from", "into", "about", "against", "without", "amid", "among", "in", "on",
    ])

    /// Finite forms of "be", whose tense a passive participle after them takes.
    private static let finiteBe = WordSet(["is", "are", "am", "was", "were"])

    /// Auxiliaries before a participle that make its "-ed" form say nothing about tense.
    static let participleAuxiliaries = WordSet(["be", "been", "being", "to"])

    /// Present linking verbs, after which an "-ed" word describes a state ("remain closed").
    private static let linkingVerbs = WordSet(["remain", "remains", "stay", "stays", "become", "becomes", "seem", "seems", "look", "looks"])

    /// The tense a single token shows, if any.
    static func tense(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Tense? {
        guard token.isWord else { return nil }
        if let tense = words.value(bytes, token.start, token.end) { return tense }
        // Contracted "will": "they'll", "we’ll".
        if token.count >= 4, ByteClass.lower(bytes[token.end - 1]) == UInt8(ascii: "l"), ByteClass.lower(bytes[token.end - 2]) == UInt8(ascii: "l"),
           bytes[token.end - 3] == 0x27 || (token.count >= 6 && QuoteMarks.matches(bytes, token.end - 5, QuoteMarks.rightSingle)) {
            return .presentFuture
        }
        // The modal "may" in lower case ("may not crest"; the month is capitalised).
        if token.count == 3, bytes[token.start] == UInt8(ascii: "m"), bytes[token.start + 1] == UInt8(ascii: "a"),
           bytes[token.start + 2] == UInt8(ascii: "y") {
            return .reported
        }
        // Regular past forms: at least five letters ending in "ed".
        let count = token.end - token.start
        guard count >= 5, ByteClass.lower(bytes[token.end - 2]) == UInt8(ascii: "e"),
              ByteClass.lower(bytes[token.end - 1]) == UInt8(ascii: "d"),
              !token.isCapitalised,
              !edExceptions.contains(bytes, token.start, token.end) else { return nil }
        return .past
    }
}
