import Testing
@testable import StorylineExtraction

/// The world table of countries, read from its bundled data file.
@Suite struct WorldTableTests {
    @Test func rowsAreReadWithNotesBlankLinesAndEmptyFieldsSkipped() {
        let entries = CountryTable.parse("""
        # a note
        Harlowia | Harlow Republic, HR |Harlowian| Velmar City

        Keshland||Keshi|
        |no name|x|y
        """)
        #expect(entries.map(\.name) == ["Harlowia", "Keshland"])
        #expect(entries.first?.names == ["Harlow Republic", "HR"])
        #expect(entries.first?.demonyms == ["Harlowian"])
        #expect(entries.first?.capitals == ["Velmar City"])
        #expect(entries.last?.names == [] && entries.last?.capitals == [])
    }

    @Test func theBundledTableIsFoundAndRead() throws {
        #expect(CountryTable.path?.hasSuffix("Storyline_StorylineExtraction.resources/countries.txt") == true, "\(CountryTable.path ?? "none")")
        #expect(CountryTable.entries.count > 150)
        let norway = try #require(CountryTable.entries.first { $0.name == "Norway" })
        #expect(norway.demonyms == ["Norwegian"] && norway.capitals == ["Oslo"])
    }
}
