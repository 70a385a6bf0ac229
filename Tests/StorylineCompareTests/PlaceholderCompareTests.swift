import Testing

// Replaced by real tests as the Compare layer lands.
@Suite struct CompareSmokeTests {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
