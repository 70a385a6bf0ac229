import Testing
@testable import StorylineExtraction

/// The in-place sort used for blocking keys orders like the standard sort.
@Suite struct InPlaceSortTests {
    @Test func sortsLikeTheStandardSortOnAwkwardShapes() {
        var generator = SystemRandomNumberGenerator()
        var shapes: [[Int]] = [[], [1], [2, 1], Array(0..<1000), Array((0..<1000).reversed()), Array(repeating: 7, count: 500)]
        shapes.append((0..<5000).map { _ in Int.random(in: 0..<50, using: &generator) })
        shapes.append((0..<5000).map { _ in Int.random(in: 0..<1_000_000, using: &generator) })
        // Organ pipe and sawtooth shapes that push a median-of-three quicksort towards its worst case.
        shapes.append(Array(0..<2000) + Array((0..<2000).reversed()))
        shapes.append((0..<6000).map { $0 % 17 })
        for shape in shapes {
            let pairs = shape.enumerated().map { (key: $0.element, order: $0.offset % 3) }
            let expected = pairs.sorted { ($0.key, $0.order) < ($1.key, $1.order) }
            // The default depth, and heapsort from the first partition and after one.
            for depth in [nil, 0, 1] {
                var sorted = pairs
                InPlaceSort.sort(&sorted, depthLimit: depth) { ($0.key, $0.order) < ($1.key, $1.order) }
                #expect(sorted.map(\.key) == expected.map(\.key) && sorted.map(\.order) == expected.map(\.order))
            }
        }
    }

    @Test func bucketsFirstThenSortsLikeTheStandardSort() {
        var generator = SystemRandomNumberGenerator()
        var shapes: [[UInt32]] = [[], [9], [UInt32.max, 0], Array(repeating: 0xAB00_0000, count: 300)]
        shapes.append((0..<20_000).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) })
        // Few buckets, many repeats, and values already in order or reversed.
        shapes.append((0..<5000).map { _ in UInt32.random(in: 0..<4, using: &generator) << 30 | UInt32.random(in: 0..<50, using: &generator) })
        shapes.append((0..<3000).map { UInt32($0) << 20 })
        shapes.append((0..<3000).reversed().map { UInt32($0) << 20 })
        for shape in shapes {
            var sorted = shape
            InPlaceSort.sort(&sorted) { UInt8(truncatingIfNeeded: $0 >> 24) }
            #expect(sorted == shape.sorted())
        }
    }
}
