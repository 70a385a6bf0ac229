import Foundation

/// One character of a captured screen with the style tmux reported for it.
public struct StyledCharacter: Hashable, Sendable {
    /// The character shown.
    public var character: Character
    /// SGR colour codes: 30–37 / 90–97 foreground, 40–47 / 100–107 background, nil default.
    /// 256-colour and RGB colours keep their first parameter (38 / 48).
    public var foreground: Int?
    /// Background colour code (see `foreground`).
    public var background: Int?
    /// Bold (SGR 1).
    public var bold = false
    /// Dim (SGR 2).
    public var dim = false
    /// Underlined (SGR 4).
    public var underline = false
    /// Reverse video (SGR 7).
    public var reverse = false
}

/// A `capture-pane -p -e` screen parsed into styled characters, to check what a person
/// sees highlighted, not only the text.
public struct StyledScreen: Sendable {
    /// The screen's rows, top first.
    public let rows: [[StyledCharacter]]

    /// Parses the output of `capture-pane -p -e`.
    public init(capture: String) {
        var rows: [[StyledCharacter]] = []
        var style = StyledCharacter(character: " ")
        for line in capture.split(separator: "\n", omittingEmptySubsequences: false) {
            var row: [StyledCharacter] = []
            var characters = line.makeIterator()
            while let character = characters.next() {
                guard character == "\u{1B}" else {
                    style.character = character
                    row.append(style)
                    continue
                }
                guard characters.next() == "[" else { continue }
                var parameters = ""
                var final: Character = " "
                while let next = characters.next() {
                    if next.isLetter || next == "@" || next == "~" {
                        final = next
                        break
                    }
                    parameters.append(next)
                }
                if final == "m" { Self.apply(parameters, to: &style) }
            }
            rows.append(row)
        }
        self.rows = rows
    }

    private static func apply(_ parameters: String, to style: inout StyledCharacter) {
        let codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var index = 0
        while index < codes.count {
            let code = codes[index]
            switch code {
            case 0:
                style = StyledCharacter(character: " ")
            case 1: style.bold = true
            case 2: style.dim = true
            case 4: style.underline = true
            case 7: style.reverse = true
            case 22: style.bold = false; style.dim = false
            case 24: style.underline = false
            case 27: style.reverse = false
            case 30...37, 90...97: style.foreground = code
            case 39: style.foreground = nil
            case 40...47, 100...107: style.background = code
            case 49: style.background = nil
            case 38, 48:
                if code == 38 { style.foreground = code } else { style.background = code }
                // Skip "5;n" or "2;r;g;b".
                if index + 1 < codes.count { index += codes[index + 1] == 5 ? 2 : 4 }
            default: break
            }
            index += 1
        }
    }

    /// The characters for which `matches` holds (inside `rows` × `columns` when given), each
    /// row's runs trimmed and joined by single spaces (so wrapped text reads as one string).
    public func text(rows rowRange: Range<Int>? = nil, columns: Range<Int>? = nil,
                     where matches: (StyledCharacter) -> Bool) -> String {
        var pieces: [String] = []
        for (y, row) in rows.enumerated() where rowRange?.contains(y) ?? true {
            var run = ""
            for (x, cell) in row.enumerated() where columns?.contains(x) ?? true {
                if matches(cell) {
                    run.append(cell.character)
                } else if !run.isEmpty {
                    pieces.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { pieces.append(run) }
        }
        return pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Plain text of row `y` between columns `from` and `to` (exclusive).
    public func text(row y: Int, from: Int = 0, to: Int = Int.max) -> String {
        guard rows.indices.contains(y) else { return "" }
        let row = rows[y]
        let end = min(to, row.count)
        guard from < end else { return "" }
        return String(row[from..<end].map(\.character))
    }
}
