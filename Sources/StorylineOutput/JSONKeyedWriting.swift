/// The key order of JSONEncoder's `.sortedKeys` on this platform: plain UTF-8 byte order
/// ("Ab" < "a10" < "a2" < "aB" < "a_b" < "ab"), found by experiment; `JSONKeyOrderTests` checks it.
enum JSONKeyOrder {
    /// Whether key `a` comes before key `b`.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

extension CaseIterable where Self: CodingKey {
    /// Every key in the order JSONEncoder's `.sortedKeys` writes them.
    static var sortedCases: [Self] {
        allCases.sorted { JSONKeyOrder.precedes($0.stringValue, $1.stringValue) }
    }
}

extension JSONStreamWriter {
    /// Writes one object whose fields `writeField` writes, called once per key in sorted order.
    mutating func object<Key: CodingKey & CaseIterable>(
        _ keys: Key.Type, _ writeField: (inout Self, Key) throws -> Void
    ) throws {
        try beginObject()
        for key in Key.sortedCases { try writeField(&self, key) }
        try endObject()
    }

    /// Writes an array with one object per element, whose fields `writeField` writes, called
    /// once per element and key, keys in sorted order.
    mutating func objects<Element, Key: CodingKey & CaseIterable>(
        _ elements: some Sequence<Element>, _ keys: Key.Type, _ writeField: (inout Self, Element, Key) throws -> Void
    ) throws {
        let sorted = Key.sortedCases
        try beginArray()
        for element in elements {
            try beginObject()
            for key in sorted { try writeField(&self, element, key) }
            try endObject()
        }
        try endArray()
    }

    /// Writes `key` and a string value; nothing at all when `value` is nil, as JSONEncoder omits nil optionals.
    mutating func field(_ key: some CodingKey, _ value: String?) throws {
        guard let value else { return }
        try self.key(key.stringValue)
        try string(value)
    }

    /// Writes `key` and an integer value.
    mutating func field(_ key: some CodingKey, _ value: Int) throws {
        try self.key(key.stringValue)
        try integer(value)
    }

    /// Writes `key` and a boolean value.
    mutating func field(_ key: some CodingKey, _ value: Bool) throws {
        try self.key(key.stringValue)
        try boolean(value)
    }

    /// Writes `key` and an array of strings.
    mutating func field(_ key: some CodingKey, _ values: [String]) throws {
        try self.key(key.stringValue)
        try strings(values)
    }

    /// Writes `key` and an array of integers.
    mutating func field(_ key: some CodingKey, _ values: [Int]) throws {
        try self.key(key.stringValue)
        try integers(values)
    }
}
