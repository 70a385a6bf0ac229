import StorylineModel

/// Finds actors and their mentions across documents, keeping one registry of actors.
public struct ActorResolver: Sendable {
    /// Actors found so far; `actors[i].id == i`.
    public private(set) var actors: [Actor] = []

    /// Starts with the actors a story file names.
    public init(known: [KnownActor]) {
        for actor in known {
            actors.append(Actor(id: actors.count, name: actor.name, kind: actor.kind, aliases: actor.aliases))
        }
    }

    /// Finds the mentions in one document's sentences, registering new actors.
    public mutating func resolve(_ document: Document, documentIndex: Int, sentences: [Sentence]) -> [Mention] {
        []  // Placeholder until the actor stage lands.
    }
}
