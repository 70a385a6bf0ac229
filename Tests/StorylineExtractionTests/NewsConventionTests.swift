@testable import StorylineExtraction
import StorylineModel
import Testing

/// Wire-report conventions: acronyms, newsrooms, "Country's Name", "the bank said".
@Suite struct NewsConventionTests {
    @Test func anAcronymAndTheFullNameAreOneOrganisationInEitherOrder() {
        let fullFirst = StagesRun("The Nordic Shipping Authority raised fees. The NSA said the rise was small.")
        #expect(fullFirst.actorName(mentionedAs: "NSA") == "Nordic Shipping Authority")
        #expect(fullFirst.actor(named: "Nordic Shipping Authority")?.aliases.contains("NSA") == true)

        let acronymFirst = StagesRun("The NSA said fees would rise. Officials at the Nordic Shipping Authority declined to comment.")
        #expect(acronymFirst.actorName(mentionedAs: "NSA") == "Nordic Shipping Authority")
        #expect(acronymFirst.actors.filter { $0.kind == .organisation }.map(\.name) == ["Nordic Shipping Authority"])

        // Initials that spell another acronym stay apart.
        let apart = StagesRun("The Nordic Shipping Authority raised fees. The IMF said the rise was small.")
        #expect(apart.actorName(mentionedAs: "IMF") == "IMF")
    }

    @Test func initialsSkipSmallWordsAndSplitHyphens() {
        #expect(AcronymLinks.initials(of: "Organisation of the Petroleum Exporting Countries") == "OPEC")
        #expect(AcronymLinks.initials(of: "Non-Proliferation Treaty") == "NPT")
        #expect(AcronymLinks.initials(of: "Bank") == nil)
        #expect(AcronymLinks.initials(of: "Bank of lower case") == nil)
        #expect(AcronymLinks.isAcronym("ECB") && !AcronymLinks.isAcronym("Ecb") && !AcronymLinks.isAcronym("ABCDEFG"))
    }

    @Test func aStoryFileNameIsNotRenamedByAFullName() {
        let known = [KnownActor(name: "NSA", kind: .organisation, aliases: [])]
        let run = StagesRun("The NSA said fees would rise. The Nordic Shipping Authority declined to comment.", known: known)
        #expect(run.actor(named: "NSA")?.kind == .organisation)
        #expect(run.actorName(mentionedAs: "NSA") == "NSA")
    }

    @Test func theDocumentsOutletIsANewsroomNotAPerson() {
        let text = "Two officials had doubts, sources told Harbour Wire last week."
        let document = Document(id: "wire", path: "wire.txt", outlet: "Harbour Wire", text: text)
        var resolver = ActorResolver(known: [])
        let sentences = Segmenter().segment(document, documentIndex: 0).sentences
        let mentions = resolver.resolve(document, documentIndex: 0, sentences: sentences)
        let named = mentions.map { resolver.actors[$0.actor] }.filter { $0.name == "Harbour Wire" }
        #expect(named.count == 1)
        #expect(named.first?.kind == .organisation)

        // Without that outlet the same words read as a person, as "told Ana Lind" would.
        let plain = StagesRun(text)
        #expect(plain.actor(named: "Harbour Wire")?.kind == .person)
    }

    @Test func aNameAfterACountrysPossessiveIsAPerson() {
        let run = StagesRun("Two members, Germany's Jonas Albrecht and Belgium's Marie Dupont, had reservations.")
        #expect(run.actor(named: "Jonas Albrecht")?.kind == .person)
        #expect(run.actor(named: "Marie Dupont")?.kind == .person)
        // An organisation's name is not cut into a person: "Financial Conduct" stops at "Authority".
        let agency = StagesRun("Britain's Financial Conduct Authority fined the bank.")
        #expect(agency.actor(named: "Financial Conduct")?.kind != .person)
    }

    @Test func aNameAfterItsTitleAndACommaMayCloseTheSentence() {
        let run = StagesRun("The talks will be chaired by a former envoy, Marta Kowal. His counterpart, Ilse Brandt, arrived later.")
        #expect(run.actor(named: "Marta Kowal")?.kind == .person)
        #expect(run.actor(named: "Ilse Brandt")?.kind == .person)
        // Not a name that only opens a longer phrase.
        let longer = StagesRun("He met the envoy, Marta Kowal and others.")
        #expect(longer.actor(named: "Marta Kowal") == nil)
    }

    @Test func theBankSaidStandsForTheBankJustNamed() {
        let run = StagesRun("""
        The Central Bank of Ruritania kept rates on hold. In a statement, the bank said it "expects rates to stay low for a long time".
        """)
        #expect(run.speaker(ofQuoteContaining: "expects rates") == "Central Bank of Ruritania")
        #expect(run.actorName(mentionedAs: "the bank") == "Central Bank of Ruritania")
    }
}
