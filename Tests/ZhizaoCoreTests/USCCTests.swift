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
}
