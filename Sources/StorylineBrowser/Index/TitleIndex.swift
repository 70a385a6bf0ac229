#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every event title, ASCII-folded, in one buffer: a search is `memchr` sweeps over
/// contiguous bytes instead of a walk over a hundred thousand small arrays.
public struct TitleIndex: Sendable {
    /// Folded titles, each followed by a line feed.
    var bytes: [UInt8]
    /// Offset where each title starts, plus one past the end.
    var starts: [Int]

    /// Indexes `titles` (in event order).
    public init(titles: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(titles.count + 1)
        for title in titles {
            starts.append(bytes.count)
            for byte in title.utf8 { bytes.append(byte == 0x0A ? 0x20 : TextSearch.fold(byte)) }
            bytes.append(0x0A)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    /// Number of titles.
    public var count: Int { starts.count - 1 }

    /// Positions of the titles containing `needle` (folded), ascending.
    public func matches(_ needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty, !needle.contains(0x0A) else { return [] }
        let total = bytes.count
        return scan(needle) { scan, starts in
            var found: [Int] = []
            // Hits only move forward: the title holding one is found by walking on from the
            // last, one step per title in all (a one-letter query hits most titles, and a
            // binary search per hit was most of its time).
            var position = 0
            var from = scan.pivot
            while let start = scan.firstMatch(pivotFrom: from, to: total - (needle.count - scan.pivot) + 1) {
                while starts[position + 1] <= start { position += 1 }
                found.append(position)
                from = starts[position + 1] + scan.pivot
            }
            return found
        } ?? []
    }

    /// Of `candidates` (ascending; `title` gives each one's title position), those whose title
    /// contains `needle` (folded), in order: how a query that grew narrows its last matches,
    /// each title searched on its own.
    public func filter(_ candidates: [Int], title: (Int) -> Int, containing needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty, !needle.contains(0x0A) else { return [] }
        return scan(needle) { scan, starts in
            candidates.filter { candidate in
                let position = title(candidate)
                guard position >= 0, position + 1 < starts.count else { return false }
                // Its line feed never matches: the query holds none.
                let end = starts[position + 1] - (needle.count - scan.pivot) + 1
                return scan.firstMatch(pivotFrom: starts[position] + scan.pivot, to: end) != nil
            }
        } ?? []
    }

    /// Calls `body` with a scan for `needle` over the folded titles and the title starts.
    private func scan<Result>(_ needle: [UInt8], _ body: (PivotScan, UnsafeBufferPointer<Int>) -> Result) -> Result? {
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { wanted in
                starts.withUnsafeBufferPointer { starts in
                    guard let base = haystack.baseAddress, let pattern = wanted.baseAddress else { return nil }
                    let pivot = ByteFrequencyTable.rarestIndex(in: needle)
                    return body(PivotScan(base: base, pattern: pattern, length: wanted.count, pivot: pivot, byte: Int32(needle[pivot])), starts)
                }
            }
        }
    }

    /// Whether title `position` contains `needle` (folded).
    public func title(_ position: Int, contains needle: [UInt8]) -> Bool {
        guard position >= 0, position < count else { return false }
        let range = starts[position]..<starts[position + 1]
        return bytes.withUnsafeBufferPointer { buffer in
            TextSearch.contains(needle, in: buffer, range: range)
        }
    }
}

/// A query found by its rarest byte: `memchr` finds that byte at vector speed, `memcmp` checks
/// the rest. Valid only inside `TitleIndex.scan`.
private struct PivotScan {
    /// The folded titles.
    let base: UnsafeRawPointer
    /// The query's bytes.
    let pattern: UnsafeRawPointer
    /// The query's length.
    let length: Int
    /// Offset of the rarest byte in the query.
    let pivot: Int
    /// That byte.
    let byte: Int32

    /// Start of the first match whose pivot byte lies in `from..<to`, if any.
    func firstMatch(pivotFrom from: Int, to end: Int) -> Int? {
        var offset = from
        while offset < end {
            guard let hit = memchr(base + offset, byte, end - offset) else { return nil }
            let at = UnsafeRawPointer(hit) - base
            if memcmp(base + (at - pivot), pattern, length) == 0 { return at - pivot }
            offset = at + 1
        }
        return nil
    }
}
