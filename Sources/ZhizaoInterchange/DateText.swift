/// Dates as a bureau's spreadsheet writes them, read for the parts an import needs.
enum DateText {
    /// The year of `2019`, `2019年`, `2019-03`, `2019-3-5`, `2019/3/5`, `2019.3`, `2019年3月`, `2019年3月5日` or an
    /// ISO date with a time (`2019-03-05 00:00`, as a workbook's date cell reads); full-width digits accepted.
    /// Month and day, when given, must be a real month and day; nil for anything else.
    static func year(_ text: String) -> Int? {
        var digits: [[Int]] = [[]]  // runs of digits
        var separators: [Character] = []
        for character in text.trimmingWhitespace() {
            if let digit = digitValue(character) {
                digits[digits.count - 1].append(digit)
            } else {
                guard !digits[digits.count - 1].isEmpty else { return nil }
                if character == " " || character == "T" { break }  // a time of day follows
                separators.append(character)
                digits.append([])
            }
        }
        if digits.last?.isEmpty == true { digits.removeLast() }
        let numbers = digits.map { $0.reduce(0) { $0 * 10 + $1 } }
        guard let first = digits.first, first.count == 4, numbers.count <= 3 else { return nil }
        let parts = separators.count
        switch (numbers.count, parts) {
        case (1, 0): break
        case (1, 1): guard separators == ["年"] else { return nil }
        case (2, 1), (3, 2):
            guard separators.allSatisfy({ $0 == separators[0] }), ["-", "/", "."].contains(separators[0]) else { return nil }
        case (2, 2): guard separators == ["年", "月"] else { return nil }
        case (3, 3): guard separators == ["年", "月", "日"] else { return nil }
        default: return nil
        }
        if numbers.count >= 2, !(1...12).contains(numbers[1]) { return nil }
        if numbers.count == 3, !(1...31).contains(numbers[2]) { return nil }
        return numbers[0]
    }

    private static func digitValue(_ character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
