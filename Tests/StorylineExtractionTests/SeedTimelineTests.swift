import Foundation
import StorylineExtraction
import StorylineModel
import StorylineTestSupport
import Testing

/// The timeline the seed articles must give (issue 2, part 6).
@Suite struct SeedTimelineTests {
    static let story: Story = {
        let corpus = ArticleLoader.load(paths: [RepositoryPaths.seeds.path])
        return StoryBuilder().build(corpus)
    }()

    static func day(_ iso: String) -> CalendarDay? { CalendarDay(iso: iso) }

    var story: Story { Self.story }

    /// The first event of `kind` one of whose evidence sentences contains `words`.
    func event(_ kind: EventKind, citing words: String) -> (index: Int, event: Event)? {
        for (index, event) in story.events.enumerated() where event.kind == kind {
            if story.evidenceTexts(event).contains(where: { $0.contains(words) }) { return (index, event) }
        }
        return nil
    }

    func document(_ prefix: String) -> Int? { story.documents.firstIndex { $0.id.hasPrefix(prefix) } }

    func cites(_ event: Event, _ words: String, in prefix: String) -> Bool {
        guard let d = document(prefix) else { return false }
        return event.evidence.contains { $0.document == d && story.text(of: $0).contains(words) }
    }

    @Test func undatedArticleIsAnchoredOnTheBBCArticle() throws {
        let blog = try #require(document("000"))
        #expect(story.documents[blog].published == Self.day("2021-06-18"))
        #expect(story.documents[blog].publishedSource == .assumed)
    }

    @Test func timelineHasTheFiveStoryEventsInOrder() throws {
        let thug = try #require(event(.criticism, citing: "\"thug\""))
        let parade = try #require(event(.parade, citing: "display of military equipment"))
        let april = try #require(event(.criticism, citing: "\"serious threat\""))
        let review = try #require(event(.policyReview, citing: "completed a review"))
        let meeting = try #require(event(.meeting, citing: "central committee meeting"))
        #expect(thug.index < parade.index)
        #expect(parade.index < april.index)
        #expect(april.index < review.index)
        #expect(review.index < meeting.index)
    }

    @Test func thugRemarkIsBeforeTheElectionAndOnlyInTheBlog() throws {
        let thug = try #require(event(.criticism, citing: "\"thug\"")).event
        #expect(thug.documents == [try #require(document("000"))])
        #expect(thug.date.interval.latest == Self.day("2020-11-02"))
        #expect(thug.date.interval.earliest == nil)
        #expect(thug.date.precision == .reference)
        #expect(thug.actors.first.map { story.actors[$0.actor].name } == "Joe Biden")
        #expect(thug.actors.contains { story.actors[$0.actor].name == "Kim Jong-un" && $0.role == .target })
    }

    @Test func paradeIsInJanuaryBeforeTheInaugurationInBothArticles() throws {
        let parade = try #require(event(.parade, citing: "display of military equipment")).event
        #expect(cites(parade, "show of strength held days before Mr Biden's inauguration", in: "002"))
        #expect(cites(parade, "massive military parade", in: "000"))
        #expect(parade.date.value == "2021-01")
        #expect(parade.date.precision == .month)
        #expect((parade.date.interval.earliest ?? .init(daysSinceEpoch: 0)) >= (Self.day("2021-01-01") ?? .init(daysSinceEpoch: 0)))
        #expect((parade.date.interval.latest ?? .init(daysSinceEpoch: 0)) <= (Self.day("2021-01-19") ?? .init(daysSinceEpoch: 0)))
    }

    @Test func seriousThreatStatementAndReplyAreDatedAprilFromTheBlog() throws {
        let april = try #require(event(.criticism, citing: "\"serious threat\"")).event
        #expect(cites(april, "angry response from North Korea", in: "002"))
        #expect(cites(april, "in April", in: "000"))
        #expect(april.date.value == "2021-04")
        #expect(april.date.precision == .month)
        #expect(april.date.assumed)
        #expect(april.date.derivation.contains("April"))
    }

    @Test func policyReviewAndPsakiStatementAreRecent() throws {
        let review = try #require(event(.policyReview, citing: "completed a review")).event
        #expect(review.documents.count == 2)
        #expect(cites(review, "Spokesman Jen Psaki said", in: "002"))
        #expect(cites(review, "said Jen Psaki of the US State Department", in: "000"))
        #expect(review.date.precision == .reference)
        #expect(review.date.interval.earliest == nil)
        #expect((review.date.interval.latest ?? .init(daysSinceEpoch: 99999)) <= (Self.day("2021-06-18") ?? .init(daysSinceEpoch: 0)))
        #expect(review.date.label.hasPrefix("before"))
    }

    @Test func partyMeetingIsThisWeekWithKimsRemarksFromBothArticles() throws {
        let meeting = try #require(event(.meeting, citing: "central committee meeting")).event
        #expect(meeting.date.value == "2021-W24")
        #expect(meeting.date.precision == .week)
        #expect(cites(meeting, "has said his country needs to prepare", in: "002"))
        #expect(cites(meeting, "has stated that his country must prepare", in: "000"))
        #expect(cites(meeting, "stated that they needed to", in: "000"))
        #expect(meeting.actors.first.map { story.actors[$0.actor].name } == "Kim Jong-un")
    }

    @Test func meetingsWithTrumpKeepBothCountsAndFallInHisTerm() throws {
        let trump = try #require(event(.meeting, citing: "predecessor"))
        #expect(cites(trump.event, "twice", in: "002"))
        #expect(cites(trump.event, "three times", in: "000"))
        #expect(trump.event.actors.contains { story.actors[$0.actor].name == "Donald Trump" && $0.role == .target })
        #expect((trump.event.date.interval.latest ?? .init(daysSinceEpoch: 99999)) < (Self.day("2021-01-20") ?? .init(daysSinceEpoch: 0)))
        let meeting = try #require(event(.meeting, citing: "central committee meeting"))
        #expect(trump.index < meeting.index)
    }

    @Test func evidenceSentencesExistVerbatimInTheFiles() throws {
        for event in story.events {
            #expect(!event.evidence.isEmpty)
            #expect(event.title.count <= 60)
            for ref in event.evidence {
                let file = try String(contentsOfFile: story.documents[ref.document].path, encoding: .utf8)
                let text = story.text(of: ref)
                #expect(!text.isEmpty && file.contains(text))
            }
        }
    }

    @Test(arguments: [
        ("thug", "Joe Biden"), ("serious threat", "Joe Biden"), ("grand bargain", "Jen Psaki"),
        ("hostile policy", "North Korea"), ("sharply and promptly", "Kim Jong-un"),
    ])
    func eventQuotesHaveTheirSpeakers(words: String, speaker: String) throws {
        let quotes = story.events.flatMap(\.quotes).map { story.quotes[$0] }.filter { $0.text.contains(words) }
        #expect(!quotes.isEmpty)
        for quote in quotes {
            #expect(quote.speaker.map { story.actors[$0].name } == speaker)
        }
    }
}
