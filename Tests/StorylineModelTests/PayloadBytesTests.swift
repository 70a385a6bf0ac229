import Testing
@testable import StorylineModel

/// The writer finds repeated fields by `PayloadBytes.hash` and confirms them with
/// `PayloadBytes.equal`, both reading eight bytes at a time: every length around a word's
/// edge must compare and hash by all of its bytes.
@Suite("Payload bytes")
struct PayloadBytesTests {
    /// Runs `body` on the bytes of `a` and `b`.
    static func with<T>(_ a: [UInt8], _ b: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> T) -> T {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in body(a, b) } }
    }

    @Test("Equal runs are equal and hash alike; a change in any byte, or in the length, is seen")
    func everyByteCounts() {
        for length in 0...25 {
            let run = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 + $0 * 7) }
            let same = Array(run)
            #expect(Self.with(run, same) { PayloadBytes.equal($0, $1) && PayloadBytes.hash($0) == PayloadBytes.hash($1) })
            for place in 0..<length {
                var changed = run
                changed[place] ^= 0x20
                #expect(!Self.with(run, changed) { PayloadBytes.equal($0, $1) }, "length \(length), byte \(place)")
                #expect(Self.with(run, changed) { PayloadBytes.hash($0) != PayloadBytes.hash($1) }, "length \(length), byte \(place)")
            }
            // A zero byte more is another run (the hash reads the length, not only the bytes).
            let longer = run + [0]
            #expect(!Self.with(run, longer) { PayloadBytes.equal($0, $1) })
            #expect(Self.with(run, longer) { PayloadBytes.hash($0) != PayloadBytes.hash($1) })
        }
    }

    @Test("A run compares by its own bytes wherever it starts (unaligned reads)")
    func unalignedRuns() {
        let text = Array("the summit was postponed; the summit was postponed".utf8)
        let half = text.count / 2 + 1
        text.withUnsafeBufferPointer { all in
            let first = UnsafeBufferPointer(rebasing: all[0..<(half - 2)])
            let second = UnsafeBufferPointer(rebasing: all[half..<(2 * half - 2)])
            #expect(PayloadBytes.equal(first, second) && PayloadBytes.hash(first) == PayloadBytes.hash(second))
            // The same length one byte on: other bytes.
            let shifted = UnsafeBufferPointer(rebasing: all[1..<(half - 1)])
            #expect(!PayloadBytes.equal(first, shifted))
        }
    }
}
