/// One country of the world table: its names, adjective/demonym forms and capitals.
struct CountryEntry: Sendable {
    /// Canonical name.
    var name: String
    /// Other names and abbreviations ("US", "USA").
    var names: [String]
    /// Adjective and demonym forms ("American"): stand for the government only before a government noun.
    var demonyms: [String]
    /// Capital cities: stand for the government except where they are places ("in the capital").
    var capitals: [String]
}

/// A general world table of countries. Rows are "Name|other names|demonyms|capitals",
/// comma separated. Capitals that the house rules keep out of Swift come from story.yaml aliases.
enum CountryTable {
    /// The raw rows.
    static let rows: [String] = [
        "United States|US,U.S.,USA,U.S.A.,United States of America,America|American|Washington",
        "United Kingdom|UK,U.K.,Britain,Great Britain|British|London",
        "North Korea|DPRK|North Korean|",
        "South Korea|Republic of Korea,ROK|South Korean|Seoul",
        "China|People's Republic of China,PRC|Chinese|Beijing",
        "Japan||Japanese|Tokyo",
        "Russia|Russian Federation|Russian|Moscow",
        "Ukraine||Ukrainian|Kyiv,Kiev",
        "France||French|Paris",
        "Germany||German|Berlin",
        "Italy||Italian|Rome",
        "Spain||Spanish|Madrid",
        "Portugal||Portuguese|Lisbon",
        "Netherlands|Holland|Dutch|Amsterdam,The Hague",
        "Belgium||Belgian|Brussels",
        "Switzerland||Swiss|Bern",
        "Austria||Austrian|Vienna",
        "Poland||Polish|Warsaw",
        "Sweden||Swedish|Stockholm",
        "Norway||Norwegian|Oslo",
        "Denmark||Danish|Copenhagen",
        "Finland||Finnish|Helsinki",
        "Ireland|Republic of Ireland|Irish|Dublin",
        "Greece||Greek|Athens",
        "Turkey|Turkiye|Turkish|Ankara",
        "Hungary||Hungarian|Budapest",
        "Czech Republic|Czechia|Czech|Prague",
        "Romania||Romanian|Bucharest",
        "Belarus||Belarusian|Minsk",
        "Serbia||Serbian|Belgrade",
        "Canada||Canadian|Ottawa",
        "Mexico||Mexican|Mexico City",
        "Brazil||Brazilian|Brasilia",
        "Argentina||Argentine,Argentinian|Buenos Aires",
        "Chile||Chilean|Santiago",
        "Colombia||Colombian|Bogota",
        "Venezuela||Venezuelan|Caracas",
        "Cuba||Cuban|Havana",
        "Peru||Peruvian|Lima",
        "India||Indian|New Delhi,Delhi",
        "Pakistan||Pakistani|Islamabad",
        "Afghanistan||Afghan|Kabul",
        "Bangladesh||Bangladeshi|Dhaka",
        "Iran||Iranian|Tehran",
        "Iraq||Iraqi|Baghdad",
        "Syria||Syrian|Damascus",
        "Israel||Israeli|Jerusalem",
        "Saudi Arabia||Saudi|Riyadh",
        "Egypt||Egyptian|Cairo",
        "Jordan||Jordanian|Amman",
        "Lebanon||Lebanese|Beirut",
        "Qatar||Qatari|Doha",
        "United Arab Emirates|UAE|Emirati|Abu Dhabi",
        "Yemen||Yemeni|Sanaa",
        "Libya||Libyan|Tripoli",
        "Nigeria||Nigerian|Abuja",
        "South Africa||South African|Pretoria",
        "Kenya||Kenyan|Nairobi",
        "Ethiopia||Ethiopian|Addis Ababa",
        "Sudan||Sudanese|Khartoum",
        "Vietnam||Vietnamese|Hanoi",
        "Thailand||Thai|Bangkok",
        "Indonesia||Indonesian|Jakarta",
        "Malaysia||Malaysian|Kuala Lumpur",
        "Singapore||Singaporean|",
        "Philippines||Filipino,Philippine|Manila",
        "Myanmar|Burma|Burmese|Naypyidaw",
        "Mongolia||Mongolian|Ulaanbaatar",
        "Taiwan||Taiwanese|Taipei",
        "Australia||Australian|Canberra",
        "New Zealand||New Zealander|Wellington",
    ]

    /// Parsed entries.
    static let entries: [CountryEntry] = rows.map { row in
        let fields = row.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        func list(_ index: Int) -> [String] {
            guard index < fields.count else { return [] }
            return fields[index].split(separator: ",").map(String.init)
        }
        return CountryEntry(name: fields.first ?? row, names: list(1), demonyms: list(2), capitals: list(3))
    }
}
