/// Reads numbers as Chinese text writes them: Arabic digits (with `,` and full-width forms), Chinese numerals
/// (两千亿, 一百二十万, 十五, 三点五), and the two mixed (1320.8万, 3.5亿).
public enum ChineseNumeral {
    /// The value of a Chinese digit (一 = 1, 两 = 2, 〇 = 0, and the financial forms 壹 贰 …).
    @inline(__always) static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "零", "〇": 0
        case "一", "壹": 1
        case "二", "贰", "两": 2
        case "三", "叁": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    /// 十 百 千 within a 万 section.
    @inline(__always) static func smallUnit(_ s: Unicode.Scalar) -> Double? {
        switch s {
        case "十", "拾": 10
        case "百", "佰": 100
        case "千", "仟": 1000
        default: nil
        }
    }

    /// 万 and 亿.
    @inline(__always) static func largeUnit(_ s: Unicode.Scalar) -> Double? {
        switch s {
        case "万": 1e4
        case "亿": 1e8
        default: nil
        }
    }

    /// The value of an Arabic digit, ASCII or full-width.
    @inline(__always) static func arabic(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    /// Whether the scalar can be part of a Chinese numeral.
    @inline(__always) static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        digit(s) != nil || smallUnit(s) != nil || largeUnit(s) != nil || s == "点"
    }

    /// Where the run of Arabic digits and Chinese numerals in `s` from `start` ends, before `end` (50强, 问题3：, 68家).
    static func runEnd(_ s: [Unicode.Scalar], from start: Int, before end: Int) -> Int {
        var k = start
        while k < end, arabic(s[k]) != nil || isNumeral(s[k]) { k += 1 }
        return k
    }

    /// The value of a whole Chinese numeral such as 两千亿 or 一百二十万 or 三点五; nil when it is not one.
    public static func value(of text: some StringProtocol) -> Double? {
        value(of: Array(text.unicodeScalars)[...])
    }

    static func value(of scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !scalars.isEmpty else { return nil }
        if let point = scalars.firstIndex(of: "点") {
            guard let whole = value(of: scalars[..<point]) else { return nil }
            var fraction = 0.0, scale = 0.1
            for s in scalars[(point + 1)...] {
                guard let d = digit(s) else { return nil }
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
            if let d = Self.digit(s) {
                digit = Double(d)
                sawAny = true
            } else if let unit = smallUnit(s) {
                // 十五 means 15: a unit with no digit before it counts one.
                section += (digit ?? 1) * unit
                digit = nil
                sawAny = true
            } else if let unit = largeUnit(s) {
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
