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
    /// Mentions keyed by the index of their first and last token.
    let mentionsByFirstToken: [Int: Mention]
    let mentionsByLastToken: [Int: Mention]

    init(context: TokenContext, quotes: [QuoteSpan], mentions: [Mention]) {
        self.context = context
        var quoted = [Bool](repeating: false, count: context.count)
        for (index, token) in context.tokens.enumerated() {
            quoted[index] = quotes.contains { token.start >= $0.open && token.start < $0.close }
        }
        self.quoted = quoted
        var firstToken: [Int: Int] = [:]
        var lastToken: [Int: Int] = [:]
        for (index, token) in context.tokens.enumerated() {
            firstToken[token.start] = index
            lastToken[token.end] = index
        }
        var byFirst: [Int: Mention] = [:]
        var byLast: [Int: Mention] = [:]
        for mention in mentions {
            if let first = firstToken[mention.range.start], byFirst[first] == nil { byFirst[first] = mention }
            if let last = lastToken[mention.range.end] { byLast[last] = mention }
        }
        mentionsByFirstToken = byFirst
        mentionsByLastToken = byLast
    }

    /// Every cue of the sentence, in text order.
    func cues() -> [SpeechCue] {
        var cues: [SpeechCue] = []
        var insideMentionUntil = -1
        for index in 0..<context.count {
            if let mention = mentionsByFirstToken[index], let last = lastTokenIndex(of: mention) { insideMentionUntil = max(insideMentionUntil, last) }
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

    private func lastTokenIndex(of mention: Mention) -> Int? {
        mentionsByLastToken.first { $0.value == mention }?.key
    }

    /// The speaker of the cue verb at `verb`: the subject before it ("Mr Kim said", "he also said"),
    /// the antecedent of "which"/"who" ("North Korea, which said"), or an inverted subject
    /// after it (`"…," said Jen Doe`).
    private func subject(of verb: Int) -> Int? {
        let previous = context.skippingFillersBackward(from: verb - 1)
        if previous >= 0, !quoted[previous], let mention = mentionsByLastToken[previous] { return mention.actor }
        if previous >= 0, context.isWord(previous, in: QuoteCueLexicon.relativePronouns) {
            var index = previous - 1
            if context.isComma(index) { index -= 1 }
            while index >= 0 {
                if !quoted[index], let mention = mentionsByLastToken[index] { return mention.actor }
                index -= 1
            }
            return nil
        }
        // `"…," said Labour leader Jo Bloggs`: the first actor shortly after the verb.
        let inverted = verb == 0 || context.isComma(verb - 1) || (verb > 0 && quoted[verb - 1])
        if inverted {
            var index = verb + 1
            while index < min(context.count, verb + 7), !quoted[index], !context.isComma(index), !context.isExactly(index, ".") {
                if let mention = mentionsByFirstToken[index] { return mention.actor }
                index += 1
            }
        }
        // "Mr Kim, who was speaking in the capital, said …": the sentence's first actor.
        if context.isComma(previous) {
            for index in 0..<previous where !quoted[index] {
                if let mention = mentionsByFirstToken[index] { return mention.actor }
            }
        }
        return nil
    }

    /// The first actor named within a few words after "according to".
    private func source(after start: Int) -> Int? {
        var index = start
        while index < min(context.count, start + 6) {
            if !quoted[index], let mention = mentionsByFirstToken[index] { return mention.actor }
            index += 1
        }
        return nil
    }
}
