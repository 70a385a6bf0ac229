import StorylineExtraction
import StorylineModel
import Testing

/// East Asian names written family name first, and relatives named through a possessive.
@Suite struct FamilyNameFirstTests {
    @Test func familyNameAndTwoSyllablesMakeAPersonWithoutACue() {
        let run = StagesRun("""
        The congress opened with an admission from Pak Tae-sung that the plan had failed. \
        Talks between Choe Mi Ran and the envoy stalled. Rain fell on Park Avenue South.
        """)
        #expect(run.actor(named: "Pak Tae-sung")?.kind == .person, "\(run.actors)")
        #expect(run.actor(named: "Choe Mi Ran")?.kind == .person, "\(run.actors)")
        // A street is no name, though "Park" is a family name.
        #expect(run.actors.allSatisfy { !$0.name.hasPrefix("Park") }, "\(run.actors)")
    }

    @Test func hyphenatedWordsAfterOtherCapitalsAreNoNames() {
        let run = StagesRun("The Abu Dhabi-based fund, a Hong Kong-based bank and the Song Dynasty-era vase were sold.")
        #expect(run.actors.allSatisfy { $0.kind != .person }, "\(run.actors)")
    }

    @Test func aPossessiveRelationWithAdjectivesNamesTheRelative() {
        // The relative is named after the phrase: her mention is added once the article is read.
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: EventFixture.day(2021, 1, 13), publishedSource: .frontMatter, text: """
            Pak Tae-sung\u{2019}s influential sister has launched an attack on the army, calling it \u{201C}a truly weird group\u{201D} \
            for watching a parade. Pak Mi-ran, who appears to have been demoted, took aim at the generals.
            """),
        ]))
        let speaker = built.quotes.first { $0.text.contains("weird group") }?.speaker.map { built.actors[$0].name }
        #expect(speaker == "Pak Mi-ran", "\(built.quotes) \(built.actors)")
    }

    @Test func aRelativeNamedInTheHeadlineClaimsTheRelationOfTheBody() {
        let built = StoryBuilder().build(LoadedCorpus(documents: [
            Document(id: "a", path: "a.txt", published: EventFixture.day(2021, 1, 13), publishedSource: .frontMatter, text: """
            Pak Mi-ran mocks the army as weird

            Pak Tae-sung\u{2019}s sister has launched an attack on the army, calling it \u{201C}a truly weird group\u{201D}. \
            Pak Mi-ran, who appears to have been demoted, took aim at the generals.
            """),
        ]))
        let speaker = built.quotes.first { $0.text.contains("weird group") }?.speaker.map { built.actors[$0].name }
        #expect(speaker == "Pak Mi-ran", "\(built.quotes) \(built.actors)")
    }

    @Test func aPossessiveRelationKnownBeforeIsTheSubjectOfAParticiple() {
        let run = StagesRun("""
        Pak Mi-ran, the sister of Pak Tae-sung, spoke on Monday. Pak Tae-sung\u{2019}s sister has launched an attack on \
        the army, calling it \u{201C}a truly weird group\u{201D} for watching a parade.
        """)
        #expect(run.speaker(ofQuoteContaining: "weird group") == "Pak Mi-ran", "\(run.quotes) \(run.mentionPairs)")
    }
}
