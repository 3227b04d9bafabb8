import Testing
import ZhizaoInterchange

@Suite struct NumberTextTests {
    @Test(arguments: [
        ("1234.5", 1234.5), ("1,234.5", 1234.5), ("１２３４．５", 1234.5), ("１，２３４", 1234.0),
        ("12,345,678", 12_345_678), ("2000万", 2e7), ("1.2亿元", 1.2e8), (" 42 ", 42), ("-3", -3), ("1e6", 1e6),
    ])
    func readsNumbersAsTyped(text: String, value: Double) {
        #expect(NumberText.decimal(text) == value)
    }

    @Test(arguments: ["", "abc", "1,23", "1234,567", "12.3.4", "1,234,56", ",123", "五百"])
    func refusesWhatIsNotANumber(text: String) {
        #expect(NumberText.decimal(text) == nil)
    }

    @Test func integersMustBeWhole() {
        #expect(NumberText.integer("2020") == 2020)
        #expect(NumberText.integer("２０２０") == 2020)
        #expect(NumberText.integer("20.5") == nil)
    }
}
