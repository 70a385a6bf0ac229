import StorylineOutput
import Testing

@Suite struct PlainTextTests {
    @Test func controlCharactersBecomeVisiblePlaceholders() {
        let text = "bad\u{1B}[31mred\u{07}\u{9B}2J"
        let safe = PlainText.safe(text)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(safe.contains("␛[31mred"))
    }
}
