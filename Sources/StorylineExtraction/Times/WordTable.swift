/// Words mapped to values, looked up by their bytes (ASCII case ignored) without building Strings.
struct WordTable<Value: Sendable>: Sendable {
    private var buckets: [UInt64: [(key: [UInt8], value: Value)]] = [:]

    /// Builds the table; keys are lower-cased, and ’ in a key also matches '.
    init(_ entries: [(String, Value)]) {
        for (word, value) in entries {
            let key = word.lowercased().utf8.map { $0 }
            buckets[Self.hash(key[...]), default: []].append((key, value))
        }
    }

    /// The value for `bytes[start..<end]`, if the word is in the table.
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        guard start >= 0, end <= bytes.count, start < end, end - start <= 24 else { return nil }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end { key = (key ^ UInt64(ByteClass.lower(bytes[index]))) &* 0x100_0000_01b3 }
        guard let candidates = buckets[key] else { return nil }
        for candidate in candidates where candidate.key.count == end - start {
            var same = true
            for offset in 0..<candidate.key.count where ByteClass.lower(bytes[start + offset]) != candidate.key[offset] {
                same = false
                break
            }
            if same { return candidate.value }
        }
        return nil
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}
