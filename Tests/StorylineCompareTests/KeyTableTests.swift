@testable import StorylineCompare
import Testing

@Suite struct KeyTableTests {
    @Test func storesGrowsAndFindsEveryKey() {
        var table = KeyTable<Int>(capacity: 2)
        for key in 1...1000 { table[UInt64(key) &* 0x1234_5678_9ABC] = key }
        #expect(table.count == 1000)
        #expect((1...1000).allSatisfy { table[UInt64($0) &* 0x1234_5678_9ABC] == $0 })
        #expect(table[42] == nil)
        // Key 0 marks empty slots inside the table, yet it can be stored like any other.
        table[0] = -1
        #expect(table[0] == -1)
        var sum = 0
        table.forEach { _, value in sum += value }
        #expect(sum == 1000 * 1001 / 2 - 1)
    }

    @Test func firstValueOfARepeatedKeyWins() {
        let table = KeyTable<String>([(7, "first"), (7, "second"), (9, "other")])
        #expect(table[7] == "first")
        #expect(table.contains(9))
        #expect(!table.contains(8))
    }

    @Test func sortedKeysActAsASet() {
        let keys = SortedKeys.unique([5, 3, 5, 9, 3])
        #expect(keys == [3, 5, 9])
        #expect(SortedKeys.contains(keys, 9))
        #expect(!SortedKeys.contains(keys, 4))
        #expect(!SortedKeys.contains([], 4))
    }
}
