/// Formats figures the way Chinese readers write them (5000亿元, 4.8万座, 40%) and exact values for hover.
public enum ChineseNumberFormat {
    /// A figure in its metric's base unit for `language`: "约5000亿元" / "≈ 500 bn CNY", "4.8万座" / "48,000".
    public static func format(_ value: Double, unit: String, qualifier: Qualifier = .exact, language: Language)
        -> String
    {
        let prefix = qualifier.prefix(language)
        let space = language == .en && !prefix.isEmpty && !prefix.hasSuffix(" ") ? " " : ""
        return prefix + space + (language == .zh ? zh(value, unit: unit) : en(value, unit: unit))
    }

    /// The exact value with thousands separators and the unit, e.g. "500,000,000,000 元".
    public static func exact(_ value: Double, unit: String, language: Language) -> String {
        let unitText = language == .zh ? zhUnit(unit) : enUnit(unit)
        return grouped(decimal(value, maxFraction: 6)) + (unitText.isEmpty ? "" : " " + unitText)
    }

    private static func zh(_ value: Double, unit: String) -> String {
        switch unit {
        case "%": return decimal(value, maxFraction: 2) + "%"
        case "pp": return decimal(value, maxFraction: 2) + "个百分点"
        case "倍": return decimal(value, maxFraction: 2) + "倍"
        default:
            let word = zhUnit(unit)
            let magnitude = abs(value)
            if magnitude >= 1e12 { return decimal(value / 1e12, maxFraction: 2) + "万亿" + word }
            if magnitude >= 1e8 { return decimal(value / 1e8, maxFraction: 2) + "亿" + word }
            if magnitude >= 1e4 { return decimal(value / 1e4, maxFraction: 2) + "万" + word }
            return decimal(value, maxFraction: 2) + word
        }
    }

    private static func en(_ value: Double, unit: String) -> String {
        switch unit {
        case "%": return decimal(value, maxFraction: 2) + " %"
        case "pp": return decimal(value, maxFraction: 2) + " pp"
        case "倍": return decimal(value, maxFraction: 2) + "×"
        default:
            let word = enUnit(unit)
            let suffix = word.isEmpty ? "" : " " + word
            let magnitude = abs(value)
            if magnitude >= 1e12 { return decimal(value / 1e12, maxFraction: 3) + " tn" + suffix }
            if magnitude >= 1e9 { return decimal(value / 1e9, maxFraction: 3) + " bn" + suffix }
            if magnitude >= 1e6 { return decimal(value / 1e6, maxFraction: 3) + " mn" + suffix }
            return grouped(decimal(value, maxFraction: 2)) + suffix
        }
    }

    /// The Chinese word for a base unit: "CNY" is 元, every other currency the report reader writes its own (HKD
    /// 港元, TWD 新台币); measure words stay as they are.
    public static func zhUnit(_ unit: String) -> String {
        currencyWords[unit] ?? unit
    }
    static let currencyWords = [
        "CNY": "元", "USD": "美元", "HKD": "港元", "MOP": "澳门元", "TWD": "新台币", "EUR": "欧元", "JPY": "日元", "GBP": "英镑", "AUD": "澳元",
        "KRW": "韩元", "SGD": "新加坡元",
    ]

    /// The English word for a base unit or measure word.
    public static func enUnit(_ unit: String) -> String {
        [
            "CNY": "CNY", "USD": "USD", "辆": "vehicles", "座": "stations", "户": "users", "个": "", "家": "firms",
            "项": "projects", "台": "units", "吨": "t", "平方米": "m²", "亩": "mu", "倍": "×", "人": "people",
            "件": "items", "位": "places", "元": "CNY",
        ][unit] ?? unit
    }

    /// `value` with at most `maxFraction` decimals, trailing zeros dropped, never in exponent form.
    public static func decimal(_ value: Double, maxFraction: Int) -> String {
        var scale = 1.0
        for _ in 0..<maxFraction { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return String(Int64(value.rounded())) }
        let units = Int64(scaled)
        let whole = units / Int64(scale), fraction = units % Int64(scale)
        var text = String(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: maxFraction - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return (value < 0 && units > 0 ? "-" : "") + text
    }

    /// Inserts thousands separators into the integer part of a decimal string.
    static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }
}
