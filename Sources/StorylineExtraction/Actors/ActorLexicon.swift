/// Grammatical gender known for a person, from honorifics, gendered titles or pronouns.
enum PersonGender: Sendable, Equatable {
    case male
    case female
}

/// Word lists the actor rules use: titles, honorifics, organisation heads and context words.
enum ActorLexicon {
    /// Honorifics before a surname or name, with the gender they imply.
    static let honorifics: [String: PersonGender?] = [
        "Mr": .male, "Mrs": .female, "Ms": .female, "Miss": .female, "Mx": nil, "Dr": nil,
        "Sir": .male, "Dame": .female, "Lord": .male, "Lady": .female, "Madam": .female, "Prof": nil,
    ]

    /// The honorifics as a set, for lookups by bytes.
    static let honorificWords = WordSet(Array(honorifics.keys), caseInsensitive: false)

    /// Titles and roles that precede a person's name ("President X", "leader X", "Spokesman X").
    static let titles = WordSet([
        "President", "president", "Leader", "leader", "Spokesman", "spokesman", "Spokeswoman", "spokeswoman",
        "Spokesperson", "spokesperson", "Minister", "minister", "Secretary", "secretary", "Chancellor",
        "chancellor", "Senator", "senator", "Sen", "Governor", "governor", "Gov", "Representative", "Rep",
        "Congressman", "Congresswoman", "congressman", "congresswoman", "General", "Gen", "Ambassador", "ambassador", "Envoy", "envoy",
        "Chairman", "chairman", "Chairwoman", "chairwoman", "Chair", "Speaker", "Executive", "Director", "director", "Judge", "Justice", "King",
        "Queen", "Prince", "Princess", "Pope", "Mayor", "mayor", "Premier", "premier", "Commissioner",
        "commissioner", "Colonel", "Col", "Lieutenant", "Lt", "Captain", "Capt", "Admiral", "Adm", "Sergeant",
        "Sgt", "Professor", "professor", "Sheikh", "Emperor", "Dictator", "dictator", "Ayatollah", "Archbishop",
        "Bishop", "Rabbi", "Imam", "Councillor", "Cllr", "MLA", "MEP", "MSP", "Councilman", "Councilwoman", "Attorney", "Detective",
        "Inspector", "Superintendent", "Commander", "commander", "Officer", "officer", "Sheriff", "sheriff", "Prosecutor", "prosecutor",
        "correspondent", "Correspondent", "analyst", "negotiator", "mediator", "Mediator", "diplomat", "official", "aide", "adviser",
        "advisor", "Adviser", "Advisor", "CEO", "founder", "counterpart", "Secretary-General", "secretary-general", "Director-General",
        "director-general", "Attorney-General", "Vice-President", "vice-president", "President-elect", "president-elect",
        "Premier-elect", "Governor-elect", "Mayor-elect", "Constable", "chief",
        // British police ranks, short ("DC Ian Burrows", "Det Supt Ana Lo").
        "DC", "DS", "DI", "DCI", "DSI", "DCS", "PC", "Det", "Supt", "Insp",
        "Undersecretary", "undersecretary", "Under-Secretary", "under-secretary",
        "witness", "Witness", "eyewitness",
        // Descriptions news puts before a name like a title ("defeating incumbent Edgar Lungu").
        "incumbent", "challenger", "candidate", "lawmaker", "legislator", "activist", "campaigner", "MP",
        "Republican", "Democrat",
        "striker", "midfielder", "defender", "goalkeeper", "coach", "manager", "boss",
        "Administrator", "administrator", "forecaster", "economist", "strategist", "judge", "detective", "inspector", "executive",
        // Descriptions opening a sentence ("Striker Lucas Moreau, 24, joined …").
        "Striker", "Midfielder", "Defender", "Goalkeeper", "Coach", "Manager",
    ], caseInsensitive: false)

    /// The offices an abbreviated title stands for, so "the senator" finds who "Sen. X" is.
    static let titleOffices: [String: [String]] = [
        "sen": ["senator"], "rep": ["congressman", "congresswoman", "representative"], "gov": ["governor"],
        "gen": ["general"], "col": ["colonel"], "lt": ["lieutenant"], "capt": ["captain"], "adm": ["admiral"],
        "sgt": ["sergeant"], "cllr": ["councillor"], "prof": ["professor"],
    ]

    /// Party members a lawmaker is described as after a state ("the Kentucky Republican"; not
    /// "Independent": "the Irish Independent" is a newspaper). Never in a person's name ("Sen.
    /// Rachel Ortiz, a Colorado Democrat,"): `WordClass` gives them the place heads' class.
    static let partyMembers = WordSet(["Republican", "Democrat"], caseInsensitive: false)

    /// AP abbreviations of US states, written after a lawmaker's party ("D-Mass.", "R-Ky.").
    static let stateAbbreviations: [String: String] = [
        "Alabama": "Ala", "Arizona": "Ariz", "Arkansas": "Ark", "California": "Calif", "Colorado": "Colo",
        "Connecticut": "Conn", "Delaware": "Del", "Florida": "Fla", "Georgia": "Ga", "Illinois": "Ill",
        "Indiana": "Ind", "Kansas": "Kan", "Kentucky": "Ky", "Louisiana": "La", "Maryland": "Md",
        "Massachusetts": "Mass", "Michigan": "Mich", "Minnesota": "Minn", "Mississippi": "Miss", "Missouri": "Mo",
        "Montana": "Mont", "Nebraska": "Neb", "Nevada": "Nev", "New Hampshire": "N.H", "New Jersey": "N.J",
        "New Mexico": "N.M", "New York": "N.Y", "North Carolina": "N.C", "North Dakota": "N.D", "Oklahoma": "Okla",
        "Oregon": "Ore", "Pennsylvania": "Pa", "Rhode Island": "R.I", "South Carolina": "S.C", "South Dakota": "S.D",
        "Tennessee": "Tenn", "Vermont": "Vt", "Virginia": "Va", "Washington": "Wash", "West Virginia": "W.Va",
        "Wisconsin": "Wis", "Wyoming": "Wyo",
    ]

    /// Words that may open an aside before the office it names ("Ana Lo, the UN special envoy").
    static let asideLeads = WordSet([
        "a", "an", "the", "special", "chief", "senior", "top", "acting", "foreign", "new", "former", "deputy", "interim",
    ], caseInsensitive: false)

    /// Words that open a description set off after a name ("Jo Roe, the sister of …, said").
    static let descriptionOpeners = WordSet(["a", "an", "the", "his", "her", "its", "their"], caseInsensitive: false)

    /// Titles of someone who speaks for a body ("a spokesman for the ministry").
    static let spokesWords = WordSet(["spokesman", "spokeswoman", "spokesperson"], caseInsensitive: true)

    /// Nouns after a possessive that speak for its owner as a spokesman does ("the governor's
    /// office said", "Lintz's campaign said").
    static let ownerVoiceNouns = WordSet(["office", "campaign"], caseInsensitive: false)

    /// Words before a title that make it another office than the bare title names
    /// ("shadow chancellor", "former president", "deputy leader").
    static let officeModifiers = WordSet([
        "shadow", "former", "deputy", "vice", "assistant", "junior", "ex", "late", "then", "would-be", "opposition",
    ], caseInsensitive: true)

    /// Titles that say their holder's gender ("Queen X", "Congresswoman X"); not "Spokesman"
    /// or "Chairman", which many newsrooms use for women too.
    static let titleGenders: [String: PersonGender] = [
        "King": .male, "Prince": .male, "Emperor": .male, "Duke": .male, "Sultan": .male, "Emir": .male,
        "Sheikh": .male, "Congressman": .male, "Councilman": .male, "Queen": .female, "Princess": .female,
        "Empress": .female, "Duchess": .female, "Congresswoman": .female, "Councilwoman": .female,
        "Chairwoman": .female, "chairwoman": .female, "Spokeswoman": .female, "spokeswoman": .female,
    ]

    /// Relation nouns that say the described person's gender ("X, the sister of Y").
    static let relationGenders: [String: PersonGender] = [
        "sister": .female, "wife": .female, "daughter": .female, "mother": .female, "widow": .female,
        "niece": .female, "aunt": .female, "granddaughter": .female, "grandmother": .female,
        "brother": .male, "husband": .male, "son": .male, "father": .male, "widower": .male,
        "nephew": .male, "uncle": .male, "grandson": .male, "grandfather": .male,
    ]

    /// Titles of an office that leads a country ("the Ruritanian leader" means its holder).
    static let headsOfState = WordSet([
        "president", "premier", "chancellor", "leader", "king", "queen", "emir", "sultan", "shah", "taoiseach",
        "dictator", "ruler",
    ], caseInsensitive: true)

    /// Last words of organisation names ("State Department", "Workers' Party", "Washington Post").
    static let organisationHeads = WordSet([
        "Department", "Ministry", "Agency", "Party", "Committee", "Council", "Congress", "Senate", "Commission", "Caucus",
        "Office", "Army", "Navy", "Force", "Forces", "Bank", "News", "Times", "Post", "Journal", "Guardian",
        "Telegraph", "Herald", "Tribune", "Press", "Association", "Union", "Organisation", "Organization",
        "Institute", "University", "College", "Court", "Parliament", "Assembly", "Service", "Group",
        "Foundation", "Fund", "Corporation", "Company", "Inc", "Ltd", "Network", "Federation", "League",
        "Command", "Authority", "Bureau", "Board", "Cabinet", "Secretariat", "Alliance", "Coalition",
        "Movement", "Corps", "Guard", "Police", "House", "Administration", "Broadcasting", "Television", "TV",
        "Radio", "Daily", "Centre", "Center", "Commission", "Club", "Academy", "Reserve", "Council", "Nations",
        "Agencies", "Ministries", "Departments", "Parties", "Unions",
        "Survey", "Observatory", "Programme", "Program", "Society", "Tribunal", "Directorate", "Trust",
        "Exchange", "Airlines", "Airways", "Hospital", "Embassy", "Mission", "Consulate", "Institution",
        "Inspectorate", "Crescent", "International", "Watch", "Chiefs", "Staff", "Centres", "Centers", "Institutes",
        "Community", "Confederation", "Rail", "Railway", "Railways", "Airport", "Airports", "Front", "Rescue",
        "Riksbank", "Bundesbank", "Cooperative", "Co-operative", "Partnership", "Chamber", "School",
        "Directorate-General", "Campaign",
        // Football clubs ("Castlebrook Rovers", "Leeds United"); not "City", which ends places.
        "Rovers", "Wanderers", "Athletic", "Albion", "United", "FC", "AFC",
        // Broadcasters' desks ("told Sky Sports", "BBC Sport").
        "Sport", "Sports",
        // A data provider is cited, seldom the company a story is about ("estimates compiled by Harbor Data").
        "Data",
    ] + companyHeadWords, caseInsensitive: false)

    /// Last words of company names, which "the company" and "the firm" may stand for.
    static let companyHeads = WordSet(companyHeadWords, caseInsensitive: false)

    /// The same words as strings, for names already made.
    static let companyHeadNames = Set(companyHeadWords)

    private static let companyHeadWords = [
        "Technologies", "Technology", "Semiconductor", "Semiconductors", "Holdings", "Systems", "Industries",
        "Motors", "Pharmaceuticals", "Electronics", "Communications", "Telecom", "Petroleum", "Securities",
        "Insurance", "Logistics", "Software", "Laboratories", "Bancorp", "Financial", "Investments",
        "Entertainment", "Studios", "Brands", "Resources", "Chemicals", "Enterprises", "Solutions", "Aerospace",
        "Automotive", "Therapeutics", "Capital", "Partners", "Corporation", "Company", "Group", "Inc", "Ltd",
        "Foods", "Energy", "Mining", "Steel", "Media", "Pharma", "Retail", "Shipping", "Games", "Bancshares", "Oil", "Gas",
        "Corp", "Co", "Plc", "plc", "LLC", "Limited", "Airlines", "Airways", "Management", "Biologics", "Biotech", "Biosciences",
        "Healthcare", "Homes", "Labs", "Ventures", "Advisors", "Advisers", "Associates", "Properties", "Construction",
        "Developments", "Trains", "Buses", "Ferries", "Transport", "Services", "Facilities", "Contractors",
        // Utilities and traders ("Thames Water", "Velmar Power", "Southern Cross Commodities").
        "Water", "Power", "Electric", "Utilities", "Commodities",
        // Company forms of other countries ("Vanderhoek Logistics NV", "Kessler Freight GmbH").
        "NV", "GmbH", "AG", "BV", "SpA", "ASA", "Oyj",
    ]

    /// Ranks that open an office's name before a body and a title ("Chief Cabinet Secretary").
    static let rankWords = WordSet(["Chief", "Deputy", "Vice", "Assistant", "Principal", "Senior"], caseInsensitive: false)

    /// Plural nouns whose possessive stays inside a body's name ("People's Army", "Women's League").
    static let collectiveOwners = WordSet([
        "People", "Peoples", "Workers", "Women", "Children", "Citizens", "Farmers", "Veterans", "Soldiers", "Students",
        "Teachers", "Nurses", "Miners",
    ], caseInsensitive: false)

    /// Heads of a state's own bodies, which a country's possessive makes that country's
    /// ("Russia's Ministry of Finance", "Kenya's Supreme Court"); not companies or parties,
    /// whose names are their own ("Britain's Labour Party").
    static let stateBodyHeads = WordSet([
        "Ministry", "Department", "Office", "Court", "Police", "Agency", "Commission", "Directorate",
        "Inspectorate", "Bureau", "Authority", "Service", "Guard", "Army", "Navy", "Force", "Forces", "Parliament",
        "Cabinet", "Tribunal",
    ], caseInsensitive: false)

    /// A state's bodies often written in lower case after its demonym or name ("the Cuban foreign
    /// ministry", "the Italian coast guard", two words, "the UK presidency"); a bare "ministry"
    /// after a demonym is the country's government (`governmentNouns`), one with a remit a body
    /// of its own.
    static let lowerCaseStateBodies = WordSet(["ministry", "consulate", "coastguard", "coast", "presidency"], caseInsensitive: false)

    /// Remits written before a lower-case ministry ("the Croatian foreign ministry").
    static let lowerCaseRemits = WordSet([
        "foreign", "interior", "defence", "defense", "health", "finance", "justice", "economy", "trade",
        "education", "environment", "agriculture", "culture", "transport", "energy", "labour", "labor",
    ], caseInsensitive: false)

    /// Indefinite articles opening an unnamed someone ("A researcher …", "An official …").
    static let indefiniteArticles = WordSet(["a", "an"], caseInsensitive: true)

    /// People who work somewhere, before "at" and the name of where ("analysts at Morgan
    /// Stanley", "researchers at Acme"): that name is a body, however much it looks like a person's.
    static let staffNouns = WordSet([
        "analysts", "economists", "strategists", "researchers", "scientists", "experts", "traders", "executives",
        "engineers", "lawyers", "officials", "staff", "workers", "employees", "doctors", "bankers", "investors",
        "analyst", "economist", "strategist", "researcher", "scientist", "expert", "trader", "executive",
        "engineer", "lawyer", "official", "worker", "employee", "doctor", "banker", "investor", "professor",
    ], caseInsensitive: true)

    /// Nouns before "of" that name someone through another ("the sister of X", "critics of X"),
    /// so X is not who acted.
    static let relationNouns = WordSet([
        "sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "widow", "widower",
        "niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother",
        "sibling", "siblings", "children", "relatives", "family", "friend", "friends", "critics", "opponents",
        "rivals", "supporters", "allies", "lawyer", "lawyers", "biographer", "successor", "predecessor",
    ], caseInsensitive: true)

    /// Last words of a name that stays one person's after "the" ("the Dalai Lama", "the Aga Khan").
    static let personalHeads = WordSet([
        "Lama", "Khan", "Mufti", "Ayatollah", "Pope", "Patriarch", "Archbishop", "Prince", "Princess", "Duke",
        "Duchess", "Emperor", "Empress", "King", "Queen", "Sultan", "Emir",
    ], caseInsensitive: false)

    /// Heads that, in lower case after "the", stand for the organisation just named ("the bank
    /// said"). Not "union", "group", "house", "army"…: they as often name another body.
    static let organisationNouns = WordSet([
        "bank", "ministry", "agency", "company", "commission", "council", "court", "fund", "authority",
        "committee", "party", "department", "bureau", "board", "corporation", "institute", "university",
        "foundation", "federation", "association", "parliament", "firm", "army", "military", "junta", "club",
        "embassy", "group", "organisation", "organization", "charity", "office", "trust", "hospital", "school", "college",
        "society", "police", "government", "regime",
        // A body's capitalised head after "the" stands for the body as well ("a spokesperson for
        // the Commission", "the Government said").
        "Government", "Commission", "Ministry", "Council", "Committee", "Agency", "Department", "Authority",
    ], caseInsensitive: false)

    /// Body nouns that any body may be ("the agency said" after "NASA said …", "the health
    /// authority" after "Northern Health"): the body named last nearby is meant.
    static let organisationNounsOfAnyName = WordSet(["agency", "authority", "group", "organisation", "organization", "charity"], caseInsensitive: false)

    /// Nouns that introduce a company or group by its name ("delivery company Corvana",
    /// "chipmaker Altmark", "lender Harlow Bank").
    static let bodyDescriptors = WordSet([
        "company", "firm", "carmaker", "automaker", "chipmaker", "retailer", "startup", "start-up", "lender", "insurer",
        "airline", "broadcaster", "conglomerate", "manufacturer", "supplier", "operator", "developer", "utility",
        "giant", "group", "outfit", "charity", "broker", "bank", "miner", "carrier", "regulator", "watchdog",
        "service", "agency", "union", "network", "newspaper", "publisher", "platform", "channel",
        "contractor", "subcontractor", "consultancy", "chain", "supermarket", "grocer", "distributor", "producer",
    ])

    /// Last words of football clubs' names, which "the club" may stand for.
    static let clubHeads = WordSet(["Rovers", "Wanderers", "Athletic", "Albion", "United", "FC", "AFC", "Club"], caseInsensitive: false)

    /// Organisation nouns that a body named without them may be ("the bank" after "JPMorgan").
    static let organisationNounsNamedOtherwise: Set<String> = ["bank", "company", "firm", "fund", "corporation", "party", "club"]

    /// A country's armed forces, which "the army said" stands for once the article named them
    /// as a country's ("Myanmar's military").
    static let armedBodies = WordSet(["army", "military", "junta"], caseInsensitive: false)

    /// A country's governing bodies, described without a name ("the government said", "the
    /// Government said").
    static let governingBodies = WordSet(["government", "regime"], caseInsensitive: true)

    /// Last words of place names, which are never people ("Downing Street", "Central Park").
    static let placeHeads = WordSet([
        "Street", "Avenue", "Road", "Square", "Valley", "River", "Island", "Islands", "City", "County",
        "Province", "Region", "Bridge", "Airport", "Station", "Palace", "Sea", "Ocean",
        "Mountains", "Peninsula", "Strait", "Gulf", "Lake", "Stadium", "Centre", "Center",
        "Parish", "District", "Township", "Borough", "Prefecture", "Oblast", "Governorate", "Territory",
        "Heights", "Beach", "Bay", "Hills", "Harbor", "Harbour", "Canyon", "Coast", "Highway", "Boulevard", "Plaza",
    ], caseInsensitive: false)

    /// Lower-case particles inside a person's name, between capitalised words ("Ursula von der
    /// Leyen", "Charles de Gaulle", "Luiz Inácio Lula da Silva", "Mohammed bin Salman").
    /// What follows the apostrophe of a contraction ("You've", "They're", "We'll", "I'd", "I'm").
    static let contractionTails = WordSet(["ve", "re", "ll", "d", "m"], caseInsensitive: true)

    /// Generational suffixes that end a person's name ("Martin Luther King Jr.").
    static let nameSuffixes = WordSet(["Jr", "Sr", "II", "III", "IV"], caseInsensitive: false)

    static let nameParticles = WordSet([
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "bin", "ibn", "ben",
    ], caseInsensitive: false)

    /// Nouns that describe a body in an aside ("Entergy, the main utility, said").
    static let bodyNouns = WordSet([
        "utility", "company", "firm", "operator", "group", "carrier", "airline", "broadcaster", "newspaper", "bank",
        "agency", "regulator", "maker", "manufacturer", "retailer", "giant", "insurer", "lender", "producer",
        "exporter", "developer", "network", "charity", "organisation", "organization", "watchdog", "startup",
    ], caseInsensitive: false)

    /// Capitalised words opening a sentence before a verb of saying that name no body
    /// ("Everyone said", "Police said").
    static let notBodies = WordSet([
        "everyone", "everybody", "someone", "somebody", "nobody", "one", "another", "each", "either", "neither",
        "police", "staff", "management", "leadership", "government", "family", "rescuers", "prosecution", "defence",
        "defense", "officials", "military", "army", "none", "all", "both", "most", "many", "few", "several", "others",
    ], caseInsensitive: true)

    /// Countries whose names are also given names ("Jordan Whitaker, president of the guild,
    /// said"): before a surname that a verb of saying or an aside shows, a person's.
    static let countryGivenNames = WordSet(["Jordan", "Chad", "Georgia", "India", "Israel", "Kenya"], caseInsensitive: false)

    /// Common given names of people in the news (`GivenNameTable`), so that a name with neither
    /// title nor verb of saying beside it ("Rishi Sunak faces calls …") is still a person's.
    static let givenNames = GivenNameTable.sets.all

    /// Organisations named by one word.
    static let standaloneOrganisations = WordSet([
        "Congress", "Senate", "Parliament", "Pentagon", "Kremlin", "Reuters", "Interpol", "Politburo",
        "Taliban", "Hamas", "Hezbollah", "Houthis", "Treasury", "Vatican", "Bundestag", "Knesset", "Duma",
        // Central banks and parliaments named in one word, and bodies British style writes as words.
        "Riksbank", "Bundesbank", "Bundesrat", "Riksdag", "Storting", "Sejm", "Folketing",
        "Nato", "Uefa", "Fifa", "Opec", "Unesco", "Unicef", "Nasa", "Ofcom", "Ofgem", "Ofsted", "Europol", "Frontex", "Eurostat",
    ], caseInsensitive: false)

    /// Words after "Treasury" that make it a kind of bond ("Treasury yields").
    static let bondWords = WordSet([
        "securities", "bonds", "bond", "yields", "yield", "bills", "notes", "debt", "market", "markets", "auction", "auctions",
        "prices", "futures",
    ], caseInsensitive: false)

    /// Organisation heads that may be followed by "of X" ("Ministry of Defence", "Bank of England").
    static let headsTakingOf = WordSet([
        "Department", "Ministry", "Bank", "Office", "Council", "Committee", "Commission", "Court", "House",
        "University", "Institute", "Secretary", "Union", "League", "Federation", "Association", "Academy",
        "Chiefs", "Bureau", "Board", "Agency", "Organisation", "Organization", "Centre", "Center", "Centres", "Centers",
        "Institutes", "Community", "Chamber", "Confederation", "Corps", "Congress", "Movement", "Front", "Alliance",
        "Coalition", "Fund", "Foundation", "Society", "College", "School", "Observatory", "Secretariat", "Directorate",
        "Tribunal", "Inspectorate", "Institution", "Force", "Forces", "Directorate-General", "Campaign",
    ], caseInsensitive: false)

    /// Heads of missions posted abroad, whose place is part of their name ("Embassy in Manila").
    static let postedHeads = WordSet(["Embassy", "Consulate", "Consulate-General", "Mission", "Legation", "Delegation"], caseInsensitive: false)

    /// Heads that take "on" before their remit ("Joint Committee on Vaccination").
    static let headsTakingOn = WordSet(["Committee", "Commission", "Council", "Conference", "Panel", "Subcommittee"], caseInsensitive: false)

    /// Suffixes after a place's hyphen that make it a modifier of the body named next
    /// ("Riga-based", "Moscow-led", "Kremlin-backed").
    static let placeModifierSuffixes = WordSet(["based", "led", "backed", "owned", "funded", "run", "controlled", "allied", "aligned"])

    /// Continents and regions a body's remit may cover ("Co-operation in Europe").
    static let regionNames = WordSet([
        "Europe", "Asia", "Africa", "America", "Americas", "Pacific", "Caribbean", "Arctic", "Asia-Pacific",
    ], caseInsensitive: false)

    /// Heads whose "of"/"for" field may name two remits joined by "and" ("Department of Health
    /// and Social Care", "Centers for Disease Control and Prevention").
    static let remitHeads = WordSet([
        "Department", "Ministry", "Office", "Secretary", "Centre", "Center", "Centres", "Centers", "Organisation",
        "Organization", "Institute", "Commission", "Agency", "Bureau", "Council", "Committee", "Institutes",
        "Movement", "Front", "Alliance", "Coalition", "Confederation", "Fund", "Foundation", "Society",
    ], caseInsensitive: false)

    /// Small words an acronym leaves out ("Organisation of the Petroleum Exporting Countries").
    static let acronymSkippedWords = WordSet(["of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le"])

    /// All-capital words that are not organisations.
    static let notAcronyms = WordSet([
        "I", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "TV", "OK", "AM", "PM", "CEO", "GDP", "ID",
        "PS", "UTC", "GMT", "BST", "EST", "PST", "AD", "BC", "CCTV", "DNA", "COVID", "HIV", "AIDS", "VIP",
        "PR", "PC", "SUV", "USB", "FAQ", "ICBM", "ICBMs", "NB", "RIP", "DIY", "CV", "HQ", "MP", "MPs", "A",
        "CM", "MLA", "MLAs", "IT",
        // A wire story's closing and page furniture ("(END)", "UPDATE", "WATCH").
        "END", "UPDATE", "UPDATED", "BREAKING", "LIVE", "WATCH", "READ", "MORE", "PHOTO", "VIDEO",
        // Small words of a headline or section label set in capitals ("THE INTERVIEW").
        "THE", "AND", "OF", "ON", "TO", "FOR", "BY", "WITH", "FROM", "AN", "NO", "NOT",
    ] + TimeLexicon.timeZoneWords, caseInsensitive: false)

    /// Nouns after capitals that make them a measure, not a body ("the DAX index").
    static let measureNouns = WordSet([
        "index", "indices", "indexes", "futures", "reading", "readings", "score", "scores", "rating", "ratings",
    ], caseInsensitive: false)

    /// Offices written in capitals ("the CM said", "the PM said"): the title word their holder
    /// was introduced with ("chief minister X", "Prime Minister X").
    static let officeAbbreviations: [String: String] = ["CM": "minister", "PM": "minister"]

    /// Points of the compass that open country names ("the North" for North Korea).
    static let compassWords = WordSet(["North", "South", "East", "West"], caseInsensitive: false)

    /// Months that are also surnames, allowed as the last word of a name after a first one.
    static let monthSurnames = WordSet(["May", "June", "April", "August"], caseInsensitive: false)

    /// Capitalised words that never belong to a person's name.
    static let notNames = WordSet([
        "The", "A", "An", "And", "But", "Or", "Nor", "So", "Yet", "In", "On", "At", "To", "For", "Of", "With",
        "By", "From", "As", "If", "When", "While", "After", "Before", "Since", "He", "She", "It", "They", "We",
        "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "This", "That", "These", "Those",
        "There", "Here", "Then", "Now", "However", "Meanwhile", "Instead", "Also", "Still", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Mr",
        "Mrs", "Ms", "Dr", "Not", "No", "Yes", "Some", "Many", "Most", "All", "Both", "Each", "Every",
        "What", "Why", "How", "Who", "Where", "Which", "Earlier", "Later", "Last", "Next", "Under",
        "According", "Although", "Though", "Because", "During", "Until", "Despite", "Over", "About",
        "Read", "Share", "Image", "Media", "Published", "Related", "Advertisement", "Copyright",
        // Opens an office ("Chief Executive X", "Chief Financial Officer X"), never a name.
        "Chief",
    ], caseInsensitive: false)

    /// Words opening a sentence's time phrase ("On Monday he …", "Later that day, she …").
    static let timeOpeners = WordSet(["On", "Later", "Earlier", "Then", "Afterwards", "Last", "This", "Next", "By"], caseInsensitive: false)

    /// Words opening a subordinate clause before the main one ("When X spoke …, he said").
    static let clauseSubordinators = WordSet(["When", "After", "As", "While", "Before", "Once", "Although", "Though", "Since", "Until"],
                                             caseInsensitive: false)

    /// What a person leads, after the person's name used as an adjective ("the Ada Lintz
    /// administration", "the Moon Jae-in government").
    static let ledByPersonNouns = WordSet([
        "government", "administration", "regime", "cabinet", "presidency", "campaign", "era", "premiership",
    ], caseInsensitive: false)

    /// Nouns after a demonym that make it stand for the government ("the North Korean government").
    static let governmentNouns = WordSet([
        "government", "governments", "authorities", "regime", "administration", "officials", "military",
        "army", "navy", "forces", "troops", "soldiers", "state", "side", "delegation", "embassy", "diplomats", "negotiators",
        "ministry", "leadership", "cabinet",
        // A devolved or national government's own name ("the Welsh Government said").
        "Government",
    ], caseInsensitive: false)

    /// Words before a capital that make it a place ("in", "held in", "the capital").
    static let placeWords = WordSet([
        "in", "at", "to", "from", "near", "outside", "inside", "into", "across", "around", "via", "toward",
        "towards", "throughout", "within", "between", "through", "capital", "city", "of", "visit", "visited",
        "visiting", "visits", "streets", "downtown", "central", "left", "leave", "leaving", "reached",
    ], caseInsensitive: false)

    /// Prepositions before a name that make it a place, not a person, when an aside follows it.
    static let locativePrepositions = WordSet([
        "in", "at", "near", "across", "outside", "inside", "throughout", "within",
    ], caseInsensitive: true)

    /// Words after a name that join it to more words, not a verb of which it is the subject
    /// ("the Harlow Council and …", "the Harlow Council of …", "the Harlow Council, which …").
    static let joiningWords = WordSet([
        "and", "or", "but", "nor", "of", "in", "on", "at", "for", "with", "to", "from", "by", "as", "than",
        "into", "over", "under", "which", "who", "that", "whose",
    ], caseInsensitive: false)

    /// Words that may stand between a subject and its cue verb ("he also said", "she has said").
    static let attributionFillers = WordSet([
        "also", "later", "then", "has", "had", "have", "recently", "previously", "once", "again", "reportedly",
        "earlier", "further", "had", "would", "will", "did", "does", "do", "was", "is", "were", "repeatedly",
        "publicly", "explicitly", "directly", "now", "further", "quickly", "already", "apparently", "once",
        // How or when it was said ("the bank quietly said", "she flatly denied").
        "quietly", "openly", "privately", "angrily", "firmly", "flatly", "bluntly", "subsequently", "initially",
        "originally", "separately", "formally", "officially", "jointly", "strongly", "briefly", "simply", "clearly",
        "frequently", "consistently", "sharply", "swiftly", "immediately", "eventually", "finally", "ultimately",
        "belatedly", "reluctantly", "calmly", "emphatically", "defiantly", "categorically", "tersely", "always",
        "often", "never", "since", "still", "personally",
        // "with Ms Roe having warned that …".
        "having",
        // "what Jo Roe himself called a 'tense' situation".
        "himself", "herself", "itself", "themselves",
    ], caseInsensitive: true)

    /// Words of a short time phrase that may stand between a subject and its verb of saying
    /// ("Jo Roe on Sunday said", "the minister yesterday told …", "… last week said").
    static let speechTimeWords = WordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week", "month",
    ] + speechTimeMonthNames, caseInsensitive: true)

    /// Month names of such a phrase, which count only after an opener ("Jo Roe in March warned";
    /// "April" and "June" are given names too, "May" is left out as the surname of "Theresa May").
    static let speechTimeMonthNames = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// `speechTimeMonthNames` as a set.
    static let speechTimeMonths = WordSet(speechTimeMonthNames, caseInsensitive: true)

    /// Words that may open such a time phrase ("on Sunday", "late on Friday", "last week", "in March").
    static let speechTimeOpeners = WordSet(["on", "late", "early", "last", "this", "earlier", "later", "in"], caseInsensitive: true)

    /// Last words of the name of a law or a text, which no person bears ("the General Data
    /// Protection Regulation" is no General named Data Protection Regulation).
    static let documentHeads = WordSet([
        "Regulation", "Regulations", "Act", "Directive", "Convention", "Treaty", "Accord", "Agreement", "Protocol",
        "Charter", "Declaration", "Amendment",
    ], caseInsensitive: false)

    /// Last words of names of occasions, which are never people ("the Tokyo Olympics", "Harlow
    /// Book Festival", "the Annual General Meeting", "the General Election").
    static let occasionHeads = WordSet([
        "Festival", "Olympics", "Paralympics", "Games", "Awards", "Championships", "Expo", "Marathon", "Carnival",
        "Anniversary", "Jubilee", "Meeting", "Meetings", "Election", "Elections", "Synod", "Strike", "Debate", "Summit",
        "Hearing", "Referendum",
    ], caseInsensitive: false)

    /// Last words of occasions that are also surnames ("Doris Day"): an occasion only after two
    /// capitalised words or more ("West Sea Defense Day", "Harlow Victory Day").
    static let surnameOccasionHeads = WordSet(["Day", "Week"], caseInsensitive: false)

    /// Family names usually written first (East Asian names), so "Mr Lee" can mean "Lee Min-ho".
    static let familyNameFirst = WordSet([
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo",
        "Kwon", "Hwang", "Ahn", "Song", "Ri", "Pak", "Moon", "Xi", "Li", "Wang", "Zhang", "Liu", "Chen",
        "Yang", "Zhao", "Huang", "Zhou", "Wu", "Hu", "Wen", "Deng", "Mao", "Jiang",
        "Choe", "Chung", "Jeong", "Jeon", "Chun", "Oh", "Yoo", "Yu", "Ryu", "Hong", "Noh", "Roh", "Yoh", "Suh",
        "Nam", "Bae", "Baek", "Paek", "Son", "Heo", "Min", "Ko", "Yun", "Kwak", "Sung", "Byun", "Chae", "Ryom", "Pyon",
        "Tsai", "Lai", "Ma", "Hsu", "Lin", "Chiang", "Leung", "Wong", "Chan", "Cheung", "Lau", "Tsang", "Lam",
        "Tung", "Yip", "Kwok", "Chow", "Tam", "Ho", "Tse",
    ], caseInsensitive: false)

    /// Second parts of hyphenated compounds that follow a place or a name ("Hong Kong-based",
    /// "Tang-era"), never a syllable of a given name.
    static let compoundSuffixes = WordSet([
        "based", "born", "led", "owned", "backed", "made", "style", "era", "run", "bound", "wide", "level", "area",
        "linked", "held", "funded", "built", "like", "type", "class", "grown", "sized",
    ], caseInsensitive: true)

    /// Most letters in one syllable of an East Asian given name ("Tae", "Myung").
    static let givenSyllableLength = 5
}
