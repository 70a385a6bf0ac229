import StorylineModel

/// One line of an article as the source pane shows it.
public struct SourceLine: Hashable, Sendable {
    /// What the line holds.
    public var kind: SourceLineKind
    /// Body lines: the bytes of the document text shown. Other lines: an empty range at the
    /// position they stand before, so line starts never decrease.
    public var range: TextRange
    /// Header and title lines: their words. Empty for body and blank lines.
    public var text: String

    /// A line of `kind` at `range`.
    public init(kind: SourceLineKind, range: TextRange, text: String = "") {
        self.kind = kind
        self.range = range
        self.text = text
    }
}

/// The sort of a source pane line.
public enum SourceLineKind: Hashable, Sendable {
    /// Outlet and publication date.
    case header
    /// The article title.
    case title
    /// Wrapped article text.
    case body
    /// Space between header and paragraphs.
    case blank
}

/// An article wrapped to a width: computed once per (article, width), not per frame.
public struct SourceText: Hashable, Sendable {
    /// Document index.
    public var document: Int
    /// Width in cells the text was wrapped to.
    public var width: Int
    /// The lines, header first.
    public var lines: [SourceLine]

    /// Wraps `document` (index `index`) to `width` cells.
    public init(document: Document, index: Int, width: Int) {
        self.document = index
        self.width = width
        var lines: [SourceLine] = []
        let origin = TextRange(start: 0, end: 0)
        let date = document.published.map { day in
            document.publishedSource == .assumed ? "\(day.iso) (assumed)" : day.iso
        } ?? "undated"
        let header = "\(document.outlet ?? "unknown outlet") · \(date)"
        for piece in WordWrap.lines(of: header, width: width) {
            lines.append(SourceLine(kind: .header, range: origin, text: piece))
        }
        var text = document.text
        let bodyStart = min(max(0, document.bodyStart), text.utf8.count)
        // A body that opens with the title already shows it: do not print it twice.
        if let title = document.title, !title.isEmpty,
           !text.utf8.dropFirst(bodyStart).starts(with: title.utf8) {
            for piece in WordWrap.lines(of: title, width: width) {
                lines.append(SourceLine(kind: .title, range: origin, text: piece))
            }
        }
        text.withUTF8 { bytes in
            for paragraph in WordWrap.paragraphs(in: bytes, range: bodyStart..<bytes.count) {
                if SourceText.isBlank(bytes, paragraph) { continue }
                let marker = TextRange(start: paragraph.lowerBound, end: paragraph.lowerBound)
                lines.append(SourceLine(kind: .blank, range: marker))
                for line in WordWrap.lines(in: bytes, range: paragraph, width: width) {
                    lines.append(SourceLine(kind: .body, range: TextRange(start: line.lowerBound, end: line.upperBound)))
                }
            }
        }
        self.lines = lines
    }

    /// Index of the line showing byte `offset` (the last line starting at or before it).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        var best = 0
        while low <= high {
            let mid = (low + high) / 2
            if lines[mid].range.start <= offset {
                best = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        // Prefer the body line over an empty marker line at the same offset.
        while best + 1 < lines.count, lines[best + 1].range.start == lines[best].range.start,
              lines[best].kind != .body {
            best += 1
        }
        return best
    }

    /// Line indices spanned by the bytes of `range`.
    public func lines(covering range: TextRange) -> ClosedRange<Int> {
        let first = line(containing: range.start)
        let last = line(containing: max(range.start, range.end - 1))
        return first...max(first, last)
    }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for offset in range where bytes[offset] != 0x20 && bytes[offset] != 0x09 { return false }
        return true
    }
}
