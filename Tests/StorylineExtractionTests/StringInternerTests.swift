import Testing
@testable import StorylineExtraction

/// Interned strings keep their values and share one buffer per value.
@Suite struct StringInternerTests {
    /// Where a string's bytes are stored (nil for none or inline).
    func storage(_ string: String) -> UnsafeRawPointer? {
        string.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func equalLongStringsShareTheFirstOnesBufferAndKeepTheirValues() {
        var interner = StringInterner()
        var first = String("earlier this month".utf8.map { Character(Unicode.Scalar($0)) })
        var second = String(decoding: Array("earlier this month".utf8), as: UTF8.self)
        var other = String(decoding: Array("before the election".utf8), as: UTF8.self)
        var short = "last week"
        #expect(storage(first) != storage(second))
        let firstStorage = storage(first)
        interner.intern(&first)
        interner.intern(&second)
        interner.intern(&other)
        interner.intern(&short)
        #expect(first == "earlier this month" && second == "earlier this month" && other == "before the election" && short == "last week")
        #expect(storage(first) == firstStorage && storage(second) == firstStorage && storage(other) != firstStorage)
        // Canonically equivalent strings with other bytes keep their own bytes.
        var composed = "caf\u{E9} on the terrace", decomposed = "cafe\u{301} on the terrace"
        interner.intern(&composed)
        interner.intern(&decomposed)
        #expect(Array(composed.utf8) == Array("caf\u{E9} on the terrace".utf8))
        #expect(Array(decomposed.utf8) == Array("cafe\u{301} on the terrace".utf8))
    }
}
