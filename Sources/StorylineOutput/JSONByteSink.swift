#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `JSONStreamWriter` sends each full chunk of bytes.
public protocol JSONByteSink {
    /// Takes `bytes` in full, or throws.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws
}

/// A sink that keeps every byte in memory (for tests and small documents).
public struct JSONByteArraySink: JSONByteSink, Sendable {
    /// Every byte written so far.
    public var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    /// Appends `bytes`.
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        self.bytes.append(contentsOf: bytes)
    }
}

/// A sink that writes to an open file descriptor with `write(2)`.
public struct JSONFileDescriptorSink: JSONByteSink, Sendable {
    /// The descriptor written to (not closed by the sink).
    public let descriptor: Int32

    /// A sink writing to `descriptor`; standard output by default.
    public init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    /// Writes all of `bytes`, retrying short writes and interruptions.
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw JSONWriteError(code: errno)
            }
            next += written
            left -= written
        }
    }
}

/// The C library's `write`, named apart from the sink's own method.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// Writing JSON out failed with the system error `code`.
public struct JSONWriteError: Error, Sendable, CustomStringConvertible {
    /// The `errno` value.
    public let code: Int32

    /// Whether the reader went away (a closed pipe, as after `| head`).
    public var isClosedPipe: Bool { code == EPIPE }

    /// The system's message for the error.
    public var description: String { String(cString: strerror(code)) }
}
