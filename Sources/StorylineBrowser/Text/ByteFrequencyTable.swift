/// How common bytes are in English text, so a search can scan for the rarest byte of its
/// query: fewer candidate positions to check.
enum ByteFrequencyTable {
    /// Space and lower-case letters, most frequent first.
    static let commonFirst: [UInt8] = Array(" etaoinshrdlcumwfgypbvkjxqz".utf8)

    /// Rank of `byte`: 0 for the most common; bytes not in the table count as fairly rare.
    static let rank: [UInt8] = {
        var table = [UInt8](repeating: 20, count: 256)
        for (position, byte) in commonFirst.enumerated() { table[Int(byte)] = UInt8(position) }
        return table
    }()

    /// Index in `needle` of its rarest byte (the last of equals, to skip common prefixes).
    static func rarestIndex(in needle: [UInt8]) -> Int {
        var best = 0
        for index in needle.indices where rank[Int(needle[index])] >= rank[Int(needle[best])] {
            best = index
        }
        return best
    }
}
