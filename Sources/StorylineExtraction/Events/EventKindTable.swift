import StorylineModel

/// How event kinds rank and which kinds may describe the same happening.
enum EventKindTable {
    /// Most specific first: a sentence with several triggers takes the first kind listed here.
    static let priority: [EventKind] = [
        .parade, .weaponsTest, .summit, .policyReview, .disaster, .attack, .sanction, .protest, .agreement,
        .visit, .meeting, .talks, .election, .criticism, .response, .policy, .interview, .speech,
        .statement, .other,
    ]

    /// Rank in `priority` (smaller is more specific), by a switch in the same order: no
    /// search of the list per call (a test checks the two agree).
    static func rank(_ kind: EventKind) -> Int {
        switch kind {
        case .parade: 0
        case .weaponsTest: 1
        case .summit: 2
        case .policyReview: 3
        case .disaster: 4
        case .attack: 5
        case .sanction: 6
        case .protest: 7
        case .agreement: 8
        case .visit: 9
        case .meeting: 10
        case .talks: 11
        case .election: 12
        case .criticism: 13
        case .response: 14
        case .policy: 15
        case .interview: 16
        case .speech: 17
        case .statement: 18
        case .other: 19
        }
    }

    /// Kinds that name a specific happening (not just speech).
    static let specific: Set<EventKind> = [
        .parade, .weaponsTest, .summit, .policyReview, .disaster, .attack, .sanction, .protest, .agreement,
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

    /// Per rank, the ranks of the kinds compatible with it, as bits (one test per pair, no hashing).
    private static let compatibleRanks: [UInt32] = {
        var masks = [UInt32](repeating: 0, count: priority.count + 1)
        for (a, b) in compatiblePairs {
            masks[rank(a)] |= 1 << rank(b)
            masks[rank(b)] |= 1 << rank(a)
        }
        return masks
    }()

    /// Whether mentions of kinds `a` and `b` may report the same event.
    static func compatible(_ a: EventKind, _ b: EventKind) -> Bool {
        a == b || compatibleRanks[rank(a)] >> rank(b) & 1 == 1
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
        case .disaster: 7
        default: 6
        }
    }
}
