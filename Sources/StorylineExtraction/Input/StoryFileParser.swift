import StorylineModel
import Yams

/// Parses story.yaml into the model's `StoryFile`, with one-line problems naming their lines.
enum StoryFileParser {
    /// Keys a story file may hold, per level.
    enum Keys {
        static let top = ["name", "articles", "references", "actors"]
        static let article = ["title", "outlet", "published", "url"]
        static let reference = ["name", "date", "phrases"]
        static let actor = ["name", "kind", "aliases", "terms"]
        static let term = ["office", "from", "until"]
    }

    /// The story file, or nil when it is malformed; problems are "line N: …" lines.
    static func parse(_ text: String) -> (file: StoryFile?, problems: [String], articleLines: [String: Int]) {
        var fields = YAMLFields()
        let root: Node
        switch fields.compose(text) {
        case .failure(let error): return (nil, [error.message], [:])
        case .success(nil): return (StoryFile(), ["the story file is empty"], [:])
        case .success(let node?): root = node
        }
        guard root.mapping != nil else {
            return (nil, [lineLabel(fields, root) + "the story file should be a mapping with keys \(Keys.top.joined(separator: ", "))"], [:])
        }
        var file = StoryFile()
        var articleLines: [String: Int] = [:]
        for (key, keyNode, value) in fields.entries(root, what: "the story file") {
            switch key {
            case "name": file.name = fields.text(value, key: key)
            case "articles":
                for (name, nameNode, info) in fields.entries(value, what: "articles") where !name.isEmpty {
                    file.articles[name] = article(info, fields: &fields)
                    articleLines[name] = fields.line(of: nameNode)
                }
            case "references":
                for item in list(value, key: key, fields: &fields) {
                    if let reference = reference(item, fields: &fields) { file.references.append(reference) }
                }
            case "actors":
                for item in list(value, key: key, fields: &fields) {
                    if let actor = actor(item, fields: &fields) { file.actors.append(actor) }
                }
            default: fields.unknownKey(key, at: keyNode, known: Keys.top, in: "the story file")
            }
        }
        return (file, fields.problems, articleLines)
    }

    private static func lineLabel(_ fields: YAMLFields, _ node: Node) -> String {
        fields.line(of: node).map { "line \($0): " } ?? ""
    }

    private static func list(_ node: Node, key: String, fields: inout YAMLFields) -> [Node] {
        if let sequence = node.sequence { return Array(sequence) }
        if !fields.isNull(node) { fields.problem("'\(key)' should be a list", at: node) }
        return []
    }

    private static func article(_ node: Node, fields: inout YAMLFields) -> ArticleInfo {
        var info = ArticleInfo()
        for (key, keyNode, value) in fields.entries(node, what: "an article entry") {
            switch key {
            case "title": info.title = fields.text(value, key: key)
            case "outlet": info.outlet = fields.text(value, key: key)
            case "published": info.published = fields.date(value, key: key)
            case "url": info.url = fields.text(value, key: key)
            default: fields.unknownKey(key, at: keyNode, known: Keys.article, in: "an article entry")
            }
        }
        return info
    }

    private static func reference(_ node: Node, fields: inout YAMLFields) -> ReferenceDate? {
        var name: String?
        var date: CalendarDay?
        var phrases: [String] = []
        for (key, keyNode, value) in fields.entries(node, what: "a reference") {
            switch key {
            case "name": name = fields.text(value, key: key)
            case "date": date = fields.date(value, key: key)
            case "phrases": phrases = fields.strings(value, key: key)
            default: fields.unknownKey(key, at: keyNode, known: Keys.reference, in: "a reference")
            }
        }
        guard let date else {
            if node.mapping != nil { fields.problem("reference '\(name ?? "?")' has no valid date; ignored", at: node) }
            return nil
        }
        var lowered = phrases.map { $0.lowercased() }.filter { !$0.isEmpty }
        if lowered.isEmpty, let name { lowered = [name.lowercased()] }
        return ReferenceDate(name: name ?? lowered.first ?? date.iso, date: date, phrases: lowered)
    }

    private static func actor(_ node: Node, fields: inout YAMLFields) -> KnownActor? {
        var name: String?
        var kind = ActorKind.person
        var aliases: [String] = []
        var terms: [OfficeTerm] = []
        for (key, keyNode, value) in fields.entries(node, what: "an actor") {
            switch key {
            case "name": name = fields.text(value, key: key)
            case "kind":
                let text = fields.text(value, key: key) ?? ""
                if let known = ActorKind(rawValue: text.lowercased()) ?? (text.lowercased() == "organization" ? .organisation : nil) {
                    kind = known
                } else {
                    fields.problem("kind '\(text)' is not one of person, organisation, country; person assumed", at: value)
                }
            case "aliases": aliases = fields.strings(value, key: key)
            case "terms":
                for item in list(value, key: key, fields: &fields) {
                    if let term = term(item, fields: &fields) { terms.append(term) }
                }
            default: fields.unknownKey(key, at: keyNode, known: Keys.actor, in: "an actor")
            }
        }
        guard let name else {
            if node.mapping != nil { fields.problem("an actor has no name; ignored", at: node) }
            return nil
        }
        return KnownActor(name: name, kind: kind, aliases: aliases, terms: terms)
    }

    private static func term(_ node: Node, fields: inout YAMLFields) -> OfficeTerm? {
        var term = OfficeTerm(office: "")
        for (key, keyNode, value) in fields.entries(node, what: "a term") {
            switch key {
            case "office": term.office = fields.text(value, key: key) ?? ""
            case "from": term.from = fields.date(value, key: key)
            case "until": term.until = fields.date(value, key: key)
            default: fields.unknownKey(key, at: keyNode, known: Keys.term, in: "a term")
            }
        }
        guard !term.office.isEmpty else {
            fields.problem("a term has no office; ignored", at: node)
            return nil
        }
        return term
    }
}
