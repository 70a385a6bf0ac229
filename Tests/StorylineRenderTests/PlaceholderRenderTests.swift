import Testing

// Replaced by real tests as the Render layer lands.
@Suite struct RenderSmokeTests {
    @Test func moduleBuilds() { #expect(Bool(true)) }
}
