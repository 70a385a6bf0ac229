#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables the backend reads.
public struct TerminalEnvironment: Hashable, Sendable {
    /// TERM, nil when unset.
    public var term: String?
    /// NO_COLOR set to anything non-empty (https://no-color.org): draw without colours.
    public var noColor: Bool

    /// An environment with these values (tests build their own).
    public init(term: String?, noColor: Bool) {
        self.term = term
        self.noColor = noColor
    }

    /// The process's own environment.
    public static var current: TerminalEnvironment {
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        return TerminalEnvironment(term: getenv("TERM").map { String(cString: $0) }, noColor: noColor)
    }
}

/// Makes the character locale UTF-8, which ncursesw needs to read and write UTF-8.
enum TerminalLocale {
    /// Takes the user's locale, falling back to C.UTF-8 when its encoding is not UTF-8.
    static func prepare() {
        _ = setlocale(LC_ALL, "")
        if !isUTF8 {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
