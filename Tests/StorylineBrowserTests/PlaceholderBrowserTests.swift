import Testing

// Replaced by real tests as the Browser layer lands.
@Suite struct BrowserSmokeTests {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
