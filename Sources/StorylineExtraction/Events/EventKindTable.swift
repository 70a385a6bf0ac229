import StorylineModel

/// How event kinds rank and which kinds may describe the same happening.
enum EventKindTable {
    /// Most specific first: a sentence with several triggers takes the first kind listed here.
    static let priority: [EventKind] = [
        .parade, .weaponsTest, .summit, .policyReview, .attack, .sanction, .protest, .agreement,
        .visit, .meeting, .talks, .election, .criticism, .response, .policy, .interview, .speech,
        .statement, .other,
    ]

    /// Rank in `priority` (smaller is more specific).
    static func rank(_ kind: EventKind) -> Int { priority.firstIndex(of: kind) ?? priority.count }

    /// Kinds that name a specific happening (not just speech).
    static let specific: Set<EventKind> = [
        .parade, .weaponsTest, .summit, .policyReview, .attack, .sanction, .protest, .agreement,
        .visit, .meeting, .talks, .election,
    ]

    /// Pairs of different kinds that may be one event: one speaks at a meeting, a parade
    /// shows a weapon, a statement announces a policy, a response answers a criticism.
    static let compatiblePairs: [(EventKind, EventKind)] = [
        (.statement, .speech), (.statement, .interview), (.statement, .criticism), (.statement, .response),
        (.statement, .meeting), (.statement, .summit), (.statement, .talks), (.statement, .policy),
        (.statement, .policyReview), (.statement, .visit), (.statement, .agreement), (.statement, .sanction),
        (.statement, .election), (.statement, .other),
        (.speech, .meeting), (.speech, .summit), (.speech, .criticism), (.speech, .election),
        (.interview, .criticism), (.interview, .response),
        (.criticism, .response),
        (.meeting, .summit), (.meeting, .talks), (.summit, .talks), (.visit, .meeting), (.visit, .summit), (.visit, .talks),
        (.talks, .agreement), (.summit, .agreement), (.meeting, .agreement),
        (.parade, .weaponsTest),
        (.policy, .policyReview),
        (.attack, .response), (.sanction, .policy),
    ]

    private static let compatibleSet: Set<Int> = {
        var set = Set<Int>()
        for (a, b) in compatiblePairs {
            set.insert(rank(a) * 64 + rank(b))
            set.insert(rank(b) * 64 + rank(a))
        }
        return set
    }()

    /// Whether mentions of kinds `a` and `b` may report the same event.
    static func compatible(_ a: EventKind, _ b: EventKind) -> Bool {
        a == b || compatibleSet.contains(rank(a) * 64 + rank(b))
    }

    /// Coarse families of kinds (speech, diplomacy, force, policy, …) for merge keys: reports
    /// of one happening name kinds of one family far more often than not.
    static func group(_ kind: EventKind) -> Int {
        switch kind {
        case .statement, .speech, .interview, .criticism, .response: 0
        case .meeting, .summit, .talks, .visit, .agreement: 1
        case .parade, .weaponsTest, .attack: 2
        case .policy, .policyReview, .sanction: 3
        case .protest: 4
        case .election: 5
        default: 6
        }
    }
}
