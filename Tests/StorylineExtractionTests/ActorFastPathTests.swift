@testable import StorylineExtraction
import StorylineModel
import Testing

/// The actor rules' byte-level helpers agree with their plain definitions.
@Suite struct ActorFastPathTests {
    @Test func phraseJoinsTokensWithSingleSpacesAndRepairsBadBytes() {
        // A name split over a line break and double spaces, a hyphen and a stray byte.
        let bytes: [UInt8] = Array("said  Jo\n Delacroix-Ruiz ".utf8) + [0xFF] + Array("x Ann".utf8)
        let phrase: (String, String) = bytes.withUnsafeBufferPointer { buffer in
            let tokens = WordScanner.tokens(buffer, from: 0, to: buffer.count)
            var classes = [WordClass](repeating: .unclassified, count: tokens.count)
            let table = WordClassTable.shared
            return tokens.withUnsafeBufferPointer { tokenBuffer in
                classes.withUnsafeMutableBufferPointer { classBuffer in
                    withUnsafePointer(to: table) { table in
                        let context = TokenContext(bytes: buffer, tokens: tokenBuffer, classes: classBuffer, table: table, sentence: 0)
                        return (context.phrase(1, 3), context.phrase(3, tokens.count))
                    }
                }
            }
        }
        #expect(phrase.0 == "Jo Delacroix-Ruiz")
        #expect(phrase.1 == String(decoding: [0xFF] + Array("x Ann".utf8), as: UTF8.self))
    }

    @Test func surnamesAreFoundByTheirBytesWithTheirBearersInOrder() {
        var index = SurnameIndex()
        index.add("Delacroix-Ruiz", person: 4)
        index.add("Kim", person: 2)
        index.add("Kim", person: 7)
        index.add("Kim", person: 2)
        let text = Array("Kim Delacroix-Ruiz Kimberley kim".utf8)
        let found = text.withUnsafeBufferPointer { bytes in
            [index.people(bytes, 0, 3), index.people(bytes, 4, 18), index.people(bytes, 19, 28), index.people(bytes, 29, 32)]
        }
        #expect(found == [[2, 7], [4], [], []])
    }

    @Test func theGivenNameTableIsReadFromItsBytesWithTheSexEachTells() {
        let sets = GivenNameTable.sets
        #expect(sets.all.members.count > 4_500 && sets.female.members.count > 1_500 && sets.male.members.count > 2_500)
        func gender(_ name: String) -> PersonGender? {
            let bytes = Array(name.utf8)
            return bytes.withUnsafeBufferPointer { GivenNameTable.gender($0, 0, $0.count) }
        }
        #expect(gender("Alexandra") == .female && gender("Tomasz") == .male && gender("Łukasz") == .male)
        // Given to both sexes, or no given name at all.
        #expect(gender("Andrea") == nil && gender("Harlow") == nil)
        let bytes = Array("Zoë Chester".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ActorLexicon.givenNames.contains(buffer, 0, 4))
            #expect(!ActorLexicon.givenNames.contains(buffer, 5, buffer.count), "a city, left out")
        }
    }
}
