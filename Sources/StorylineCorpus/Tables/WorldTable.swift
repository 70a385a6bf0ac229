/// Invented places, people, organisations and outlets the corpus is written about.
///
/// Everything here is fictional so generated text never echoes a real story.
enum WorldTable {
    /// Country name, demonym, capital and the head of government's title.
    static let countries: [(name: String, demonym: String, capital: String, headTitle: String)] = [
        ("Valdoria", "Valdorian", "Mirsk", "President"),
        ("Ostrania", "Ostranian", "Kelbrin", "Prime Minister"),
        ("Carvenia", "Carvenian", "Port Alder", "President"),
        ("Suvel", "Suvelese", "Tarnhold", "Chancellor"),
        ("Lethmark", "Lethmarkish", "Brennholt", "Prime Minister"),
        ("Quorvia", "Quorvian", "Isslet", "President"),
        ("Marenland", "Marenlandic", "Halvik", "Premier"),
        ("Dresmoor", "Dresmoorish", "Calloway", "President"),
        ("Ambrelia", "Ambrelian", "Vessa", "President"),
        ("Tavaria", "Tavarian", "Oskel", "Prime Minister"),
    ]

    /// Offices every country fills, after its head of government.
    static let offices: [(title: String, short: String)] = [
        ("Foreign Minister", "the foreign minister"),
        ("Defence Minister", "the defence minister"),
        ("Foreign Ministry spokesperson", "the spokesperson"),
        ("Ambassador to the Northern Maritime Council", "the ambassador"),
        ("General", "the army chief"),
        ("Senator", "the senator"),
    ]

    /// Given names with the pronoun a writer uses for them.
    static let givenNames: [(name: String, female: Bool)] = [
        ("Anton", false), ("Tomas", false), ("Viktor", false), ("Emil", false), ("Jonas", false),
        ("Marek", false), ("Oskar", false), ("Pavel", false), ("Ruben", false), ("Stefan", false),
        ("Leon", false), ("Dario", false), ("Henrik", false), ("Ivo", false), ("Kasimir", false),
        ("Lise", true), ("Marta", true), ("Irena", true), ("Sofia", true), ("Nadia", true),
        ("Elena", true), ("Katrin", true), ("Vera", true), ("Hanna", true), ("Mila", true),
        ("Greta", true), ("Ada", true), ("Ilse", true), ("Petra", true), ("Zora", true), ("Renée", true),
    ]

    /// Family names; deliberately few, so several people share one.
    static let familyNames = [
        "Brekker", "Valen", "Ostrov", "Halberg", "Moravec", "Dunmore", "Castel", "Renko",
        "Farrow", "Lindqvist", "Aldana", "Petrakis", "Sorel", "Quaid", "Okafor", "Marchetti",
        "Jansen", "Whitlock", "Korhonen", "Delacroix-Ruiz",
    ]

    /// Bodies that are neither countries nor people, with their acronyms.
    static let organisations: [(name: String, acronym: String)] = [
        ("Northern Maritime Council", "NMC"),
        ("United Harbour Alliance", "UHA"),
        ("International Grain Board", "IGB"),
        ("Coastal Security Forum", "CSF"),
        ("Council of Free Ports", "CFP"),
        ("Arctic Fisheries Commission", "AFC"),
    ]

    /// Publishers; the last is the kind of source that paraphrases others without a date.
    static let outlets = [
        "Harbour Times", "Northern Ledger", "Continental Wire", "The Daily Meridian",
        "Coastline Review", "World Desk Online", "Atlas News Network", "Granite Herald",
        "Tidewater Gazette", "The Lantern Post", "Bellwether Weekly", "Signal & Record",
    ]

    /// Names of outlets that publish undated paraphrases.
    static let blogs = ["unnamed blog", "Policy Notes (blog)", "The Quiet Observer blog"]

    /// Subjects summits and talks are about.
    static let topics = [
        "fishing rights in the northern straits", "grain exports", "border patrols",
        "the disputed Sellan islands", "shipping lanes", "energy prices", "a prisoner exchange",
        "missile deployments near the border", "sanctions relief", "a new trade corridor",
        "refugees crossing the eastern frontier", "the future of the free ports",
    ]
}
