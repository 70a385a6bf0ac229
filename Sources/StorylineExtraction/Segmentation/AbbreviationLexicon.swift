/// Words that end with a period without ending the sentence, by how they behave.
enum AbbreviationLexicon {
    /// Titles before a name: a period after them never ends a sentence ("Mr. Kim").
    static let titles = WordSet([
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Reps", "Sens", "St", "Gen", "Col",
        "Lt", "Capt", "Sgt", "Maj", "Cpl", "Pvt", "Adm", "Cmdr", "Rev", "Hon", "Pres", "Supt", "Insp",
        "Det", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Fr", "Sr", "Sra", "Gens",
    ], caseInsensitive: false)

    /// Month short forms: no sentence end before a day number ("Jan. 20").
    static let months = WordSet([
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ], caseInsensitive: false)

    /// Abbreviations that precede a number ("No. 10", "Vol. 2").
    static let beforeNumbers = WordSet(["No", "Nos", "Vol", "pp", "p", "Fig", "Art", "Ch", "Sec", "Op"], caseInsensitive: false)

    /// Abbreviations that never end a sentence ("e.g.", "i.e.", "cf.", "vs.").
    static let neverFinal = WordSet(["e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "incl", "esp"], caseInsensitive: true)

    /// Abbreviations that end a sentence only when a typical sentence opener follows
    /// ("in the U.S. The talks…" against "the U.S. State Department").
    static let ambiguous = WordSet(["etc", "Inc", "Ltd", "Corp", "Co", "Jr", "Bros", "Dept", "Univ", "Ave", "Blvd"], caseInsensitive: false)

    /// US state short forms of news style, after a place and a comma ("SANTA ROSA, Calif. —",
    /// "in Tulsa, Okla., police said"): they end a sentence only before a typical opener.
    /// (The dotted ones, "N.Y.", are dotted abbreviations already.)
    static let states = WordSet([
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash",
        "Wis", "Wyo",
    ], caseInsensitive: false)

    /// Capitalised words that typically open a sentence, used to decide ambiguous periods.
    static let sentenceOpeners = WordSet([
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
        "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "However", "Meanwhile",
        "Mr", "Mrs", "Ms", "Dr", "Now", "Then", "Later", "Earlier", "Still", "Also", "For", "With", "What",
        "Why", "How", "Who", "Where", "Some", "Many", "Most", "No", "Not", "One", "Two", "Last", "Next",
    ], caseInsensitive: false)

    /// Length in bytes of the longest title, month, number or never-final abbreviation: a
    /// longer word before a period is none of them.
    static let longest = [titles, months, beforeNumbers, neverFinal, ambiguous, states]
        .flatMap(\.members).map(\.count).max() ?? 0
}
