import ZhizaoCore

/// A figure found in text: its value in base units, unit, qualifier, direction and where it stands.
public struct QuantityMention: Sendable, Equatable {
    /// Base units: 元 amounts in CNY with 万/亿 folded in, percentages as percent points, counts as counted.
    public var value: Double
    /// "CNY", "USD", "%", "pp" (个百分点), "倍", or the measure word as written ("座", "户", "家" …).
    public var unit: String
    public var qualifier: Qualifier
    /// The upper end of a range (3至5亿元), in the same unit.
    public var upTo: Double?
    /// `[start, end)` in Unicode scalars of the scanned text.
    public var span: Range<Int>
}

/// Finds figures in Chinese text. Not figures: technology and product names (5G, 4K, 8K, 12英寸), years and
/// dates (2020年, 12月), durations (连续15年), section numbers (一、, (二)).
public enum QuantityScanner {
    /// Measure words and units kept as written.
    static let measureWords: [String] = [
        "平方公里", "平方米", "万千瓦", "千瓦时", "千瓦", "公里", "公斤", "吨", "亩", "家", "个", "辆", "座", "户", "台", "项", "人次", "人", "名",
        "套", "件", "条", "所", "艘", "架", "部", "张", "批", "款", "根", "片", "块", "栋",
    ]
    static let currencies: [(String, String)] = [("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("日元", "JPY"), ("元", "CNY")]
    static let before: [(String, Qualifier)] = [
        ("大约", .approx), ("约", .approx), ("接近", .nearly), ("近", .nearly), ("超过", .gt), ("超", .gt), ("逾", .gt),
        ("不低于", .ge), ("不少于", .ge), ("不超过", .le), ("不足", .lt), ("不到", .lt), ("突破", .gt), ("达到", .exact),
    ]
    static let after: [(String, Qualifier)] = [
        ("左右", .approx), ("以上", .ge), ("以下", .le), ("以内", .le), ("多", .gt), ("余", .gt),
    ]

    /// Every figure in `text`, in order.
    public static func scan(_ text: String) -> [QuantityMention] {
        let s = Array(text.unicodeScalars)
        var found: [QuantityMention] = []
        var i = 0
        while i < s.count {
            guard let number = readNumber(s, at: i) else {
                i += 1
                continue
            }
            var end = number.end
            var value = number.value
            var upTo: Double?
            // A range: 3至5亿元, 3-5亿元.
            if end < s.count, s[end] == "至" || s[end] == "-" || s[end] == "~" || s[end] == "～" || s[end] == "到",
                let second = readNumber(s, at: end + 1)
            {
                upTo = second.value
                end = second.end
            }
            var magnitude = 1.0
            if has(s, end, "万亿") {
                magnitude = 1e12
                end += 2
            } else if end < s.count, let unit = ChineseNumeral.largeUnits[s[end]] {
                magnitude = unit
                end += 1
            }
            // 300余家, 150多家: more than the figure.
            var more = false
            if end < s.count, s[end] == "余" || s[end] == "多", readUnit(s, at: end + 1) != nil {
                more = true
                end += 1
            }
            guard let (unit, unitLength, scale) = readUnit(s, at: end), !isExcluded(s, number.start, end + unitLength, unit) else {
                i = max(number.end, i + 1)
                continue
            }
            value *= magnitude * scale
            upTo = upTo.map { $0 * magnitude * scale }
            end += unitLength
            var start = number.start
            var qualifier = more ? Qualifier.gt : .exact
            for (word, q) in before where start >= word.unicodeScalars.count && has(s, start - word.unicodeScalars.count, word) {
                qualifier = q
                start -= word.unicodeScalars.count
                break
            }
            for (word, q) in after where has(s, end, word) {
                qualifier = q
                end += word.unicodeScalars.count
                break
            }
            found.append(QuantityMention(value: value, unit: unit, qualifier: qualifier, upTo: upTo, span: start..<end))
            i = end
        }
        return found
    }

    /// A number at `i`: Arabic (1,234.5, full-width) or Chinese (两千, 一百二十); nil when none starts there.
    static func readNumber(_ s: [Unicode.Scalar], at i: Int) -> (value: Double, start: Int, end: Int)? {
        guard i < s.count else { return nil }
        if let digit = arabic(s[i]), digit >= 0 {
            // Not the tail of a word or code like "A3", "5G" handled by the caller.
            if i > 0, s[i - 1].properties.isASCIIHexDigit || s[i - 1] == "." { return nil }
            var j = i
            var text = ""
            while j < s.count {
                if let d = arabic(s[j]), d >= 0 {
                    text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + d)))
                } else if (s[j] == "." || s[j] == "．"), j + 1 < s.count, (arabic(s[j + 1]) ?? -1) >= 0 {
                    text += "."
                } else if (s[j] == "," || s[j] == "，"), j + 3 < s.count, (1...3).allSatisfy({ (arabic(s[j + $0]) ?? -1) >= 0 }),
                    !(j + 4 < s.count && (arabic(s[j + 4]) ?? -1) >= 0)
                {
                    // A thousands separator: exactly three digits follow.
                } else {
                    break
                }
                j += 1
            }
            guard let value = Double(text) else { return nil }
            return (value, i, j)
        }
        guard ChineseNumeral.digits[s[i]] != nil || ChineseNumeral.smallUnits[s[i]] != nil else { return nil }
        // A Chinese numeral takes its 万 and 亿 with it: 三亿五千万 is one number.
        var j = i
        while j < s.count, ChineseNumeral.isNumeral(s[j]) { j += 1 }
        // A lone 一 is an article more often than a figure (一个, 一家, 一批).
        guard j > i, !(j == i + 1 && s[i] == "一"),
            let value = ChineseNumeral.value(of: String(String.UnicodeScalarView(s[i..<j])))
        else { return nil }
        return (value, i, j)
    }

    static func arabic(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    /// The unit at `i`: its name, its length in scalars, and the factor to base units.
    static func readUnit(_ s: [Unicode.Scalar], at i: Int) -> (String, Int, Double)? {
        if has(s, i, "个百分点") { return ("pp", 4, 1) }
        if has(s, i, "%") || has(s, i, "％") { return ("%", 1, 1) }
        if has(s, i, "倍") { return ("倍", 1, 1) }
        for (word, code) in currencies where has(s, i, word) { return (code, word.unicodeScalars.count, 1) }
        for word in measureWords where has(s, i, word) { return (word, word.unicodeScalars.count, 1) }
        return nil
    }

    /// Product and technology names, sections and counters that look like figures but are not.
    static func isExcluded(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ unit: String) -> Bool {
        // 一、 二、 section numbers have no unit and never reach here; 第一个 is an ordinal.
        if start > 0, s[start - 1] == "第" { return true }
        return false
    }

    /// Whether `word` stands at `i` in `s`; compares scalar by scalar, allocating nothing.
    static func has(_ s: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
        guard i >= 0, i < s.count else { return false }
        var j = i
        for scalar in word.unicodeScalars {
            guard j < s.count, s[j] == scalar else { return false }
            j += 1
        }
        return true
    }

    /// The length of `word` in scalars.
    static func length(_ word: String) -> Int { word.unicodeScalars.count }
}
