import StorylineModel
import Testing
@testable import StorylineExtraction

/// The segmenter's shortcuts against the plain rules they stand for.
@Suite struct SegmentationFastPathTests {
    /// The first terminator byte at or after `from`, one byte at a time.
    func naiveNextTerminator(_ bytes: [UInt8], from: Int, to end: Int) -> Int {
        var index = from
        while index < end, ![0x2E, 0x21, 0x3F, 0xE2].contains(bytes[index]) { index += 1 }
        return index
    }

    @Test func nextTerminatorAgreesWithTheByteByByteScan() {
        let text = "A long opening clause without stops, then “quoted words” and a stop. Why? Because! Fin… x"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for from in 0..<bytes.count {
                for end in [from, min(bytes.count, from + 3), min(bytes.count, from + 9), bytes.count] {
                    #expect(SegmentationRules.nextTerminator(buffer, from: from, to: end) == naiveNextTerminator(bytes, from: from, to: end))
                }
            }
            #expect(SegmentationRules.nextTerminator(buffer, from: 0, to: bytes.count + 5) == naiveNextTerminator(bytes, from: 0, to: bytes.count))
        }
    }

    @Test func eightByteTestFindsEachTerminatorInEveryPosition() {
        for byte: UInt8 in [0x2E, 0x21, 0x3F, 0xE2] {
            for position in 0..<8 {
                var word = [UInt8](repeating: 0x61, count: 8)
                word[position] = byte
                let packed = word.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
                #expect(SegmentationRules.mayHoldTerminator(packed))
            }
        }
        #expect(!SegmentationRules.mayHoldTerminator(0x6162_6364_2C2D_2220))
        #expect(!SegmentationRules.mayHoldTerminator(0x2F2F_2F2F_E1E3_2D2F))
    }

    /// Whether some pattern matches, trying every pattern (the table before the index).
    func naiveFurniture(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            if let content = SegmentationRules.bulletContentStart(buffer, 0, buffer.count) { start = content }
            let length = buffer.count - start
            guard length > 0 else { return false }
            if FurnitureTable.isDateLine(buffer, start, buffer.count) { return true }
            return FurnitureTable.patterns.contains { pattern in
                let needle = Array(pattern.text.utf8)
                guard needle.count <= length, pattern.maxLength == 0 || length <= pattern.maxLength,
                      pattern.match == .prefix || needle.count == length,
                      pattern.allowsFinalPeriod || buffer[buffer.count - 1] != 0x2E,
                      needle.indices.allSatisfy({ ByteClass.lower(buffer[start + $0]) == needle[$0] }) else { return false }
                let after = start + needle.count
                return !(pattern.match == .prefix && after < buffer.count && ByteClass.isLetter(needle[needle.count - 1]) && ByteClass.isLetter(buffer[after]))
            }
        }
    }

    @Test func furnitureIndexAgreesWithTryingEveryPattern() {
        var lines = FurnitureTable.patterns.flatMap { [$0.text, $0.text.uppercased(), $0.text + "s", $0.text + " now", $0.text + "."] }
        lines += ["- Published", "• Share", "The vote passed.", "Bylines matter", "By Ana Ruiz", "© 2024 Example", "Photo: A ship", "12 June 2024", ""]
        for line in lines {
            let bytes = Array(line.utf8)
            let indexed = bytes.withUnsafeBufferPointer { FurnitureTable.matches($0, 0, $0.count) }
            #expect(indexed == naiveFurniture(line), "\(line)")
        }
    }

    @Test func longestAbbreviationBoundsEveryList() {
        #expect(AbbreviationLexicon.longest == 6)
        let texts = ExtractionFixture.sentenceTexts("Talks went on with Messrs. Lee and Park. The approx. figure grew. Results: done. Finally it ended.")
        #expect(texts == ["Talks went on with Messrs. Lee and Park.", "The approx. figure grew.", "Results: done.", "Finally it ended."])
    }
}
