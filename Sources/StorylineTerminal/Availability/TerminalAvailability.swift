/// Why the browser cannot run on the attached terminal, as one line for the user.
public struct TerminalUnavailable: Error, Hashable, Sendable {
    /// The message to print (it suggests the text timeline).
    public var message: String

    /// A message for a terminal described by `reason`.
    public init(reason: String) {
        message = "storyline: \(reason), so the browser cannot run; use `storyline timeline` to print the timeline instead"
    }
}

/// Checks on TERM made before ncurses is started.
public enum TerminalAvailability {
    /// Terminal types that cannot address the cursor.
    static let unusableTypes: Set<String> = ["dumb", "unknown", "cons25r-dumb"]

    /// Why `term` (the TERM variable) cannot run a full-screen program, or nil when it may.
    public static func problem(term: String?) -> TerminalUnavailable? {
        guard let term, !term.trimmingSpaces.isEmpty else {
            return TerminalUnavailable(reason: "TERM is not set")
        }
        if unusableTypes.contains(term.lowercased()) {
            return TerminalUnavailable(reason: "the terminal type TERM=\(term) cannot show full-screen programs")
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
