import StorylineModel
import Testing
@testable import StorylineExtraction

/// Infinitives of purpose and of saying, participles of saying after "with", and opening
/// phrases that hold a quote.
@Suite struct PurposeAndParticipleTests {
    @Test func aPurposeFarFromItsPastVerbIsTheNearestSuchDay() throws {
        let ahead = times("""
        Tom Roe reached the semi-final on Wednesday, outlasting Jo Pallant in two hours, to set up a meeting with Ada Lintz on Friday.
        """, anchor: "2024-01-24")
        #expect(ahead.map(\.value) == ["2024-01-24", "PT2H", "2024-01-26"], "\(ahead.map(\.value))")
        let behind = try time("He flew to Velmar after a long week of talks with allies to meet the president on Tuesday.", anchor: "2024-01-25")
        #expect(behind.value == "2024-01-23")
        // A verb just before its infinitive still governs it.
        #expect(try time("She returned to work in March.", anchor: "2024-01-25").value == "2023-03")
    }

    @Test func aWordOfDegreeBeforeANumberOpensNoInfinitive() throws {
        // "to just 19 votes" is where the lead went, not what is to be done.
        #expect(try time("A hand recount shrank Tom Roe's lead to just 19 votes on Monday.", anchor: "2022-11-29").value == "2022-11-28")
        #expect(try time("A hand recount cut Tom Roe's lead to about nine votes on Monday.", anchor: "2022-11-29").value == "2022-11-28")
        #expect(try time("The firm said it hopes to just break even on Monday.", anchor: "2022-11-29").value == "2022-12-05")
    }

    @Test func irregularPastFormsTellThePast() throws {
        for verb in ["shrank", "swept", "underwent", "upheld", "withheld", "sped"] {
            #expect(try time("The committee \(verb) the plan in December.", anchor: "2022-11-29").value == "2021-12", "\(verb)")
        }
    }

    @Test func havingNothingIsNoPerfect() throws {
        #expect(try time("But on Friday I have nothing to lose.", anchor: "2024-01-24").value == "2024-01-26")
    }

    @Test func anInfinitiveOfSayingIsNotTheCue() {
        let run = StagesRun("""
        "The deal went further than ever," said Ada Lintz, a fellow at the Harlow Institute. \
        She said she expected Velmar to respond "sharply" in the coming days.
        """)
        #expect(run.speaker(ofQuoteContaining: "sharply") == "Ada Lintz", "\(run.actors)")
    }

    @Test func participlesOfSayingAfterWithAndAnOpeningPhraseHoldingAQuote() {
        let run = StagesRun("""
        The congress closed on Tuesday, with leader Tom Roe pledging to expand the arsenal and branding Velmar \
        the country's "biggest main enemy," according to state media reports. \
        Ada Lintz appeared calm on Wednesday. In a statement signed with the title "vice department director" \
        of the Harlow Council, she mocked the Velmar military, calling its behaviour "hard to understand."
        """)
        #expect(run.speaker(ofQuoteContaining: "biggest main enemy") == "Tom Roe", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "hard to understand") == "Ada Lintz", "\(run.actors)")
    }
}
