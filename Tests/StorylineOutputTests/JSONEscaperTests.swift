import Foundation
import StorylineOutput
import Testing

/// The writer's escaping and layout, against JSONEncoder on crafted values.
@Suite struct JSONEscaperTests {
    /// JSONEncoder with the options `StoryJSON.encoded()` uses.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// JSONEncoder's bytes for one string, quotes included.
    static func encoded(_ text: String) throws -> [UInt8] {
        Array(try encoder().encode(text))
    }

    /// The escaper's bytes for one string, quotes included.
    static func escaped(_ text: String) -> [UInt8] {
        Array(("\"" + JSONStringEscaper.escaped(text) + "\"").utf8)
    }

    @Test func everyASCIICharacterAlone() throws {
        for value in 0..<0x80 {
            let text = String(UnicodeScalar(UInt8(value)))
            #expect(Self.escaped(text) == (try Self.encoded(text)), "U+\(String(value, radix: 16))")
        }
    }

    @Test func craftedStrings() throws {
        let texts = [
            "", " ", "plain", "a/b//c", "\\/", "\"\"", "\\\\\"", "\r\n", "\n\r", "e\u{301}", "\u{301}",
            "\u{7F}\u{80}\u{9F}\u{A0}\u{AD}", "\u{2028}\u{2029}", "\u{FEFF}x", "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}",
            "🎉", "👩‍👩‍👧‍👦 family", "🇺🇳", "東京", "Zoë Álvarez", "\u{1B}[31mred\u{1B}[0m", "\u{0}\u{0}",
            "tab\tend\t", "</script>", "\u{8}\u{C}", "\u{1}\u{2}\u{3}\u{1E}\u{1F}\u{20}", String(repeating: "ab\"", count: 500),
        ]
        for text in texts {
            #expect(Self.escaped(text) == (try Self.encoded(text)), "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test func pseudoRandomStrings() throws {
        let palette: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}",
                                         "\u{85}", "é", "\u{301}", "\u{2028}", "\u{2029}", "東", "🎉", "\u{200D}", "\u{FEFF}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                scalars.append(palette[Int(state >> 33) % palette.count])
            }
            let text = String(scalars)
            #expect(Self.escaped(text) == (try Self.encoded(text)), "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    /// A nested value with empty and one-element lists, nil fields and extreme integers.
    struct Sample: Codable {
        var zeta: [Int]
        var alpha: String?
        var middle: [Sample]
        var flag: Bool
        var empty: [String]
    }

    @Test func layoutMatchesTheEncoder() throws {
        let sample = Sample(
            zeta: [Int.min, -1, 0, 7, Int.max], alpha: nil,
            middle: [Sample(zeta: [], alpha: "x/y", middle: [], flag: true, empty: ["one"])], flag: false, empty: [])
        var writer = JSONStreamWriter(sink: JSONByteArraySink(), chunkSize: 5)
        try writeSample(sample, to: &writer)
        try writer.finish()
        #expect(writer.sink.bytes == Array(try Self.encoder().encode(sample)) + [0x0A])
    }

    /// Writes `sample` with keys in sorted order, as the story walk does.
    func writeSample<Sink>(_ sample: Sample, to writer: inout JSONStreamWriter<Sink>) throws {
        try writer.beginObject()
        if let alpha = sample.alpha {
            try writer.key("alpha")
            try writer.string(alpha)
        }
        try writer.key("empty")
        try writer.strings(sample.empty)
        try writer.key("flag")
        try writer.boolean(sample.flag)
        try writer.key("middle")
        try writer.beginArray()
        for inner in sample.middle { try writeSample(inner, to: &writer) }
        try writer.endArray()
        try writer.key("zeta")
        try writer.integers(sample.zeta)
        try writer.endObject()
    }

    @Test func topLevelEmptyArrayAndScalars() throws {
        var writer = JSONStreamWriter(sink: JSONByteArraySink())
        try writer.integers([])
        try writer.finish()
        #expect(writer.sink.bytes == Array(try Self.encoder().encode([Int]())) + [0x0A])
    }
}
