import ZhizaoCore

/// A period found in text: what it normalises to and where it stands.
public struct PeriodMention: Sendable, Equatable {
    public var period: Period
    public var span: Range<Int>
}

/// Finds periods: years (2020年), parts of years (前三季度, 上半年, 1-7月, 三季度), as-of dates (截至2020年底),
/// five-year plans (十四五 = 2021–2025), and, against the document's date, 今年 and 去年.
public enum PeriodScanner {
    static let plans: [String: (Int, Int)] = ["十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)]
    static let parts: [(String, Int, Int)] = [
        ("前三季度", 1, 9), ("上半年", 1, 6), ("下半年", 7, 12), ("一季度", 1, 3), ("第一季度", 1, 3), ("二季度", 4, 6),
        ("第二季度", 4, 6), ("三季度", 7, 9), ("第三季度", 7, 9), ("四季度", 10, 12), ("第四季度", 10, 12), ("全年", 1, 12),
    ]

    /// Every period in `text`; `year` resolves 今年 / 去年 and months without a year.
    public static func scan(_ text: String, documentYear year: Int? = nil) -> [PeriodMention] {
        let s = Array(text.unicodeScalars)
        var found: [PeriodMention] = []
        var i = 0
        while i < s.count {
            if let mention = plan(s, i) ?? dated(s, i, documentYear: year) {
                found.append(mention)
                i = mention.span.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private static func plan(_ s: [Unicode.Scalar], _ i: Int) -> PeriodMention? {
        for (name, years) in plans where QuantityScanner.has(s, i, name) {
            return PeriodMention(period: .years(years.0, years.1), span: i..<(i + 3))
        }
        return nil
    }

    /// `[截至]YYYY年[part | M-M月 | M月][底|末]`, or 今年/去年 with the same tails, or a bare month range.
    private static func dated(_ s: [Unicode.Scalar], _ i: Int, documentYear: Int?) -> PeriodMention? {
        var j = i
        let asOf = QuantityScanner.has(s, j, "截至") || QuantityScanner.has(s, j, "截止")
        if asOf { j += 2 }
        var year: Int?
        if let (y, end) = fourDigitYear(s, j), QuantityScanner.has(s, end, "年") {
            year = y
            j = end + 1
        } else if QuantityScanner.has(s, j, "今年"), let documentYear {
            year = documentYear
            j += 2
        } else if QuantityScanner.has(s, j, "去年"), let documentYear {
            year = documentYear - 1
            j += 2
        }
        let yearEnd = j
        var months: (Int, Int)?
        for (name, first, last) in parts where QuantityScanner.has(s, j, name) {
            months = (first, last)
            j += name.unicodeScalars.count
            break
        }
        if months == nil, let (m1, end1) = number(s, j, maxDigits: 2), (1...12).contains(m1) {
            if end1 < s.count, s[end1] == "-" || s[end1] == "至" || s[end1] == "—" || s[end1] == "–",
                let (m2, end2) = number(s, end1 + 1, maxDigits: 2), QuantityScanner.has(s, end2, "月"), (m1...12).contains(m2)
            {
                months = (m1, m2)
                j = end2 + 1
            } else if QuantityScanner.has(s, end1, "月") {
                months = (m1, m1)
                j = end1 + 1
            }
        }
        let end = QuantityScanner.has(s, j, "底") || QuantityScanner.has(s, j, "末")
        if end { j += 1 }
        guard let y = year ?? (months != nil ? documentYear : nil), j > i, year != nil || months != nil else { return nil }
        guard yearEnd > i || months != nil else { return nil }
        let (first, last) = months ?? (1, 12)
        let lastDay = Period.lastDay(year: y, month: last)
        if asOf || end {
            return PeriodMention(period: .asOf("\(y)-\(two(last))-\(two(lastDay))"), span: i..<j)
        }
        return PeriodMention(period: Period(start: "\(y)-\(two(first))-01", end: "\(y)-\(two(last))-\(two(lastDay))"), span: i..<j)
    }

    private static func fourDigitYear(_ s: [Unicode.Scalar], _ i: Int) -> (Int, Int)? {
        guard let (value, end) = number(s, i, maxDigits: 4), end - i == 4, (1900...2100).contains(value) else { return nil }
        return (value, end)
    }

    private static func number(_ s: [Unicode.Scalar], _ i: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < s.count, j - i < maxDigits, let d = QuantityScanner.arabic(s[j]) {
            value = value * 10 + d
            j += 1
        }
        if j < s.count, QuantityScanner.arabic(s[j]) != nil { return nil }  // more digits than allowed
        return j > i ? (value, j) : nil
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension Period {
    /// The last day of a month.
    public static func lastDay(year: Int, month: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, month - 1))]
    }
}
