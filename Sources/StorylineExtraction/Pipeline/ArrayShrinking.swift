extension Array {
    /// Reallocates to hold exactly `count` elements when appending left more than
    /// `minimumSpare` unused slots (a copy costs less than the memory it frees then).
    mutating func shrinkToFit(minimumSpare: Int = 1024) {
        guard capacity - count > minimumSpare else { return }
        self = withUnsafeBufferPointer { Array($0) }
    }
}
