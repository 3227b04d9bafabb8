/// Reads numbers as Chinese text writes them: Arabic digits (with `,` and full-width forms), Chinese numerals
/// (两千亿, 一百二十万, 十五, 三点五), and the two mixed (1320.8万, 3.5亿).
public enum ChineseNumeral {
    static let digits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5,
        "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    static let smallUnits: [Unicode.Scalar: Double] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    static let largeUnits: [Unicode.Scalar: Double] = ["万": 1e4, "亿": 1e8]

    /// Whether the scalar can be part of a Chinese numeral.
    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        digits[s] != nil || smallUnits[s] != nil || largeUnits[s] != nil || s == "点"
    }

    /// The value of a whole Chinese numeral such as 两千亿 or 一百二十万 or 三点五; nil when it is not one.
    public static func value(of text: some StringProtocol) -> Double? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        if let point = scalars.firstIndex(of: "点") {
            guard let whole = value(of: String(String.UnicodeScalarView(scalars[..<point]))) else { return nil }
            var fraction = 0.0, scale = 0.1
            for s in scalars[(point + 1)...] {
                guard let d = digits[s] else { return nil }
                fraction += Double(d) * scale
                scale /= 10
            }
            return whole + fraction
        }
        var total = 0.0  // completed 亿 and 万 sections
        var section = 0.0  // within the current 万 section
        var digit: Double?
        var sawAny = false
        for s in scalars {
            if let d = digits[s] {
                digit = Double(d)
                sawAny = true
            } else if let unit = smallUnits[s] {
                // 十五 means 15: a unit with no digit before it counts one.
                section += (digit ?? 1) * unit
                digit = nil
                sawAny = true
            } else if let unit = largeUnits[s] {
                guard sawAny else { return nil }
                section += digit ?? 0
                digit = nil
                if unit == 1e8 {
                    total = (total + section) * unit
                } else {
                    total += section * unit
                }
                section = 0
            } else {
                return nil
            }
        }
        return sawAny ? total + section + (digit ?? 0) : nil
    }
}
