/// When a figure holds: a span of days (a year, quarters, months, a five-year plan) or a moment (截至).
///
/// Dates are ISO text, "YYYY-MM-DD", so they sort and store as they read.
public struct Period: Sendable, Codable, Hashable {
    public var start: String?
    public var end: String?
    /// The moment a stock is counted at, e.g. "2020-12-31" for 截至2020年底.
    public var asOf: String?

    public init(start: String? = nil, end: String? = nil, asOf: String? = nil) {
        self.start = start
        self.end = end
        self.asOf = asOf
    }

    /// The calendar year `year`.
    public static func year(_ year: Int) -> Period {
        Period(start: "\(year)-01-01", end: "\(year)-12-31")
    }

    /// The years `first` through `last`, e.g. a five-year plan.
    public static func years(_ first: Int, _ last: Int) -> Period {
        Period(start: "\(first)-01-01", end: "\(last)-12-31")
    }

    /// The moment `date`.
    public static func asOf(_ date: String) -> Period {
        Period(asOf: date)
    }

    /// The year the period ends in (or is counted at).
    public var endYear: Int? {
        (asOf ?? end).flatMap { Int($0.prefix(4)) }
    }

    /// The year when the period is exactly one whole calendar year (1 January to 31 December), else nil.
    public var calendarYear: Int? {
        calendarYears.flatMap { $0.count == 1 ? $0.lowerBound : nil }
    }

    /// The whole calendar years the period runs over, from a 1 January to a 31 December (2025-2027年), else nil.
    public var calendarYears: ClosedRange<Int>? {
        guard asOf == nil, let start, let end, start.hasSuffix("-01-01"), end.hasSuffix("-12-31"), let first = Int(start.prefix(4)),
            let last = Int(end.prefix(4)), first <= last
        else { return nil }
        return first...last
    }

    /// Whether the period runs from 1 January to a day before 31 December of the same year: a year to date
    /// (1–9月, 上半年, 前三季度), which a yearly figure must not be mistaken for.
    public var isYearToDate: Bool {
        guard asOf == nil, let start, let end, start.hasSuffix("-01-01"), !end.hasSuffix("-12-31") else { return false }
        return start.prefix(4) == end.prefix(4)
    }

    /// "年初至今" / "year to date", the mark of a year-to-date figure.
    public static let yearToDateName = LocalizedText(zh: "年初至今", en: "year to date")

    /// A label as people write it: "2020年", "2020年1-9月", "截至2020年12月31日", "2000–2019年".
    public func label(_ language: Language) -> String {
        if let asOf {
            let (y, m, d) = Self.parts(asOf)
            return language == .zh ? "截至\(y)年\(m)月\(d)日" : "as of \(asOf)"
        }
        guard let start, let end else {
            if let end, let year = Int(end.prefix(4)) { return language == .zh ? "至\(year)年" : "up to \(year)" }
            return language == .zh ? "时期未注明" : "period not stated"
        }
        let (y1, m1, d1) = Self.parts(start)
        let (y2, m2, d2) = Self.parts(end)
        let wholeYears = m1 == 1 && d1 == 1 && end.hasSuffix("-12-31")
        if wholeYears {
            if y1 == y2 { return language == .zh ? "\(y1)年" : "\(y1)" }
            return language == .zh ? "\(y1)–\(y2)年" : "\(y1)–\(y2)"
        }
        if y1 == y2, d1 == 1, d2 == Self.lastDay(year: y2, month: m2) {
            if m1 == 1, m2 == 9 { return language == .zh ? "\(y1)年前三季度" : "\(y1) Q1–Q3" }
            if m1 == 1, m2 == 6 { return language == .zh ? "\(y1)年上半年" : "\(y1) H1" }
            if m1 == m2 { return language == .zh ? "\(y1)年\(m1)月" : "\(y1)-\(Self.two(m1))" }
            return language == .zh ? "\(y1)年\(m1)-\(m2)月" : "\(y1)-\(Self.two(m1)) to \(y1)-\(Self.two(m2))"
        }
        if start == end { return language == .zh ? "\(y1)年\(m1)月\(d1)日" : start }  // an event's day
        if y1 == y2, language == .zh { return "\(y1)年\(m1)月\(d1)日至\(m2)月\(d2)日" }  // 今年以来 in a December article
        return "\(start)–\(end)"
    }

    /// The last day of a month.
    public static func lastDay(year: Int, month: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, month - 1))]
    }

    /// Whether the text is an ISO date "YYYY-MM-DD" with a real month and day.
    public static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        let (y, m, d) = parts(text)
        guard y > 0, (1...12).contains(m) else { return false }
        return (1...lastDay(year: y, month: m)).contains(d)
    }

    private static func parts(_ date: String) -> (Int, Int, Int) {
        let fields = date.split(separator: "-").map { Int($0) ?? 0 }
        return (fields.first ?? 0, fields.count > 1 ? fields[1] : 0, fields.count > 2 ? fields[2] : 0)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
