/// Each mention's rarest content stems, picked once for every pass of the rare-word keys:
/// picking reads each stem's count, the dearest part of making the keys. A pick is kept as
/// its place in the mention's stem list, in one byte.
struct RareStemPicks: Sendable {
    /// `limit` places per mention, `none` after its last pick; `again` first when a pick lies
    /// too far down a long stem list to be kept (that mention is picked again when read).
    private var places: [UInt8]
    /// Most picks per mention.
    let limit: Int
    /// How many pairs of picks all the mentions have (the keys they make).
    private(set) var pairs = 0

    /// No pick in this place.
    static let none = UInt8.max
    /// The mention's picks are made again when read.
    static let again = UInt8.max - 1

    /// The picks of every mention of `mentions`, counted in `byStem`; `scratch` is reused.
    init(_ mentions: MentionView, limit: Int, byStem: Postings, scratch: inout [(count: Int, stem: UInt64)]) {
        self.limit = max(0, limit)
        places = [UInt8](repeating: Self.none, count: mentions.count * self.limit)
        for i in mentions.indices {
            let stems = mentions[i].stems
            Self.pick(stems, limit: self.limit, byStem: byStem, into: &scratch)
            pairs += scratch.count * (scratch.count - 1) / 2
            for (slot, picked) in scratch.enumerated() {
                guard let place = stems.firstIndex(of: picked.stem), place < Int(Self.again) else {
                    places[i * self.limit] = Self.again
                    break
                }
                places[i * self.limit + slot] = UInt8(place)
            }
        }
    }

    /// The rarest `limit` stems of `stems` that more than one mention holds, into `best`.
    static func pick(_ stems: HashList, limit: Int, byStem: Postings, into best: inout [(count: Int, stem: UInt64)]) {
        Rarest.select(stems, limit: limit, into: &best) { stem in
            let count = byStem.count(of: stem)
            return count > 1 ? count : nil
        }
    }

    /// The stems picked for mention `i`, into `stems` (emptied first).
    func stems(
        of i: Int, _ mentions: MentionView, byStem: Postings, into stems: inout [UInt64], scratch: inout [(count: Int, stem: UInt64)]
    ) {
        stems.removeAll(keepingCapacity: true)
        let list = mentions[i].stems
        guard limit > 0 else { return }
        if places[i * limit] == Self.again {
            Self.pick(list, limit: limit, byStem: byStem, into: &scratch)
            stems.append(contentsOf: scratch.lazy.map(\.stem))
            return
        }
        for slot in 0..<limit {
            let place = places[i * limit + slot]
            guard place != Self.none else { break }
            stems.append(list[Int(place)])
        }
    }
}
