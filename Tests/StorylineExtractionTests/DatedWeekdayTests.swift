import StorylineModel
import Testing
@testable import StorylineExtraction

/// A weekday written with its date, and a closing attribution that keeps its past tense to itself.
@Suite struct DatedWeekdayTests {
    @Test func aWeekdayBeforeADateIsThatDate() throws {
        let british = try time("Members will stop work on Tuesday 29 November.", anchor: "2022-11-23")
        #expect(british.text == "on Tuesday 29 November" && british.value == "2022-11-29", "\(british.text) \(british.value)")
        let american = try time("The vote was held on Tuesday, Nov. 15, 2022.", anchor: "2022-11-23")
        #expect(american.text == "on Tuesday, Nov. 15, 2022" && american.value == "2022-11-15", "\(american.text) \(american.value)")
        // Before a range the weekday may be its last day: each stays itself.
        let range = times("The meeting ran from Tuesday to Friday, June 15–18, in Velmar.", anchor: "2021-06-19")
        #expect(range.map(\.value) == ["2021-06-15", "2021-06-18", "2021-06-15"], "\(range.map(\.value))")
        // A weekday alone is still read by the clause's tense.
        #expect(try time("Talks failed on Tuesday.", anchor: "2022-11-23").value == "2022-11-22")
    }

    @Test func aClosingAttributionOfAnyCommonVerbKeepsItsTense() throws {
        for verb in ["confirmed", "announced", "noted"] {
            let found = try time("Talks are due to resume at the conciliation service on Friday, the union \(verb).", anchor: "2022-11-23")
            #expect(found.value == "2022-11-25", "\(verb): \(found.value)")
        }
    }

    @Test func aNameJoinedByAndAfterTheRunsToItsHead() {
        let run = StagesRun("""
        The Rail and Transport Workers' Union (RTWU) said its members would strike. The RTWU said talks had failed. \
        The Food and Drug Administration said it approved the drug. \
        Velmar and Harlow signed a treaty. \
        The Medicines and Healthcare products Regulatory Agency said the jab was safe.
        """)
        #expect(run.actor(named: "Rail and Transport Workers' Union")?.aliases.contains("RTWU") == true, "\(run.actors)")
        #expect(run.actor(named: "RTWU") == nil, "\(run.actors)")
        #expect(run.actor(named: "Food and Drug Administration")?.kind == .organisation, "\(run.actors)")
        #expect(run.actors.allSatisfy { !$0.name.contains("Velmar and") }, "\(run.actors)")
        // A company's head word may go on with more words: no "Medicines and Healthcare".
        #expect(run.actors.allSatisfy { !$0.name.hasPrefix("Medicines") }, "\(run.actors)")
    }

    @Test func aNameJoinedByAndWithoutTheOrAfterForRunsToItsHead() {
        let run = StagesRun("""
        Wexmoor and Tallow Police said two men were held. Brint and Harlow Council said it would appeal. \
        The Northern Bank for Trade and Development said it was "reviewing the loan". \
        Velmar and Harlow Police met. The Bank of Velmar and Acme Capital said no.
        """, known: [KnownActor(name: "Velmar", kind: .country)])
        #expect(run.actor(named: "Wexmoor and Tallow Police")?.kind == .organisation, "\(run.actors)")
        #expect(run.actor(named: "Brint and Harlow Council")?.kind == .organisation, "\(run.actors)")
        #expect(run.actor(named: "Northern Bank for Trade and Development")?.kind == .organisation, "\(run.actors)")
        // A known country opens no such name, and "of" after a bank lists no remit.
        #expect(run.actors.allSatisfy { !$0.name.hasPrefix("Velmar and") }, "\(run.actors)")
        #expect(run.actor(named: "Bank of Velmar") != nil && run.actor(named: "Acme Capital") != nil, "\(run.actors)")
    }

    @Test func companiesNamedForTheirTrainsAndBodiesNamedAfterADescriptor() {
        let run = StagesRun("""
        Harlow Cross Trains said the strike was "deeply disappointing". In a statement, the company said the demands \
        were "simply unaffordable". Talks are due to resume at the conciliation service Arbex on Friday.
        """)
        #expect(run.actor(named: "Harlow Cross Trains")?.kind == .organisation, "\(run.actors)")
        #expect(run.speaker(ofQuoteContaining: "simply unaffordable") == "Harlow Cross Trains", "\(run.actors)")
        #expect(run.actor(named: "Arbex")?.kind == .organisation, "\(run.actors)")
    }
}
