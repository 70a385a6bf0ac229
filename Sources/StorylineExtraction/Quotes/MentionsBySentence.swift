import StorylineModel

/// One document's mentions grouped by sentence in one flat array (a counting sort that keeps
/// their order), so a sentence's mentions are a slice instead of a dictionary entry.
struct MentionsBySentence {
    private var sorted: [Mention] = []
    /// `starts[s]..<starts[s + 1]` are the mentions of sentence `s`.
    private var starts: [Int]

    /// Groups the mentions of document `document` over sentences `0..<sentences`; others are left out.
    init(_ mentions: [Mention], document: Int, sentences: Int) {
        var counts = [Int](repeating: 0, count: sentences + 1)
        for mention in mentions where mention.document == document && mention.sentence >= 0 && mention.sentence < sentences {
            counts[mention.sentence + 1] += 1
        }
        for index in 0..<sentences { counts[index + 1] += counts[index] }
        starts = counts
        guard let total = counts.last, total > 0, let firstMention = mentions.first else { return }
        var next = counts
        sorted = [Mention](repeating: firstMention, count: total)
        for mention in mentions where mention.document == document && mention.sentence >= 0 && mention.sentence < sentences {
            sorted[next[mention.sentence]] = mention
            next[mention.sentence] += 1
        }
    }

    /// The mentions of sentence `index`, in their original order (empty when out of range).
    subscript(index: Int) -> ArraySlice<Mention> {
        guard index >= 0, index + 1 < starts.count else { return [] }
        return sorted[starts[index]..<starts[index + 1]]
    }
}
