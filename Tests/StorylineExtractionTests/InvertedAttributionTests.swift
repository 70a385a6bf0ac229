import StorylineExtraction
import StorylineModel
import Testing

/// Attributions after the words they report, and bodies standing behind "it".
@Suite struct InvertedAttributionTests {
    @Test func aNameAfterACommaAndAVerbOfSayingSpeaksTheClauseBefore() {
        let run = StagesRun("""
        The plan "failed badly and we all know it" last year, said Tom Roe. \
        The council would respond "sternly" to any further provocation, said Jo Pallant, a spokeswoman for the Harlow Council, \
        adding that it had not been told. The mayor, speaking on Tuesday, told Ada Lintz that it was "a disaster".
        """)
        #expect(run.speaker(ofQuoteContaining: "failed badly") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "sternly") == "Jo Pallant", "\(run.quotes)")
        // "told" takes its listener after it, not its subject.
        #expect(run.speaker(ofQuoteContaining: "a disaster") != "Ada Lintz", "\(run.quotes)")
    }

    @Test func aVerbOfSayingAfterAModalIsAReportedActWhenAnotherVerbSays() {
        let run = StagesRun("The government would respond \"sternly\" to any further provocation, Tom Roe said.")
        #expect(run.speaker(ofQuoteContaining: "sternly") == "Tom Roe", "\(run.quotes)")
    }

    @Test func itAfterABodyNamedWithItsNounIsTheBody() {
        let run = StagesRun("""
        Ruritania\u{2019}s state KASA news agency confirmed the demolition. "The office was ruined with a terrific explosion," \
        it said, calling the move a response to "the evil deeds" of defectors.
        """)
        #expect(run.speaker(ofQuoteContaining: "terrific explosion") == "KASA", "\(run.quotes) \(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "evil deeds") == "KASA", "\(run.quotes)")
    }
}
