import StorylineModel
import Testing
@testable import StorylineExtraction

/// Who says a statement: not the channel it went through, a subject before "having", a
/// namesake told apart by the relation that describes her, the one quoted, not the newsroom.
@Suite struct StatementAttributionTests {
    @Test func theChannelOfAStatementDoesNotSayIt() {
        let run = StagesRun("""
        Tom Roe, the mayor, issued a statement through the state-run Harlow News Agency condemning the plan as \
        "a total failure of nerve," warning that the allies would "face a more serious threat" as a result.
        """)
        #expect(run.speaker(ofQuoteContaining: "failure of nerve") == "Tom Roe", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "more serious threat") == "Tom Roe", "\(run.actors)")
    }

    @Test func aSubjectBeforeHavingSaid() {
        let run = StagesRun("""
        Jo Pallant met Ada Lintz in May. The council was in an awkward position, with more than 70 members signing \
        a letter last week, and with Ms. Lintz herself having warned that going ahead would "becloud the way ahead" for the talks.
        """)
        #expect(run.speaker(ofQuoteContaining: "becloud") == "Ada Lintz", "\(run.actors)")
    }

    @Test func aPossessedRelationTellsAGender() {
        // "the Harlow leader's sister" makes Pak Sol-hee a woman: "Ms. Pak" is she, not the Pak
        // named last.
        let run = StagesRun("""
        Pak Sol-hee, the Harlow leader's sister and an aide, issued a statement on Tuesday. \
        Pak Tae-sung, a veteran official, added a warning on Wednesday. Ms. Pak said "it is over" on Monday.
        """)
        #expect(run.speaker(ofQuoteContaining: "it is over") == "Pak Sol-hee", "\(run.actors)")
        // A clause's object says nothing of the name before it.
        let clause = StagesRun("""
        Jo Pak, who met his sister, spoke first. Ada Pak spoke later. Ms. Pak said "it is over" on Monday.
        """)
        #expect(clause.speaker(ofQuoteContaining: "it is over") == "Ada Pak", "\(clause.actors)")
    }

    @Test func continuingToIsNoSaying() {
        let run = StagesRun("""
        Tom Roe spoke on Monday. Ada Lintz said the talks would fail if he continued to press for a vote.
        """)
        #expect(run.actorName(mentionedAs: "he") == nil, "\(run.mentionPairs)")
    }

    @Test func whomHeStoodForIsNoShe() {
        // "he continued" is a verb of saying, its "he" is the president: "she said" is someone else.
        let run = StagesRun("""
        President Kesh Varna watched a test. In a statement, Ada Lintz, the powerful sister of leader Al Poe, said \
        Varna's remarks were "very foolish" and warned of "complete destruction" if he continued. \
        "If the president joins in slandering us, it will be followed by counteraction," she said.
        """)
        #expect(run.speaker(ofQuoteContaining: "counteraction") == "Ada Lintz", "\(run.mentionPairs)")
    }

    @Test func theOneQuotedAsSayingSpeaks() {
        let run = StagesRun("""
        The Harlow News Agency quoted Ada Lintz as saying the plan was "a total disgrace for us." \
        State media quoted leader Tom Roe as telling the meeting that "we must prepare for both."
        """)
        #expect(run.speaker(ofQuoteContaining: "total disgrace") == "Ada Lintz", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "prepare for both") == "Tom Roe", "\(run.actors)")
        // "quoted him as saying": the person last to speak.
        let pronoun = StagesRun("""
        Tom Roe opened the congress. He described Velmar as "our main enemy." Ada Lintz was named a deputy. \
        "No matter who is in power there, the policy never changes," the Harlow News Agency quoted him as saying. \
        "We are ready," the agency quoted her as saying.
        """)
        #expect(pronoun.speaker(ofQuoteContaining: "never changes") == "Tom Roe", "\(pronoun.mentionPairs)")
        #expect(pronoun.speaker(ofQuoteContaining: "We are ready") == "Ada Lintz", "\(pronoun.mentionPairs)")
        // Elsewhere "him" and "her" name no one.
        let plain = StagesRun("Tom Roe met Ada Lintz. Critics said her plan would fail and urged him to quit.")
        #expect(plain.actorName(mentionedAs: "her") == nil && plain.actorName(mentionedAs: "him") == nil, "\(plain.mentionPairs)")
    }

    @Test func theNewsroomThatReportsIsNoBankItReportsOn() {
        // "polled by Reuters", the newsroom, is the organisation named last; "the bank" is
        // still the bank, and "the statement" it issued says its words.
        let run = StagesRun("""
        The Harlow Savings Bank raised its main rate on Wednesday. The move had been forecast by economists polled by Reuters. \
        In a statement, the bank said its committee had voted 6-3. "Further adjustments may be required," the statement said.
        """, outlets: ["Reuters"])
        #expect(run.actorName(mentionedAs: "the bank") == "Harlow Savings Bank", "\(run.mentionPairs)")
        #expect(run.speaker(ofQuoteContaining: "Further adjustments") == "Harlow Savings Bank", "\(run.mentionPairs)")
    }

    @Test func aParticipleAfterAnOpeningPhraseIsTheActOfTheSubjectAfterIt() {
        // After a time phrase, the body opening the clause (named after a possessive, too).
        let run = StagesRun("""
        Four days later, the Harlow Council hit back, accusing the minister of "double-dealing and double standards".         Four days later, Britain's Foreign Office hit back, accusing the council of "bad faith and worse manners".
        """)
        #expect(run.speaker(ofQuoteContaining: "double-dealing") == "Harlow Council", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "bad faith") == "Foreign Office", "\(run.quotes)")
    }

    @Test func aPresentFormThatIsOftenANounSaysRightAfterAQuoteAndItsSpeaker() {
        let run = StagesRun("""
        Ada Lintz found the bones in 2019. "The bones just sat there in their jackets," Lintz recalls.         Her notes were lost. "I look down a lot more now," she notes. The claims were "false", officials said.
        """)
        #expect(run.speaker(ofQuoteContaining: "bones just sat") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "look down") == "Ada Lintz", "\(run.quotes)")
        // Elsewhere they stay nouns.
        #expect(run.speaker(ofQuoteContaining: "false") == nil, "\(run.quotes)")
    }

    @Test func sheAfterAnUnnamedSpokeswomanIsTheBodySheSpeaksFor() {
        let run = StagesRun("""
        Harlow Police have closed the road, and a police spokeswoman said officers were door-knocking.

        "We are asking people to stay away from the area," she said. "Stay home," an agency spokesman said.
        """)
        #expect(run.speaker(ofQuoteContaining: "stay away") == "Harlow Police", "\(run.quotes)")
        // A body no one named stays unnamed.
        #expect(run.speaker(ofQuoteContaining: "Stay home") == nil, "\(run.quotes)")
        let named = StagesRun("""
        A spokesman for the Harlow Weather Agency said roads were closed. "Stay home," he said.
        """)
        #expect(named.speaker(ofQuoteContaining: "Stay home") == "Harlow Weather Agency", "\(named.quotes)")
    }

    @Test func aStatementOpeningItsSentenceSpeaksForItsIssuer() {
        // The issuer named in an aside after "by"; else the one who issued the document told of
        // before; a verb joined by "and" to the document's first cue is its too.
        let run = StagesRun("""
        Harlow Alliance leaders named Tarnia as a rival in a summit communique issued on Monday night.         The 40-page statement, agreed by the 12 heads of state of the Northern Treaty Organization, said Tarnia's         "stated ambitions present systemic challenges to the order."         The communique also accused Vostria of "aggressive actions" and said the allies could not return to "business as usual" with it.
        """)
        #expect(run.speaker(ofQuoteContaining: "stated ambitions") == "Northern Treaty Organization", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "aggressive actions") == "Harlow Alliance", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "business as usual") == "Harlow Alliance", "\(run.quotes)")
        // A cue with a subject of its own is not the document's: in an aside, or after other words.
        let guarded = StagesRun("""
        Harlow Alliance leaders issued a statement on Monday. The statement came as officials said "nothing has changed".         The letter, officials said, was "a mistake". A statement from a rival group said it was "too late".
        """)
        #expect(guarded.speaker(ofQuoteContaining: "nothing has changed") == nil, "\(guarded.quotes)")
        #expect(guarded.speaker(ofQuoteContaining: "a mistake") == nil, "\(guarded.quotes)")
        #expect(guarded.speaker(ofQuoteContaining: "too late") == nil, "\(guarded.quotes)")
    }
}
