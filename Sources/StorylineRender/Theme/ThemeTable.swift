/// The style of every role, in colour and in monochrome.
enum ThemeTable {
    static func color(_ role: StyleRole) -> CellStyle {
        switch role {
        case .titleBar: return CellStyle(attributes: .bold, foreground: .white, background: .blue)
        case .statusBar: return CellStyle(foreground: .black, background: .white)
        case .statusAccent: return CellStyle(attributes: .bold, foreground: .blue, background: .white)
        case .message: return CellStyle(attributes: .bold, foreground: .red, background: .white)
        case .border: return CellStyle(foreground: .blue)
        case .borderFocused: return CellStyle(attributes: .bold, foreground: .cyan)
        case .paneTitle: return CellStyle(foreground: .blue)
        case .paneTitleFocused: return CellStyle(attributes: .bold, foreground: .black, background: .cyan)
        case .selection: return CellStyle(foreground: .black, background: .cyan)
        case .selectionInactive: return CellStyle(attributes: .bold, background: .blue)
        case .date: return CellStyle(foreground: .cyan)
        case .actors: return CellStyle(foreground: .green)
        case .count: return CellStyle(foreground: .yellow)
        case .differenceMarker: return CellStyle(attributes: .bold, foreground: .red)
        case .header: return CellStyle(foreground: .cyan)
        case .articleTitle: return CellStyle(attributes: .bold)
        case .body: return .plain
        case .evidence: return CellStyle(foreground: .black, background: .yellow)
        case .otherEvidence: return CellStyle(attributes: .underline, foreground: .yellow)
        case .quote: return CellStyle(foreground: .green)
        case .furniture: return CellStyle(attributes: .dim)
        case .searchMatch: return CellStyle(foreground: .black, background: .magenta)
        case .placeholder: return CellStyle(foreground: .red)
        case .speaker: return CellStyle(attributes: .bold, foreground: .green)
        case .phrase: return CellStyle(attributes: .dim)
        case .empty: return CellStyle(attributes: .dim)
        case .overlay: return .plain
        case .overlayTitle: return CellStyle(attributes: .bold, foreground: .black, background: .cyan)
        case .overlayKey: return CellStyle(attributes: .bold, foreground: .yellow)
        case .chosen: return CellStyle(attributes: .bold, foreground: .green)
        case .inserted: return CellStyle(attributes: .underline, foreground: .green)
        case .deleted: return CellStyle(attributes: .underline, foreground: .red)
        }
    }

    static func mono(_ role: StyleRole) -> CellStyle {
        switch role {
        case .titleBar, .statusBar: return CellStyle(attributes: .reverse)
        case .statusAccent, .message: return CellStyle(attributes: [.reverse, .bold])
        case .border, .paneTitle, .body, .overlay, .date, .actors, .count: return .plain
        case .borderFocused, .articleTitle, .speaker, .chosen, .overlayKey, .differenceMarker: return CellStyle(attributes: .bold)
        case .paneTitleFocused, .overlayTitle: return CellStyle(attributes: [.bold, .reverse])
        case .selection: return CellStyle(attributes: .reverse)
        case .selectionInactive: return CellStyle(attributes: .underline)
        case .header, .furniture, .phrase, .empty: return CellStyle(attributes: .dim)
        case .evidence: return CellStyle(attributes: [.reverse, .bold])
        case .otherEvidence, .placeholder: return CellStyle(attributes: .underline)
        case .quote: return CellStyle(attributes: .bold)
        case .searchMatch: return CellStyle(attributes: [.reverse, .underline])
        case .inserted: return CellStyle(attributes: [.bold, .underline])
        case .deleted: return CellStyle(attributes: [.dim, .underline])
        }
    }
}
