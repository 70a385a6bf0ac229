import StorylineModel

/// Finds double-quoted spans and attributes them to speakers.
public struct QuoteExtractor: Sendable {
    /// Spans with fewer words than this are phrases (labels, scare quotes).
    public var phraseMaxWords: Int
    /// The word classes of the lexicons, held here so the scan never reads the global.
    let wordClasses = WordClassTable.shared

    /// Creates an extractor.
    public init(phraseMaxWords: Int = 2) {
        self.phraseMaxWords = phraseMaxWords
    }

    /// Quotes of one document; ids start at `firstID`.
    public func extract(
        _ document: Document, documentIndex: Int, sentences: [Sentence],
        mentions: [Mention], actors: [Actor], firstID: Int
    ) -> [Quote] {
        extract(document, documentIndex: documentIndex, sentences: sentences, mentions: mentions[...], actors: actors, firstID: firstID)
    }

    /// Quotes of one document, its mentions read in place from a slice of the story's; ids start at `firstID`.
    public func extract(
        _ document: Document, documentIndex: Int, sentences: [Sentence],
        mentions: ArraySlice<Mention>, actors: [Actor], firstID: Int
    ) -> [Quote] {
        guard !sentences.isEmpty else { return [] }
        let table = wordClasses
        let text = document.text
        return TextBytes.with(text) { bytes in
            let paragraphs = Self.paragraphRanges(sentences)
            let spans = QuoteSpanScanner.spans(bytes, paragraphs: paragraphs.map(\.range))
            guard !spans.isEmpty else { return [] }
            // Cues per sentence, found when a quote first needs them.
            var cueCache = [[SpeechCue]?](repeating: nil, count: sentences.count)
            let mentionsBySentence = MentionsBySentence(mentions, document: documentIndex, sentences: sentences.count)
            var scratch = SentenceScratch()
            var facts: [TokenFacts] = []
            var quotes: [Quote] = []
            var previousSpeaker: (speaker: Int, paragraph: Int)?
            func sentenceCues(_ index: Int) -> [SpeechCue] {
                if let cached = cueCache[index] { return cached }
                let sentence = sentences[index]
                let found = scratch.withContext(bytes, sentence.range, sentence: index, table: table) { context in
                    if facts.count < context.count { facts += repeatElement(TokenFacts(), count: context.count - facts.count) }
                    return facts.withUnsafeMutableBufferPointer { buffer in
                        SpeechCueFinder(
                            context: context, quotes: Self.spans(spans, overlapping: sentence.range),
                            mentions: mentionsBySentence[index], actors: actors, buffer: buffer
                        ).cues()
                    }
                }
                cueCache[index] = found
                return found
            }
            // The author of a statement: the first actor of the latest sentence of
            // `earliest..<end` that `names` the statement in.
            func statementIssuer(from earliest: Int, before end: Int, _ names: (TextRange) -> Bool) -> Int? {
                (earliest..<end).reversed().first(where: { names(sentences[$0].range) })
                    .flatMap({ mentionsBySentence[$0].min(by: { $0.range.start < $1.range.start })?.actor })
            }
            for span in spans {
                let first = Self.sentence(containing: span.open, in: sentences)
                let last = max(first, Self.sentence(containing: max(span.open, span.close - 1), in: sentences))
                // Most quotes lie in one sentence: its cues are used as they are.
                let cues = first == last ? sentenceCues(first) : (first...last).flatMap { sentenceCues($0) }
                var chosen = Self.choose(cues, for: span)
                let paragraph = sentences[first].paragraph
                // 'Jo Roe said the plan had failed. "We tried everything …"': a quote opening its
                // sentence with no cue, after a sentence of the paragraph whose speaker is named,
                // is that speaker's.
                if chosen == nil, span.open == sentences[first].range.start, first > 0, sentences[first - 1].paragraph == paragraph,
                   let cue = sentenceCues(first - 1).last(where: { !$0.isSource && $0.speaker != nil }) {
                    chosen = SpeechCue(offset: span.open, speaker: cue.speaker, wordEnd: span.open, isSource: false)
                }
                // 'Speaking for the first time, he said:' closing the paragraph before: a speech
                // quoted over the paragraphs that follow is his (those after it continue it, below).
                if chosen == nil, span.open == sentences[first].range.start, first > 0, sentences[first - 1].paragraph == paragraph - 1,
                   Self.endsWithColon(sentences[first - 1].range, bytes),
                   let cue = sentenceCues(first - 1).last(where: { !$0.isSource && $0.speaker != nil }) {
                    chosen = SpeechCue(offset: span.open, speaker: cue.speaker, wordEnd: span.open, isSource: false)
                }
                // '"…," the statement said.' after "Harlow Police welcomed the verdict in a statement",
                // "The statement, agreed by the alliance's leaders, said …", "The communique also
                // accused …": the issuer named in an aside, else the author of the statement told of
                // in the sentences before (the first actor of the sentence that names it).
                if let cue = chosen, cue.speaker == nil, !cue.isSource,
                   let subject = DocumentSubject.find(
                       cue: cue.offset, in: sentences[first].range, cueOffsets: cues.compactMap { $0.isSource ? nil : $0.offset }, bytes) {
                    let named = subject.issuedBy.flatMap { by in
                        mentionsBySentence[first].first(where: { by.contains($0.range.start) })?.actor
                    }
                    let issuer = named ?? statementIssuer(
                        from: max(0, first - Self.documentReach), before: first, { Self.contains(word: subject.noun, in: $0, bytes) })
                    if let issuer { chosen = SpeechCue(offset: cue.offset, speaker: issuer, wordEnd: cue.wordEnd, isSource: false) }
                }
                // '"…," it read.' after "Jo Roe issued a statement": the author of the statement
                // named in this sentence or the few before (none when no sentence names one).
                if chosen == nil, Self.isFollowedByItRead(span.close, bytes) {
                    let issuer = statementIssuer(from: max(0, first - Self.documentReach), before: first + 1, { Self.namesDocument($0, bytes) })
                    chosen = SpeechCue(offset: span.close, speaker: issuer, wordEnd: span.close, isSource: false)
                }
                // A quote opening its sentence with no cue continues the previous speaker's words.
                if chosen == nil, let previous = previousSpeaker, previous.paragraph == paragraph - 1 || previous.paragraph == paragraph,
                   span.open == sentences[first].range.start {
                    chosen = SpeechCue(offset: span.open, speaker: previous.speaker, wordEnd: span.open, isSource: false)
                }
                let words = QuoteSpanScanner.wordCount(bytes, span.inner)
                quotes.append(Quote(
                    id: firstID + quotes.count, text: Self.slice(of: text, bytes, span.inner),
                    kind: words <= phraseMaxWords ? .phrase : .quote, speaker: chosen?.speaker,
                    document: documentIndex, sentence: sentences[first].index, range: span.inner,
                    cue: chosen?.word(in: bytes)))
                // A quote said by someone unnamed ('"…," he said' of "an official") ends the run of
                // the speaker before: what follows uncued is not theirs.
                if let cue = chosen { previousSpeaker = cue.speaker.map { ($0, paragraph) } }
            }
            return quotes
        }
    }

    /// Sentences back in which the document a subject names ("the statement") is looked for.
    static let documentReach = 3

    /// Whether the word of `word` (its bytes, any case) stands in `range` as a word.
    static func contains(word: Range<Int>, in range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = word.count
        var k = max(0, range.start)
        let end = min(range.end, bytes.count)
        while k + length <= end {
            if (k == range.start || !ByteClass.isLetter(bytes[k - 1])) && (k + length == end || !ByteClass.isLetter(bytes[k + length])),
               (0..<length).allSatisfy({ ByteClass.lower(bytes[k + $0]) == ByteClass.lower(bytes[word.lowerBound + $0]) }) {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether " it read" (any case, a comma before it or not) follows the closing mark that
    /// ends before `close`.
    static func isFollowedByItRead(_ close: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = close
        if k < bytes.count, bytes[k] == UInt8(ascii: ",") { k += 1 }
        let wanted: StaticString = " it read"
        let length = wanted.utf8CodeUnitCount
        guard k + length <= bytes.count, k + length == bytes.count || !ByteClass.isLetter(bytes[k + length]) else { return false }
        return wanted.withUTF8Buffer { w in (0..<length).allSatisfy { ByteClass.lower(bytes[k + $0]) == w[$0] } }
    }

    /// Whether a document noun ("statement", "letter") stands in `range` as a word.
    static func namesDocument(_ range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = max(0, range.start)
        let end = min(range.end, bytes.count)
        while k < end {
            while k < end, !ByteClass.isLetter(bytes[k]) { k += 1 }
            var stop = k
            while stop < end, ByteClass.isLetter(bytes[stop]) { stop += 1 }
            if stop > k, QuoteCueLexicon.documentNouns.contains(bytes, k, stop) { return true }
            k = stop
        }
        return false
    }

    /// Whether the text of `range` ends with a colon (spaces after it aside).
    static func endsWithColon(_ range: TextRange, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = min(range.end, bytes.count)
        while end > range.start, ByteClass.isSpace(bytes[end - 1]) { end -= 1 }
        return end > range.start && bytes[end - 1] == UInt8(ascii: ":")
    }

    /// The words of `range` as a slice of the document's `text` (whose bytes are `bytes`):
    /// kept, not copied. A copy, as `TextBytes.string` makes it, when a bound cuts a character.
    static func slice(of text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Substring {
        let lower = max(0, min(range.start, bytes.count))
        let upper = max(lower, min(range.end, bytes.count))
        // A UTF-8 continuation byte (10xxxxxx) at a bound means it falls inside a character.
        func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
        guard isBoundary(lower), isBoundary(upper) else { return Substring(TextBytes.string(bytes, lower, upper)) }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        return text[start..<utf8.index(start, offsetBy: upper - lower)]
    }

    /// The cue for `span`: the nearest verb before it, else the first after it; an
    /// "according to" source only when no verb of saying names a speaker.
    static func choose(_ cues: [SpeechCue], for span: QuoteSpan) -> SpeechCue? {
        let before = cues.last { !$0.isSource && $0.offset < span.open }
        let after = cues.first { !$0.isSource && $0.offset >= span.close }
        if let verb = before ?? after, verb.speaker != nil { return verb }
        if let source = cues.first(where: { $0.isSource && $0.speaker != nil }) { return source }
        return before ?? after
    }

    /// The spans (in text order, not nested) that overlap `range`, found by binary search.
    static func spans(_ spans: [QuoteSpan], overlapping range: TextRange) -> ArraySlice<QuoteSpan> {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].close <= range.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < spans.count, spans[end].open < range.end { end += 1 }
        return spans[low..<end]
    }

    /// Paragraph byte ranges from the sentences' paragraph numbers.
    static func paragraphRanges(_ sentences: [Sentence]) -> [(paragraph: Int, range: TextRange)] {
        var result: [(paragraph: Int, range: TextRange)] = []
        for sentence in sentences {
            if let last = result.last, last.paragraph == sentence.paragraph {
                result[result.count - 1].range.end = sentence.range.end
            } else {
                result.append((sentence.paragraph, sentence.range))
            }
        }
        return result
    }

    /// Index of the sentence holding `offset` (the nearest one before it when between sentences).
    static func sentence(containing offset: Int, in sentences: [Sentence]) -> Int {
        var low = 0
        var high = sentences.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sentences[middle].range.start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
