import Testing
import StorylineBrowser
import StorylineTestSupport

@Suite struct DisplayWidthTests {
    @Test func widthsOfScriptsAndSymbols() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("Zoë") == 3)
        #expect(DisplayWidth.of("Zoe\u{0308}") == 3)  // combining diaeresis takes no cell
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("🎉") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("🇬🇧") == 2)
        #expect(DisplayWidth.of("“quote” — dash") == 14)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ｆｕｌｌ") == 8)
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        let kinds = Glyph.glyphs(of: "a\u{1B}[31mb\u{07}\u{7F}\u{202E}").map(\.kind)
        #expect(kinds[1] == .placeholder("␛"))
        #expect(kinds.contains(.placeholder("␇")))
        #expect(kinds.contains(.placeholder("␡")))
        #expect(kinds.last == .placeholder("⍰"))
    }

    @Test func invalidBytesDoNotCrash() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xE2, 0x80, 0x62, 0xF0, 0x9F]
        let width = bytes.withUnsafeBufferPointer { buffer in
            var total = 0
            var offset = 0
            while offset < buffer.count {
                let glyph = Glyph.next(in: buffer, at: offset)
                total += glyph.width
                offset = glyph.end
            }
            return total
        }
        #expect(width >= 2)
    }
}

@Suite struct WordWrapTests {
    @Test func wrapsAtWordBoundaries() {
        let lines = WordWrap.lines(of: "the quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func cutsWordsLongerThanTheWidth() {
        #expect(WordWrap.lines(of: "abcdefghij klm", width: 4) == ["abcd", "efgh", "ij", "klm"])
    }

    @Test func wideCharactersCountTwoCells() {
        let lines = WordWrap.lines(of: "東京東京東京 ab", width: 5)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 })
        #expect(lines.joined() == "東京東京東京ab")
    }

    @Test func lineFeedsStartNewLines() {
        #expect(WordWrap.lines(of: "one\ntwo three\r\nfour", width: 20) == ["one", "two three", "four"])
    }
}

@Suite struct TextSearchTests {
    @Test func findsCaseInsensitiveOccurrences() {
        var text = "River and river and RIVER"
        let found = text.withUTF8 { TextSearch.occurrences(of: TextSearch.folded("river"), in: $0, range: 0..<$0.count) }
        #expect(found == [0, 10, 20])
        #expect(TextSearch.contains(TextSearch.folded("Hello World"), TextSearch.folded("o w")))
        #expect(!TextSearch.contains(TextSearch.folded("Hello"), TextSearch.folded("help")))
    }
}

@Suite struct KeyMapTests {
    @Test func everyKeyOfTheIssueIsBound() {
        let keys: [Key] = [
            .character("j"), .character("k"), .down, .up, .pageDown, .pageUp, .character(" "), .character("b"),
            .control("f"), .control("b"), .control("d"), .control("u"), .character("g"), .character("G"), .home, .end,
            .tab, .backTab, .character("1"), .character("2"), .character("3"), .enter, .character("]"), .character("["),
            .character("s"), .escape, .character("q"), .character("Q"), .control("c"), .character("a"), .character("A"),
            .character("/"), .character("n"), .character("N"), .control("l"), .control("z"), .character("?"), .character("c"),
        ]
        for key in keys { #expect(KeyMap.action(for: key) != nil, "\(key.label)") }
    }

    @Test func noKeyIsBoundTwice() {
        let all = KeyMap.bindings.flatMap(\.keys)
        #expect(Set(all).count == all.count)
    }
}

@Suite struct TitleIndexTests {
    @Test func findsEachTitleOnceInOrder() {
        let index = TitleIndex(titles: ["Bridge opens", "Council meets", "bridge bridge BRIDGE", "Park", "Abridged\nnote"])
        #expect(index.matches(TextSearch.folded("bridge")) == [0, 2, 4])
        #expect(index.matches(TextSearch.folded("k")) == [3])
        #expect(index.matches(TextSearch.folded("ARK")) == [3])  // rarest byte last
        #expect(index.matches(TextSearch.folded("zpark")).isEmpty)
        #expect(index.matches(TextSearch.folded("ridge o")) == [0])
        #expect(index.matches(TextSearch.folded("zzz")).isEmpty)
        #expect(index.matches(TextSearch.folded("opens\ncouncil")).isEmpty)
        #expect(index.title(1, contains: TextSearch.folded("MEETS")))
        #expect(!index.title(3, contains: TextSearch.folded("bridge")))
    }

    @Test func filteringCandidatesKeepsThoseASweepFinds() {
        let titles = ["Bridge opens", "Council meets", "bridge bridge BRIDGE", "Park", "Abridged\nnote", "", "ridge", "e"]
        let index = TitleIndex(titles: titles)
        let all = Array(titles.indices)
        for query in ["bridge", "e", "ridge o", "ARK", "k", "zzz", "idg", "opens\ncouncil", "bridge bridge bridge"] {
            let needle = TextSearch.folded(query)
            #expect(index.filter(all, title: { $0 }, containing: needle) == index.matches(needle), "\(query)")
        }
        // Candidates are rows mapped to titles; rows outside the index are skipped.
        let rows = [0, 1, 2, 3]
        let titleOfRow = [2, 3, 4, 99]
        #expect(index.filter(rows, title: { titleOfRow[$0] }, containing: TextSearch.folded("bridge")) == [0, 2])
    }
}
