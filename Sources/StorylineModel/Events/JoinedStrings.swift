/// A list of strings kept as one string: an event's few short trigger words then cost no
/// array allocation, and usually none at all (a string of up to 15 bytes is stored inline).
///
/// Each element is followed by U+001F; a U+001E or U+001F inside an element is preceded by
/// U+001E. Reading the list splits the string, so it suits lists written once and read
/// rarely. Encodes as a plain array of strings, so types using it keep their JSON shape.
@propertyWrapper
public struct JoinedStrings: Hashable, Sendable, Codable {
    /// The elements, each followed by the terminator.
    private var joined: String

    /// Ends an element.
    private static var terminator: UInt8 { 0x1F }
    /// Makes the next byte part of the element.
    private static var escape: UInt8 { 0x1E }

    public init(wrappedValue: [String]) {
        joined = Self.join(wrappedValue)
    }

    /// The list.
    public var wrappedValue: [String] {
        get { Self.split(joined) }
        set { joined = Self.join(newValue) }
    }

    /// `list` as one string.
    static func join(_ list: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(list.reduce(list.count) { $0 + $1.utf8.count })
        for element in list {
            for byte in element.utf8 {
                if byte == terminator || byte == escape { bytes.append(escape) }
                bytes.append(byte)
            }
            bytes.append(terminator)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The list `joined` holds.
    static func split(_ joined: String) -> [String] {
        var list: [String] = []
        var element: [UInt8] = []
        var escaped = false
        for byte in joined.utf8 {
            if escaped {
                element.append(byte)
                escaped = false
            } else if byte == escape {
                escaped = true
            } else if byte == terminator {
                list.append(String(decoding: element, as: UTF8.self))
                element.removeAll(keepingCapacity: true)
            } else {
                element.append(byte)
            }
        }
        return list
    }

    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try decoder.singleValueContainer().decode([String].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}
