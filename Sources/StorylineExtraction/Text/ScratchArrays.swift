extension Array {
    /// Empties a scratch buffer reused from sentence to sentence, keeping its capacity. One
    /// left empty by the last sentence (most of them) is not touched: the library's general
    /// removal path costs a call even for nothing.
    @inline(__always)
    mutating func clearKeepingCapacity() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
