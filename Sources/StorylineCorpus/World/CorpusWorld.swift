import StorylineModel

/// The fictional world a corpus is written about: countries, people, organisations, outlets.
///
/// Built deterministically from the seed, so every article of a corpus agrees on who is who.
struct CorpusWorld: Sendable {
    private(set) var actors: [WorldActor] = []
    private(set) var countries: [WorldCountry] = []
    /// Actor ids of the international bodies.
    private(set) var organisations: [Int] = []

    init(random: inout SplitMix64) {
        for (index, entry) in WorldTable.countries.enumerated() {
            let countryActor = add(WorldActor(id: 0, name: entry.name, kind: .country, country: index))
            var people: [Int] = []
            var usedNames = Set(actors.map(\.name))
            let headFamily = random.pick(WorldTable.familyNames)
            let offices = [entry.headTitle] + WorldTable.offices.map(\.title)
            for (slot, office) in offices.enumerated() {
                // The senator is the head's sibling: same family name, introduced through the relation.
                let isSibling = office == "Senator"
                let family = slot == 0 || isSibling ? headFamily : random.pick(WorldTable.familyNames)
                var given = random.pick(WorldTable.givenNames)
                while usedNames.contains("\(given.name) \(family)") { given = random.pick(WorldTable.givenNames) }
                usedNames.insert("\(given.name) \(family)")
                let person = WorldActor(
                    id: 0, name: "\(given.name) \(family)", kind: .person, country: index,
                    givenName: given.name, familyName: family, office: office, female: given.female,
                    relativeOf: isSibling ? people.first : nil)
                people.append(add(person))
            }
            let agencyName = "\(entry.demonym) Press Agency"
            let acronym = String(entry.demonym.prefix(1)) + "PA"
            let agency = add(WorldActor(id: 0, name: agencyName, kind: .organisation, country: index, acronym: acronym))
            let election = CalendarDay(daysSinceEpoch: CorpusCalendar.firstDay.daysSinceEpoch + random.below(CorpusCalendar.spanDays))
            countries.append(WorldCountry(
                name: entry.name, demonym: entry.demonym, capital: entry.capital, actor: countryActor,
                people: people, agency: agency, election: election))
        }
        for entry in WorldTable.organisations {
            organisations.append(add(WorldActor(id: 0, name: entry.name, kind: .organisation, acronym: entry.acronym)))
        }
    }

    private mutating func add(_ actor: WorldActor) -> Int {
        var actor = actor
        actor.id = actors.count
        actors.append(actor)
        return actor.id
    }

    /// The head of government of country `index`.
    func head(of index: Int) -> Int { countries[index].people[0] }

    /// Aliases a story file lists for `actor` (what rules could not guess).
    func aliases(of actor: WorldActor) -> [String] {
        switch actor.kind {
        case .country:
            guard let index = actor.country else { return [] }
            let country = countries[index]
            return ["\(country.demonym) government", country.capital]
        case .organisation:
            return actor.acronym.isEmpty ? [] : [actor.acronym]
        case .person:
            return actor.office.isEmpty ? [] : ["\(actor.office) \(actor.familyName)"]
        }
    }

    /// The phrases that name a country's election in articles.
    func electionPhrases(of index: Int) -> [String] {
        let demonym = countries[index].demonym.lowercased()
        return ["the \(demonym) election", "the \(demonym) general election"]
    }
}

/// The span of days generated stories happen in (kept clear of the seed story's dates).
enum CorpusCalendar {
    /// First day any event may fall on.
    static let firstDay = CalendarDay(daysSinceEpoch: 19_236)  // 2022-09-01
    /// Number of days events are spread over (about four years).
    static let spanDays = 1_400
}
