import Testing
import ZhizaoCore

@Suite struct USCCTests {
    @Test func acceptsAValidCode() {
        #expect(USCC.problem("91110000600037341L") == nil)
        #expect(USCC.isValid("91110000600037341L"))
    }

    @Test func refusesTheReferenceInvalidCode() {
        // Z is outside the alphabet, and no check character could make it valid anyway.
        #expect(USCC.problem("91350100M000100Y4Z") == .character(position: 18, found: "Z"))
        #expect(!USCC.isValid("91350100M000100Y4Z"))
    }

    @Test(arguments: [
        ("91110000600037341M", USCC.Problem.checkCharacter(expected: "L", found: "M")),
        ("9111000060003734", USCC.Problem.length(16)),
        ("9111000060003734IL", USCC.Problem.character(position: 17, found: "I")),
        ("91A10000600037341L", USCC.Problem.divisionCode),
    ])
    func namesWhatIsWrong(code: String, problem: USCC.Problem) {
        #expect(USCC.problem(code) == problem)
    }

    @Test func computesTheCheckCharacterOfTheReferenceCode() {
        let first17 = Array("91110000600037341".utf8)
        #expect(USCC.checkCharacter(forFirst17: first17) == UInt8(ascii: "L"))
    }

    @Test func keysDifferForDifferentCodes() {
        let a = USCC.key("91110000600037341L")
        let b = USCC.key("91110000600037342L")
        #expect(a != b)
        #expect(a == USCC.key("91110000600037341L"))
    }

    @Test(arguments: ["91110000600037341X", "91110000600073341L", "91110000600O37341L", "91110000600037341l"])
    func findsTheCodeOneTypoAway(typo: String) {
        // A character replaced, two swapped, a letter for a digit, a lowercase check character:
        let near = USCC.nearCodes(typo)
        #expect(near.contains("91110000600037341L") || typo.uppercased() == "91110000600037341L")
        #expect(near.allSatisfy(USCC.isValid))
        #expect(!near.contains(typo))
    }

    @Test func findsNothingNearAnythingButEighteenCharacters() {
        #expect(USCC.nearCodes("9111000060003734").isEmpty)
        #expect(USCC.nearCodes("广州花都精密汽车零部件有限公司").isEmpty)
    }
}
