import Testing

// Replaced by real tests as the Extraction layer lands.
@Suite struct ExtractionSmokeTests {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
