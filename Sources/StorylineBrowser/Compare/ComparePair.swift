import StorylineModel

/// One row of the compare view: a sentence and the sentence another article reports the
/// same content in (nil: only in this article).
public struct ComparePair: Hashable, Sendable {
    /// A sentence of the event (or aligned to one).
    public var a: SentenceRef
    /// Its counterpart in another article, if any.
    public var b: SentenceRef?
    /// Alignment similarity in 0…1, when aligned.
    public var score: Double?

    /// A row pairing `a` with `b`.
    public init(a: SentenceRef, b: SentenceRef?, score: Double?) {
        self.a = a
        self.b = b
        self.score = score
    }
}

/// Which sentence of a compare row Enter jumps to.
public enum CompareSide: Hashable, Sendable {
    case a
    case b
}

extension BrowserState {
    /// The compare rows of the selected event: alignments touching its evidence, then its
    /// evidence sentences that align with nothing. O(evidence), through the index.
    public var comparePairs: [ComparePair] {
        guard let event = selectedEvent else { return [] }
        var pairs: [ComparePair] = []
        var seen = Set<Int>()
        var aligned = Set<SentenceRef>()
        for ref in event.evidence {
            for position in index.alignmentsBySentence[ref] ?? [] where seen.insert(position).inserted {
                let alignment = story.alignments[position]
                pairs.append(ComparePair(a: alignment.a, b: alignment.b, score: alignment.score))
                aligned.insert(alignment.a)
                aligned.insert(alignment.b)
            }
        }
        for ref in event.evidence where !aligned.contains(ref) {
            pairs.append(ComparePair(a: ref, b: nil, score: nil))
        }
        return pairs.sorted { left, right in
            left.a != right.a ? left.a < right.a : (left.b ?? left.a) < (right.b ?? right.a)
        }
    }

    /// The differences recorded for the selected event.
    public var compareDifferences: [Difference] {
        guard let event = selectedEvent else { return [] }
        return (index.differencesByEvent[event.id] ?? []).compactMap {
            story.differences.indices.contains($0) ? story.differences[$0] : nil
        }
    }
}

extension DifferenceKind {
    /// How the compare view names the difference.
    public var label: String {
        switch self {
        case .quoteWording: return "quote wording changed"
        case .number: return "number or count changed"
        case .titleOrRole: return "title or role changed"
        case .dateOrTime: return "date or time changed"
        case .negationOrModality: return "negation or modality changed"
        case .onlyInOne: return "claim in one article only"
        }
    }
}
