/// A sentence template split once into literal text and slots.
struct Template: Sendable {
    /// One piece of a template.
    enum Piece: Sendable {
        case text(String)
        case slot(Slot)
    }

    /// The slots a template may hold (see `SentenceTable`).
    enum Slot: String, Sendable {
        case actor = "A", actorAgain = "a", he, capitalHe = "He", his
        case country = "C", demonym = "D", target = "T", place = "P", number = "N", times = "X"
        case time = "t", openingTime = "Tm", quoteEnd = "Q.", quoteBefore = "Q,", partialQuote = "q"
        case label = "L", cue, agency, topic
    }

    let pieces: [Piece]

    /// Splits `text` at `{slot}` markers; an unknown slot name is kept as literal text.
    init(_ text: String) {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let slot = Slot(rawValue: name) {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.slot(slot))
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// Whether the template uses `slot`.
    func uses(_ slot: Slot) -> Bool {
        pieces.contains { if case .slot(let s) = $0 { s == slot } else { false } }
    }
}

/// The sentence tables, compiled once.
enum CompiledTables {
    /// Lead templates indexed like `PlannedKind.allCases`.
    static let leads: [[Template]] = PlannedKind.allCases.map { kind in
        (SentenceTable.leads.first { $0.kind == kind }?.templates ?? ["{A} said{t} that {C} would {q}."]).map(Template.init)
    }
    /// Headline templates indexed like `PlannedKind.allCases`.
    static let headlines: [[Template]] = PlannedKind.allCases.map { kind in
        (SentenceTable.headlines.first { $0.kind == kind }?.templates ?? ["{C} and {T}"]).map(Template.init)
    }
    static let followUps = SentenceTable.followUps.map(Template.init)
    static let background = SentenceTable.background.map(Template.init)

    /// Position of `kind` in `PlannedKind.allCases`.
    static func index(of kind: PlannedKind) -> Int { PlannedKind.allCases.firstIndex(of: kind) ?? 0 }
}
