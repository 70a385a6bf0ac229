import StorylineModel
import Testing
@testable import StorylineExtraction

/// Speakers named through a tag, an "of" phrase, a body's title or a description instead of
/// their name (session 15: written from eighteen new reports in other outlets' styles).
@Suite struct SpeakerTagTests {
    @Test func aPartyTagAfterTheNameKeepsItsSpeaker() {
        let run = StagesRun("""
        "We have agreed on a framework, and we are all going to the hall," Sen. Tom Roe (R-Ohio) told reporters.

        "I am not going to vote for something that is not paid for," said Sen. Sam Kerr (D-W.Va.), whose vote is pivotal.
        """)
        #expect(run.speaker(ofQuoteContaining: "agreed on a framework") == "Tom Roe", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "not going to vote") == "Sam Kerr", "\(run.quotes)")
    }

    @Test func aPlaceOrBodyAfterOfIsNotTheSpeaker() {
        let run = StagesRun("""
        Senator Jo Marsh of Ohio said she was "very disappointed," while Senator Tim Kaine of Virginia said, "It is the right decision, and it is long overdue."

        Professor Ana Lo of Harlow University said the findings were "a real step forward for the field".
        """)
        #expect(run.speaker(ofQuoteContaining: "the right decision") == "Tim Kaine", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a real step forward") == "Ana Lo", "\(run.quotes)")
    }

    @Test func aTitledPersonAfterABodyIsTheInvertedSpeaker() {
        let run = StagesRun("\"This landing is one of those pivotal moments for us,\" said Harlow acting Administrator Ivo Dal.")
        #expect(run.speaker(ofQuoteContaining: "pivotal moments") == "Ivo Dal", "\(run.quotes)")
    }

    @Test func anOpeningPhraseBeforeTheSubjectIsSkipped() {
        let run = StagesRun("""
        After the hearing, Detective Constable Rachel Moore, of Greater Harlow Police, said: "This was a cruel and cowardly offence."
        """)
        #expect(run.speaker(ofQuoteContaining: "cruel and cowardly") == "Rachel Moore", "\(run.quotes)")
    }

    @Test func namesBehindAnArabicArticleAreNames() {
        let run = StagesRun("\"This is a victory for our people and our city,\" said Ezzat al-Rishq, a member of the bureau.")
        #expect(run.speaker(ofQuoteContaining: "a victory for our people") == "Ezzat al-Rishq", "\(run.quotes)")
    }

    @Test func theCountryASubjectIsInDoesNotSpeak() {
        let run = StagesRun("""
        The European Union's delegation in Peru calls it "a day of terror and dishonour".         Tom Roe in Peru said the vote was "a farce from start to finish".
        """)
        #expect(run.speaker(ofQuoteContaining: "a day of terror") == "European Union", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a farce from start") == "Tom Roe", "\(run.quotes)")
    }

    @Test func welcomingSomethingAsAQuoteIsSaying() {
        let run = StagesRun("""
        Prime Minister Ada Lintz, who spoke to the king twice, welcomed the truce as "a genuine opportunity to make progress".
        """)
        #expect(run.speaker(ofQuoteContaining: "a genuine opportunity") == "Ada Lintz", "\(run.quotes)")
    }
}

@Suite struct SpeakerDescriptionTests {
    @Test func theJudgeIsTheJudgeNamedBefore() {
        let run = StagesRun("""
        Sentencing Tom Roe on Wednesday, Judge Andrew Vale told him: "You targeted a vulnerable woman in her home."

        "The fear you caused her will stay with her for life," the judge added.
        """)
        #expect(run.speaker(ofQuoteContaining: "The fear you caused") == "Andrew Vale", "\(run.quotes)")
    }

    @Test func anOfficeGivenInAnAsideStandsForItsHolder() {
        let run = StagesRun("""
        "Harlow will never seek hegemony," said Ivo Dal, spokesperson of the Harlow Foreign Ministry, on Monday.

        On other issues, the spokesperson reiterated the firm opposition of Harlow. "These are purely internal affairs of ours," he stressed.
        """)
        #expect(run.speaker(ofQuoteContaining: "purely internal affairs") == "Ivo Dal", "\(run.quotes)")
        // The office inside the aside is its own name's description, no second mention of him.
        #expect(run.mentionPairs.filter { $0.hasPrefix("spokesperson") }.isEmpty, "\(run.mentionPairs)")
    }

    @Test func anUnnamedHolderJustIntroducedIsNotTheOneDescribedBefore() {
        let run = StagesRun("""
        Pak Tae-sung, a senior official of the ruling party, oversaw the launch. Talks have stalled since then.

        A senior Velmar administration official, briefing reporters, said the review was complete. "We are ready to engage," the official said.
        """)
        #expect(run.quotes.count == 1)
        #expect(run.speaker(ofQuoteContaining: "ready to engage") == nil, "\(run.quotes)")
        // Described in the sentence before, he is still meant.
        let named = StagesRun("""
        The review ended on Monday. Pak Tae-sung, a senior official of the ruling party, oversaw it. "We are ready to engage," the official said.
        """)
        #expect(named.speaker(ofQuoteContaining: "ready to engage") == "Pak Tae-sung", "\(named.quotes)")
    }

    @Test func anAgeAfterANameStandsBetweenItAndTheVerb() {
        let run = StagesRun("""
        In a statement read to the court, the company's founder, Ada Lintz, 81, said the fraud had "broken" her husband.
        """)
        #expect(run.speaker(ofQuoteContaining: "broken") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func aHomeTownAfterANameStandsBetweenItAndTheVerb() {
        let run = StagesRun("""
        Mair Hughes, from Clydach, said her husband's operation had been cancelled. "He has waited since January," she said.         Tom Roe, of Harlow Green, said: "It is a scandal."
        """)
        #expect(run.actor(named: "Mair Hughes")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "He has waited") == "Mair Hughes", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "a scandal") == "Tom Roe", "\(run.quotes)")
    }

    @Test func aRelativeNamedAfterHisOrHerSpeaksByThatRelation() {
        let run = StagesRun("""
        In Harlow, Ada Lintz, who has lived there since 1979, rode out the storm with her son, Tom Lintz. "I have never heard wind like that," she said.

        The storm took part of the roof. "The house is still standing," her son said. "We were lucky," his mother added.
        """)
        #expect(run.speaker(ofQuoteContaining: "never heard wind") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "still standing") == "Tom Lintz", "\(run.quotes)")
        // No "his mother, …" was named: the phrase names no one.
        #expect(run.speaker(ofQuoteContaining: "We were lucky") != "Tom Lintz", "\(run.quotes)")
    }

    @Test func thePersonOpeningTheSentenceBeforeSpeaksNotTheOneInHerAside() {
        // After an opening phrase; the leader named in her aside and the man she criticised are
        // not who "she" is.
        let run = StagesRun("""
        Late on Wednesday, Ada Lintz, the influential sister of the Velmar leader, Tom Lintz, criticised Moon Roe for describing the launches as a provocation.

        "The remarks are very unreasonable," she said.
        """)
        #expect(run.speaker(ofQuoteContaining: "very unreasonable") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func aNameBeforeAnAsideAndItsVerbSpeaksNotTheManNamedLast() {
        let run = StagesRun("""
        Party candidate Jo Pallant, the outgoing finance minister and vice-chancellor, told supporters in Harlow that voters had given his party "a clear mandate" and thanked his rival Tom Roe.

        "Many citizens voted for change because they want a new chancellor," he said.
        """)
        #expect(run.speaker(ofQuoteContaining: "Many citizens") == "Jo Pallant", "\(run.quotes)")
    }

    @Test func anAgeStandsForThePersonItWasGivenTo() {
        let run = StagesRun("""
        Striker Lucas Moreau, 24, joined the club on Friday. Tom Roe, the manager, welcomed him.

        "It is a dream to play in this league," the 24-year-old told the club's website.
        """)
        #expect(run.speaker(ofQuoteContaining: "It is a dream") == "Lucas Moreau", "\(run.quotes)")
        // An age nobody was given names no one.
        let other = StagesRun("Tom Roe, 31, joined. \"It is a dream to play here,\" the 24-year-old said.")
        #expect(other.speaker(ofQuoteContaining: "It is a dream") == nil, "\(other.quotes)")
    }

    @Test func withNoAgeToldTheAgeGoesOnFromThePersonLastTalkedAbout() {
        let run = StagesRun("""
        Harlow have signed midfielder Ivo Dal from Peru. Dal's agent, Tom Roe, said the deal was done.

        "It is a dream to play in this league," the 24-year-old told the club's website.
        """)
        #expect(run.speaker(ofQuoteContaining: "It is a dream") == "Ivo Dal", "\(run.quotes)")
        // A noun may follow the age; the latest sentence naming someone counts, not the most named.
        let later = StagesRun("""
        Striker Ivo Dal scored twice. Dal thanked the fans. Midfielder Sam Kerr said the dressing room was "gutted" by the late equaliser.

        "It feels like a defeat," the 24-year-old forward told Sky Sports.
        """)
        #expect(later.speaker(ofQuoteContaining: "It feels like a defeat") == "Sam Kerr", "\(later.quotes)")
    }

    @Test func aChiefExecutiveSetOffByCommasIsAPerson() {
        let run = StagesRun("""
        Its chief executive, Ivo Dal, has led the grid since 2016. Speaking to reporters last Thursday, he defended the cuts.         "We were seconds and minutes away from a blackout," he said.
        """)
        #expect(run.actor(named: "Ivo Dal")?.kind == .person, "\(run.actors.map(\.name))")
        #expect(run.speaker(ofQuoteContaining: "seconds and minutes") == "Ivo Dal", "\(run.quotes)")
    }

    @Test func aPresentTenseVerbOfSayingIsACue() {
        let run = StagesRun("""
        The budget was delayed. Ada Lintz confirms the tax will rise in April.         "It would be neither fair nor responsible to wait," she told MPs.
        """)
        #expect(run.speaker(ofQuoteContaining: "neither fair nor responsible") == "Ada Lintz", "\(run.quotes)")
    }

    @Test func theCompanyIsNotABodyOfAnotherKindNamedSince() {
        let run = StagesRun("""
        Revenue at Altmark Semiconductor Corp. climbed 38%, the company said. Analysts had expected less, according to estimates compiled by Harbor Data and the Chip Industry Association.

        "Demand continues to exceed our ability to supply," the company said in the statement.
        """)
        #expect(run.speaker(ofQuoteContaining: "Demand continues") == "Altmark Semiconductor Corp", "\(run.quotes)")
    }

    @Test func theCompanyIsTheCompanyNamedBefore() {
        let run = StagesRun("""
        All eight lines into the city were knocked out, utility Entergy Corp said. The company said crews would begin work "as soon as it is safe to do so."
        """)
        #expect(run.actor(named: "Entergy Corp")?.kind == .organisation)
        #expect(run.speaker(ofQuoteContaining: "as soon as it is safe") == "Entergy Corp", "\(run.quotes)")
    }
}

/// Lawmakers named again by office or by state and party, as US reports do (session 17).
@Suite struct LawmakerDescriptionTests {
    @Test func theOfficeOfAnAbbreviatedTitle() {
        let run = StagesRun("""
        Sen. Ada Lintz, D-Mass., said the group was close. "We are down to commas," the senator told reporters.

        Rep. Tom Roe, R-Texas, called the bill "a solution in search of a problem." The congressman said in a statement that Democrats were "trying to rerun the last war."
        """)
        #expect(run.speaker(ofQuoteContaining: "down to commas") == "Ada Lintz", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "rerun the last war") == "Tom Roe", "\(run.quotes)")
    }

    @Test func theStateAndPartyNameTheLawmakerWithThatState() {
        let run = StagesRun("""
        Lintz's Republican counterpart, Sen. Sam Kerr of Indiana, was more cautious. The Indiana Republican said the group still had "a handful" of disputes.

        Rep. Ivo Dal, D-Calif., called the draft "good, not perfect." "If we wait, we lose," the California Democrat said.

        The leader is Senate Minority Leader Tom Roe, who blessed the talks. The Kentucky Republican told reporters that reform was "worth doing".
        """)
        #expect(run.speaker(ofQuoteContaining: "a handful") == "Sam Kerr", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "If we wait") == "Ivo Dal", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "worth doing") == "Tom Roe", "\(run.quotes)")
        // The description is no actor of its own.
        #expect(!run.actors.contains { $0.name.hasSuffix("Republican") || $0.name.hasSuffix("Democrat") }, "\(run.actors.map(\.name))")
    }
}

/// "the agency said", "the health authority said", "the London-based group said": a body of any
/// name described by what it is (session 17).
@Suite struct BodyDescriptionTests {
    @Test func anAgencyOrGroupIsTheBodyNamedLastNearby() {
        let run = StagesRun("""
        Kelvor Health Trust said in a statement that it had postponed 380 operations. "These decisions are never made lightly," the health authority said.

        Harbour Watch said last week that 50 people were sent back. "Officials should stop the returns at once," the London-based group said in a statement.

        The Ruritanian Embassy in Harlow said in a statement that ties were strong. "The islands are ours," the embassy said.
        """)
        #expect(run.speaker(ofQuoteContaining: "never made lightly") == "Kelvor Health Trust", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "stop the returns") == "Harbour Watch", "\(run.quotes)")
        #expect(run.speaker(ofQuoteContaining: "islands are ours") == "Ruritanian Embassy in Harlow", "\(run.quotes)")
    }

    @Test func notABodyNamedInsideTheQuoteItCloses() {
        let run = StagesRun("""
        KASA said in a statement that the findings were remarkable. "DART showed the way," the agency said.
        """)
        #expect(run.speaker(ofQuoteContaining: "showed the way") == "KASA", "\(run.quotes)")
    }
}

extension LawmakerDescriptionTests {
    @Test func aNewspaperNamedIndependentIsNoLawmaker() {
        let run = StagesRun("""
        Rep. Tom Roe, D-Calif., spoke on Monday. "It is over," the Irish Independent reported.
        """)
        #expect(run.speaker(ofQuoteContaining: "It is over") != "Tom Roe", "\(run.quotes)")
    }
}
