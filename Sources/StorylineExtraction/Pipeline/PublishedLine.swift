import StorylineModel

/// The publication date an article states in its own page furniture ("Published 12 August
/// 2021", "- Updated: Aug. 13, 2021 5:42 PM ET", or a bare "16 June 2021" line between the
/// headline and the first sentence of the body), for articles that front matter and the story
/// file leave undated: pasted copies of web pages carry it.
enum PublishedLine {
    /// Openings of the lines that date the page (after an optional bullet), lower case.
    static let openings = ["published", "first published", "posted", "updated", "last updated"]

    /// The earliest full date on a dating line among `furniture` (an update comes after the
    /// first publication), read with the time rules; nil when none gives a whole day.
    static func date(in document: Document, documentIndex: Int, furniture: [Furniture], sentences: [Sentence]) -> CalendarDay? {
        // A date line above the body dates the page; further down it may date anything (a photo, a live entry).
        let bodyStart = sentences.first { $0.kind == .body }?.range.start ?? Int.max
        let text = document.text
        let isTopDateLine = { (line: Furniture) -> Bool in
            line.range.end <= bodyStart && TextBytes.with(text) { FurnitureTable.isDateLine($0, line.range.start, line.range.end) }
        }
        // Most furniture is no dating line: the time rules run only on those that are, at once.
        let lines = furniture.filter { isDatingLine(document.text(in: $0.range)) || isTopDateLine($0) }.enumerated().map { index, line in
            Sentence(document: documentIndex, index: index, paragraph: 0, range: line.range)
        }
        guard !lines.isEmpty else { return datelineDate(in: document, documentIndex: documentIndex, sentences: sentences) }
        let found = TimeNormalizer(references: []).normalize(document, documentIndex: documentIndex, sentences: lines, anchor: nil, assumed: false)
        return found.compactMap { time in
            time.precision == .day && time.interval.earliest == time.interval.latest ? time.interval.earliest : nil
        }.min()
    }

    /// The full date of the wire or press-release dateline opening the body ("PORT SELWYN,
    /// 9 March 2021 — The ministry today announced …"): the day the article was filed.
    static func datelineDate(in document: Document, documentIndex: Int, sentences: [Sentence]) -> CalendarDay? {
        guard let first = sentences.first(where: { $0.kind == .body }) else { return nil }
        let end = TextBytes.with(document.text) { EventTitler.afterDateline(first.range.start, $0) }
        guard end > first.range.start else { return nil }
        let line = Sentence(document: documentIndex, index: 0, paragraph: 0, range: TextRange(start: first.range.start, end: end))
        let found = TimeNormalizer(references: []).normalize(document, documentIndex: documentIndex, sentences: [line], anchor: nil, assumed: false)
        return found.first { $0.precision == .day && $0.interval.earliest != nil && $0.interval.earliest == $0.interval.latest }?.interval.earliest
    }

    /// Whether `line` opens with one of `openings` (a bullet and spaces before it allowed).
    static func isDatingLine(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == "-" || $0 == "•" || $0 == "*" || $0 == " " }.lowercased()
        return openings.contains { opening in
            trimmed.hasPrefix(opening) && trimmed.dropFirst(opening.count).first.map { !$0.isLetter } ?? true
        }
    }
}
