import StorylineExtraction
import StorylineModel
import Testing

@Suite struct QuotesTests {
    @Test func findsStraightAndCurlyQuotesWithExactRanges() {
        let text = "Mayor Ada Kent said \"the budget is fixed\" and added \u{201C}taxes will not rise\u{201D}."
        let run = StagesRun(text)
        #expect(run.quotes.map(\.text) == ["the budget is fixed", "taxes will not rise"])
        #expect(run.quotes.allSatisfy { run.documents[0].text(in: $0.range) == $0.text })
        #expect(run.quotes.map(\.id) == [0, 1])
        #expect(run.quotes.allSatisfy { $0.speaker.map { run.actors[$0].name } == "Ada Kent" })
    }

    @Test func apostrophesAndSingleQuotesAreNotQuoteMarks() {
        let run = StagesRun("Ms Kent's 'plan' isn\u{2019}t new, the council\u{2019}s clerk said.")
        #expect(run.quotes.isEmpty)
    }

    @Test func separatesPhrasesFromQuotes() {
        let run = StagesRun("Senator Bo Lind called the bill a \"disaster\" and a \"total failure\" that \"nobody can defend\".")
        #expect(run.quotes.map(\.kind) == [.phrase, .phrase, .quote])
        #expect(run.quotes.allSatisfy { $0.speaker.map { run.actors[$0].name } == "Bo Lind" })
        #expect(run.quotes.first?.cue == "called")
    }

    @Test func attributesPartialQuotesAndInvertedSubjects() {
        let run = StagesRun("""
        The minister wanted "a fair deal for everyone", said Hugo Brand. "We will not give in," Rosa Vale said.
        """)
        #expect(run.speaker(ofQuoteContaining: "fair deal") == "Hugo Brand")
        #expect(run.speaker(ofQuoteContaining: "give in") == "Rosa Vale")
    }

    @Test func followsQuotesSplitOverSentences() {
        let text = "\u{201C}We tried. We failed. We will try again,\u{201D} said Ivo Mark. Then he left."
        let run = StagesRun(text)
        #expect(run.quotes.count == 1)
        #expect(run.quotes.first?.text == "We tried. We failed. We will try again,")
        #expect(run.quotes.first?.sentence == 0)
        #expect(run.speaker(ofQuoteContaining: "We tried") == "Ivo Mark")
    }

    @Test func quotesContinuingIntoTheNextParagraphKeepTheirSpeaker() {
        let text = "\"The river rose overnight,\" said Dan Voss, the fire chief. \"We moved everyone out.\n\n\"Nobody was hurt in the end.\""
        let run = StagesRun(text)
        #expect(run.quotes.map(\.text) == ["The river rose overnight,", "We moved everyone out.", "Nobody was hurt in the end."])
        #expect(run.quotes.allSatisfy { $0.speaker.map { run.actors[$0].name } == "Dan Voss" })
    }

    @Test func attributesAccordingToSources() {
        let run = StagesRun("The army was \"fully ready for any attack\", according to state broadcaster KRT.")
        #expect(run.speaker(ofQuoteContaining: "fully ready") == "KRT")
        #expect(run.quotes.first?.cue == "according to")
    }

    @Test func theSubjectOfTheCueVerbWinsOverAccordingTo() {
        let run = StagesRun("Mr Omar Reza said the talks were \"a waste of everyone's time\", according to the news agency AFP.")
        #expect(run.speaker(ofQuoteContaining: "waste") == "Omar Reza")
    }

    @Test func attributesThroughPronouns() {
        let run = StagesRun("""
        Ms Ida Moss met Mr Karl Frey. The plan, she said, was "ready to go ahead this year". \
        He also said the cost was "far too high for us".
        """)
        #expect(run.speaker(ofQuoteContaining: "ready to go") == "Ida Moss")
        #expect(run.speaker(ofQuoteContaining: "far too high") == "Karl Frey")
    }

    @Test func attributesWhichSaidToItsAntecedent() {
        let run = StagesRun("""
        A remark by Mr Alan Pike which referred to the deal as a "bad bargain" drew an angry response from France, \
        which said the remark showed Mr Pike's wish to "keep punishing the farmers".
        """)
        #expect(run.speaker(ofQuoteContaining: "bad bargain") == "Alan Pike")
        #expect(run.speaker(ofQuoteContaining: "keep punishing") == "France")
        #expect(run.quotes.first?.kind == .phrase)
    }

    @Test func attributesDescribedAsAndPromised() {
        let run = StagesRun("""
        Governor Lia Dunn described the storm as a "once in a lifetime event". \
        Mayor Tim Osei has promised a "swift and fair" recovery.
        """)
        #expect(run.speaker(ofQuoteContaining: "lifetime") == "Lia Dunn")
        #expect(run.speaker(ofQuoteContaining: "swift") == "Tim Osei")
    }

    @Test func unattributedQuotesHaveNoSpeaker() {
        let run = StagesRun("The sign read \"closed for the whole winter season\".")
        #expect(run.quotes.count == 1)
        #expect(run.quotes.first?.speaker == nil)
    }

    @Test func unbalancedMarksNeverCrash() {
        for text in ["\"", "He said \"yes", "\u{201D}odd\u{201C}", "\"\"", "\u{201C}\u{201C}a b c\u{201D}"] {
            let run = StagesRun(text)
            #expect(run.quotes.allSatisfy { $0.range.end <= text.utf8.count })
        }
    }

    @Test func attributesCommonNewsPatterns() {
        let run = StagesRun("""
        "We are investigating," a spokeswoman for Thames Valley Police said.
        The Prime Minister, Tom Ashby, said the country would "not be intimidated by anyone".
        "This is a dark day for us," said Labour leader Kay Rowe.
        Foreign ministry spokesman Li Wenhao told reporters that the US should "stop interfering in our affairs".
        Crowds gathered in Downing Street. Downing Street said it was "aware of the situation here".
        """)
        #expect(run.speaker(ofQuoteContaining: "investigating") == "Thames Valley Police")
        #expect(run.speaker(ofQuoteContaining: "intimidated") == "Tom Ashby")
        #expect(run.speaker(ofQuoteContaining: "dark day") == "Kay Rowe")
        #expect(run.speaker(ofQuoteContaining: "interfering") == "Li Wenhao")
        #expect(run.actor(named: "Downing Street") == nil)
    }

    @Test func attributesAWireStory() {
        let run = StagesRun("""
        Talks stall as shelling resumes
        By Jane Doe and Tom Roe
        OSLO, March 3 (Reuters) - Norway's foreign minister said on Thursday that talks had stalled.
        Halvorsen, who met his Danish counterpart Mette Lund in Oslo last week, said Copenhagen was "not serious" about a deal.
        U.S. Secretary of State Ana Ruiz, speaking in Brussels, called the attack "an outrage".
        The United Nations said 2.1 million people had fled.
        Reporting by Jane Doe; Editing by Tom Roe
        """, known: [KnownActor(name: "Ola Halvorsen", kind: .person)])
        #expect(run.speaker(ofQuoteContaining: "not serious") == "Ola Halvorsen")
        #expect(run.speaker(ofQuoteContaining: "outrage") == "Ana Ruiz")
        #expect(run.actor(named: "Mette Lund")?.kind == .person)
        #expect(run.actor(named: "United Nations")?.kind == .organisation)
        #expect(run.actor(named: "OSLO") == nil)
        #expect(run.actor(named: "Jane Doe") == nil)
    }

    @Test func readingMentionsFromASliceOfTheStorysMentionsGivesTheSameQuotes() {
        let texts = [
            "Mayor Ada Kent said \"the budget is fixed\" and added \u{201C}taxes will not rise\u{201D}.",
            "\u{201C}We tried. We failed,\u{201D} said Ivo Mark. Rosa Vale called it \"a total failure\". She said \"never again\".",
        ]
        var resolver = ActorResolver(known: [])
        var all: [Mention] = []
        var ranges: [Range<Int>] = []
        var inputs: [(Document, [Sentence])] = []
        for (index, text) in texts.enumerated() {
            let document = ExtractionFixture.document(text, id: "doc\(index)")
            let sentences = Segmenter().segment(document, documentIndex: index).sentences
            let start = all.count
            all += resolver.resolve(document, documentIndex: index, sentences: sentences)
            ranges.append(start..<all.count)
            inputs.append((document, sentences))
        }
        #expect(ranges[1].lowerBound > 0)
        for (index, (document, sentences)) in inputs.enumerated() {
            let fromSlice = QuoteExtractor().extract(
                document, documentIndex: index, sentences: sentences, mentions: all[ranges[index]], actors: resolver.actors, firstID: 0)
            let fromArray = QuoteExtractor().extract(
                document, documentIndex: index, sentences: sentences, mentions: Array(all[ranges[index]]), actors: resolver.actors, firstID: 0)
            #expect(fromSlice == fromArray)
            #expect(!fromSlice.isEmpty && fromSlice.contains { $0.speaker != nil })
        }
    }

    @Test func aSpeechQuotedOverParagraphsAfterASaidColonIsTheSpeakers() {
        let run = StagesRun("""
        Councillor Ada Lintz addressed the council on Tuesday evening.

        Speaking for the first time since the rules were announced, she said:

        \u{201C}Seven months ago, this city did everything that was asked of it. Our pubs closed.

        \u{201C}But I have to tell this chamber honestly that the city is tired.

        \u{201C}If the government wants this, then it must pay for it.\u{201D}

        The council will meet again in May.
        """)
        for opening in ["Seven months ago", "But I have to tell", "If the government wants"] {
            #expect(run.speaker(ofQuoteContaining: opening) == "Ada Lintz", "\(opening): \(run.quotes)")
        }
        // A paragraph that does not end with a colon hands on no speaker.
        let plain = StagesRun("""
        Ada Lintz said the city was tired.

        \u{201C}Nobody asked us.\u{201D} The signs read so at every door.
        """)
        #expect(plain.speaker(ofQuoteContaining: "Nobody asked us") == nil, "\(plain.quotes)")
    }

    @Test func anAdverbOfMannerBeforeTheCueKeepsTheSpeaker() {
        let run = StagesRun("""
        The Harlow Bank, which had been weighing a loan, quietly said in May that it was "reviewing the project's papers." \
        Ada Lintz flatly said the plan was "dead on arrival." Jo Roe has since said it was "a fair deal for all."
        """)
        #expect(run.speaker(ofQuoteContaining: "reviewing the project") == "Harlow Bank", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "dead on arrival") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a fair deal") == "Jo Roe", "\(run.quotes)")
    }
}
