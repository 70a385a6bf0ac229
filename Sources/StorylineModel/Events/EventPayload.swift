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

    /// Writes through `body` (at most `bound` bytes) past the bytes written, keeps what it
    /// wrote and returns where that starts. A `bound` beyond the room left writes nothing.
    func write(bound: Int, _ body: (inout PayloadCursor) -> Void) -> UInt32 {
        let start = count
        if bound <= free {
            var cursor = PayloadCursor(base: base, position: start, end: start + bound)
            body(&cursor)
            count = cursor.position
        }
        return UInt32(truncatingIfNeeded: start)
    }

    /// Drops the bytes written from `offset` on (the writer's last write, not yet handed out).
    func truncate(to offset: UInt32) {
        count = min(count, Int(offset))
    }

    /// The bytes written from `offset` on.
    func written(from offset: UInt32) -> UnsafeBufferPointer<UInt8> {
        let start = min(Int(offset), count)
        return UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Whether the bytes at `offset` start with `bytes`.
    func holds(_ bytes: UnsafeBufferPointer<UInt8>, at offset: UInt32) -> Bool {
        let start = Int(offset)
        guard start + bytes.count <= count else { return false }
        return PayloadBytes.equal(UnsafeBufferPointer(start: base + start, count: bytes.count), bytes)
    }

    /// A reader positioned at `offset`.
    func reader(at offset: UInt32) -> PayloadReader {
        PayloadReader(bytes: UnsafeBufferPointer(start: base, count: count), position: Int(offset))
    }

    /// The string written at `offset` by `PayloadCursor.string`.
    func string(at offset: UInt32) -> String {
        var reader = reader(at: offset)
        return reader.string()
    }

    /// The derivation written at `offset` by `PayloadCursor.derivation`.
    func derivation(at offset: UInt32) -> String {
        var reader = reader(at: offset)
        guard reader.varint() == PayloadCursor.codedDerivation else { return reader.string() }
        let count = reader.count()
        let parts = (0..<count).map { _ -> DerivationPart in
            let code = reader.signed()
            switch code & 3 {
            case PayloadCursor.conflictsTag: return .conflicts
            case PayloadCursor.textTag: return .text(reader.string())
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

/// Writes event fields into a payload's free bytes: unsigned LEB128 varints, zigzag for
/// signed values, strings as their UTF-8 length and bytes. The encoding of a value is
/// unique, so equal lists have equal bytes. Writes stop at `end` (never past the room the
/// writer asked for).
struct PayloadCursor {
    /// The payload's bytes.
    let base: UnsafeMutablePointer<UInt8>
    /// Where the next byte goes.
    var position: Int
    /// One past the last byte that may be written.
    let end: Int

    /// Most bytes a varint takes.
    static let varintBound = 10

    /// Writes `value` as an unsigned LEB128 varint.
    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 && position < end {
            base[position] = UInt8(truncatingIfNeeded: rest) | 0x80
            position += 1
            rest >>= 7
        }
        guard position < end else { return }
        base[position] = UInt8(truncatingIfNeeded: rest)
        position += 1
    }

    /// Writes `value` zigzag-coded (small magnitudes, either sign, in few bytes).
    mutating func signed(_ value: Int) {
        varint((UInt64(bitPattern: Int64(value)) << 1) ^ UInt64(bitPattern: Int64(value >> 63)))
    }

    /// Writes `string` as its byte count and UTF-8 bytes.
    mutating func string(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            guard let source = utf8.baseAddress, utf8.count <= end - position else { return }
            (base + position).update(from: source, count: utf8.count)
            position += utf8.count
        }
    }

    /// Room a string needs at most.
    static func bound(_ string: String) -> Int { string.utf8.count + varintBound }

    /// A derivation written as text.
    static let plainDerivation: UInt64 = 0
    /// A derivation written as the sources it names.
    static let codedDerivation: UInt64 = 1
    /// Low bits of a coded derivation's part: the left-out marker, a text, a time id.
    static let conflictsTag = 0, textTag = 1, timeTag = 2

    /// Room `derivation` needs at most.
    static func bound(derivation text: String, parts: [DerivationPart]?) -> Int {
        guard let parts else { return varintBound + bound(text) }
        return parts.reduce(2 * varintBound) { room, part in
            if case .text(let source) = part { return room + varintBound + bound(source) }
            return room + varintBound
        }
    }

    /// Writes a derivation: its text, or when `parts` are given, the sources it names.
    mutating func derivation(_ text: String, parts: [DerivationPart]?) {
        guard let parts else {
            varint(Self.plainDerivation)
            string(text)
            return
        }
        varint(Self.codedDerivation)
        varint(UInt64(parts.count))
        for part in parts {
            switch part {
            case .conflicts:
                signed(Self.conflictsTag)
            case .text(let source):
                signed(Self.textTag)
                string(source)
            case .time(let id):
                signed(id << 2 | Self.timeTag)
            }
        }
    }
}
