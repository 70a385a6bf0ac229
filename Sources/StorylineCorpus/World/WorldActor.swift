import StorylineModel

/// A fictional actor of the generated world, with the words writers use for it.
struct WorldActor: Sendable {
    /// Index in `CorpusWorld.actors`; equals the actor id of a generated model.
    var id: Int
    /// Canonical name.
    var name: String
    /// Person, organisation or country.
    var kind: ActorKind
    /// Country index this actor belongs to (countries belong to themselves), nil for international bodies.
    var country: Int?
    /// For people: given name, family name, office and pronoun.
    var givenName = ""
    var familyName = ""
    var office = ""
    var female = false
    /// For a person introduced through a relative: the relative's actor id ("the sister of …").
    var relativeOf: Int?
    /// Short form ("VPA" for an agency, "" otherwise).
    var acronym = ""
}

/// One invented country with the actors that speak for it.
struct WorldCountry: Sendable {
    var name: String
    var demonym: String
    var capital: String
    /// Actor id of the country itself.
    var actor: Int
    /// Actor id of its head of government, then of each office holder in `WorldTable.offices` order.
    var people: [Int]
    /// Actor id of its state news agency.
    var agency: Int
    /// Day of its general election (a named reference date).
    var election: CalendarDay
}
