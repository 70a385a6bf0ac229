import StorylineExtraction
import StorylineModel
import Testing

/// Names of bodies that hold a possessive or a staff noun, and offices that open with a body.
@Suite struct OfficeAndBodyNameTests {
    @Test func aPeoplesPossessiveStaysInsideTheBodysName() {
        let run = StagesRun("""
        The General Staff of the Harlow People's Army said it would "respond sternly" to the drills. \
        The Harlow People's Liberation Army called the drills "a provocation". \
        The National Farmers' Union called the deal "a betrayal".
        """)
        #expect(run.speaker(ofQuoteContaining: "respond sternly") == "Harlow People's Army", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "a provocation") == "Harlow People's Liberation Army", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "a betrayal") == "National Farmers' Union", "\(run.actors)")
        // A staff is no person, though a military title stands before it.
        #expect(run.actors.allSatisfy { $0.kind != .person }, "\(run.actors)")
    }

    @Test func aCountrysPossessiveStaysOutsideTheBodysName() {
        let run = StagesRun("Harlowia's Labour Party said it would \"fight on\".")
        #expect(run.speaker(ofQuoteContaining: "fight on") == "Labour Party", "\(run.actors)")
    }

    @Test func aRankABodyAndATitleMakeAnOfficeNotABody() {
        let run = StagesRun("""
        Harlowian Chief Cabinet Secretary Taro Minami said the government was "closely watching". \
        Deputy Chief Cabinet Secretary Ken Oda told reporters it would "protest strongly". \
        White House Chief of Staff Ron Kaplan said talks would "go on".
        """)
        #expect(run.speaker(ofQuoteContaining: "closely watching") == "Taro Minami", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "protest strongly") == "Ken Oda", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "go on") == "Ron Kaplan", "\(run.actors)")
        #expect(run.actors.allSatisfy { !$0.name.contains("Cabinet") }, "\(run.actors)")
    }

    @Test func aBodyAndTitleDescriptionNamesThePersonIntroducedWithThem() {
        let run = StagesRun("""
        Ada Lintz, the Harlow Party leader, conceded that the result hurt.         Castlebrook manager Tom Roe said the club was "in a good place". Rovers manager Jo Pallant said it was "a fair result".         The Harlow Party leader, who had led for months, described the result as "a bitter loss".         The Castlebrook manager told reporters he was "proud". The Rovers manager said he was "frustrated".
        """)
        #expect(run.speaker(ofQuoteContaining: "bitter loss") == "Ada Lintz", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "proud") == "Tom Roe", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "frustrated") == "Jo Pallant", "\(run.actors)")
        // The aside that introduced her still names the party.
        #expect(run.actor(named: "Harlow Party")?.kind == .organisation, "\(run.actors)")
    }

    @Test func aBodyAndTitleNoOneWasIntroducedWithIsLeftToTheBody() {
        let run = StagesRun("""
        Tom Roe, the Castlebrook manager, praised the fans. The Harlow Party leader said the vote was "a farce".
        """)
        #expect(run.speaker(ofQuoteContaining: "a farce") != "Tom Roe", "\(run.actors)")
    }

    @Test func whereStaffWorkIsABody() {
        let run = StagesRun("""
        "The door is open," said Ada Lintz, chief economist at Nordmark in Harlow. \
        Tom Roe, senior economist at Capital Economics, said: "The bank is in a bind."
        """)
        #expect(run.actor(named: "Nordmark")?.kind == .organisation, "\(run.actors)")
        #expect(run.actor(named: "Capital Economics")?.kind == .organisation, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "in a bind") == "Tom Roe", "\(run.quotes)")
    }

    @Test func bodiesNamedInOneWordOrEndingInFrontOrRescue() {
        let run = StagesRun("""
        Sveriges Riksbank lifted its rate. The Harlow Democratic Front said it had won. \
        Capt. Jo Roe of Harlow County Fire Rescue said crews were out. Nato said the drills were "routine".
        """)
        #expect(run.actor(named: "Sveriges Riksbank")?.kind == .organisation, "\(run.actors)")
        #expect(run.actor(named: "Harlow Democratic Front")?.kind == .organisation, "\(run.actors)")
        #expect(run.actor(named: "Harlow County Fire Rescue")?.kind == .organisation, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "routine") == "Nato", "\(run.actors)")
    }

    @Test func anAcronymInBracketsNamesTheBodyBeforeIt() {
        let run = StagesRun("""
        Velmar Bahn (VB), the state-owned rail operator, said it was running an emergency timetable. \
        The walkout by the Harlow Train Drivers' Union (HDU) began on Wednesday. \
        "We regret it," a VB spokeswoman said. In a statement, the HDU said the operator had "left us no choice." \
        The Medicines and Healthcare products Regulatory Agency (MHRA) said the jab was safe.
        """)
        #expect(run.actor(named: "Velmar Bahn")?.kind == .organisation, "\(run.actors)")
        #expect(run.actor(named: "Velmar Bahn")?.aliases == ["VB"], "\(run.actors)")
        #expect(run.actor(named: "Harlow Train Drivers' Union")?.aliases == ["HDU"], "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "We regret it") == "Velmar Bahn", "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "no choice") == "Harlow Train Drivers' Union", "\(run.actors)")
        // The tail of a longer name ("Regulatory Agency") does not take the acronym of the whole.
        #expect(run.actor(named: "MHRA")?.kind == .organisation, "\(run.actors)")
    }

    @Test func aBodyDescribedInAnAppositionIsTheOneItsNounNames() {
        let run = StagesRun("""
        The Harlow Carriers Alliance, a trade group that filed a brief supporting Velmar Freight Inc., said it was "deeply \
        disappointed" by the outcome. The ruling, the group said in a statement, would "raise costs for carriers and for families."
        """)
        #expect(run.speaker(ofQuoteContaining: "raise costs") == "Harlow Carriers Alliance", "\(run.mentionPairs)")
    }
}
