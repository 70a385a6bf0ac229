/// What a piece of the screen is, so one table decides how it looks in colour and in
/// monochrome.
public enum StyleRole: Hashable, Sendable, CaseIterable {
    case titleBar, statusBar, statusAccent, message
    case border, borderFocused, paneTitle, paneTitleFocused
    case selection, selectionInactive
    case date, actors, count, differenceMarker
    case header, articleTitle, body, evidence, otherEvidence, quote, furniture, searchMatch, placeholder
    case speaker, phrase, empty
    case overlay, overlayTitle, overlayKey, chosen
    case inserted, deleted
}
