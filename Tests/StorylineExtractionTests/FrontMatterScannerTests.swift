import StorylineModel
import Testing
@testable import StorylineExtraction

/// The byte-level front-matter reader must give exactly what the YAML parser gives, and leave
/// everything it is not sure about to the parser.
@Suite struct FrontMatterScannerTests {
    /// The fast path's facts, or nil when it hands the text to the YAML parser.
    private func fast(_ yaml: String) -> ArticleInfo? {
        TextBytes.with(yaml) { FrontMatterScanner.info($0, 0..<$0.count) }
    }

    /// The YAML parser's facts and problems.
    private func parsed(_ yaml: String) -> (info: ArticleInfo, problems: [String]) {
        var matter = FrontMatter()
        matter.parse(yaml)
        return (matter.info, matter.problems)
    }

    /// Checks the fast path agrees with the parser; returns whether the fast path answered.
    @discardableResult
    private func agrees(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard let info = fast(yaml) else { return false }
        let slow = parsed(yaml)
        #expect(slow.problems.isEmpty, "fast path answered for \(yaml.debugDescription), parser reports \(slow.problems)", sourceLocation: sourceLocation)
        #expect(info == slow.info, "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        return true
    }

    /// Shapes the fast path reads itself.
    static let handled: [String] = [
        "title: Plain title\noutlet: The Paper\npublished: 2024-02-17\nurl: https://news.example/a.txt\n",
        "title: \"He said \\\"no\\\" \\\\ back\\/slash\"\n",
        "title: \"tab\\tand\\nline\"\n",
        "title: 'It''s here'\noutlet: ''''\n",
        "title: \"Quoted: title\"\nurl: http://x.test:8080/a\n",
        "title: We're #1\nurl: http://x.test/#frag\n",
        "title: a #c: d\n",
        "title:\noutlet: ~\nurl: null\npublished:\n",
        "title: Null\noutlet: NULL\nurl: nULL\n",
        "title: ''\noutlet: \"\"\nurl: \"  \"\n",
        "title: \"null\"\noutlet: '~'\n",
        "author: Someone\ntags: a, b\ncategory: x?y\ntitle: T\n",
        "# comment\n\ntitle: T # trailing\n   \noutlet: \"O\"   # after quotes\n",
        "title: T\r\noutlet: O\r\n\r\n",
        "Title: A\nTITLE: B\n",
        "headline: H\ndate: 2020-02-29T08:00:00Z\nlink: L\npublisher: P\nsource: S\nsite: W\n",
        "title: Café crème\u{00A0}\noutlet: \"  padded  \"\n",
        "title: \u{3000}wide space\u{3000}\n",
        "published: 2024-02-17 10:00\n",
        "published: \"2024-02-17\"\n",
        "published: '2024-02-17T00:00:00Z'\n",
        "published: null\n",
        "published: 2024-02-17\npublished_at: whatever\n",
        "title: with [brackets] and {braces}, commas\n",
        "title: ends with colon:x\n",
        "title: emoji \u{1F600} inside\n",
        "x-custom.key_1: value\n",
        "title:    spaced value   \n",
        "",
        "\n\n# only comments\n",
    ]

    /// Shapes left to the YAML parser.
    static let fallBack: [String] = [
        "title: A\ntitle: B\n",
        "title:\tT\n",
        "title: a\tb\n",
        "title:\n  nested: x\n",
        "tags:\n- a\n- b\n",
        "tags: [a, b]\n",
        "title: {a: b}\n",
        "title: |\n  text\n",
        "title: >\n  text\n",
        "title: &anchor T\n",
        "title: !!str T\n",
        "title: *alias\n",
        "title: \"open\n",
        "title: 'open\n",
        "title: \"\\u00e9\"\n",
        "title: \"\\x41\"\n",
        "title: \"a\" b\n",
        "title: \"a\"#no space\n",
        "title: a: b\n",
        "title: ends with colon:\n",
        "published: 18/06/2021\n",
        "published: 2021-02-30\n",
        "\u{FEFF}title: T\n",
        "title: a\u{0085}b\n",
        "title: a\u{2028}b\n",
        "title: a\rb\n",
        "title: a\u{7F}b\n",
        "  # indented comment\ntitle: T\n",
        "just text\n",
        "my key: v\n",
        "\"title\": T\n",
        "title: a\n  continued\n",
        "title: -x\n",
        "title: @x\n",
        "title: `x`\n",
        "title: %x\n",
        "title:x\n",
        "title : x\n",
        "? title\n: x\n",
        "- a\n",
        "%YAML 1.1\n",
    ]

    @Test(arguments: handled)
    func commonShapesAreReadByTheFastPathAsTheParserReadsThem(yaml: String) {
        #expect(agrees(yaml), "expected the fast path to read \(yaml.debugDescription)")
    }

    @Test(arguments: fallBack)
    func unusualShapesGoToTheParser(yaml: String) {
        #expect(fast(yaml) == nil, "expected the parser to read \(yaml.debugDescription)")
    }

    @Test func specificValuesComeOutAsWritten() throws {
        let info = try #require(fast("title: \"He said \\\"no\\\"\"\noutlet: 'It''s'\nurl: http://x.test/#frag # note\npublished: 2020-02-29T08:00:00Z\n"))
        #expect(info.title == "He said \"no\"")
        #expect(info.outlet == "It's")
        #expect(info.url == "http://x.test/#frag")
        #expect(info.published == CalendarDay(year: 2020, month: 2, day: 29))
        let later = try #require(fast("title: First\nheadline: Second\noutlet: Kept\npublisher: ~\n"))
        #expect(later.title == "Second")
        #expect(later.outlet == nil)
    }

    /// Every pairing of many keys and value spellings: wherever the fast path answers, it agrees.
    @Test func manyGeneratedShapesAgreeWithTheParser() {
        let keys = ["title", "Headline", "published", "date", "url", "author", "outlet"]
        let values = [
            "", " ", " plain words", " 2024-02-17", " 2024-13-01", " 2024-02-17T10:00", " '2024-02-17'", " \"x: y\"",
            " 'a''b'", " \"a\\\\b\"", " \"a\\\"b\"", " ~", " null", " x #c", " x#c", " a:b", " \"q\" # c", " 'q'  ",
            " é\u{00A0}", " \u{2003}x", " [a]", " a, b", " 1", " true", " -1", " \"\"", " ''", " 'unclosed", "\tx",
        ]
        var answered = 0
        for first in keys {
            for second in keys {
                for value in values {
                    let yaml = "\(first):\(value)\n\(second):\(values[(value.utf8.count * 7) % values.count])\n"
                    if agrees(yaml) { answered += 1 }
                }
            }
        }
        // Many of these are plain shapes the fast path must read itself (the rest: duplicate keys, lists, bad dates…).
        #expect(answered > keys.count * keys.count * values.count / 3)
    }

    @Test func wholeFrontMatterUsesEitherPathWithTheSameResult() throws {
        let text = "---\ntitle: \"Fast: path\"\ndate: 2021-01-02\n---\nBody.\n"
        let matter = try #require(TextBytes.with(text) { bytes in
            FrontMatter.read(bytes, from: 0) { TextBytes.string(bytes, $0.lowerBound, $0.upperBound) }
        })
        #expect(matter.info.title == "Fast: path")
        #expect(matter.info.published == CalendarDay(year: 2021, month: 1, day: 2))
        #expect(matter.problems.isEmpty)
        let duplicate = "---\ntitle: A\ntitle: B\n---\nBody.\n"
        let reported = try #require(TextBytes.with(duplicate) { bytes in
            FrontMatter.read(bytes, from: 0) { TextBytes.string(bytes, $0.lowerBound, $0.upperBound) }
        })
        #expect(reported.problems == ["front matter: line 2: duplicate key 'title'; front matter ignored"])
    }

    /// Random lines built from YAML's awkward pieces (quotes, escapes, colons, hashes, tabs,
    /// carriage returns, white space, non-ASCII): wherever the fast path answers, it agrees.
    @Test func randomShapesAgreeWithTheParser() {
        let keys = ["title", "url", "published", "outlet", "x", "Title", "date", "headline", "- a", "  title", "#c", ""]
        let oddKeys = 4
        let separators = [": ", ":", ":  ", ":\t", " : ", ": \r"]
        let pieces = [
            "a", "word", " ", "  ", "'", "''", "\"", "\\", "\\\"", "\\n", "\\t", "\\u0041", "#", " #", "# c", ":", ": ", "~",
            "null", "2024-02-17", "T10:00", "\u{00A0}", "é", "\u{3000}", "\t", "\r", "[", "]", "{", ",", "&", "*", "!", "|", ">",
            "-", "?", "%", "@", "`", "/", "\u{1F600}", "\u{FEFF}", "\u{2028}", "\u{0085}",
        ]
        // A fixed linear congruential sequence: the same shapes on every run.
        var state: UInt64 = 0x5DEECE66D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var answered = 0
        for _ in 0..<3000 {
            var yaml = ""
            for _ in 0..<(1 + next(3)) {
                // Mostly well-formed keys and separators, so the values decide.
                let key = next(8) == 0 ? keys[next(keys.count)] : keys[next(keys.count - oddKeys)]
                yaml += key + (next(4) == 0 ? separators[next(separators.count)] : ": ")
                for _ in 0..<next(4) { yaml += next(3) == 0 ? pieces[next(pieces.count)] : pieces[next(3)] }
                yaml += next(4) == 0 ? "\r\n" : "\n"
            }
            if agrees(yaml) { answered += 1 }
        }
        #expect(answered > 600)
    }
}
