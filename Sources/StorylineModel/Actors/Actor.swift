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
    // Indices are stored in 32 bits (as TextRange offsets are): a large corpus holds millions of these.
    @usableFromInline var storedActor: Int32
    @usableFromInline var storedDocument: Int32
    @usableFromInline var storedSentence: Int32
    /// Byte range of the mention in the document text.
    public var range: TextRange
    /// How the actor was referred to.
    public var form: MentionForm

    public init(actor: Int, document: Int, sentence: Int, range: TextRange, form: MentionForm = .name) {
        self.storedActor = Int32(clamping: actor)
        self.storedDocument = Int32(clamping: document)
        self.storedSentence = Int32(clamping: sentence)
        self.range = range
        self.form = form
    }

    /// Actor id.
    @inlinable
    public var actor: Int {
        get { Int(storedActor) }
        set { storedActor = Int32(clamping: newValue) }
    }

    /// Document index.
    @inlinable
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(clamping: newValue) }
    }

    /// Sentence index within the document.
    @inlinable
    public var sentence: Int {
        get { Int(storedSentence) }
        set { storedSentence = Int32(clamping: newValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case actor, document, sentence, range, form
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            actor: try container.decode(Int.self, forKey: .actor),
            document: try container.decode(Int.self, forKey: .document),
            sentence: try container.decode(Int.self, forKey: .sentence),
            range: try container.decode(TextRange.self, forKey: .range),
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
}
