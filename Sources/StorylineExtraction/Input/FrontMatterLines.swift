import StorylineModel

/// The forgiving reading of front matter the YAML parser rejects: `key: value` lines split at
/// their first colon, as a person writing "title: Budget 2021: tax rises" means it.
enum FrontMatterLines {
    /// The facts of `yaml` read line by line, when every line is blank, a comment or a simple
    /// `key: value` pair, no key comes twice, no value opens YAML syntax ("[", "{", "|" …) and a
    /// value holds ": " (what the parser stumbled on); nil otherwise (then nothing is read).
    static func info(_ yaml: String) -> ArticleInfo? {
        var info = ArticleInfo()
        var keys: Set<String> = []
        var colonInValue = false
        for raw in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                  keys.insert(key.lowercased()).inserted else { return nil }
            let rest = line[line.index(after: colon)...].trimmingSpaces()
            if let first = rest.first, "[{&*!|>%@`".contains(first) { return nil }
            if rest.contains(": ") { colonInValue = true }
            let value = unquoted(rest)
            guard !value.isEmpty else { continue }
            switch FrontMatter.keys[key.lowercased()] {
            case "title": info.title = value
            case "outlet": info.outlet = value
            case "published": info.published = CalendarDay(iso: String(value.prefix(10)))
            case "url": info.url = value
            default: break
            }
        }
        return colonInValue ? info : nil
    }

    /// `text` without one pair of matching outer quotes.
    private static func unquoted(_ text: Substring) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else { return String(text) }
        return String(text.dropFirst().dropLast())
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> Substring {
        var slice = self[...]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return slice
    }
}
