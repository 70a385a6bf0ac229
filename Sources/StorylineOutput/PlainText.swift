/// Helpers that make article text safe and tidy for a terminal.
public enum PlainText {
    /// `text` with control characters (escape sequences included) replaced by visible
    /// placeholders, so article text never reaches the terminal raw.
    public static func safe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")  // ␀…␟
            case 0x7F: out.append("\u{2421}")  // ␡
            case 0x80..<0xA0: out.append("\u{FFFD}")  // C1 controls (CSI…)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` padded with spaces to `width` characters.
    public static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// "1 event", "3 events".
    public static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}
