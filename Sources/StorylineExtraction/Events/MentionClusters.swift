/// Mention indices grouped into clusters, in one flat list: a corpus has hundreds of
/// thousands of clusters, and an array each would cost an allocation and its header apiece.
struct MentionClusters: Sendable, RandomAccessCollection {
    /// Members of every cluster, cluster after cluster, each in mention order (32 bits: this
    /// list is alive while the events are assembled, the peak of memory).
    private var members: [Int32]
    /// Where each cluster's members begin in `members`, then the end.
    private var starts: [Int32]

    /// Clusters of the mentions `0..<count` by the representative `root(i)` gives each,
    /// ordered by their first mention.
    init(count: Int, root: (Int) -> Int) {
        // Cluster slot per root (an array, not a dictionary: roots are mention indices).
        var slotOfRoot = [Int32](repeating: -1, count: count)
        var sizes: [Int32] = []
        for i in 0..<count {
            let r = root(i)
            if slotOfRoot[r] < 0 {
                slotOfRoot[r] = Int32(truncatingIfNeeded: sizes.count)
                sizes.append(0)
            }
            sizes[Int(slotOfRoot[r])] += 1
        }
        var starts = [Int32](repeating: 0, count: sizes.count + 1)
        for c in sizes.indices { starts[c + 1] = starts[c] + sizes[c] }
        sizes = []
        var fill = starts
        var members = [Int32](repeating: 0, count: count)
        for i in 0..<count {
            let slot = Int(slotOfRoot[root(i)])
            members[Int(fill[slot])] = Int32(truncatingIfNeeded: i)
            fill[slot] += 1
        }
        self.members = members
        self.starts = starts
    }

    /// The first cluster.
    var startIndex: Int { 0 }
    /// One past the last cluster.
    var endIndex: Int { starts.count - 1 }

    /// The members of cluster `c`, in mention order.
    subscript(c: Int) -> ClusterMembers { ClusterMembers(stored: members[Int(starts[c])..<Int(starts[c + 1])]) }
}

/// The members of one cluster, in mention order, indexed as the slice they are stored in.
struct ClusterMembers: RandomAccessCollection, Sendable {
    /// The mention indices.
    let stored: ArraySlice<Int32>

    /// Members stored in a cluster list.
    init(stored: ArraySlice<Int32>) { self.stored = stored }

    /// The members `mentions`, gathered outside any cluster list.
    init(_ mentions: some Sequence<Int>) { stored = ArraySlice(mentions.map { Int32(truncatingIfNeeded: $0) }) }

    /// The first position.
    var startIndex: Int { stored.startIndex }
    /// One past the last position.
    var endIndex: Int { stored.endIndex }
    /// The mention index at `position`.
    subscript(position: Int) -> Int { Int(stored[position]) }
}
