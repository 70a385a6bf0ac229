/// A lexicon word with what the tokenizer's screening asks of it worked out once, when the
/// table is built, rather than by three switches at every occurrence.
struct ScreenedTimeWord: Sendable {
    /// The word's meaning.
    let word: TimeWord
    /// `TimeWord.anchorsTime`.
    let anchorsTime: Bool
    /// `TimeWord.relatesToReference`.
    let relatesToReference: Bool
    /// `TimeWord.canStartExpression`.
    let canStartExpression: Bool

    /// `word` with its screening answers.
    init(_ word: TimeWord) {
        self.word = word
        anchorsTime = word.anchorsTime
        relatesToReference = word.relatesToReference
        canStartExpression = word.canStartExpression
    }
}
