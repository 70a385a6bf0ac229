/// `key=value` pairs a child benchmark prints on one line for its parent to read back.
struct ResultLine: Sendable {
    /// Prefix that marks the line among the child's other output.
    static let marker = "BENCH-RESULT"

    var values: [(key: String, value: String)] = []

    init() {}

    /// Parses the first marked line of `output`, if any.
    init?(parsing output: String) {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(ResultLine.marker) }) else { return nil }
        for field in line.split(separator: " ").dropFirst() {
            guard let equals = field.firstIndex(of: "=") else { continue }
            values.append((String(field[..<equals]), String(field[field.index(after: equals)...])))
        }
    }

    mutating func set(_ key: String, _ value: Double) { values.append((key, String(value))) }
    mutating func set(_ key: String, _ value: Int) { values.append((key, String(value))) }

    /// The number stored under `key`.
    func number(_ key: String) -> Double? { values.first { $0.key == key }.flatMap { Double($0.value) } }

    /// The marked line.
    var text: String { ([ResultLine.marker] + values.map { "\($0.key)=\($0.value)" }).joined(separator: " ") }
}
