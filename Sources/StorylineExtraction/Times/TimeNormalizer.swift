import StorylineModel

/// Finds temporal expressions and normalizes them against an anchor date, HeidelTime-style.
public struct TimeNormalizer: Sendable {
    /// Named reference dates from the story file.
    public var references: [ReferenceDate] {
        didSet { referenceMatcher = ReferenceMatcher(references) }
    }
    private var referenceMatcher: ReferenceMatcher
    /// Whether sentences and tokens that cannot hold an expression are skipped; false runs
    /// the general path, every token of every sentence tried (for tests).
    var screening = true

    public init(references: [ReferenceDate]) {
        self.references = references
        self.referenceMatcher = ReferenceMatcher(references)
    }

    /// Time expressions of one document. `anchor` is its publication date (nil: undated,
    /// values stay partial); `assumed` marks an anchor borrowed from another article.
    public func normalize(
        _ document: Document, documentIndex: Int, sentences: [Sentence],
        anchor: CalendarDay?, assumed: Bool
    ) -> [TimeExpression] {
        var resolver = TimeResolver(anchor: anchor)
        return TextBytes.with(document.text) { bytes in
            var found: [TimeExpression] = []
            // About one expression per two sentences: most documents then never regrow it.
            found.reserveCapacity(sentences.count / 2 + 4)
            var tokenizer = TimeTokenizer(referenceWords: referenceMatcher.keyWords, screening: screening)
            // One match buffer serves every sentence.
            var matches: [TimeMatch] = []
            for sentence in sentences {
                let range = sentence.range
                guard range.start >= 0, range.end <= bytes.count, range.start < range.end else { continue }
                tokenizer.scan(bytes, from: range.start, to: range.end)
                // Read before the closure, which then captures no copy of the tokenizer.
                let hasTimeWord = tokenizer.hasTimeWord
                let relatesToReference = tokenizer.hasRelationWord && tokenizer.hasReferenceWord && !referenceMatcher.isEmpty
                guard hasTimeWord || relatesToReference else { continue }
                tokenizer.withTokens(bytes) { tokens in
                    matches.removeAll(keepingCapacity: true)
                    if relatesToReference { matches = referenceMatcher.matches(tokens) }
                    if hasTimeWord {
                        if matches.isEmpty {
                            // Alone, the matcher's expressions come in text order already.
                            TimeMatcher(t: tokens).matches(skipping: [], into: &matches)
                        } else {
                            let taken = matches
                            TimeMatcher(t: tokens).matches(skipping: taken[...], into: &matches)
                            matches.sort { $0.first < $1.first }
                        }
                    }
                    let firstOfSentence = found.count
                    resolver.sentenceTime = nil
                    resolver.sentence = sentence.index
                    // The year the sentence named last on its own, and where its words end.
                    var namedYear: (end: Int, year: Int)?
                    // The day after a time of day, read ahead for it.
                    var dayAhead: (index: Int, time: ResolvedTime)?
                    // The one day the last expression of the sentence named, if it named one.
                    var toldDay: (index: Int, day: CalendarDay)?
                    for (k, named) in matches.enumerated() {
                        var match = named
                        // "a new low last year, when the North blew up an office in June": a month or
                        // day in a "when" clause after a year is of that year.
                        if let year = namedYear, Self.whenClause(tokens, from: year.end, to: match.first) {
                            switch match.kind {
                            case let .month(nil, month, nil): match.kind = .month(year: year.year, month: month, deixis: nil)
                            case let .date(nil, month, day): match.kind = .date(year: year.year, month: month, day: day)
                            default: break
                            }
                        }
                        // The clause's tense is looked for only when the expression needs it. An entry
                        // of a timeline ("March 3 - At least 38 people are killed") tells what happened,
                        // whatever its historical present says.
                        let entry = match.first == 0
                            && (tokens.isPunctuation(match.end, UInt8(ascii: "-")) || tokens.isDash(match.end) || tokens.isPunctuation(match.end, UInt8(ascii: ":")))
                        // A time of day heading a live report's entry alone ("09:05 BST") is of the
                        // publication day, and the story goes on from that day.
                        if case .clock(_, _, nil) = match.kind, match.first == 0, match.end == tokens.count {
                            resolver.narrativeDay = nil
                        }
                        // "at 3 p.m. on Sunday", "shortly after midnight on June 9, 2019", "2pm yesterday":
                        // the time of day is on the day told right after it. Each keeps its own words,
                        // as HeidelTime marks them.
                        if case .clock(_, _, nil) = match.kind, let dayIndex = Self.dayAfterClock(matches, k, tokens) {
                            let next = matches[dayIndex]
                            // Read once ("from 9 a.m. to 1 p.m. on Saturday" asks twice): "the following
                            // morning" counted again would be a day on.
                            let day = dayAhead.flatMap { $0.index == dayIndex ? $0.time : nil }
                                ?? resolver.resolve(next) { TenseLexicon.tense(around: next.first..<next.end, in: tokens.tokens, bytes) }
                            dayAhead = (dayIndex, day)
                            if day.precision == .day, let earliest = day.interval.earliest, day.interval.latest == earliest {
                                resolver.narrativeDay = earliest
                                match.dayToldAfter = true
                            }
                        }
                        let resolved = Self.joinedWeekday(matches, k, tokens, after: toldDay)
                            ?? dayAhead.flatMap { $0.index == k ? $0.time : nil } ?? resolver.resolve(match) {
                                entry ? .past : TenseLexicon.tense(around: match.first..<match.end, in: tokens.tokens, bytes)
                            }
                        toldDay = resolved.precision == .day ? resolved.interval.earliest.flatMap { day in
                            resolved.interval.latest == day ? (k, day) : nil
                        } : nil
                        let dayPart = Self.takesDayPart(resolved) ? Self.dayPartSuffix(tokens, match) : ""
                        // A time of day read on the day told goes on with it: past midnight ("until
                        // about 5am" after "11pm on Tuesday") the story is on the next day; from
                        // nightfall, the day was told as a night.
                        if case let .clock(hour, _, nil) = match.kind, !resolved.usedAnchor, let told = resolver.narrativeDay {
                            if resolver.rollsPastMidnight(hour: hour, match) {
                                resolver.narrativeDay = told.adding(days: 1)
                            } else if hour >= TimeLexicon.nightfall, hour < TimeLexicon.midnight {
                                resolver.narrativeNight = true
                            }
                        }
                        // "the next day" counts from the day told last (a day, not a span or a reference).
                        if resolved.precision == .day, match.relation == .on, let day = resolved.interval.earliest, resolved.interval.latest == day {
                            // The day a time of day was told on ("after 11pm on Tuesday") keeps its night.
                            let toldAtNight = resolver.narrativeNight && dayAhead?.index == k && resolver.narrativeDay == day
                            resolver.narrativeDay = day
                            resolver.partialDay = nil
                            resolver.narrativeNight = toldAtNight || dayPart == "TNI" || dayPart == "TEV"
                        } else if anchor == nil, resolver.narrativeDay == nil, resolved.precision == .day, match.relation == .on,
                                  let day = Self.partialDay(resolved.value) {
                            // Undated: "on October 19" goes on as a day of unknown year, unless a day
                            // with its year was told (a story told in full dates mentions others).
                            resolver.partialDay = day
                        }
                        // "that year", "a month later" count from the last time told on its own.
                        if match.relation == .on, resolved.precision <= .year, resolved.interval.earliest != nil, resolved.interval.latest != nil {
                            resolver.narrativeTime = resolved.interval
                            if let unit = resolved.precision.calendarUnit { resolver.sentenceTime = (resolved.interval, unit) }
                        }
                        if match.relation == .on, resolved.precision == .year, match.part == nil, let first = resolved.interval.earliest,
                           resolved.interval.latest?.year == first.year {
                            namedYear = (match.end, first.year)
                        }
                        let textRange = TextRange(start: tokens.tokens[match.first].start, end: tokens.tokens[match.end - 1].end)
                        found.append(TimeExpression(
                            value: resolved.value + dayPart,
                            precision: resolved.precision, interval: resolved.interval,
                            relation: match.relation(resolvedAs: resolved),
                            assumed: assumed && resolved.usedAnchor,
                            document: documentIndex, sentence: sentence.index, range: textRange))
                    }
                    if matches.count > 1 {
                        Self.spanCoordinated(matches, tokens, found: &found, from: firstOfSentence)
                    }
                }
            }
            return found
        }
    }
}

extension TimeNormalizer {
    /// TIMEX3's part of a day for a day told with one ("Monday evening" → "TEV", "last night" →
    /// "TNI", "tonight"), as HeidelTime writes it; "" for a day alone or one with a time of day.
    static func dayPartSuffix(_ tokens: TimeTokens, _ match: TimeMatch) -> String {
        if case .clock = match.kind { return "" }
        let last = match.end - 1
        if tokens.isWord(last, "morning") || tokens.isWord(last, "mid-morning") || tokens.isWord(last, "mornings") { return "TMO" }
        if tokens.isWord(last, "afternoon") || tokens.isWord(last, "mid-afternoon") || tokens.isWord(last, "afternoons") { return "TAF" }
        if tokens.isWord(last, "lunchtime") { return "TMI" }
        if tokens.isWord(last, "evening") || tokens.isWord(last, "evenings") { return "TEV" }
        if tokens.isWord(last, "night") || tokens.isWord(last, "tonight") || tokens.isWord(last, "nights") || tokens.isWord(last, "overnight") {
            return "TNI"
        }
        return ""
    }

    /// Whether `resolved` is a day, or a recurring day or weekday ("every Sunday", "most
    /// evenings"), which a part of the day told with it narrows ("TEV").
    static func takesDayPart(_ resolved: ResolvedTime) -> Bool {
        resolved.precision == .day || resolved.precision == .set && resolved.value.hasPrefix("XXXX-") && !resolved.value.hasSuffix("WE")
            && resolved.value.utf8.count >= 9
    }

    /// Which of `matches` is the day the time of day `matches[k]` is on, when "on" and the day,
    /// or a day alone ("2pm yesterday", "7am the next morning"), come right after it or after a
    /// second time of day closing its span ("from 9 a.m. to 1 p.m. on Saturday").
    static func dayAfterClock(_ matches: [TimeMatch], _ k: Int, _ tokens: TimeTokens) -> Int? {
        var last = k
        let gap = matches[k].end
        if k + 1 < matches.count, case .clock(_, _, nil) = matches[k + 1].kind,
           matches[k + 1].first == gap + 1 && (tokens.isWord(gap, "to") || tokens.isWord(gap, "and") || tokens.isWord(gap, "until")
               || tokens.isDash(gap) || tokens.isPunctuation(gap, UInt8(ascii: "-")))
            // "from 00:01 until 23:59 on Friday": the second time's expression holds its "until".
            || matches[k + 1].first == gap && (tokens.isWord(gap, "until") || tokens.isWord(gap, "till")) {
            last = k + 1
        }
        let end = matches[last].end
        guard last + 1 < matches.count else { return nil }
        let next = matches[last + 1]
        if tokens.isWord(end, "on"), next.first == end || next.first == end + 1 { return last + 1 }
        return next.first == end && next.relation == .on && namesOneDay(next.kind) ? last + 1 : nil
    }

    /// Whether `kind` names one day of the calendar ("yesterday", "June 25", "the next day").
    static func namesOneDay(_ kind: TimeMatchKind) -> Bool {
        switch kind {
        case .date, .movableDay, .weekday, .dayOffset, .narrativeDay, .narrativeWeekday: true
        case let .inAnchorYear(_, day, _): day != nil
        default: false
        }
    }

    /// "on Monday and Tuesday", "Monday to Friday": a weekday joined to the day the expression
    /// before it named is the first such day after that one, whatever way the first was read.
    static func joinedWeekday(_ matches: [TimeMatch], _ k: Int, _ t: TimeTokens, after told: (index: Int, day: CalendarDay)?) -> ResolvedTime? {
        guard let told, told.index == k - 1, case .weekday(let weekday, nil) = matches[k].kind,
              matches[k].first == matches[k - 1].end + 1, isJoiner(t, matches[k - 1].end) else { return nil }
        let offset = (weekday - told.day.weekday + 7) % 7
        guard offset > 0 else { return nil }
        let day = told.day.adding(days: offset)
        return ResolvedTime(value: TimexText.day(day), precision: .day, interval: DayInterval(day: day), usedAnchor: true)
    }

    /// Whether token `i` joins two expressions: "and", "or", "to", "through" or a dash.
    static func isJoiner(_ t: TimeTokens, _ i: Int) -> Bool {
        t.isWord(i, "and") || t.isWord(i, "or") || t.isWord(i, "to") || t.isWord(i, "through")
            || t.isPunctuation(i, UInt8(ascii: "-")) || t.isDash(i)
    }

    /// Longest span (days) two coordinated day expressions may cover together.
    static let coordinatedDays = 14
    /// Longest span (days) two coordinated month expressions may cover together.
    static let coordinatedMonthDays = 92
    /// Longest span (days) two coordinated years may cover together ("in 2018 and 2019").
    static let coordinatedYearDays = 366 * 3

    /// The month and day of a partial day value ("XXXX-10-19"), in `TimeResolver.partialYear`.
    static func partialDay(_ value: String) -> CalendarDay? {
        let bytes = Array(value.utf8)
        guard bytes.count == 10, bytes.prefix(5).elementsEqual("XXXX-".utf8),
              let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)), let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return CalendarDay(year: TimeResolver.partialYear, month: month, day: day)
    }

    /// Whether tokens `from..<to` open a "when" clause ("last year, when … in June") that no
    /// semicolon or ", but" closes before `to`.
    static func whenClause(_ t: TimeTokens, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var opened = false
        for k in from..<to {
            if t.isWord(k, "when") { opened = true }
            if t.isPunctuation(k, UInt8(ascii: ";")) || (t.isPunctuation(k, UInt8(ascii: ",")) && t.isWord(k + 1, "but")) { return false }
        }
        return opened
    }

    /// Gives two expressions of one precision joined by "and", "or", "to", "through" or a dash
    /// ("on Saturday and Sunday", "in June and July", "in 2018 and 2019") the days of both: what happened "during
    /// tests on Saturday and Sunday" took both days, neither alone. `found[first...]` are the
    /// sentence's expressions, made from `matches` in order.
    static func spanCoordinated(_ matches: [TimeMatch], _ t: TimeTokens, found: inout [TimeExpression], from first: Int) {
        guard found.count - first == matches.count else { return }
        for k in 1..<matches.count {
            let (left, right) = (matches[k - 1], matches[k])
            guard right.first == left.end + 1, left.relation == .on, right.relation == .on else { continue }
            guard isJoiner(t, left.end) else { continue }
            let (a, b) = (found[first + k - 1], found[first + k])
            guard a.precision == b.precision, a.precision == .day || a.precision == .month || a.precision == .year,
                  let low = earlier(a.interval.earliest, b.interval.earliest), let high = later(a.interval.latest, b.interval.latest)
            else { continue }
            let limit = a.precision == .day ? coordinatedDays : a.precision == .month ? coordinatedMonthDays : coordinatedYearDays
            guard high.daysSinceEpoch - low.daysSinceEpoch <= limit else { continue }
            let both = DayInterval(earliest: low, latest: high)
            found[first + k - 1].interval = both
            found[first + k].interval = both
        }
    }

    /// The earlier of two days, nil when either is open.
    private static func earlier(_ a: CalendarDay?, _ b: CalendarDay?) -> CalendarDay? {
        guard let a, let b else { return nil }
        return b < a ? b : a
    }

    /// The later of two days, nil when either is open.
    private static func later(_ a: CalendarDay?, _ b: CalendarDay?) -> CalendarDay? {
        guard let a, let b else { return nil }
        return a < b ? b : a
    }
}

extension TimeMatch {
    /// The relation reported for the expression (references carry theirs in their kind).
    func relation(resolvedAs resolved: ResolvedTime) -> TimeRelation {
        if case .reference(_, let relation, _, _, _) = kind { return relation }
        return relation
    }
}
