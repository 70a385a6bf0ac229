/// An unstable sort in place (introsort: quicksort, insertion sort for short runs, heapsort
/// when partitions go badly), for large arrays of plain values whose equal elements are
/// indistinguishable: the standard sort is stable and allocates a buffer of half the array.
enum InPlaceSort {
    /// Sorts `values` in ascending order (specialised and inlined per element type, unlike a
    /// comparison closure).
    static func sort<T: Comparable>(_ values: inout [T], depthLimit: Int? = nil) {
        sort(&values, depthLimit: depthLimit, by: <)
    }

    /// Sorts `values` by `less`; `depthLimit` (default: twice the log of the count) is how
    /// many partitions deep quicksort may go before heapsort takes over.
    @inline(__always)
    static func sort<T>(_ values: inout [T], depthLimit: Int? = nil, by less: (T, T) -> Bool) {
        values.withUnsafeMutableBufferPointer { buffer in
            guard buffer.count > 1 else { return }
            var depth = 0
            var n = buffer.count
            while n > 1 {
                depth += 2
                n >>= 1
            }
            introsort(buffer, 0, buffer.count, depthLimit: depthLimit ?? depth, less)
        }
    }

    /// Sorts `values` ascending, first spreading them in place into 256 buckets by
    /// `bucket(value)` (which must grow with the order: a value's first byte, say), then
    /// sorting each bucket: small buckets sort within the cache. The same result as `sort`.
    static func sort<T: Comparable>(_ values: inout [T], bucket: (T) -> UInt8) {
        values.withUnsafeMutableBufferPointer { a in
            guard a.count > 1 else { return }
            var starts = [Int](repeating: 0, count: 257)
            for value in a { starts[Int(bucket(value)) + 1] += 1 }
            for b in 0..<256 { starts[b + 1] += starts[b] }
            // American flag sort: each misplaced value is swapped to the next free place of
            // its bucket until the place being filled gets a value of its own bucket.
            var next = starts
            for b in 0..<256 {
                while next[b] < starts[b + 1] {
                    var value = a[next[b]]
                    var home = Int(bucket(value))
                    while home != b {
                        swap(&value, &a[next[home]])
                        next[home] += 1
                        home = Int(bucket(value))
                    }
                    a[next[b]] = value
                    next[b] += 1
                }
            }
            for b in 0..<256 where starts[b + 1] - starts[b] > 1 {
                let count = starts[b + 1] - starts[b]
                var depth = 0
                var n = count
                while n > 1 {
                    depth += 2
                    n >>= 1
                }
                introsort(a, starts[b], starts[b + 1], depthLimit: depth, <)
            }
        }
    }

    private static func introsort<T>(
        _ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int, depthLimit: Int, _ less: (T, T) -> Bool
    ) {
        var low = low, high = high, depth = depthLimit
        while high - low > 16 {
            if depth == 0 {
                heapsort(a, low, high, less)
                return
            }
            depth -= 1
            let p = partition(a, low, high, less)
            // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
            if p - low < high - p - 1 {
                introsort(a, low, p, depthLimit: depth, less)
                low = p + 1
            } else {
                introsort(a, p + 1, high, depthLimit: depth, less)
                high = p
            }
        }
        insertionSort(a, low, high, less)
    }

    /// Partitions `a[low..<high]` around the median of three; returns the pivot's final place.
    private static func partition<T>(_ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int, _ less: (T, T) -> Bool) -> Int {
        let mid = low + (high - low) / 2
        let last = high - 1
        if less(a[mid], a[low]) { a.swapAt(mid, low) }
        if less(a[last], a[low]) { a.swapAt(last, low) }
        if less(a[last], a[mid]) { a.swapAt(last, mid) }
        // The median goes to the end, and the pivot is compared by value.
        a.swapAt(mid, last)
        let pivot = a[last]
        var store = low
        for i in low..<last where less(a[i], pivot) {
            a.swapAt(i, store)
            store += 1
        }
        a.swapAt(store, last)
        return store
    }

    private static func insertionSort<T>(_ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int, _ less: (T, T) -> Bool) {
        guard high - low > 1 else { return }
        for i in (low + 1)..<high {
            let value = a[i]
            var j = i
            while j > low && less(value, a[j - 1]) {
                a[j] = a[j - 1]
                j -= 1
            }
            a[j] = value
        }
    }

    private static func heapsort<T>(_ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int, _ less: (T, T) -> Bool) {
        let count = high - low
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && less(a[low + child], a[low + child + 1]) { child += 1 }
                guard less(a[low + root], a[low + child]) else { return }
                a.swapAt(low + root, low + child)
                root = child
            }
        }
        var start = count / 2 - 1
        while start >= 0 {
            siftDown(start, count)
            start -= 1
        }
        var end = count - 1
        while end > 0 {
            a.swapAt(low, low + end)
            siftDown(0, end)
            end -= 1
        }
    }
}
