import StorylineModel
import Testing
@testable import StorylineExtraction

/// A time inside a quote is read by the quoted words' tense, not the attribution's.
@Suite struct QuotedTimeTenseTests {
    @Test func aQuoteClosingAfterTheTimeKeepsItsOwnTense() throws {
        // Published on a Sunday: the quoted Monday is the coming one (the attribution's "said"
        // stands nearer the time than the quote's verb).
        #expect(try time(#""We'll look at it properly on Monday," he said."#, anchor: "2020-02-23").value == "2020-02-24")
        #expect(try time("“We will look at the tape again on Saturday,” she said.", anchor: "2020-02-23").value == "2020-02-29")
    }

    @Test func aTimeOutsideTheQuoteKeepsTheAttributionsTense() throws {
        #expect(try time(#"Tom Roe said on Monday, "We will look at it.""#, anchor: "2020-02-23").value == "2020-02-17")
        #expect(try time(#""We lost badly on Saturday," Ada Lintz said."#, anchor: "2020-02-23").value == "2020-02-22")
    }

    @Test func aQuoteOpeningAfterTheTimeHoldsNoVerbOfItsClause() throws {
        let told = try time(#"Tom Roe told reporters at the start of the June 21 meeting, "and we are prepared to sit down with them.""#,
                            anchor: "2021-06-23")
        #expect(told.value == "2021-06-21")
        // A time opening the clause still reads the quote's verb.
        #expect(try time(#"On Monday, "the talks will begin," she said."#, anchor: "2021-06-23").value == "2021-06-28")
    }
}
