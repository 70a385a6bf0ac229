import Testing
@testable import StorylineExtraction

/// Speakers reached through a body's capitalised head, a police rank, a statement that "read",
/// an unnamed official, and a party before a name (session 30).
@Suite struct StatementAndRankSpeakersTests {
    @Test func aCapitalisedHeadAfterTheStandsForItsBody() {
        let run = StagesRun("""
        The Harlow Trade Commission held a hearing on Monday. A spokesperson for the Commission confirmed that it had taken \
        place. "We will now carefully assess the arguments," the spokesperson said. The Ministry of Ports in Velmar denied it. \
        "No such plan exists at all," the Ministry said. The Commission for Fair Shipping said it was "watching closely and with concern".
        """)
        #expect(run.speaker(ofQuoteContaining: "carefully assess") == "Harlow Trade Commission", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "No such plan") == "Ministry of Ports", "\(run.quotes)")
        // A capitalised head that opens a longer name is that name.
        #expect(run.speaker(ofQuoteContaining: "watching closely") == "Commission for Fair Shipping", "\(run.quotes)")
    }

    @Test func aPoliceRankBeforeASurnameIsATitle() {
        let run = StagesRun("""
        Detective Constable Ian Velmar led the inquiry. "He betrayed people at a bad stage of their lives," DC Velmar said. \
        "It was a good day for the town," PC Tom Harlow said.
        """)
        #expect(run.actor(named: "DC") == nil, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "betrayed people") == "Ian Velmar", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "good day") == "Tom Harlow", "\(run.quotes)")
    }

    @Test func aStatementThatReadIsItsAuthors() {
        let run = StagesRun("""
        Republican Dale Fenwick leads by 19 votes. Fenwick, who did not attend the session, issued a brief statement through \
        his campaign. "We are confident that when all the votes are counted, our lead will hold," it read. "Voters deserve \
        certainty, and soon."
        """)
        #expect(run.actor(named: "Dale Fenwick")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "our lead will hold") == "Dale Fenwick", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "deserve certainty") == "Dale Fenwick", "\(run.quotes)")
    }

    @Test func anUnnamedOfficialsWordsEndTheRunOfTheSpeakerBefore() {
        let run = StagesRun("""
        Mary Velmar, the finance minister, said the talks had "gone as well as anyone could hope". A European official, who \
        spoke on condition that he not be named, said there was little hope. "Everybody knew coming in that it was hard," he \
        said. "The question was whether we could still do useful work."
        """)
        #expect(run.speaker(ofQuoteContaining: "gone as well") == "Mary Velmar", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "Everybody knew") == nil, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "useful work") == nil, "\(run.quotes)")
    }
}
