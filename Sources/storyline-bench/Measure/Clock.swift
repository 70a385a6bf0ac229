import CHeapStats

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic wall-clock time, for measuring intervals.
enum Clock {
    /// Seconds since an arbitrary fixed point.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let value = try body()
        return (value, now() - start)
    }
}

extension Clock {
    /// Runs `body` and returns its result with the CPU seconds this process spent meanwhile.
    static func cpuTime<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = ResourceUse.cpuSeconds()
        let value = try body()
        return (value, ResourceUse.cpuSeconds() - start)
    }
}

/// This process's resource use.
enum ResourceUse {
    /// Peak resident set size so far, in bytes (ru_maxrss is in kilobytes on Linux).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }

    /// Resident set size now, in bytes (Linux /proc/self/statm; 0 where unavailable).
    static func residentBytes() -> Int {
        guard let file = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        // "size resident shared …" in pages: the second number.
        let fields = buffer[0..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Bytes the allocator has handed out and not had back (glibc `mallinfo2`; 0 elsewhere):
    /// live data, without the freed pages `malloc` keeps mapped, which resident figures include.
    static func liveHeapBytes() -> Int {
        Int(storyline_live_heap_bytes())
    }

    /// CPU seconds (user + system) used so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// Number formatting for reports (no Foundation needed).
enum Figures {
    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int = 2) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded) - whole * Int(scale)
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard digits > 0 else { return "\(sign)\(whole)" }
        let padded = String(fraction)
        return "\(sign)\(whole).\(String(repeating: "0", count: max(0, digits - padded.count)))\(padded)"
    }

    /// Bytes as MB (10^6), two decimals.
    static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6) }

    /// Seconds as milliseconds, with `digits` decimals.
    static func milliseconds(_ seconds: Double, _ digits: Int = 1) -> String { fixed(seconds * 1000, digits) }
}
