/// The variable-size fields of events (titles, derivations, triggers, actors, evidence,
/// quotes) as bytes in one fixed-size buffer that many events share: an event then costs no
/// heap object of its own, where five strings and arrays would cost ~300 bytes.
///
/// Append-only: a writer adds bytes past `count` and hands out their offsets; bytes below an
/// offset handed out are never written again. An event reads only bytes written before it was
/// made, so events may cross threads while their writer goes on appending (the one mutable
/// part, `count`, is touched by the writer alone).
final class EventPayload: @unchecked Sendable {
    /// The bytes (`capacity` allocated, `count` written).
    private let base: UnsafeMutablePointer<UInt8>
    /// Bytes allocated.
    let capacity: Int
    /// Bytes written so far.
    private(set) var count = 0
    /// What coded derivations name (nil: every derivation is plain text).
    let sources: DerivationSources?

    /// An empty buffer of `capacity` bytes, its derivations naming `sources`.
    init(capacity: Int, sources: DerivationSources? = nil) {
        self.capacity = max(capacity, 1)
        self.sources = sources
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Room left.
    var free: Int { capacity - count }

    /// Appends `bytes` (which must fit) and returns where they start.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let offset = count
        if let source = bytes.baseAddress, bytes.count <= free {
            (base + offset).update(from: source, count: bytes.count)
            count += bytes.count
        }
        return UInt32(truncatingIfNeeded: offset)
    }

    /// Whether the bytes at `offset` start with `bytes`.
    func holds(_ bytes: UnsafeBufferPointer<UInt8>, at offset: UInt32) -> Bool {
        let start = Int(offset)
        guard start + bytes.count <= count else { return false }
        return UnsafeBufferPointer(start: base + start, count: bytes.count).elementsEqual(bytes)
    }

    /// A reader positioned at `offset`.
    func reader(at offset: UInt32) -> PayloadReader {
        PayloadReader(bytes: UnsafeBufferPointer(start: base, count: count), position: Int(offset))
    }

    /// The string written at `offset` by `PayloadEncoding.appendString`.
    func string(at offset: UInt32) -> String {
        var reader = reader(at: offset)
        return reader.string()
    }

    /// The derivation written at `offset` by `PayloadEncoding.appendDerivation`.
    func derivation(at offset: UInt32) -> String {
        var reader = reader(at: offset)
        guard reader.varint() == PayloadEncoding.codedDerivation else { return reader.string() }
        let count = reader.count()
        let parts = (0..<count).map { _ -> DerivationPart in
            let code = reader.signed()
            switch code & 3 {
            case PayloadEncoding.conflictsTag: return .conflicts
            case PayloadEncoding.textTag: return .text(reader.string())
            default: return .time(code >> 2)
            }
        }
        return DerivationText.render(parts, sources: sources)
    }
}

/// Reads varints and strings from a payload (out-of-range reads give zeros and empty
/// strings: a payload is only read where it was written, but nothing may crash).
struct PayloadReader {
    /// The written bytes (valid while the payload is alive).
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next read starts.
    var position: Int

    /// The next unsigned LEB128 value.
    mutating func varint() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if shift < 64 { value |= UInt64(byte & 0x7F) << shift }
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }

    /// The next zigzag-coded signed value.
    mutating func signed() -> Int {
        let raw = varint()
        return Int(bitPattern: UInt(raw >> 1)) ^ -Int(bitPattern: UInt(raw & 1))
    }

    /// A count (clamped to what the rest of the bytes could hold, so a bad count stays cheap).
    mutating func count() -> Int {
        Int(min(varint(), UInt64(bytes.count - min(position, bytes.count))))
    }

    /// The next length-prefixed string.
    mutating func string() -> String {
        let length = count()
        let start = min(position, bytes.count)
        position = start + length
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]), as: UTF8.self)
    }
}

/// How event fields are written as bytes: unsigned LEB128 varints, zigzag for signed values,
/// strings as their UTF-8 length and bytes. The encoding of a value is unique, so equal
/// lists have equal bytes.
enum PayloadEncoding {
    /// Appends `value` as an unsigned LEB128 varint.
    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: rest))
    }

    /// Appends `value` zigzag-coded (small magnitudes, either sign, in few bytes).
    static func appendSigned(_ value: Int, to bytes: inout [UInt8]) {
        let zigzag = (UInt64(bitPattern: Int64(value)) << 1) ^ UInt64(bitPattern: Int64(value >> 63))
        appendVarint(zigzag, to: &bytes)
    }

    /// A derivation written as text.
    static let plainDerivation: UInt64 = 0
    /// A derivation written as the sources it names.
    static let codedDerivation: UInt64 = 1
    /// Low bits of a coded derivation's part: the left-out marker, a text, a time id.
    static let conflictsTag = 0, textTag = 1, timeTag = 2

    /// Appends a derivation: its text, or when `parts` are given, the sources it names.
    static func appendDerivation(_ text: String, parts: [DerivationPart]?, to bytes: inout [UInt8]) {
        guard let parts else {
            appendVarint(plainDerivation, to: &bytes)
            appendString(text, to: &bytes)
            return
        }
        appendVarint(codedDerivation, to: &bytes)
        appendVarint(UInt64(parts.count), to: &bytes)
        for part in parts {
            switch part {
            case .conflicts:
                appendSigned(conflictsTag, to: &bytes)
            case .text(let source):
                appendSigned(textTag, to: &bytes)
                appendString(source, to: &bytes)
            case .time(let id):
                appendSigned(id << 2 | timeTag, to: &bytes)
            }
        }
    }

    /// Appends `string` as its byte count and UTF-8 bytes.
    static func appendString(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { utf8 in
            appendVarint(UInt64(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }
}
