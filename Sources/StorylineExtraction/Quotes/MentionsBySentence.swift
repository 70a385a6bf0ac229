import StorylineModel

/// One document's mentions grouped by sentence in one flat array (a counting sort that keeps
/// their order), so a sentence's mentions are a slice instead of a dictionary entry.
struct MentionsBySentence {
    /// The mentions grouped by sentence: the caller's slice itself when it already was.
    private var sorted: ArraySlice<Mention> = []
    /// `starts[s]..<starts[s + 1]` (offsets from `sorted.startIndex`) are the mentions of sentence `s`.
    private var starts: [Int]

    /// Groups the mentions of document `document` over sentences `0..<sentences`; others are left out.
    init(_ mentions: [Mention], document: Int, sentences: Int) {
        self.init(mentions[...], document: document, sentences: sentences)
    }

    /// Groups the mentions of document `document` in `mentions` (a slice of the story's
    /// mentions, read in place) over sentences `0..<sentences`; others are left out.
    init(_ mentions: ArraySlice<Mention>, document: Int, sentences: Int) {
        // The resolver's mentions come in text order, so usually already grouped: no copy then.
        if let starts = Self.groupedStarts(mentions, document: document, sentences: sentences) {
            self.sorted = mentions
            self.starts = starts
            return
        }
        var counts = [Int](repeating: 0, count: sentences + 1)
        for mention in mentions where mention.document == document && mention.sentence >= 0 && mention.sentence < sentences {
            counts[mention.sentence + 1] += 1
        }
        for index in 0..<sentences { counts[index + 1] += counts[index] }
        starts = counts
        guard let total = counts.last, total > 0, let firstMention = mentions.first else { return }
        var next = counts
        var grouped = [Mention](repeating: firstMention, count: total)
        for mention in mentions where mention.document == document && mention.sentence >= 0 && mention.sentence < sentences {
            grouped[next[mention.sentence]] = mention
            next[mention.sentence] += 1
        }
        sorted = grouped[...]
    }

    /// Where each sentence's mentions start (offsets into `mentions`) when every mention
    /// belongs to `document` and sentences `0..<sentences` in non-decreasing order; nil otherwise.
    private static func groupedStarts(_ mentions: ArraySlice<Mention>, document: Int, sentences: Int) -> [Int]? {
        var starts = [Int](repeating: mentions.count, count: sentences + 1)
        var next = 0
        for (offset, mention) in mentions.enumerated() {
            guard mention.document == document, mention.sentence >= max(0, next - 1), mention.sentence < sentences else { return nil }
            while next <= mention.sentence {
                starts[next] = offset
                next += 1
            }
        }
        return starts
    }

    /// The mentions of sentence `index`, in their original order (empty when out of range).
    subscript(index: Int) -> ArraySlice<Mention> {
        guard index >= 0, index + 1 < starts.count else { return [] }
        let base = sorted.startIndex
        return sorted[(base + starts[index])..<(base + starts[index + 1])]
    }
}
