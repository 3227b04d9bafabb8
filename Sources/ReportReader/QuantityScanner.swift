import ZhizaoCore

/// A figure found in text: its value in base units, unit, qualifier, direction and where it stands.
public struct QuantityMention: Sendable, Equatable {
    /// Base units: 元 amounts in CNY with 万/亿 folded in, percentages as percent points, counts as counted.
    public var value: Double
    /// "CNY", "USD", "%", "pp" (个百分点), "倍", or the measure word as written ("座", "户", "家" …).
    public var unit: String
    /// Money, a ratio (%, pp, 倍: what growth is stated in) or a count of things.
    public var kind: UnitKind
    public var qualifier: Qualifier
    /// The upper end of a range (3至5亿元), in the same unit.
    public var upTo: Double?
    /// `[start, end)` in Unicode scalars of the scanned text.
    public var span: Range<Int>
}

/// What a unit measures.
public enum UnitKind: Sendable, Equatable {
    case money, ratio, count
}

/// Finds figures in Chinese text. Not figures: technology and product names (5G, 4K, 8K, 12英寸), years and
/// dates (2020年, 12月), durations (连续15年), section numbers (一、, (二)).
public enum QuantityScanner {
    /// Units: the name a fact carries, and the factor to base units.
    static let units = Lexicon<(name: String, kind: UnitKind)>(
        [("个百分点", ("pp", .ratio)), ("%", ("%", .ratio)), ("％", ("%", .ratio)), ("倍", ("倍", .ratio))]
            + [("美元", "USD"), ("欧元", "EUR"), ("港元", "HKD"), ("日元", "JPY"), ("元", "CNY")].map { ($0.0, ($0.1, .money)) }
            + [
                "平方公里", "平方米", "万千瓦", "千瓦时", "千瓦", "公里", "公斤", "吨", "亩", "家", "个", "辆", "座", "户", "台", "项", "人次", "人", "名",
                "套", "件", "条", "所", "艘", "架", "部", "张", "批", "款", "根", "片", "块", "栋",
            ].map { ($0, ($0, .count)) })
    /// Qualifiers written before the figure.
    static let before = Lexicon<Qualifier>([
        ("大约", .approx), ("约", .approx), ("接近", .nearly), ("近", .nearly), ("超过", .gt), ("超", .gt), ("逾", .gt),
        ("不低于", .ge), ("不少于", .ge), ("不超过", .le), ("不足", .lt), ("不到", .lt), ("突破", .gt), ("达到", .exact),
    ])
    /// Qualifiers written after it.
    static let after = Lexicon<Qualifier>([
        ("左右", .approx), ("以上", .ge), ("以下", .le), ("以内", .le), ("多", .gt), ("余", .gt),
    ])
    static let rangeMarks = ScalarSet(["至", "-", "~", "～", "到"])
    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    /// Every figure in `text`, in order.
    public static func scan(_ text: String) -> [QuantityMention] {
        let s = Array(text.unicodeScalars)
        var found: [QuantityMention] = []
        var i = 0
        while i < s.count {
            let (mention, next) = mention(s, at: i, end: s.count)
            if let mention { found.append(mention) }
            i = next
        }
        return found
    }

    /// Scalars a figure can start with: the digits and Chinese numerals `mayStart` accepts.
    static let startScalars = Array("0123456789０１２３４５６７８９零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟".unicodeScalars)

    /// Whether a figure can start with this scalar: a digit or a Chinese numeral.
    @inline(__always) static func mayStart(_ c: Unicode.Scalar) -> Bool {
        ChineseNumeral.arabic(c) != nil || ChineseNumeral.digit(c) != nil || ChineseNumeral.smallUnit(c) != nil
    }

    /// The figure whose number starts at `i` (its span may start earlier, at a qualifier), and where to look next.
    static func mention(_ s: [Unicode.Scalar], at i: Int, end limit: Int) -> (QuantityMention?, next: Int) {
        guard let number = readNumber(s, at: i, end: limit) else { return (nil, i + 1) }
        var end = number.end
        var upTo: Number?
        // A range: 3至5亿元, 3-5亿元.
        if end < limit, rangeMarks.contains(s[end]), let second = readNumber(s, at: end + 1, end: limit) {
            upTo = second
            end = second.end
        }
        var magnitude = 0  // a power of ten
        if end + 1 < limit, s[end] == "万", s[end + 1] == "亿" {
            magnitude = 12
            end += 2
        } else if end < limit, s[end] == "万" || s[end] == "亿" {
            magnitude = s[end] == "万" ? 4 : 8
            end += 1
        }
        // 300余家, 150多家: more than the figure.
        var more = false
        if end < limit, s[end] == "余" || s[end] == "多", units.match(s, at: end + 1, end: limit) != nil {
            more = true
            end += 1
        }
        guard let (unit, unitLength) = units.match(s, at: end, end: limit), !isExcluded(s, number.start) else {
            return (nil, max(number.end, i + 1))
        }
        end += unitLength
        var start = number.start
        var qualifier = more ? Qualifier.gt : .exact
        if let (q, length) = before.match(s, endingAt: start, start: 0) {
            qualifier = q
            start -= length
        }
        if let (q, length) = after.match(s, at: end, end: limit) {
            qualifier = q
            end += length
        }
        let mention = QuantityMention(
            value: number.times(magnitude), unit: unit.name, kind: unit.kind, qualifier: qualifier, upTo: upTo?.times(magnitude), span: start..<end)
        return (mention, end)
    }

    /// A number as written: `digits` × 10^`exponent`, so that 4,500.6亿 is 45006 × 10^7 exactly, not 4500.6 × 10^8.
    struct Number {
        var digits: Double
        var exponent: Int
        var start: Int, end: Int

        /// Its value times 10^`power`: one multiplication or division of exact operands, so rounded once.
        func times(_ power: Int) -> Double {
            let e = exponent + power
            return e >= 0 ? digits * QuantityScanner.powersOfTen[min(e, 22)] : digits / QuantityScanner.powersOfTen[min(-e, 22)]
        }
    }

    /// A number at `i`: Arabic (1,234.5, full-width) or Chinese (两千, 一百二十); nil when none starts there.
    static func readNumber(_ s: [Unicode.Scalar], at i: Int, end limit: Int) -> Number? {
        guard i < limit else { return nil }
        if ChineseNumeral.arabic(s[i]) != nil {
            // Not the tail of a word or code like "A3".
            if i > 0, isASCIIAlphanumeric(s[i - 1]) || s[i - 1] == "." { return nil }
            return readArabic(s, at: i, end: limit)
        }
        guard ChineseNumeral.digit(s[i]) != nil || ChineseNumeral.smallUnit(s[i]) != nil else { return nil }
        // A Chinese numeral takes its 万 and 亿 with it: 三亿五千万 is one number.
        var j = i
        while j < limit, ChineseNumeral.isNumeral(s[j]) { j += 1 }
        // A lone 一 is an article more often than a figure (一个, 一家, 一批).
        guard j > i, !(j == i + 1 && s[i] == "一"), let value = ChineseNumeral.value(of: s[i..<j]) else { return nil }
        return Number(digits: value, exponent: 0, start: i, end: j)
    }

    /// Digits with an optional fraction and thousands separators (exactly three digits after each).
    private static func readArabic(_ s: [Unicode.Scalar], at i: Int, end limit: Int) -> Number? {
        var j = i
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0
        var inFraction = false
        func isDigit(_ k: Int) -> Bool { k < limit && ChineseNumeral.arabic(s[k]) != nil }
        while j < limit {
            if let d = ChineseNumeral.arabic(s[j]) {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(d)
                    digits += 1
                    if inFraction { fractionDigits += 1 }
                } else if !inFraction {
                    return nil  // longer than any figure: a code or an identifier
                }
            } else if !inFraction, s[j] == "." || s[j] == "．", isDigit(j + 1) {
                inFraction = true
            } else if !inFraction, s[j] == "," || s[j] == "，", isDigit(j + 1), isDigit(j + 2), isDigit(j + 3), !isDigit(j + 4) {
                // A thousands separator: exactly three digits follow.
            } else {
                break
            }
            j += 1
        }
        guard digits <= 15 else {
            let text = String(String.UnicodeScalarView(s[i..<j].compactMap { c in ChineseNumeral.arabic(c).map { Unicode.Scalar(UInt8(48 + $0)) } ?? (c == "." || c == "．" ? "." : nil) }))
            return Double(text).map { Number(digits: $0, exponent: 0, start: i, end: j) }
        }
        return Number(digits: Double(mantissa), exponent: -fractionDigits, start: i, end: j)
    }

    /// A Latin letter or an ASCII digit: part of a code or model name (A3, 5G).
    @inline(__always) static func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// Ordinals (第一个) look like figures but are not; technology names (5G) and years have no unit and never get here.
    static func isExcluded(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        start > 0 && s[start - 1] == "第"
    }
}
