/// One source an event's date derivation names, before it is written out.
package enum DerivationPart: Sendable {
    /// A time expression: "'<its words>' in <its article>".
    case time(Int)
    /// Any other source, as written.
    case text(String)
    /// Ends the sources used; the ones after were left out as conflicting.
    case conflicts
}

/// The time expressions and articles that derivations name, shared with the story (the
/// arrays are not copied): an event keeps its derivation as a few ids and writes the text
/// when it is read, where the text would cost ~80 bytes an event.
package final class DerivationSources: Sendable {
    /// The story's time expressions (their words and articles).
    let times: [TimeExpression]
    /// The story's articles (their ids).
    let documents: [Document]

    /// Sources naming `times` of `documents`.
    package init(times: [TimeExpression], documents: [Document]) {
        self.times = times
        self.documents = documents
    }

    /// Appends the source text of time expression `id`: "'in April' in doc-7".
    func appendTime(_ id: Int, to text: inout String) {
        guard times.indices.contains(id) else { return }
        let time = times[id]
        let words = documents.indices.contains(time.document) ? documents[time.document].text(in: time.range) : ""
        DerivationText.appendTime(words: words, document: time.document, documents: documents, to: &text)
    }
}

/// How derivations are written: "from A; B; conflicting, left out: C".
package enum DerivationText {
    /// Opens every derivation that names sources.
    package static let opening = "from "
    /// Between two sources.
    package static let separator = "; "
    /// Before the sources left out.
    package static let leftOut = "; conflicting, left out: "

    /// Appends a time expression's source: its words quoted, then its article's id
    /// ("document N" for an index no article has).
    package static func appendTime(words: String, document: Int, documents: [Document], to text: inout String) {
        text += "'"
        text += words
        text += "' in "
        if documents.indices.contains(document) { text += documents[document].id } else { text += "document \(document)" }
    }

    /// The derivation naming `parts`, time expressions written from `sources`.
    package static func render(_ parts: some Sequence<DerivationPart>, sources: DerivationSources?) -> String {
        var text = opening
        var first = true
        for part in parts {
            switch part {
            case .conflicts:
                text += leftOut
                first = true
                continue
            case .time(let id):
                if !first { text += separator }
                sources?.appendTime(id, to: &text)
            case .text(let source):
                if !first { text += separator }
                text += source
            }
            first = false
        }
        return text
    }
}
