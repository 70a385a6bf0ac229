import StorylineModel

/// How another article words a quote.
public struct QuoteWording: Hashable, Sendable {
    /// The other article's words inside the quote marks.
    public var text: String
    /// The sentence holding them.
    public var sentence: SentenceRef

    /// Wording `text` found in `sentence`.
    public init(text: String, sentence: SentenceRef) {
        self.text = text
        self.sentence = sentence
    }
}

extension Comparer {
    /// For every quote whose wording differs between articles, the other articles' wordings,
    /// by quote id (uses `story.differences`, so call `annotate` first).
    public static func quoteVariants(in story: Story) -> [Int: [QuoteWording]] {
        var sides: [SentenceRef: [(own: String, other: QuoteWording)]] = [:]
        for difference in story.differences where difference.kind == .quoteWording {
            guard let b = difference.b else { continue }
            sides[difference.a, default: []].append((difference.aText, QuoteWording(text: difference.bText, sentence: b)))
            sides[b, default: []].append((difference.bText, QuoteWording(text: difference.aText, sentence: difference.a)))
        }
        var variants: [Int: [QuoteWording]] = [:]
        for quote in story.quotes {
            let ref = SentenceRef(document: quote.document, sentence: quote.sentence)
            guard let candidates = sides[ref] else { continue }
            let words = normalized(quote.text)
            for candidate in candidates {
                let own = normalized(candidate.own)
                guard !words.isEmpty, !own.isEmpty, words.contains(own) || own.contains(words) else { continue }
                if !(variants[quote.id] ?? []).contains(candidate.other) { variants[quote.id, default: []].append(candidate.other) }
            }
        }
        return variants
    }

    /// Lower-cased letters and digits with single spaces, for matching quote texts.
    static func normalized(_ text: String) -> String {
        var out = ""
        var space = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if space && !out.isEmpty { out.append(" ") }
                out.append(character)
                space = false
            } else if character != "'" && character != "’" {
                space = true
            }
        }
        return out
    }
}
