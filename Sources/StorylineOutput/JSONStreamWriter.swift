/// Writes pretty-printed JSON byte for byte as `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, in chunks to a sink.
///
/// The caller writes keys in sorted order; the writer adds commas, line breaks and indentation.
public struct JSONStreamWriter<Sink: JSONByteSink> {
    /// Where full chunks go.
    public private(set) var sink: Sink
    /// Bytes not yet handed to the sink (reused: never shrinks).
    private var buffer: [UInt8] = []
    /// Buffered bytes that trigger a flush.
    private let chunkSize: Int
    /// Containers open around the next value.
    private var depth = 0
    /// Whether the innermost open container has no element yet.
    private var isEmpty = true
    /// Whether a key was just written, so the value follows on the same line.
    private var afterKey = false

    /// A writer sending chunks of about `chunkSize` bytes to `sink`.
    public init(sink: Sink, chunkSize: Int = 64 * 1024) {
        self.sink = sink
        self.chunkSize = max(chunkSize, 1)
        buffer.reserveCapacity(self.chunkSize + 1024)
    }

    /// Opens an object (`{`).
    public mutating func beginObject() throws {
        try beginContainer(JSONByte.openBrace)
    }

    /// Closes the innermost object (`}`).
    public mutating func endObject() throws {
        try endContainer(JSONByte.closeBrace)
    }

    /// Opens an array (`[`).
    public mutating func beginArray() throws {
        try beginContainer(JSONByte.openBracket)
    }

    /// Closes the innermost array (`]`).
    public mutating func endArray() throws {
        try endContainer(JSONByte.closeBracket)
    }

    /// Writes an object key; the next value is its value.
    public mutating func key(_ name: String) throws {
        try startElement()
        appendString(name)
        buffer.append(contentsOf: JSONByte.keySeparator)
        afterKey = true
    }

    /// Writes a string value.
    public mutating func string(_ value: String) throws {
        try startElement()
        appendString(value)
    }

    /// Writes an integer value.
    public mutating func integer(_ value: Int) throws {
        try startElement()
        appendInteger(value)
    }

    /// Writes `true` or `false`.
    public mutating func boolean(_ value: Bool) throws {
        try startElement()
        buffer.append(contentsOf: value ? JSONByte.trueWord : JSONByte.falseWord)
    }

    /// Writes an array of strings.
    public mutating func strings(_ values: [String]) throws {
        try beginArray()
        for value in values { try string(value) }
        try endArray()
    }

    /// Writes an array of integers.
    public mutating func integers(_ values: [Int]) throws {
        try beginArray()
        for value in values { try integer(value) }
        try endArray()
    }

    /// Writes a line break (as `print` ends the document) and hands every buffered byte to the sink.
    public mutating func finish() throws {
        buffer.append(JSONByte.newline)
        try flush()
    }

    /// Hands every buffered byte to the sink.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Opens a container with `bracket`.
    private mutating func beginContainer(_ bracket: UInt8) throws {
        try startElement()
        buffer.append(bracket)
        depth += 1
        isEmpty = true
    }

    /// Closes a container with `bracket`. JSONEncoder puts an empty container's brackets on
    /// two lines with an empty line between them.
    private mutating func endContainer(_ bracket: UInt8) throws {
        depth = max(depth - 1, 0)
        if isEmpty { buffer.append(JSONByte.newline) }
        newLine()
        buffer.append(bracket)
        // The parent now holds this container, so it is not empty.
        isEmpty = false
        if buffer.count >= chunkSize { try flush() }
    }

    /// What comes before an element: the value of a key, else a comma unless first, a line break and indentation.
    private mutating func startElement() throws {
        if afterKey {
            afterKey = false
            return
        }
        if buffer.count >= chunkSize { try flush() }
        guard depth > 0 else { return }
        if !isEmpty { buffer.append(JSONByte.comma) }
        isEmpty = false
        newLine()
    }

    /// A line break and the indentation of the current depth.
    private mutating func newLine() {
        buffer.append(JSONByte.newline)
        for _ in 0..<(depth * 2) { buffer.append(JSONByte.space) }
    }

    /// Appends `value` in decimal.
    private mutating func appendInteger(_ value: Int) {
        if value < 0 { buffer.append(JSONByte.minus) }
        var magnitude = value.magnitude
        let start = buffer.count
        // Digits come out last first: append them, then reverse them in place.
        repeat {
            buffer.append(JSONByte.zero + UInt8(truncatingIfNeeded: magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        buffer[start...].reverse()
    }

    /// Appends `value` quoted and escaped.
    private mutating func appendString(_ value: String) {
        buffer.append(JSONByte.quote)
        var value = value
        value.withUTF8 { JSONStringEscaper.append($0, to: &buffer) }
        buffer.append(JSONByte.quote)
    }
}

/// The bytes of JSON punctuation and words.
enum JSONByte {
    /// Line feed.
    static let newline = UInt8(ascii: "\n")
    /// Indentation unit (two per level).
    static let space = UInt8(ascii: " ")
    /// Between elements.
    static let comma = UInt8(ascii: ",")
    /// Around strings.
    static let quote = UInt8(ascii: "\"")
    /// Starts an escape.
    static let backslash = UInt8(ascii: "\\")
    /// Before a negative number.
    static let minus = UInt8(ascii: "-")
    /// The first decimal digit.
    static let zero = UInt8(ascii: "0")
    /// Opens an object.
    static let openBrace = UInt8(ascii: "{")
    /// Closes an object.
    static let closeBrace = UInt8(ascii: "}")
    /// Opens an array.
    static let openBracket = UInt8(ascii: "[")
    /// Closes an array.
    static let closeBracket = UInt8(ascii: "]")
    /// Between a key and its value, spaced as JSONEncoder spaces it.
    static let keySeparator: [UInt8] = Array(" : ".utf8)
    /// `true`.
    static let trueWord: [UInt8] = Array("true".utf8)
    /// `false`.
    static let falseWord: [UInt8] = Array("false".utf8)
    /// After the backslash of a `\u00xx` escape.
    static let unicodeEscapePrefix: [UInt8] = Array("u00".utf8)
}

/// A writer is as sendable as its sink.
extension JSONStreamWriter: Sendable where Sink: Sendable {}
