import StorylineModel

/// TIMEX3 values written byte by byte into a small stack buffer: they are at most a few
/// bytes, so the String is stored inline, with none of the allocations that interpolating
/// padded numbers costs.
enum TimexText {
    /// Writes pieces of a value; numbers are padded as `CalendarDay.pad` pads them.
    struct Writer {
        /// Where the bytes go.
        fileprivate let buffer: UnsafeMutableBufferPointer<UInt8>
        /// Bytes written so far.
        fileprivate var count = 0

        /// Appends ASCII `text`.
        mutating func text(_ text: StaticString) {
            text.withUTF8Buffer { bytes in
                for byte in bytes where count < buffer.count {
                    buffer[count] = byte
                    count += 1
                }
            }
        }

        /// Appends the bytes of `string`.
        mutating func text(_ string: String) {
            for byte in string.utf8 where count < buffer.count {
                buffer[count] = byte
                count += 1
            }
        }

        /// Appends `value` in decimal, zero-padded to `width` digits, "-" first when negative.
        mutating func number(_ value: Int, width: Int = 1) {
            if value < 0 { text("-") }
            var magnitude = value.magnitude
            var digits = 1
            var scale: UInt = 1
            while magnitude / scale >= 10 {
                scale *= 10
                digits += 1
            }
            for _ in digits..<max(digits, width) { text("0") }
            while scale > 0, count < buffer.count {
                buffer[count] = UInt8(truncatingIfNeeded: magnitude / scale) + 0x30
                count += 1
                magnitude %= scale
                scale /= 10
            }
        }

        /// Keeps only the first `length` bytes written.
        mutating func truncate(to length: Int) { count = min(count, max(0, length)) }
    }

    /// The value `write` builds.
    static func make(_ write: (inout Writer) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var writer = Writer(buffer: buffer)
            write(&writer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<writer.count]), as: UTF8.self)
        }
    }

    /// "2019-03-14", as `CalendarDay.iso`.
    static func day(_ day: CalendarDay) -> String {
        make { $0.number(day.year, width: 4); $0.text("-"); $0.number(day.month, width: 2); $0.text("-"); $0.number(day.day, width: 2) }
    }

    /// "XXXX-10-19": a day whose year is unknown.
    static func partialDay(month: Int, day: Int) -> String {
        make { $0.text("XXXX-"); $0.number(month, width: 2); $0.text("-"); $0.number(day, width: 2) }
    }

    /// "XXXX-10": a month whose year is unknown.
    static func partialMonth(_ month: Int) -> String {
        make { $0.text("XXXX-"); $0.number(month, width: 2) }
    }

    /// "2019-03".
    static func month(year: Int, month: Int) -> String {
        make { $0.number(year, width: 4); $0.text("-"); $0.number(month, width: 2) }
    }

    /// "2021".
    static func year(_ year: Int) -> String { make { $0.number(year, width: 4) } }

    /// "202" for the 2020s: the first three characters of the padded year.
    static func decade(_ first: Int) -> String {
        make { $0.number(first, width: 4); $0.truncate(to: 3) }
    }

    /// "2021-Q3".
    static func quarter(year: Int, quarter: Int) -> String {
        make { $0.number(year, width: 4); $0.text("-Q"); $0.number(quarter) }
    }

    /// "2021-W07", or "2021-W07-WE" for its weekend.
    static func week(year: Int, week: Int, weekend: Bool = false) -> String {
        make {
            $0.number(year, width: 4)
            $0.text("-W")
            $0.number(week, width: 2)
            if weekend { $0.text("-WE") }
        }
    }
}
