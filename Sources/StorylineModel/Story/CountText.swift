/// A count with its noun in the right number ("1 article", "2 articles").
public enum CountText {
    /// `count` followed by `singular` when it is 1, else by `plural`.
    public static func of(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
