import StorylineModel

extension Story {
    /// The label of document `index` ("?" when the index is out of range, so a bad
    /// reference in the model never crashes the browser).
    public func documentLabel(_ index: Int) -> String {
        documents.indices.contains(index) ? documents[index].label : "?"
    }
}
