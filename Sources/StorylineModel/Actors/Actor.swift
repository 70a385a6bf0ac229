/// A person, organisation or country that acts or speaks in the story.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    /// Index in `Story.actors`.
    public var id: Int
    /// Canonical name ("Ana Petrova", "United States").
    public var name: String
    /// What sort of actor this is.
    public var kind: ActorKind
    /// Other names that refer to it ("Mr Kim", "Washington"), canonical name excluded.
    public var aliases: [String]

    public init(id: Int, name: String, kind: ActorKind, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
    }

    /// Whether `text` names this actor (canonical name or alias, ignoring case).
    public func isNamed(_ text: String) -> Bool {
        let wanted = text.lowercased()
        return name.lowercased() == wanted || aliases.contains { $0.lowercased() == wanted }
    }
}

/// The sort of an actor.
public enum ActorKind: String, Hashable, Sendable, Codable, CaseIterable {
    case person
    case organisation
    case country
}

/// One place in the text where an actor is named or referred to.
public struct Mention: Hashable, Sendable, Codable {
    /// Actor id.
    @CompactIndex public var actor: Int
    /// Document index.
    @CompactIndex public var document: Int
    /// Sentence index within the document.
    @CompactIndex public var sentence: Int
    /// Byte range of the mention in the document text.
    public var range: TextRange
    /// How the actor was referred to.
    public var form: MentionForm

    public init(actor: Int, document: Int, sentence: Int, range: TextRange, form: MentionForm = .name) {
        self.actor = actor
        self.document = document
        self.sentence = sentence
        self.range = range
        self.form = form
    }
}

/// How a mention refers to its actor.
public enum MentionForm: String, Hashable, Sendable, Codable {
    /// Full or partial proper name ("Ana Petrova", "Ms Petrova").
    case name
    /// A title or role standing for the person ("the North Korean leader").
    case title
    /// A demonym, capital or other metonym standing for a government ("Washington").
    case metonym
    /// A pronoun resolved to the last compatible person ("he", "she").
    case pronoun
}
