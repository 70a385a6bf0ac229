import StorylineExtraction
import StorylineModel
import Testing

@Suite struct SegmentationTests {
    @Test func splitsOnPeriodsQuestionAndExclamationMarks() {
        let texts = ExtractionFixture.sentenceTexts("The vote passed. Was it fair? Nobody knows! Then it rained.")
        #expect(texts == ["The vote passed.", "Was it fair?", "Nobody knows!", "Then it rained."])
    }

    @Test func keepsTitleAbbreviationsInsideSentences() {
        let text = "Mr. Lee met Mrs. Park and Dr. Chen. Gov. Adams and Sen. Ruiz spoke. Rep. Hall lives on St. Mark's Place. Ms. Ito agreed."
        #expect(ExtractionFixture.sentenceTexts(text) == [
            "Mr. Lee met Mrs. Park and Dr. Chen.",
            "Gov. Adams and Sen. Ruiz spoke.",
            "Rep. Hall lives on St. Mark's Place.",
            "Ms. Ito agreed.",
        ])
    }

    @Test func keepsMonthShortFormsAndNumbersTogether() {
        let texts = ExtractionFixture.sentenceTexts("The talks began on Jan. 5 and ended on Feb. 12. Room No. 4 was used.")
        #expect(texts == ["The talks began on Jan. 5 and ended on Feb. 12.", "Room No. 4 was used."])
    }

    @Test func handlesDottedAbbreviations() {
        let text = "The U.S. State Department said so. Officials met at 9 a.m. on Monday. Ships left the U.K. The crews stayed. Fruit, e.g. Apples, etc. are sold."
        #expect(ExtractionFixture.sentenceTexts(text) == [
            "The U.S. State Department said so.",
            "Officials met at 9 a.m. on Monday.",
            "Ships left the U.K.",
            "The crews stayed.",
            "Fruit, e.g. Apples, etc. are sold.",
        ])
    }

    @Test func keepsInitialsInNames() {
        let texts = ExtractionFixture.sentenceTexts("J. R. R. Tolkien wrote it. George W. Bush read it.")
        #expect(texts == ["J. R. R. Tolkien wrote it.", "George W. Bush read it."])
    }

    @Test func keepsDecimalsAndHandlesEllipses() {
        let texts = ExtractionFixture.sentenceTexts("Growth was 3.5% last year. He paused... and went on. Then\u{2026} Silence. It ended...")
        #expect(texts == ["Growth was 3.5% last year.", "He paused... and went on.", "Then\u{2026}", "Silence.", "It ended..."])
    }

    @Test func endsSentencesAfterClosingQuotesAndBrackets() {
        let text = "She said \"no.\" He said \u{201C}yes.\u{201D} They left (quickly.) The end."
        #expect(ExtractionFixture.sentenceTexts(text) == [
            "She said \"no.\"", "He said \u{201C}yes.\u{201D}", "They left (quickly.)", "The end.",
        ])
    }

    @Test func doesNotSplitBeforeLowerCaseAfterQuotedQuestion() {
        let texts = ExtractionFixture.sentenceTexts("\"Why now?\" she asked. \"Because!\" he replied.")
        #expect(texts == ["\"Why now?\" she asked.", "\"Because!\" he replied."])
    }

    @Test func marksHeadlinesAndSubHeadings() {
        let text = "Storm hits the coast\nThe storm arrived at night.\n\nA Difficult Week\n\nRoads were closed."
        let document = ExtractionFixture.document(text)
        let sentences = Segmenter().segment(document, documentIndex: 0).sentences
        #expect(sentences.map(\.kind) == [.headline, .body, .headline, .body])
        #expect(sentences.map { document.text(in: $0.range) } == ["Storm hits the coast", "The storm arrived at night.", "A Difficult Week", "Roads were closed."])
        #expect(sentences.map(\.paragraph) == [0, 1, 2, 3])
    }

    @Test func marksBulletsWithoutTheirMarkers() {
        let text = "Key points:\n- Prices rose.\n\u{2022} Wages fell.\n* Rents held."
        let document = ExtractionFixture.document(text)
        let sentences = Segmenter().segment(document, documentIndex: 0).sentences
        #expect(sentences.map(\.kind) == [.body, .bullet, .bullet, .bullet])
        #expect(sentences.dropFirst().map { document.text(in: $0.range) } == ["Prices rose.", "Wages fell.", "Rents held."])
    }

    @Test func putsPageFurnitureAside() {
        let lines = [
            "- Published", "Published 18 June", "Related Blogs", "Related Topics", "Advertisement",
            "Image caption, A crowd gathers", "Image source, Getty Images", "Getty Images",
            "Media caption, Watch the speech", "Share", "Read more", "More on this story",
            "Follow us on Twitter", "Copyright 2024 Example News", "18 June 2021", "2 hours ago",
            "Updated 10:42 GMT, 3 May", "By Ann Lee, Europe editor", "Reporting by Ann Lee; Editing by Bo Park",
            "Listen to this article", "All rights reserved.", "Follow our live coverage",
            "Julian Roe in Washington", "Ann Lee and Bo Park in Kyiv",
        ]
        let text = "Crowds gathered on Friday.\n" + lines.joined(separator: "\n") + "\nThe rally ended."
        let document = ExtractionFixture.document(text)
        let segmented = Segmenter().segment(document, documentIndex: 0)
        #expect(segmented.sentences.map { document.text(in: $0.range) } == ["Crowds gathered on Friday.", "The rally ended."])
        #expect(segmented.furniture.map { document.text(in: $0.range) } == lines)
    }

    @Test func keepsAHeadlineWithAPlaceAsText() {
        // Not a byline: no given name opens it, or a word is not capitalised.
        let texts = ExtractionFixture.sentenceTexts("Floods in Pakistan\n\nJulian Roe arrives in Kyiv\n\nThe rain stopped.")
        #expect(texts == ["Floods in Pakistan", "Julian Roe arrives in Kyiv", "The rain stopped."])
    }

    @Test func keepsPublishedAtSentenceStartAsText() {
        let texts = ExtractionFixture.sentenceTexts("Published figures show a fall.\nBy Monday the roads had reopened.\nIn 2020 Alone")
        #expect(texts == ["Published figures show a fall.", "By Monday the roads had reopened.", "In 2020 Alone"])
    }

    @Test func rangesExcludeWhiteSpaceAndStartAtBody() {
        let text = "---\ntitle: x\n---\n  First one.   Second one.  \n\n\tThird.\n"
        var document = ExtractionFixture.document(text)
        document.bodyStart = 17
        let sentences = Segmenter().segment(document, documentIndex: 3).sentences
        #expect(sentences.map { document.text(in: $0.range) } == ["First one.", "Second one.", "Third."])
        #expect(sentences.allSatisfy { $0.document == 3 && $0.range.start >= 17 })
        #expect(sentences.map(\.index) == [0, 1, 2])
    }

    @Test func joinsHardWrappedLines() {
        let text = """
        The council met on Monday to discuss the budget for the coming
        year, and members argued for several hours about the cost of the
        new library. The mayor said the plan would go ahead despite the
        objections raised by residents of the northern district.
        """
        #expect(ExtractionFixture.sentenceTexts(text).count == 2)
    }

    @Test func neverCrashesOnOddInput() {
        for text in ["", "\n\n", ".", "...", "- ", "\u{201C}", "Mr.", "a.\n.b", "\u{FFFD}\u{FFFD}."] {
            let document = ExtractionFixture.document(text)
            let segmented = Segmenter().segment(document, documentIndex: 0)
            #expect(segmented.sentences.allSatisfy { $0.range.end <= text.utf8.count })
        }
    }
}
