import StorylineModel

/// Detects event mentions in sentences and merges those that report the same happening.
public struct EventBuilder: Sendable {
    public init() {}

    /// Events of the analysed story, ordered by date.
    public func events(in story: Story) -> [Event] {
        []  // Placeholder until the event stage lands.
    }
}
