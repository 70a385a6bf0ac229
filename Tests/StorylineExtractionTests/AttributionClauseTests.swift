import StorylineExtraction
import StorylineModel
import Testing

/// Speakers of clauses after ", while", of sentences opening with a long phrase or a source,
/// and of verbs of expressing and acknowledging.
@Suite struct AttributionClauseTests {
    @Test func aClauseAfterWhileHasItsOwnSubject() {
        let run = StagesRun("""
        Harlowia's defence minister, Tom Roe, told reporters that the launches were "absolutely unacceptable", while \
        Velmar's foreign minister, Ada Lintz, who took office earlier this month, expressed "deep regret" that the council failed.
        """)
        #expect(run.speaker(ofQuoteContaining: "absolutely unacceptable") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "deep regret") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func aLongOpeningPhraseSetsOffNoSubject() {
        let run = StagesRun("""
        In a statement carried by state media over the weekend, Ada Lintz, who has emerged as one of the most powerful aides, \
        warned that "before long, a tragic scene would be seen."
        """)
        #expect(run.speaker(ofQuoteContaining: "tragic scene") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func theSubjectAfterAnOpeningSourceSpeaksThroughAParticiple() {
        let run = StagesRun("""
        According to the Velmar News Agency, President Ada Lintz sent Tom Roe a message on Monday, saying Harlowia was ready \
        to work toward "new and greater development" of ties. \
        According to the Velmar News Agency, Jo Pallant opened the congress by acknowledging that the plan had failed "in almost all sectors."
        """)
        #expect(run.speaker(ofQuoteContaining: "greater development") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "almost all sectors") == "Jo Pallant", "\(run.quotes)")
        // With no verb of saying, the source still speaks.
        let sourced = StagesRun("According to the Velmar News Agency, the plan had failed \"in almost all sectors.\"")
        #expect(sourced.speaker(ofQuoteContaining: "almost all sectors") == "Velmar News Agency", "\(sourced.quotes)")
        // A body described after "according to" is the one named before, as before a verb of saying.
        let described = StagesRun("""
        The Harlow Transport Commission approved the fares. According to the Commission, the rise was "modest". \
        The Carriers Alliance objected. According to the group, the plan was "a tax on commuters".
        """)
        #expect(described.speaker(ofQuoteContaining: "modest") == "Harlow Transport Commission", "\(described.quotes)")
        #expect(described.speaker(ofQuoteContaining: "a tax on commuters") == "Carriers Alliance", "\(described.quotes)")
        // The source ends at its comma: a place named after it does not speak.
        let place = StagesRun("According to an unnamed source, the Oslo declaration was \"fully compatible with the plan\".")
        #expect(place.speaker(ofQuoteContaining: "fully compatible") == nil, "\(place.quotes)")
    }

    @Test func anInfinitiveOfPurposeSaysTheSubjectsWords() {
        let run = StagesRun("""
        Ada Lintz, 58, appeared on national television shortly before noon, flanked by the army chief, to declare that the \
        harbour was "fully back in service". Tom Roe went on radio to insist the levy was "fair to every driver". \
        Lintz refused to call the strike "a national emergency". The union wants to describe the offer as "a slap in the face". \
        Roe pressed the mayor to explain "where the money went".
        """)
        #expect(run.speaker(ofQuoteContaining: "fully back in service") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "fair to every driver") == "Tom Roe", "\(run.quotes)")
        // An infinitive another verb asks for is not said: refusing to call it so, wanting to.
        #expect(run.speaker(ofQuoteContaining: "national emergency") == nil, "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "slap in the face") == nil, "\(run.quotes)")
        // The one pressed would explain, not the one pressing.
        #expect(run.speaker(ofQuoteContaining: "where the money went") == nil, "\(run.quotes)")
    }

    @Test func aCoordinatedVerbSharesTheSubjectPastAnAdjectiveLikeACue() {
        let run = StagesRun("""
        Ada Lintz spoke first. She pointed to a run of faults on the line, where an old fleet has suffered repeated \
        breakdowns, and said riders were "paying more for less". \
        The memo accused Ada Lintz of "bad faith" and said the talks were "over for now".
        """)
        #expect(run.speaker(ofQuoteContaining: "paying more for less") == "Ada Lintz", "\(run.quotes)")
        // Named after the first verb, she is its object, not the memo's author.
        #expect(run.speaker(ofQuoteContaining: "over for now") != "Ada Lintz", "\(run.quotes)")
        // A date in brackets does not make the opening phrase too long to set off the subject.
        let dated = StagesRun("""
        Tom Roe sent the bill to the council. On Thursday (29 April), Roe backed the bill but vowed to keep it "as it stands".
        """)
        #expect(dated.speaker(ofQuoteContaining: "as it stands") == "Tom Roe", "\(dated.quotes)")
    }

    @Test func aTitleEndingInElectIsNoPartOfTheName() {
        let run = StagesRun("""
        Velmar will be led by conservative President-elect Tom Roe, who takes power in May. Roe said in a statement that Velmar would "gain nothing".
        """)
        #expect(run.speaker(ofQuoteContaining: "gain nothing") == "Tom Roe", "\(run.actors)")
        #expect(run.actors.allSatisfy { !$0.name.contains("elect") }, "\(run.actors)")
    }

    @Test func theStatementSpeaksForWhoeverIssuedIt() {
        let run = StagesRun("""
        Harlow Police welcomed the sentence in a statement on Friday afternoon. \
        "Drivers who flee will be found," the statement said. \
        "We regret the delay," the report said.
        """)
        #expect(run.speaker(ofQuoteContaining: "Drivers who flee") == "Harlow Police", "\(run.quotes)")
        // No report was issued before: its author is unknown.
        #expect(run.speaker(ofQuoteContaining: "regret the delay") == nil, "\(run.quotes)")
    }

    @Test func aCountrysMinistryBeforeAnAsideSpeaksForIt() {
        let run = StagesRun("""
        Norway's fisheries ministry, which handles the quota talks, said in a statement that it was "regrettable". \
        Lintz's sister, Mira Lintz, who runs a bakery, said it was "a shame".
        """)
        #expect(run.speaker(ofQuoteContaining: "regrettable") == "Norway", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "a shame") == "Mira Lintz", "\(run.actors)")
    }

    @Test func theOneNamedRightAfterAPossessedNounSpeaksThroughAParticiple() {
        let run = StagesRun("""
        Velmar's leader Al Roe's sister Mira Roe on Tuesday poured cold water on the talks, saying Harlow was "reading too much into a few words". \
        President Al Roe's lawyer issued a statement saying the plan was "dead on arrival".
        """)
        #expect(run.speaker(ofQuoteContaining: "a few words") == "Mira Roe", "\(run.actors)")
        // Someone of his who is not named: no one.
        #expect(run.speaker(ofQuoteContaining: "dead on arrival") == nil, "\(run.actors)")
    }

    @Test func aPronounAfterAnOpeningSubordinateClauseIsItsSubject() {
        let run = StagesRun("""
        When President Al Roe, Velmar's leader, spoke to his counterpart, Prime Minister Tom Poe, by phone, \
        he urged Harlow "not to be led astray". \
        Mr Poe later said the call was "frank".
        """)
        #expect(run.speaker(ofQuoteContaining: "led astray") == "Al Roe", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "frank") == "Tom Poe", "\(run.actors)")
    }

    @Test func theTrustAndItsSpokespersonSpeakForTheTrustJustNamed() {
        let run = StagesRun("""
        Velmar University Hospitals NHS Trust was not consulted. The trust said it had "robust contingency plans" in place. \
        A spokesperson for the trust urged patients to come. "We are ready for it all," the spokesperson said.
        """)
        #expect(run.speaker(ofQuoteContaining: "contingency plans") == "Velmar University Hospitals NHS Trust", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "ready for it all") == "Velmar University Hospitals NHS Trust", "\(run.actors)")
    }

    @Test func aPronounAfterAnOpeningTimePhraseIsThePersonJustNamed() {
        let run = StagesRun("""
        Envoy Tom Roe flew into Velmar on Saturday. \
        On Monday he sat down with his counterparts and repeated the offer to talk "anywhere, at any time". \
        Later that day, she said nothing.
        """)
        #expect(run.speaker(ofQuoteContaining: "at any time") == "Tom Roe", "\(run.quotes)")
    }

    @Test func aPronounAfterButOrAndIsTheSentencesSubject() {
        // The subject's first verb says nothing; a woman who spoke before does not take "she".
        let run = StagesRun("""
        Ann Lee, who chairs the committee, said the bank had faced "an extraordinary year". Economists expect another rise. \
        Dr Mary Holt declined to say what the board would decide, but she told the committee it was "not yet comfortable" with prices. \
        Governor Jane Ross met Ann Lee, and she said the talks were "useful".
        """)
        #expect(run.speaker(ofQuoteContaining: "not yet comfortable") == "Mary Holt", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "useful") == "Jane Ross", "\(run.quotes)")
        // A sentence opened by no person leaves "she" to who spoke last.
        let body = StagesRun("""
        Ann Lee said the plan was "bold". The bank declined to comment, but she said it was "a mistake".
        """)
        #expect(body.speaker(ofQuoteContaining: "a mistake") == "Ann Lee", "\(body.quotes)")
    }

    @Test func itInALaterClauseIsTheBodyOpeningTheSentence() {
        let run = StagesRun("""
        Velmar Trust said on Monday it was reviewing the plan. \
        Harlow Foods, a supermarket chain, is to cut 2,400 jobs, blaming a squeeze that it warned would last "well into next year". \
        The Harlow Union condemned what it called "an unacceptable attempt to cut pay".
        """)
        #expect(run.speaker(ofQuoteContaining: "well into next year") == "Harlow Foods", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "an unacceptable attempt") == "Harlow Union", "\(run.quotes)")
        // A body named after the sentence's opening words is not its subject.
        let later = StagesRun("""
        Velmar Trust said it was "reviewing the plan". In late June, the army of Portugal launched what it called "a new missile".
        """)
        #expect(later.speaker(ofQuoteContaining: "a new missile") != "Velmar Trust", "\(later.quotes)")
    }
}
