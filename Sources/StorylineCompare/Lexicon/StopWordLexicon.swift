/// Function words that say nothing about what a sentence reports (ignored for alignment).
enum StopWordLexicon {
    /// Lower-case function words of English news text.
    static let words: [String] = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "both", "either", "neither",
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "over", "under",
        "about", "as", "than", "then", "that", "this", "these", "those", "there", "here", "which",
        "who", "whom", "whose", "what", "when", "where", "while", "whether", "if", "because",
        "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs",
        "we", "us", "our", "ours", "you", "your", "i", "me", "my", "one's", "itself", "himself", "herself",
        "themselves", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "having", "do", "does", "did", "done", "also", "just", "only", "even", "very", "too", "well",
        "such", "any", "some", "all", "each", "every", "other", "another", "more", "most", "much",
        "many", "own", "same", "so-called", "mr", "mrs", "ms", "dr", "toward", "towards", "upon",
        "through", "between", "among", "against", "during", "without", "within", "up", "down", "out",
        "off", "again", "further", "once", "how", "why", "not", "no", "never", "will", "would", "may",
        "might", "must", "could", "can", "should", "shall", "instead", "however", "although", "though",
        "after", "before", "since", "until", "far", "now", "still", "already", "way",
    ]

    /// Hashes of `words`.
    static let hashes = KeyTable(keys: words.map(ByteHash.word))
}
