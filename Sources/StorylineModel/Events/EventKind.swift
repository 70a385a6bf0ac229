/// What sort of happening an event is.
public enum EventKind: String, Hashable, Sendable, Codable, CaseIterable {
    case statement
    case speech
    case interview
    case meeting
    case summit
    case talks
    case parade
    case weaponsTest = "weapons-test"
    case policyReview = "policy-review"
    case policy
    case election
    case visit
    case response
    case criticism
    case agreement
    case sanction
    case attack
    case protest
    /// An earthquake, flood, storm, fire or other natural disaster.
    case disaster
    case other
}
