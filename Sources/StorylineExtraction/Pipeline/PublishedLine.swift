import StorylineModel

/// The publication date an article states in its own page furniture ("Published 12 August
/// 2021", "- Updated: Aug. 13, 2021 5:42 PM ET"), for articles that front matter and the story
/// file leave undated: pasted copies of web pages carry it.
enum PublishedLine {
    /// Openings of the lines that date the page (after an optional bullet), lower case.
    static let openings = ["published", "first published", "posted", "updated", "last updated"]

    /// The earliest full date on a dating line among `furniture` (an update comes after the
    /// first publication), read with the time rules; nil when none gives a whole day.
    static func date(in document: Document, documentIndex: Int, furniture: [Furniture]) -> CalendarDay? {
        // Most furniture is no dating line: the time rules run only on those that are, at once.
        let lines = furniture.filter { isDatingLine(document.text(in: $0.range)) }.enumerated().map { index, line in
            Sentence(document: documentIndex, index: index, paragraph: 0, range: line.range)
        }
        guard !lines.isEmpty else { return nil }
        let found = TimeNormalizer(references: []).normalize(document, documentIndex: documentIndex, sentences: lines, anchor: nil, assumed: false)
        return found.compactMap { time in
            time.precision == .day && time.interval.earliest == time.interval.latest ? time.interval.earliest : nil
        }.min()
    }

    /// Whether `line` opens with one of `openings` (a bullet and spaces before it allowed).
    static func isDatingLine(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == "-" || $0 == "•" || $0 == "*" || $0 == " " }.lowercased()
        return openings.contains { opening in
            trimmed.hasPrefix(opening) && trimmed.dropFirst(opening.count).first.map { !$0.isLetter } ?? true
        }
    }
}
