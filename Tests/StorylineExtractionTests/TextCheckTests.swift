import Foundation
import StorylineModel
import StorylineTestSupport
import Testing
@testable import StorylineExtraction

/// The word-at-a-time byte checks and the reused read buffer give what byte-by-byte code gives.
@Suite struct TextCheckTests {
    /// The binary check written the plain way, one byte at a time.
    private func referenceReason(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return "UTF-16 text is not supported; save it as UTF-8"
        }
        let sample = bytes.prefix(InputLimits.binarySampleBytes)
        var controls = 0
        for byte in sample {
            if byte == 0 { return "binary file (contains NUL bytes)" }
            let allowed: Set<UInt8> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B]
            if (byte < 0x20 && !allowed.contains(byte)) || byte == 0x7F { controls += 1 }
        }
        if !sample.isEmpty, Double(controls) / Double(sample.count) > InputLimits.binaryControlShare {
            return "binary file (mostly control bytes)"
        }
        if bytes.dropFirst(sample.count).contains(0) { return "binary file (contains NUL bytes)" }
        return nil
    }

    @Test func binaryCheckMatchesTheByteByByteRule() {
        var generator = SystemRandomNumberGenerator()
        let alphabets: [[UInt8]] = [
            Array("plain text with\nlines\tand tabs ".utf8),
            Array("text ".utf8) + [0x01, 0x7F, 0x1B, 0x0C],
            Array(0...255).map { UInt8($0) },
            Array("abc".utf8) + [0xC3, 0xA9, 0x7F],
        ]
        for round in 0..<400 {
            let alphabet = alphabets[round % alphabets.count]
            let count = Int.random(in: 0...300, using: &generator)
            let bytes = (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            let fast = bytes.withUnsafeBufferPointer { TextCheck.binaryReason($0) }
            #expect(fast == referenceReason(bytes), "\(bytes)")
        }
    }

    @Test func unusualControlMaskMarksExactlyTheCountedBytes() {
        for value in 0...255 {
            let byte = UInt8(value)
            let expected = (byte < 0x20 && ![0x09, 0x0A, 0x0D].contains(byte)) || byte == 0x7F
            for position in 0..<8 {
                // Neighbours alternate between a line feed and a letter so they vary.
                var bytes = (0..<8).map { $0 % 2 == 0 ? UInt8(0x0A) : UInt8(ascii: "a") }
                bytes[position] = byte
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let mask = TextCheck.unusualControls(word)
                #expect(mask == (expected ? UInt64(0x80) << UInt64(position * 8) : 0), "\(value) at \(position)")
            }
        }
    }

    @Test func nulAfterTheSampleIsFound() {
        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: InputLimits.binarySampleBytes + 10)
        bytes[InputLimits.binarySampleBytes + 5] = 0
        #expect(bytes.withUnsafeBufferPointer { TextCheck.binaryReason($0) } == "binary file (contains NUL bytes)")
    }

    @Test func reusedBufferReadsEachFileWhole() throws {
        let folder = try TemporaryFolder("textcheck")
        defer { folder.remove() }
        let long = String(repeating: "Long line of text.\n", count: 10_000)
        let big = try folder.write("big.txt", long)
        let small = try folder.write("small.txt", "Short.\n")
        var buffer: [UInt8] = []
        // A wrong expected size must not lose bytes: the buffer grows until the end of the file.
        let first = try FileBytes.read(big, into: &buffer, expectedSize: 10).get()
        #expect(first == long.utf8.count)
        #expect(Array(buffer[..<first]) == Array(long.utf8))
        let second = try FileBytes.read(small, into: &buffer, expectedSize: 7).get()
        #expect(second == 7)
        #expect(Array(buffer[..<second]) == Array("Short.\n".utf8))
        #expect(throws: ReadFailure.self) { try FileBytes.read(folder.url.path + "/missing.txt", into: &buffer, expectedSize: 0).get() }
    }

    @Test func linkedArticleInAFolderIsReadOnce() throws {
        let folder = try TemporaryFolder("textcheck")
        defer { folder.remove() }
        let target = try folder.write("a.txt", "The article.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.path + "/b.txt", withDestinationPath: target)
        let corpus = ArticleLoader.load(paths: [folder.url.path, target])
        #expect(corpus.documents.map(\.id) == ["a"])
        #expect(corpus.warnings.map(\.message) == ["given more than once; read once", "given more than once; read once"])
    }

    @Test func oversizedFileInAFolderIsSkippedWithoutReading() throws {
        let folder = try TemporaryFolder("textcheck")
        defer { folder.remove() }
        try folder.write("small.txt", "A short article.\n")
        let path = folder.url.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(InputLimits.maximumArticleBytes + 1))  // Sparse: nothing real written.
        try handle.close()
        // Listed as a regular file, its size is only known once it is opened.
        let corpus = ArticleLoader.load(paths: [folder.url.path])
        #expect(corpus.documents.map(\.id) == ["small"])
        #expect(corpus.warnings.map(\.message) == ["file is 50 MB, over the 50 MB limit; skipped"])
        var buffer: [UInt8] = []
        let failure = FileBytes.read(path, into: &buffer, expectedSize: nil, limit: InputLimits.maximumArticleBytes)
        #expect(throws: ReadFailure.self) { try failure.get() }
        #expect(buffer.count < InputLimits.maximumArticleBytes / 100)  // Only its start was read.
    }

    @Test func plainDatesReadAsTheCalendarReadsThem() {
        let samples = ["2024-02-17", "0000-01-01", "2021-02-30", "2024-13-01", "2024-1-017", "2024/02/17", "２０２４-02-17",
                       "2024-02-17T10:00", "+202-01-01", "2024-02-1x", "", "20240-2-17", "2020-02-29", "2019-02-29"]
        for sample in samples {
            // The rule as first written: the whole text, else a timestamp's first ten bytes.
            let bytes = Array(sample.utf8)
            let timestamp = bytes.count > 10 && (bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "))
            let reference = CalendarDay(iso: sample) ?? (timestamp ? CalendarDay(iso: String(decoding: bytes[..<10], as: UTF8.self)) : nil)
            #expect(YAMLFields.day(fromText: sample) == reference, "\(sample)")
        }
    }
}

/// Folder contents are ordered by their UTF-8 bytes.
@Suite struct PathOrderTests {
    @Test func bytewiseOrderMatchesTheUTF8Comparison() {
        let names = ["b.txt", "a.txt", "A.txt", "a", "", "ab", "é.md", "e\u{301}.md", "z", "Z10", "Z9", "aa.txt", "a.txt.md", "€", "\u{1F600}"]
        for left in names {
            for right in names {
                #expect(PathName.precedes(left, right) == left.utf8.lexicographicallyPrecedes(right.utf8), "\(left) \(right)")
            }
        }
    }
}

/// Folder entries sort by their eight-byte keys first, then by whole names.
@Suite struct FolderEntryOrderTests {
    @Test func keyedOrderMatchesTheByteOrder() {
        let names = ["000001_a.md", "000001_b.md", "000001_", "000001", "00000", "0000010.txt", "a", "ab", "abcdefgh", "abcdefghi",
                     "abcdefgh.txt", "abcdefgg.txt", "é", "e\u{301}", "Z", "zz", "\u{1F600}.md", "\u{1F600}", "story.yaml", "x.TXT"]
        let entries = names.map { FolderEntry(name: $0, type: .regularFile, orderKey: PathName.orderKey($0)) }
        let sorted = entries.sorted { $0.precedes($1) }.map(\.name)
        #expect(sorted == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func repeatedIDsGetNumbers() {
        var ids = DocumentIDs()
        ids.reserve(4)
        #expect(["a", "a", "a-2", "", "a"].map { ids.unique($0) } == ["a", "a-2", "a-2-2", "article", "a-3"])
    }

    @Test func manyClashesGiveTheSameIDsAsCountingFromTwo() {
        // The plain rule: the stem, else the first free "stem-N" counting from 2.
        var taken = Set<String>()
        func reference(_ stem: String) -> String {
            var candidate = stem
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(stem)-\(number)"
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
        var ids = DocumentIDs()
        let stems = ["r", "r-3", "r", "r", "r-2", "r", "s", "r-5", "r", "r-4-2", "r-4", "r", "r"] + Array(repeating: "r", count: 50)
        for stem in stems {
            #expect(ids.unique(stem) == reference(stem), "\(stem)")
        }
    }
}
