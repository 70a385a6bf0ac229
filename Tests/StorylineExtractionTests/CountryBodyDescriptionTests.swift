import Testing
@testable import StorylineExtraction

/// "the government said", "the regime said": the country whose government the article named
/// last speaks, as "the army said" is the country whose army it named (session 30).
@Suite struct CountryBodyDescriptionTests {
    @Test func theGovernmentIsTheCountryWhoseGovernmentWasNamedLast() {
        let run = StagesRun("""
        The Hungarian government announced new tariffs on Monday. "We will not be bullied by anyone," the government said in a statement. \
        Officials in Vienna were unimpressed. The government of Portugal criticised the plan. "This is wrong for everyone," the government \
        said. Norway's government froze the talks. "Nothing more will be said on the matter," the regime said. "It is a sad day for the \
        region," a government spokesman said.
        """)
        #expect(run.speaker(ofQuoteContaining: "bullied") == "Hungary", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "wrong for everyone") == "Portugal", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "Nothing more") == "Norway", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "sad day") == "Norway", "\(run.quotes)")
    }

    @Test func aCapitalisedGovernmentIsDescribedNotNamed() {
        let run = StagesRun("""
        The Scottish Government announced new rules on Monday. "We will not be bullied by anyone," the Government said. The Government \
        said it was "deeply concerned by the decision".
        """)
        #expect(run.actor(named: "Government") == nil, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "bullied") == "Scotland", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "deeply concerned") == "Scotland", "\(run.quotes)")
    }

    @Test func aGovernmentNoCountryOwnsSpeaksForNoOne() {
        // A country named, but not its government: "the government" may be any.
        let run = StagesRun("""
        Talks with Portugal resumed on Monday. "We will not be bullied by anyone," the government said.
        """)
        #expect(run.speaker(ofQuoteContaining: "bullied") == nil, "\(run.quotes)")
    }
}
