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

    @Test func aQuoteInSingleMarksNamesWhoGoesOnInDoubleOnes() {
        let run = StagesRun("""
        Prices rose again.

        'We have seen this film before,' said Tom Roe, head of buying at a furniture group. "Officially, everything goes on as normal." \
        ‘It will pass,’ said Ada Lintz, a trader. "Nobody is panicking yet."
        """)
        // The single-quoted words are no quote of their own; the double-quoted ones after them go on with the same speaker.
        #expect(run.speaker(ofQuoteContaining: "as normal") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "Nobody is panicking") == "Ada Lintz", "\(run.quotes)")
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

    @Test func aSentenceOpeningWithHeAfterHisQuoteGoesOnAboutHim() {
        let run = StagesRun("""
        State media reported that Tom Roe had described the US as the \u{201C}biggest enemy\u{201D}. \u{201C}Our work should be \
        focused on subduing the United States,\u{201D} he was quoted as saying.

        He also unveiled a list of weapons, including \u{201C}ultra-modern tactical weapons\u{201D}, and said talks would depend \
        on whether it abandoned its \u{201C}hostile policy\u{201D}.
        """)
        #expect(run.speaker(ofQuoteContaining: "ultra-modern") == "Tom Roe", "\(run.quotes) \(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "hostile policy") == "Tom Roe", "\(run.quotes)")
    }

    @Test func aReflexiveOrAMonthBetweenSubjectAndVerbLeavesTheSubjectSpeaking() {
        let run = StagesRun("""
        The country grapples with what Tom Roe himself called a \u{201C}tense\u{201D} food situation. \
        Jo Pallant in March warned the allies against \u{201C}causing a stink\u{201D}. Theresa May said it was "a good deal for all". \
        Ada April said it was "a fair deal for some".
        """)
        #expect(run.speaker(ofQuoteContaining: "tense") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "causing a stink") == "Jo Pallant", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "good deal") == "Theresa May", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "fair deal") == "Ada April", "\(run.quotes)")
    }

    @Test func anOpeningPlaceCommaAndAnUnnamedMemberDoNotSpeak() {
        let run = StagesRun("""
        In Harlow, Council President Ada Lintz, herself a former Harlow Party minister, said she looked forward to \
        "a stable government". "Second place is not a mandate," said one senior Harlow Party MP, who asked not to be named. \
        "We will talk to everyone," said a Harlow Party spokesman.
        """)
        #expect(run.speaker(ofQuoteContaining: "stable government") == "Ada Lintz", "\(run.quotes) \(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "Second place") == nil, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "talk to everyone") == "Harlow Party", "\(run.quotes)")
    }

    @Test func aGivenNameAfterAtOrANumberNamesAVenueOrAnEvent() {
        let run = StagesRun("""
        She won a 13th Roland Harlow title. Staff at John Lewis went home early. Fans gathered at Jo Pallant\u{2019}s house. \
        The shot was saved from 19-year-old Evan Tolliver.
        """)
        #expect(run.actor(named: "Evan Tolliver")?.kind == .person, "\(run.actors)")
        #expect(run.actor(named: "Roland Harlow") == nil, "\(run.actors)")
        // Where staff work is a body, not a person.
        #expect(run.actor(named: "John Lewis")?.kind != .person, "\(run.actors)")
        #expect(run.actor(named: "Jo Pallant")?.kind == .person, "\(run.actors)")
    }
}
