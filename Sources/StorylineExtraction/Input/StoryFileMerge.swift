import StorylineModel

extension StoryFile {
    /// This file with `other` merged in: the first name and article facts win, references
    /// and actors are added (an actor named twice keeps one entry with all aliases and terms).
    func merged(with other: StoryFile) -> StoryFile {
        var result = self
        if result.name == nil { result.name = other.name }
        for (key, info) in other.articles where result.articles[key] == nil {
            result.articles[key] = info
        }
        for reference in other.references where !result.references.contains(reference) {
            result.references.append(reference)
        }
        for actor in other.actors {
            if let index = result.actors.firstIndex(where: { $0.name.lowercased() == actor.name.lowercased() }) {
                for alias in actor.aliases where !result.actors[index].aliases.contains(alias) {
                    result.actors[index].aliases.append(alias)
                }
                for term in actor.terms where !result.actors[index].terms.contains(term) {
                    result.actors[index].terms.append(term)
                }
            } else {
                result.actors.append(actor)
            }
        }
        return result
    }
}
