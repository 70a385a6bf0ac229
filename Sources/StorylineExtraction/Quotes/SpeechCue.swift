import StorylineModel

/// A verb of saying or an "according to" in a sentence, with the speaker it points to.
struct SpeechCue: Sendable {
    /// Byte offset of the cue word.
    var offset: Int
    /// Speaker actor id, when one was found.
    var speaker: Int?
    /// The cue as written, lower case ("said", "according to").
    var word: String
    /// Whether this is an "according to" source, which a verb's subject outranks.
    var isSource: Bool
}

/// Finds the speech cues of one sentence and their speakers from the actor mentions.
struct SpeechCueFinder {
    let context: TokenContext
    /// Whether each token lies inside quote marks.
    let quoted: [Bool]
    /// Per token: the actor of the mention starting there, or -1.
    let actorStarting: [Int]
    /// Per token: the actor of the mention ending there, or -1.
    let actorEnding: [Int]
    /// Per token: the last token of the mention starting there, or -1.
    let mentionLastToken: [Int]

    init(context: TokenContext, quotes: [QuoteSpan], mentions: ArraySlice<Mention>) {
        self.context = context
        let tokens = context.tokens
        quoted = tokens.map { token in quotes.contains { token.start >= $0.open && token.start < $0.close } }
        var starting = [Int](repeating: -1, count: tokens.count)
        var ending = [Int](repeating: -1, count: tokens.count)
        var lastToken = [Int](repeating: -1, count: tokens.count)
        for mention in mentions {
            // First token at or after the mention start (tokens are in text order).
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].start < mention.range.start { low = middle + 1 } else { high = middle }
            }
            guard low < tokens.count, tokens[low].start == mention.range.start else { continue }
            var last = low
            while last + 1 < tokens.count, tokens[last].end < mention.range.end { last += 1 }
            guard tokens[last].end == mention.range.end else { continue }
            if starting[low] < 0 { starting[low] = mention.actor }
            ending[last] = mention.actor
            lastToken[low] = max(lastToken[low], last)
        }
        actorStarting = starting
        actorEnding = ending
        mentionLastToken = lastToken
    }

    /// Every cue of the sentence, in text order.
    func cues() -> [SpeechCue] {
        var cues: [SpeechCue] = []
        var insideMentionUntil = -1
        for index in 0..<context.count {
            insideMentionUntil = max(insideMentionUntil, mentionLastToken[index])
            guard !quoted[index], index > insideMentionUntil else { continue }
            if context.isExactly(index, "according") || context.isExactly(index, "According"), context.isExactly(index + 1, "to") {
                cues.append(SpeechCue(offset: context.tokens[index].start, speaker: source(after: index + 2), word: "according to", isSource: true))
            } else if context.isCueVerb(index) {
                var speaker = subject(of: index)
                // "X said … and added …": a coordinated verb shares the subject.
                let previous = context.skippingFillersBackward(from: index - 1)
                if speaker == nil, context.isExactly(previous, "and") || context.isExactly(previous, "but"),
                   let earlier = cues.last(where: { !$0.isSource }) {
                    speaker = earlier.speaker
                }
                cues.append(SpeechCue(offset: context.tokens[index].start, speaker: speaker, word: context.text(index).lowercased(), isSource: false))
            }
        }
        return cues
    }

    /// The speaker of the cue verb at `verb`: the subject before it ("Mr Kim said", "he also said"),
    /// the antecedent of "which"/"who" ("North Korea, which said"), or an inverted subject
    /// after it (`"…," said Jen Doe`).
    private func subject(of verb: Int) -> Int? {
        let previous = context.skippingFillersBackward(from: verb - 1)
        if previous >= 0, !quoted[previous], actorEnding[previous] >= 0 { return actorEnding[previous] }
        if previous >= 0, context.has(previous, .relativePronoun) {
            var index = previous - 1
            if context.isComma(index) { index -= 1 }
            while index >= 0 {
                if !quoted[index], actorEnding[index] >= 0 { return actorEnding[index] }
                index -= 1
            }
            return nil
        }
        // `"…," said Labour leader Jo Bloggs`: the first actor shortly after the verb.
        let afterQuote = (verb > 0 && quoted[verb - 1]) || (verb > 1 && context.isComma(verb - 1) && quoted[verb - 2])
        let inverted = verb == 0 || afterQuote
        if inverted {
            var index = verb + 1
            while index < min(context.count, verb + 7), !quoted[index], !context.isComma(index), !context.isExactly(index, ".") {
                if actorStarting[index] >= 0 { return actorStarting[index] }
                index += 1
            }
        }
        // "Mr Kim, who was speaking in the capital, said …": the sentence's first actor.
        if context.isComma(previous) {
            // The actor just before the comma that opens the inserted clause, else the first actor.
            if let comma = (0..<previous).first(where: { !quoted[$0] && context.isComma($0) }), comma > 0, actorEnding[comma - 1] >= 0 {
                return actorEnding[comma - 1]
            }
            for index in 0..<previous where !quoted[index] {
                if actorStarting[index] >= 0 { return actorStarting[index] }
            }
        }
        return nil
    }

    /// The first actor named within a few words after "according to".
    private func source(after start: Int) -> Int? {
        var index = start
        while index < min(context.count, start + 6) {
            if !quoted[index], actorStarting[index] >= 0 { return actorStarting[index] }
            index += 1
        }
        return nil
    }
}
