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
    /// The actor id with the form in its top bits: 20 bytes a mention instead of 24.
    @usableFromInline var actorAndForm: TaggedIndex
    /// Document index.
    @CompactIndex public var document: Int
    /// Sentence index within the document.
    @CompactIndex public var sentence: Int
    /// Byte range of the mention in the document text.
    public var range: TextRange

    /// Actor id.
    @inlinable
    public var actor: Int {
        get { actorAndForm.index }
        set { actorAndForm.index = newValue }
    }

    /// How the actor was referred to.
    @inlinable
    public var form: MentionForm {
        get { MentionForm(tag: actorAndForm.tag) }
        set { actorAndForm.tag = newValue.tag }
    }

    public init(actor: Int, document: Int, sentence: Int, range: TextRange, form: MentionForm = .name) {
        self.actorAndForm = TaggedIndex(index: actor, tag: form.tag)
        self.document = document
        self.sentence = sentence
        self.range = range
    }

    /// The JSON keys of the fields.
    private enum CodingKeys: String, CodingKey {
        case actor, document, sentence, range, form
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            actor: try container.decode(Int.self, forKey: .actor), document: try container.decode(Int.self, forKey: .document),
            sentence: try container.decode(Int.self, forKey: .sentence), range: try container.decode(TextRange.self, forKey: .range),
            form: try container.decode(MentionForm.self, forKey: .form))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(actor, forKey: .actor)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(range, forKey: .range)
        try container.encode(form, forKey: .form)
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

    /// The two-bit tag a mention stores the form as.
    @inlinable
    var tag: UInt8 {
        switch self {
        case .name: 0
        case .title: 1
        case .metonym: 2
        case .pronoun: 3
        }
    }

    /// The form stored as `tag`.
    @inlinable
    init(tag: UInt8) {
        switch tag {
        case 1: self = .title
        case 2: self = .metonym
        case 3: self = .pronoun
        default: self = .name
        }
    }
}
