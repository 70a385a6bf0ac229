extension Array {
    /// Reallocates to hold exactly `count` elements when appending left much spare capacity.
    mutating func shrinkToFit() {
        guard capacity - count > 1024 else { return }
        self = withUnsafeBufferPointer { Array($0) }
    }
}
