/// How a cell's stored value becomes the text a reader sees: numbers without float noise or a trailing `.0`,
/// date serials as ISO dates, booleans as `TRUE`/`FALSE`.
enum CellText {
    /// A number as written in the cell (`3670`, `1234.5`, `1.2E+3`): whole numbers without a fraction, others with
    /// at most 15 significant digits (Excel's precision), so `0.30000000000000004` reads `0.3`.
    static func number(_ raw: String) -> String {
        guard let value = Double(raw), value.isFinite else { return raw }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return trimmed(value)
    }

    /// `value` with 15 significant digits, in plain notation between 1e-5 and 1e15.
    private static func trimmed(_ value: Double) -> String {
        let magnitude = abs(value)
        guard magnitude >= 1e-5, magnitude < 1e15 else { return String(value) }
        let exponent = Int((magnitude).log10Floor)
        let decimals = max(0, 14 - exponent)
        let scale = pow10(decimals)
        var scaled = (magnitude * scale).rounded()
        var digits = String(Int64(scaled))
        var places = decimals
        while places > 0, digits.hasSuffix("0") {
            digits.removeLast()
            places -= 1
            scaled /= 10
        }
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (value < 0 ? "-" : "") + digits
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { value, _ in value * 10 }
    }

    /// An Excel date serial as `YYYY-MM-DD` (with ` HH:MM` or ` HH:MM:SS` when it has a time of day); nil when out
    /// of range. In the 1900 system, day 1 is 1900-01-01 and day 60 the 1900-02-29 Lotus had (read as 02-28);
    /// in the 1904 system day 0 is 1904-01-01.
    static func date(serial raw: String, uses1904: Bool) -> String? {
        guard let serial = Double(raw), serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        // Days since 1970-01-01.
        let epochDays: Int
        if uses1904 {
            epochDays = days - 24_107
        } else {
            guard days >= 1 else { return nil }
            epochDays = days - (days < 60 ? 25_568 : 25_569)
        }
        let (year, month, day) = civil(fromDays: epochDays)
        var text = "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        if seconds > 0 {
            text += " \(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60))"
            if seconds % 60 != 0 { text += ":\(twoDigits(seconds % 60))" }
        }
        return text
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Double {
    /// ⌊log10(self)⌋ for a positive finite value, without Foundation.
    fileprivate var log10Floor: Int {
        var exponent = 0
        var value = self
        while value >= 10 {
            value /= 10
            exponent += 1
        }
        while value < 1 {
            value *= 10
            exponent -= 1
        }
        return exponent
    }
}
