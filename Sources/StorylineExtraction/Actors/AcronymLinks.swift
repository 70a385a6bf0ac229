import StorylineModel

/// An organisation's full name and its acronym are one actor: "European Central Bank" and
/// "ECB", in either order of appearance.
struct AcronymLinks: Sendable {
    /// Initials of multiword organisation names → the organisation, or `ambiguous`.
    private var byInitials: [String: Int] = [:]
    /// Marks initials that two organisations share ("Supreme Court", "Security Council"): their
    /// acronym is left alone rather than given to either.
    private static let ambiguous = -1

    /// The initials of a multiword name: the first letter of each capitalised word and of each
    /// capitalised part after a hyphen ("Non-Proliferation" gives "NP"), all the letters of a
    /// word that is itself an acronym ("US Geological Survey" gives "USGS"), skipping the
    /// small words of `ActorLexicon.acronymSkippedWords`; nil for fewer than two letters or
    /// any other word.
    static func initials(of name: String) -> String? {
        var letters: [UInt8] = []
        for word in name.utf8.split(separator: UInt8(ascii: " ")) {
            let bytes = Array(word)
            if bytes.withUnsafeBufferPointer({ ActorLexicon.acronymSkippedWords.contains($0, 0, $0.count) }) { continue }
            if isAcronym(String(decoding: bytes, as: UTF8.self)) {
                letters += bytes
                continue
            }
            for part in bytes.split(separator: UInt8(ascii: "-")) {
                guard let first = part.first, ByteClass.isUpper(first) else { return nil }
                letters.append(first)
            }
        }
        return letters.count >= 2 ? String(decoding: letters, as: UTF8.self) : nil
    }

    /// Whether `name` is written as an acronym: two to six capital ASCII letters.
    static func isAcronym(_ name: String) -> Bool {
        (2...6).contains(name.utf8.count) && name.utf8.allSatisfy(ByteClass.isUpper)
    }

    /// The organisation already known whose full name `acronym` abbreviates.
    func organisation(abbreviatedAs acronym: String) -> Int? {
        guard Self.isAcronym(acronym), let id = byInitials[acronym], id != Self.ambiguous else { return nil }
        return id
    }

    /// Remembers that `id`'s full name has these initials; a second organisation with the same
    /// initials makes them ambiguous.
    mutating func note(initials: String, of id: Int) {
        if let known = byInitials[initials], known != id {
            byInitials[initials] = Self.ambiguous
        } else {
            byInitials[initials] = id
        }
    }
}
