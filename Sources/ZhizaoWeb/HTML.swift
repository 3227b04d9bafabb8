import ZhizaoCharts
import ZhizaoCore

/// Escaping and the small pieces of markup every page uses.
enum HTML {
    /// Escapes text for HTML text nodes and quoted attributes (the same rules as the charts' XML).
    static func escape(_ text: String) -> String {
        SVG.escape(text)
    }

    /// Percent-encodes a query value.
    static func query(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return out
    }

    static func link(_ href: String, _ text: String, className: String? = nil) -> String {
        let cls = className.map { " class=\"\($0)\"" } ?? ""
        return "<a href=\"\(escape(href))\"\(cls)>\(escape(text))</a>"
    }

    /// A figure as readers write it, the exact value on hover: `<span title="500,000,000,000 元">约5000亿元</span>`.
    static func figure(_ q: Quantity, unit: String, _ l: Language) -> String {
        let shown = ChineseNumberFormat.format(q.value, unit: unit, qualifier: q.qualifier, language: l)
        var exact = ChineseNumberFormat.exact(q.value, unit: unit, language: l)
        if let stated = q.stated { exact += l == .zh ? "（原文：\(stated)）" : " (as stated: \(stated))" }
        return "<span class=\"figure\" title=\"\(escape(exact))\">\(escape(shown))</span>"
    }
}

/// Chinese first, English second: picks the text for the page's language.
struct Words {
    let language: Language

    func callAsFunction(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    func callAsFunction(_ text: LocalizedText) -> String { text.text(language) }
}
