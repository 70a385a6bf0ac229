import Foundation
@testable import StorylineOutput
import Testing

/// The streamed key order is JSONEncoder's `.sortedKeys` order, for keys of mixed case, digits
/// and underscores (the schema's own keys are all lower-case letters, so this guards its rule).
@Suite struct JSONKeyOrderTests {
    @Test func keyOrderMatchesJSONEncoder() throws {
        let keys = ["ab", "a_b", "aB", "a2", "a10", "Ab", "b", "B", "_a", "a", "é", "z9", "Z"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) }))
        let text = String(decoding: data, as: UTF8.self)
        // Keys appear in the encoded object in JSONEncoder's order.
        var positions: [(key: String, at: String.Index)] = []
        for key in keys { positions.append((key, try #require(text.range(of: "\"\(key)\"")).lowerBound)) }
        let encoderOrder = positions.sorted { $0.at < $1.at }.map(\.key)
        #expect(keys.sorted(by: JSONKeyOrder.precedes) == encoderOrder)
    }
}
