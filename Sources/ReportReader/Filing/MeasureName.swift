/// Names of measured quantities compared as docs/FACTS.md says: whitespace, quotation marks, 的 and brackets
/// (with what they enclose, a note such as （含室外、室内及共享）) dropped, 规上 read as 规模以上, 新 before an event that
/// counts projects dropped (新签约 is 签约); traditional script is simplified by the reader already.
public enum MeasureName {
    static func normalized(_ text: String) -> String {
        var out = "", depth = 0
        for c in text {
            switch c {
            case "（", "(", "[", "【": depth += 1
            case "）", ")", "]", "】": depth = max(0, depth - 1)
            case _ where depth > 0: continue
            case "“", "”", "「", "」", "『", "』", "‘", "’", "\"", "'", "的": continue
            case _ where c.isWhitespace: continue
            default: out.append(c)
            }
        }
        out = out.replacingOccurrences(of: "规上", with: "规模以上")
        // 新签约项目数 counts what 签约项目数 counts: the projects of the period's events, one metric.
        for event in ["新签约", "新开工", "新引进", "新投产", "新竣工"] where out.hasPrefix(event) { out.removeFirst() }
        return out
    }

    /// A count's name without its trailing 数 or 数量 (5G基站数 → 5G基站), so it meets the metric's name.
    static func counted(_ name: String) -> String {
        if name.hasSuffix("数量"), name.count > 2 { return String(name.dropLast(2)) }
        if name.hasSuffix("数"), name.count > 1 { return String(name.dropLast()) }
        return name
    }

    /// Whether `unit` counts things (家, 个, 座 …) rather than money, percent, points or multiples.
    static func isCount(_ unit: String) -> Bool {
        !["CNY", "USD", "EUR", "HKD", "JPY", "%", "‰", "pp", "倍", "位"].contains(unit)
    }
}
