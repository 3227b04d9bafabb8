/// One value of a worksheet row as the writer stores it: text as text, numbers as numbers, dates as date cells.
public enum Cell: Sendable, Equatable {
    /// Nothing: the cell is left out of the row.
    case empty
    /// Text, stored inline (`t="inlineStr"`).
    case text(String)
    /// A number shown in Excel's general format.
    case number(Double)
    /// An amount of money: the exact value, shown with thousands separators (`#,##0`).
    case amount(Double)
    /// A calendar day, stored as Excel's day serial with a `yyyy-mm-dd` format.
    case date(CalendarDay)

    /// Text, or `.empty` when the text is empty.
    public static func text(orEmpty text: String) -> Cell { text.isEmpty ? .empty : .text(text) }

    /// A number, or `.empty` when there is none.
    public static func number(ifAny value: Double?) -> Cell { value.map(Cell.number) ?? .empty }

    /// A whole number, or `.empty` when there is none.
    public static func integer(_ value: Int?) -> Cell { value.map { .number(Double($0)) } ?? .empty }

    /// An amount, or `.empty` when there is none.
    public static func amount(ifAny value: Double?) -> Cell { value.map(Cell.amount) ?? .empty }
}

/// A day of the Gregorian calendar, without time or zone.
public struct CalendarDay: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Excel's serial number of the day (1900 date system): days since 1899-12-30, right from 1900-03-01 on.
    public var excelSerial: Int { daysFromCivil - CalendarDay(year: 1899, month: 12, day: 30).daysFromCivil }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    var daysFromCivil: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
