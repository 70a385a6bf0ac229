/// One outlet's house style: the surface choices that differ between publishers.
struct ArticleStyle: Sendable {
    /// Curly quotes (“ ”) instead of straight ones.
    var curlyQuotes: Bool
    /// A blank line between paragraphs (else one line per paragraph).
    var blankLines: Bool
    /// "Mr." with a period (American) instead of "Mr".
    var honorificPeriod: Bool
    /// "Sept. 3" instead of "September 3".
    var abbreviatedMonths: Bool
    /// "3 March" instead of "March 3".
    var dayFirst: Bool
    /// Small numbers spelled out ("five missiles").
    var numbersAsWords: Bool

    init(random: inout SplitMix64) {
        curlyQuotes = random.chance(40)
        blankLines = random.chance(50)
        honorificPeriod = random.chance(50)
        abbreviatedMonths = random.chance(30)
        dayFirst = random.chance(50)
        numbersAsWords = random.chance(50)
    }

    /// Opening and closing double quote marks.
    var quoteMarks: (open: String, close: String) { curlyQuotes ? ("\u{201C}", "\u{201D}") : ("\"", "\"") }

    /// The paragraph separator.
    var paragraphBreak: String { blankLines ? "\n\n" : "\n" }
}
