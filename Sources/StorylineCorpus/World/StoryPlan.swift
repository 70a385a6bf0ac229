import StorylineModel

/// The sorts of happening the generator writes about.
enum PlannedKind: Sendable, CaseIterable {
    case statement, meeting, summit, visit, parade, weaponsTest, policyReview, election
    case sanction, agreement, protest, response

    /// The model's kind for it.
    var eventKind: EventKind {
        switch self {
        case .statement: .statement
        case .meeting: .meeting
        case .summit: .summit
        case .visit: .visit
        case .parade: .parade
        case .weaponsTest: .weaponsTest
        case .policyReview: .policyReview
        case .election: .election
        case .sanction: .sanction
        case .agreement: .agreement
        case .protest: .protest
        case .response: .response
        }
    }
}

/// A quote as spoken: indexes into `QuoteTable`, so outlets can word it slightly differently.
struct PlannedQuote: Sendable {
    var subject: Int
    var modal: Int
    var verbPhrase: Int
    var tail: Int
    var label: Int
}

/// One real happening of a generated story, before any outlet writes about it.
struct PlannedEvent: Sendable {
    var kind: PlannedKind
    /// Country acting, and the actor id of the person acting for it.
    var country: Int
    var agent: Int
    /// Country the happening is aimed at, and its person (for meetings).
    var targetCountry: Int
    var targetPerson: Int
    /// The capital it happened in.
    var place: String
    var date: CalendarDay
    /// A number the reports give (missiles, hours, per cent…).
    var number: Int
    /// Index into `QuoteTable.counts`.
    var count: Int
    var quote: PlannedQuote
    /// Index into `WorldTable.topics`.
    var topic: Int
}

/// A story: related happenings between two countries that several outlets report.
struct StoryPlan: Sendable {
    var events: [PlannedEvent]
    /// The main pair of countries.
    var country: Int
    var rival: Int

    /// Plans a story of `count` happenings (at least one), the last one being the news.
    init(world: CorpusWorld, count: Int, random: inout SplitMix64) {
        country = random.below(world.countries.count)
        rival = (country + 1 + random.below(world.countries.count - 1)) % world.countries.count
        let newsDay = CorpusCalendar.firstDay.adding(days: 240 + random.below(CorpusCalendar.spanDays - 240))
        var planned: [PlannedEvent] = []
        for index in 0..<max(1, count) {
            let isNews = index == count - 1
            let kind = isNews ? random.pick([.statement, .meeting, .summit, .weaponsTest, .response]) : random.pick(PlannedKind.allCases)
            // Either side may act; the news is usually the main country's.
            let acting = isNews || random.chance(60) ? country : rival
            let other = acting == country ? rival : country
            let people = world.countries[acting].people
            // Heads lead elections, parades and summits; anyone with an office may speak.
            let agent = kind == .election || kind == .parade || kind == .summit ? people[0] : people[random.pick(StoryPlan.speakingOffices)]
            let daysBefore = isNews ? 0 : random.within(1...230)
            let visitPlace = kind == .visit || kind == .meeting ? world.countries[other].capital : world.countries[acting].capital
            planned.append(PlannedEvent(
                kind: kind, country: acting, agent: agent, targetCountry: other,
                targetPerson: world.countries[other].people[random.below(2)],
                place: visitPlace, date: newsDay.adding(days: -daysBefore),
                number: random.within(2...12), count: random.below(QuoteTable.counts.count),
                quote: PlannedQuote(
                    subject: random.below(QuoteTable.subjects.count), modal: random.below(QuoteTable.modals.count),
                    verbPhrase: random.below(QuoteTable.verbPhrases.count), tail: random.below(QuoteTable.tails.count),
                    label: random.below(QuoteTable.labels.count)),
                topic: random.below(WorldTable.topics.count)))
        }
        // Oldest first; the news stays last.
        events = planned.sorted { $0.date < $1.date }
    }

    /// Positions in `WorldCountry.people` of those who act and speak: head, ministers,
    /// spokesperson, ambassador, senator (the head's sibling).
    static let speakingOffices = [0, 0, 1, 1, 2, 3, 4, 6]

    /// The most recent happening: what the articles lead with.
    var news: PlannedEvent { events[events.count - 1] }
}
