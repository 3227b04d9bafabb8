import ZhizaoCore

/// A period found in text: what it normalises to and where it stands.
public struct PeriodMention: Sendable, Equatable {
    public var period: Period
    public var span: Range<Int>
    /// The year when the text writes it out (2022年), which then holds for bare parts of a year after it.
    public var writtenYear: Int? = nil
    /// Whether it is one day (3月15日): an event's, holding for its sentence only.
    public var day = false
}

/// Finds periods: years (2020年), parts of years (前三季度, 上半年, 1-7月, 三季度), as-of dates (截至2020年底),
/// five-year plans (十四五 = 2021–2025), and, against the document's date, 今年 and 去年.
public enum PeriodScanner {
    /// Words after a plan that name one of its years: its last (末, 收官之年) or its first (开局之年).
    static let planYears = Lexicon<Bool>([("末", true), ("期末", true), ("收官之年", true), ("收官年", true), ("开局之年", false), ("开局年", false)])
    static let plans = Lexicon<(Int, Int)>([("十二五", (2011, 2015)), ("十三五", (2016, 2020)), ("十四五", (2021, 2025)), ("十五五", (2026, 2030))])
    static let parts = Lexicon<(Int, Int)>([
        ("前三季度", (1, 9)), ("上半年", (1, 6)), ("下半年", (7, 12)), ("一季度", (1, 3)), ("第一季度", (1, 3)), ("二季度", (4, 6)),
        ("第二季度", (4, 6)), ("三季度", (7, 9)), ("第三季度", (7, 9)), ("四季度", (10, 12)), ("第四季度", (10, 12)), ("全年", (1, 12)), ("第一季", (1, 3)), ("第二季", (4, 6)), ("第三季", (7, 9)), ("第四季", (10, 12)),
        // Taiwan writes them in digits: 第3季, 第4季度, 前3季.
        ("第1季", (1, 3)), ("第2季", (4, 6)), ("第3季", (7, 9)), ("第4季", (10, 12)), ("第1季度", (1, 3)), ("第2季度", (4, 6)), ("第3季度", (7, 9)), ("第4季度", (10, 12)),
        ("前3季", (1, 9)), ("前3季度", (1, 9)), ("前三季", (1, 9)),
        // Hong Kong and Macau write the first quarters 首季, 首三季.
        ("首季", (1, 3)), ("首两季", (1, 6)), ("首三季", (1, 9)),
        // A firm's reports: 2025年半年报 is of the first half.
        ("半年报", (1, 6)), ("半年度", (1, 6)), ("一季报", (1, 3)), ("三季报", (1, 9)),
    ] + ["两", "三", "四", "五", "六", "七", "八", "九", "十", "十一"].enumerated().map { k, n in ("首\(n)个月", (1, k + 2)) }  // …and the first months: 首两个月
        + (2...11).map { n in ("首\(n)个月", (1, n)) })  // 首4个月
    static let relativeYears = Lexicon<Int>([("今年", 0), ("去年", -1), ("上年", -1), ("过去一年", -1), ("明年", 1), ("年内", 0)])
    static let asOfWords = Lexicon(words: ["截至", "截止"])
    /// What joins a range of months: 1-6月, 1至6月, 1—6月, 1–6月, full-width 1－6月 and a tilde's 1~6月, 1～6月.
    static let monthRangeMarks = ScalarSet(["-", "至", "—", "–", "－", "~", "～"])
    /// Scalars a period can start with: digits, and the first scalar of every word above.
    static let startScalars = Array("0123456789０１２３４５６７８９十前上下一二三四五六七八九第全今去截年本过明目当现首".unicodeScalars)
    static let starts = ScalarSet(startScalars)

    /// Every period in `text`; `year` resolves 今年 / 去年 and months without a year.
    public static func scan(_ text: String, documentYear year: Int? = nil) -> [PeriodMention] {
        let s = Array(text.unicodeScalars)
        var found: [PeriodMention] = []
        var i = 0
        while i < s.count {
            if let mention = mention(s, at: i, end: s.count, documentYear: year) {
                found.append(mention)
                i = mention.span.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// The period that starts at `i`, if one does.
    /// `partsYear` is the year for parts written without one (一季度, 1-7月): the year the sentence gave last, else
    /// the document's.
    /// `documentMonth` ends the year to date (今年以来, 年初以来), `documentDay` in December.
    @inline(__always) static func mention(
        _ s: [Unicode.Scalar], at i: Int, end: Int, documentYear: Int?, partsYear: Int? = nil, documentMonth: Int? = nil,
        documentDay: Int? = nil
    ) -> PeriodMention? {
        guard starts.contains(s[i]) else { return nil }
        if let (years, length) = plans.match(s, at: i, end: end) {
            // “十四五”末, 十四五开局之年, 收官之年: the plan's last or first year.
            var k = i + length
            if k < end, s[k] == "”" || s[k] == "」" || s[k] == "\"" { k += 1 }
            if let (last, n) = planYears.match(s, at: k, end: end) {
                let year = last ? years.1 : years.0
                return PeriodMention(period: .years(year, year), span: i..<(k + n))
            }
            return PeriodMention(period: .years(years.0, years.1), span: i..<(i + length))
        }
        if let (_, length) = yearToDate.match(s, at: i, end: end) {
            guard let documentYear, let documentMonth else { return nil }
            // To the end of the document's month; in December to its day (the 30th at the latest), never the whole year.
            let lastDay = Period.lastDay(year: documentYear, month: documentMonth)
            let day = documentMonth == 12 ? min(documentDay ?? lastDay, lastDay - 1) : lastDay
            let period = Period(start: isoDate(documentYear, 1, 1), end: isoDate(documentYear, documentMonth, day))
            // (今年以来 names this year, as 今年 does: the months after it are of it, whatever year an account wrote before.)
            return PeriodMention(period: period, span: i..<(i + length), writtenYear: documentYear)
        }
        // 截至目前, 目前, 现有, 截至本公告披露日: the document's day.
        if let (_, length) = now.match(s, at: i, end: end), i == 0 || !notNow.contains(s[i - 1]) {
            guard let documentYear, let documentMonth, let documentDay else { return nil }
            return PeriodMention(period: .asOf(isoDate(documentYear, documentMonth, documentDay)), span: i..<(i + length))
        }
        return dated(s, i, end, documentYear: documentYear, partsYear: partsYear ?? documentYear)
    }

    /// Words for the document's day: what holds now (截至本公告披露日: a filing's day is the document's).
    static let now = Lexicon(words: ["截至目前", "截止目前", "目前", "当前", "现有", "现在"]
        + ["截至", "截止"].flatMap { by in ["本公告披露日", "本公告披露之日", "本公告日", "本公告发布日", "本报告披露日", "公告披露日"].map { by + $0 } })
    /// What before 目前 or 现有 makes them part of another word: 项目前期, 实现有效.
    static let notNow = ScalarSet("项题科节名条数栏纲录实表发出体展呈再".unicodeScalars)

    /// Whether a ranking's name starts at `i` (中国工业百强区榜单, 全球独角兽企业排行榜): a year before it, written
    /// without 年, dates it.
    static func isListName(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Bool {
        guard i < limit, s[i].value >= 0x4E00 else { return false }
        var k = i
        // (2025某省民营企业100强: the list's count in digits.)
        while k < min(limit, i + 16), s[k].value >= 0x4E00 || s[k] == "“" || s[k] == "”" || ChineseNumeral.arabic(s[k]) != nil && k > i {
            if s[k] == "榜" || s[k] == "强" && k > i && (ChineseNumeral.isNumeral(s[k - 1]) || ChineseNumeral.arabic(s[k - 1]) != nil) && s[k - 1] != "强" {
                return true
            }
            k += 1
        }
        return false
    }

    /// How many months end on a day written after 截至 (Hong Kong's reports): 止年度, 止六个月.
    static let monthsEnded = Lexicon<Int>([("止年度", 12), ("止之年度", 12), ("止十二个月", 12), ("止九个月", 9), ("止六个月", 6), ("止三个月", 3)])

    /// The year so far, to the end of the document's month.
    static let yearToDate = Lexicon(words: ["今年以来", "年初以来", "今年年初以来", "本年以来"])

    /// `[截至]YYYY年[part | M-M月 | M月][底|末]`, or 今年/去年 with the same tails, or a bare month range.
    private static func dated(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int, documentYear: Int?, partsYear: Int?) -> PeriodMention? {
        var j = i
        let asOf = asOfWords.match(s, at: j, end: limit) != nil
        if asOf { j += 2 }
        var year: Int?, written: Int?
        let fourDigits = fourDigitYear(s, j, limit)  // (read once: a period may start at any digit)
        // 2025-2027年, 2025年至2027年: a run of years (a forecast's, each year's figure after 分别).
        if !asOf, let (y1, end1) = fourDigits, case let mark = end1 < limit && s[end1] == "年" ? end1 + 1 : end1, mark < limit,
            monthRangeMarks.contains(s[mark]), let (y2, end2) = fourDigitYear(s, mark + 1, limit), end2 < limit, s[end2] == "年", y2 > y1, y2 - y1 <= 10,
            end2 + 1 == limit || ChineseNumeral.arabic(s[end2 + 1]) == nil && monthOrDay(s, end2 + 1, limit) == nil  // (2025年至2026年6月: to a month)
        {
            // (2024-2025年度: its 度 too; the run names no year for the parts written after it.)
            let end = end2 + 1 < limit && s[end2 + 1] == "度" ? end2 + 2 : end2 + 1
            return PeriodMention(period: .years(y1, y2), span: i..<end, writtenYear: nil)
        }
        if let (y, end) = fourDigits, end < limit, s[end] == "年" {
            year = y
            written = y
            j = end + 1
            if j < limit, s[j] == "度" {
                j += 1  // 2023年度
            } else if j + 1 < limit, s[j] == "年", s[j + 1] == "度" {
                j += 2  // 2024年年度 (an announcement's year, then its being the year's)
            }
        } else if let documentYear, let (y, end) = number(s, j, limit, maxDigits: 3), end - j == 3, end < limit, s[end] == "年",
            abs(y + rocEra - documentYear) <= 3
        {
            year = y + rocEra  // 113年9月: Taiwan's years count from 1912 (113 is 2024), near the document's
            written = year
            j = end + 1
            if j < limit, s[j] == "度" { j += 1 }  // 113年度
        } else if let (y, end) = fourDigits, isListName(s, end, limit) {
            year = y  // 2024中国工业百强区榜单: a ranking of the year
            written = y
            j = end
        } else if let documentYear, let (offset, length) = relativeYears.match(s, at: j, end: limit),
            // 年内 is this year, but 3年内 and 一年内 a span of years.
            s[j] != "年" || j == 0 || ChineseNumeral.arabic(s[j - 1]) == nil && ChineseNumeral.digit(s[j - 1]) == nil && s[j - 1] != "两"
        {
            year = documentYear + offset
            if length == 2, s[j] == "今" { written = year }  // (今年首三季… then 首三季: the parts after it are of this year.)
            j += length
        }
        let yearEnd = j
        var months: (Int, Int)?
        var day: Int?
        var lastOfDays: (month: Int, day: Int)?  // 11月6日至9日, 11月28日至12月2日: the days' last
        var atYearsEnd = false
        if let (range, length) = parts.match(s, at: j, end: limit) {
            months = range
            j += length
        } else if j == i, j + 1 < limit, s[j] == "年", s[j + 1] == "底" || s[j + 1] == "末" {
            (months, atYearsEnd) = ((12, 12), true)  // 年底本澳酒店场所共146间: the end of the year spoken of
            j += 2
        } else if let (last, end) = firstMonths(s, j, limit) {
            months = (1, last)
            j = end
        } else if let (m1, end1) = monthOrDay(s, j, limit), (1...12).contains(m1) {
            if end1 < limit, monthRangeMarks.contains(s[end1]), let (m2, end2) = monthOrDay(s, end1 + 1, limit),
                end2 < limit, s[end2] == "月", (m1...12).contains(m2)
            {
                months = (m1, m2)
                j = end2 + 1
            } else if end1 < limit, s[end1] == "月" {
                months = (m1, m1)
                j = end1 + 1
                // 1月至5月: a range with 月 on both ends.
                if j < limit, monthRangeMarks.contains(s[j]), let (m2, end2) = monthOrDay(s, j + 1, limit), end2 < limit,
                    s[end2] == "月", (m1...12).contains(m2)
                {
                    months = (m1, m2)
                    j = end2 + 1
                } else if let (d, endDay) = monthOrDay(s, j, limit), endDay < limit, s[endDay] == "日" || s[endDay] == "号", (1...31).contains(d) {
                    day = d  // 3月15日: a day
                    j = endDay + 1
                    // 11月6日至9日, 11月28日至12月2日: a run of days.
                    if j < limit, monthRangeMarks.contains(s[j]), let (n, endN) = monthOrDay(s, j + 1, limit), endN < limit {
                        if s[endN] == "日" || s[endN] == "号", (d + 1...31).contains(n) {
                            lastOfDays = (m1, n)
                            j = endN + 1
                        } else if s[endN] == "月", (m1...12).contains(n), let (d2, endD2) = monthOrDay(s, endN + 1, limit), endD2 < limit,
                            s[endD2] == "日" || s[endD2] == "号", (1...31).contains(d2), n > m1 || d2 > d  // (6月16日—6月20日: the month written twice)
                        {
                            lastOfDays = (n, d2)
                            j = endD2 + 1
                        }
                    }
                }
            }
        }
        if months != nil, j < limit, s[j] == "份" { j += 1 }  // 6月份
        // 4月下旬: a ten days of the month (the last, to its end); 4月下旬末, the day it ends.
        var tenDays: Int?
        if let (m1, m2) = months, m1 == m2, day == nil, j + 1 < limit, s[j + 1] == "旬", let part = tenDayParts[s[j]] {
            tenDays = part
            j += 2
        }
        let end = atYearsEnd || j < limit && (s[j] == "底" || s[j] == "末")
        if end && !atYearsEnd { j += 1 }
        if end, j < limit, s[j] == "前" { j += 1 }  // (6月底前, by the month's end: the same day)
        guard let y = year ?? (months != nil ? partsYear : nil), j > i, year != nil || months != nil else { return nil }
        guard yearEnd > i || months != nil else { return nil }
        let (first, last) = months ?? (1, 12)
        let lastDay = Period.lastDay(year: y, month: last)
        if let tenDays {
            let (from, to) = (tenDays * 10 + 1, tenDays == 2 ? lastDay : tenDays * 10 + 10)
            let period = end ? Period.asOf(isoDate(y, last, to)) : Period(start: isoDate(y, last, from), end: isoDate(y, last, to))
            return PeriodMention(period: period, span: i..<j, writtenYear: written)
        }
        if let day, let (month, endDay) = lastOfDays, day <= lastDay, endDay <= Period.lastDay(year: y, month: month) {
            return PeriodMention(period: Period(start: isoDate(y, last, day), end: isoDate(y, month, endDay)), span: i..<j, writtenYear: written)
        }
        // 截至二〇二三年十二月三十一日止年度, 截至六月三十日止六個月: the months a firm's report covers, ending that day.
        if asOf, let day, day == lastDay, let (months, length) = monthsEnded.match(s, at: j, end: limit) {
            let from = (y * 12 + last - months) % 12 + 1, fromYear = (y * 12 + last - months) / 12
            return PeriodMention(period: Period(start: isoDate(fromYear, from, 1), end: isoDate(y, last, day)), span: i..<(j + length), writtenYear: written)
        }
        if let day, day <= lastDay {
            let date = isoDate(y, last, day)
            return PeriodMention(period: asOf ? .asOf(date) : Period(start: date, end: date), span: i..<j, writtenYear: written, day: !asOf)
        }
        if asOf || end {
            return PeriodMention(period: .asOf(isoDate(y, last, lastDay)), span: i..<j, writtenYear: written)
        }
        return PeriodMention(period: Period(start: isoDate(y, first, 1), end: isoDate(y, last, lastDay)), span: i..<j, writtenYear: written)
    }

    /// Which ten days of a month 上旬, 中旬 and 下旬 are, from 0.
    static let tenDayParts: [Unicode.Scalar: Int] = ["上": 0, "中": 1, "下": 2]

    /// YYYY-MM-DD, written byte by byte: a period is built for every date the text gives.
    static func isoDate(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(unsafeUninitializedCapacity: 10) { b in
            let digits = [year / 1000 % 10, year / 100 % 10, year / 10 % 10, year % 10, -1, month / 10, month % 10, -1, day / 10, day % 10]
            for (k, d) in digits.enumerated() { b[k] = d < 0 ? UInt8(ascii: "-") : UInt8(48 + d) }
            return 10
        }
    }

    /// 前7个月, 前两个月, 前2月: the months of the year so far.
    private static func firstMonths(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> (Int, Int)? {
        guard i + 3 <= limit, s[i] == "前" else { return nil }
        var j = i + 1
        while j < limit, j - i <= 3, ChineseNumeral.arabic(s[j]) != nil || ChineseNumeral.digit(s[j]) != nil || ChineseNumeral.smallUnit(s[j]) != nil {
            j += 1
        }
        let written = j + 2 <= limit && s[j] == "个" && s[j + 1] == "月" ? 2 : j < limit && s[j] == "月" && j > i + 1 ? 1 : 0
        guard written > 0 else { return nil }
        let digits = s[(i + 1)..<j]
        let n = digits.allSatisfy { ChineseNumeral.arabic($0) != nil }
            ? digits.reduce(0) { $0 * 10 + ChineseNumeral.arabic($1)! } : ChineseNumeral.value(of: digits).map { Int($0) } ?? 0
        return (1...12).contains(n) ? (n, j + written) : nil
    }

    /// What a year of the Republic of China's calendar, Taiwan's (113年), adds to make the Gregorian year.
    static let rocEra = 1911

    /// A year in four digits, Arabic (2024) or Chinese (二零二四, as Hong Kong writes it).
    private static func fourDigitYear(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> (Int, Int)? {
        if let (value, end) = number(s, i, limit, maxDigits: 4), end - i == 4, (1900...2100).contains(value) { return (value, end) }
        guard i + 4 <= limit, s[i] != "两" else { return nil }
        var value = 0
        for k in i..<(i + 4) {
            guard s[k] != "两", let d = ChineseNumeral.digit(s[k]) else { return nil }
            value = value * 10 + d
        }
        return (1900...2100).contains(value) && (i + 4 == limit || ChineseNumeral.digit(s[i + 4]) == nil) ? (value, i + 4) : nil
    }

    /// A month's or a day's number, in Arabic digits (12) or Chinese numerals (五, 十二, 二十六).
    private static func monthOrDay(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> (Int, Int)? {
        if let found = number(s, i, limit, maxDigits: 2) { return found }
        func digit(_ k: Int) -> Int? { k < limit ? ChineseNumeral.digit(s[k]).flatMap { $0 > 0 && s[k] != "两" ? $0 : nil } : nil }
        var j = i, value = 0
        if let d = digit(j) { (value, j) = (d, j + 1) }
        if j < limit, s[j] == "十" {
            (value, j) = ((value == 0 ? 1 : value) * 10, j + 1)
            if let d = digit(j) { (value, j) = (value + d, j + 1) }
        }
        return j > i && (j == limit || ChineseNumeral.arabic(s[j]) == nil) ? (value, j) : nil
    }

    private static func number(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < limit, j - i < maxDigits, let d = ChineseNumeral.arabic(s[j]) {
            value = value * 10 + d
            j += 1
        }
        if j < limit, ChineseNumeral.arabic(s[j]) != nil { return nil }  // more digits than allowed
        return j > i ? (value, j) : nil
    }
}
