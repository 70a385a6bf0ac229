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
        var found: [Int] = []
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { wanted in
                guard let base = haystack.baseAddress, let pattern = wanted.baseAddress else { return }
                // memchr finds the query's rarest byte at vector speed; memcmp checks the rest.
                let pivot = ByteFrequencyTable.rarestIndex(in: needle)
                let byte = Int32(needle[pivot])
                let end = haystack.count - (wanted.count - pivot) + 1
                var offset = pivot
                while offset < end {
                    guard let hit = memchr(base + offset, byte, end - offset) else { break }
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    let start = at - pivot
                    if memcmp(base + start, pattern, wanted.count) == 0 {
                        let position = title(containing: start)
                        found.append(position)
                        offset = starts[position + 1] + pivot
                    } else {
                        offset = at + 1
                    }
                }
            }
        }
        return found
    }

    /// Whether title `position` contains `needle` (folded).
    public func title(_ position: Int, contains needle: [UInt8]) -> Bool {
        guard position >= 0, position < count else { return false }
        let range = starts[position]..<starts[position + 1]
        return bytes.withUnsafeBufferPointer { buffer in
            TextSearch.contains(needle, in: buffer, range: range)
        }
    }

    /// The title whose bytes hold `offset` (binary search over starts).
    func title(containing offset: Int) -> Int {
        var low = 0
        var high = count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
