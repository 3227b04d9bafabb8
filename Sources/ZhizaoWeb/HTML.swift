import ZhizaoCharts
import ZhizaoCore

/// Markup that is safe to send: text interpolated into it is escaped, so markup comes only from literals, other
/// `HTML` values, or an explicit `HTML(raw:)` (the charts' SVG, which escapes its own text).
///
/// ```swift
/// let name = "<script>"
/// let cell: HTML = "<td title=\"\(name)\">\(name) · \(3)</td>"  // <td title="&lt;script&gt;">&lt;script&gt; · 3</td>
/// ```
///
/// A literal inside an interpolation is a `String`, and so escaped, unless typed: write
/// `\(selected ? " selected" as HTML : .empty)`.
struct HTML: ExpressibleByStringInterpolation, Hashable, Sendable {
    /// The markup as it goes on the wire.
    private(set) var markup: String

    /// Markup as given, unescaped: only for markup made by code that escapes its own text (`ZhizaoCharts`).
    init(raw markup: String) {
        self.markup = markup
    }

    /// A literal is markup.
    init(stringLiteral literal: String) {
        markup = literal
    }

    init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    /// Literal parts as markup, interpolated text escaped, interpolated `HTML` as it is.
    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var markup = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Text, escaped for a text node or a quoted attribute.
        mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// A whole number as its digits.
        mutating func appendInterpolation<Number: BinaryInteger>(_ number: Number) {
            markup += String(number)
        }
    }

    /// No markup.
    static let empty: HTML = ""

    var isEmpty: Bool { markup.isEmpty }

    static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(raw: lhs.markup + rhs.markup)
    }

    static func += (lhs: inout HTML, rhs: HTML) {
        lhs.markup += rhs.markup
    }
}

extension Sequence<HTML> {
    /// The pieces one after another, `separator` between them.
    func joined(separator: HTML = .empty) -> HTML {
        HTML(raw: map(\.markup).joined(separator: separator.markup))
    }
}

// MARK: - Helpers

extension HTML {
    /// Escapes text for HTML text nodes and quoted attributes: `&`, `<`, `>`, `"` and `'` (the charts' rules).
    static func escape(_ text: String) -> String {
        SVG.escape(text)
    }

    /// Percent-encodes a query key or value.
    static func query(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte >> 4, radix: 16, uppercase: true)
                out += String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// `<a href="…">text</a>`, both escaped.
    static func link(_ href: String, _ text: String) -> HTML {
        "<a href=\"\(href)\">\(text)</a>"
    }

    /// `<a href="…">markup</a>`, the address escaped.
    static func link(_ href: String, _ markup: HTML) -> HTML {
        "<a href=\"\(href)\">\(markup)</a>"
    }

    /// A figure as readers write it, the exact value on hover: `<span title="500,000,000,000 元">约5000亿元</span>`; on
    /// a Chinese page the hover also gives the figure as the source wrote it.
    static func figure(_ q: Quantity, unit: String, _ l: Language) -> HTML {
        let shown = ChineseNumberFormat.format(q.value, unit: unit, qualifier: q.qualifier, language: l)
        return "<span class=\"figure\" title=\"\(exact(q, unit: unit, l))\">\(shown)</span>"
    }

    /// A count of firms as readers write it (100万家, 1 mn), the exact number on hover.
    static func firms(_ count: Int, _ l: Language) -> HTML { figure(Quantity(Double(count)), unit: firmsUnit(l), l) }

    /// The unit of a count of firms in `l`: 家 in Chinese; none in English, where the sentence names them.
    static func firmsUnit(_ l: Language) -> String { l == .zh ? "家" : "个" }

    /// The exact value, and on a Chinese page the figure as the source wrote it: "500,000,000,000 元（原文：约5000亿元）".
    static func exact(_ q: Quantity, unit: String, _ l: Language) -> String {
        let exact = ChineseNumberFormat.exact(q.value, unit: unit, language: l)
        guard let stated = q.stated, l == .zh else { return exact }
        return exact + "（原文：\(stated)）"
    }

    /// A name or title as written, on a page in `l`: marked with its own language when written in the other one
    /// (a firm's Chinese name on an English page, an account's Latin name on a Chinese page), so that browsers,
    /// screen readers and the one-language check know it for a name.
    static func name(_ text: String, on l: Language) -> HTML {
        let own: Language? = Language.hasChineseScript(text) ? .zh : text.contains(where: \.isLetter) ? .en : nil
        guard let own, own != l else { return "\(text)" }
        return "<span lang=\"\(own.htmlTag)\">\(text)</span>"
    }

    /// A description that mentions words of the other script, each marked: on a Chinese page the Latin words are
    /// codes one types (`place:huadu`, `signed`, `YYYY-MM-DD`), on an English page the Chinese ones are examples
    /// (花都区, 亿元).
    static func mixed(_ text: String, on l: Language) -> HTML {
        let pattern = l == .zh ? /[A-Za-z][A-Za-z0-9_:\-\[\]]*/ : /[\p{Han}\u{3000}-\u{303F}\u{FF00}-\u{FFEF}]+/
        var out = HTML.empty
        var rest = Substring(text)
        while let match = rest.firstMatch(of: pattern) {
            out += "\(String(rest[..<match.range.lowerBound]))"
            let word = String(match.output)
            out += l == .zh ? "<code>\(word)</code>" : "<span lang=\"zh-CN\">\(word)</span>"
            rest = rest[match.range.upperBound...]
        }
        return out + "\(String(rest))"
    }

    /// The source's words, verbatim, marked with their language; nil on a Chinese page when they are not Chinese
    /// (the built-in dataset quotes an English summary of its article, which a Chinese page does not show).
    static func quotation(_ text: String?, on l: Language) -> HTML? {
        guard let text, !text.isEmpty else { return nil }
        let own = Language.of(text) ?? l
        if l == .zh && own != .zh { return nil }
        return "<q lang=\"\(own.htmlTag)\">\(text)</q>"
    }
}

/// Chinese first, English second: picks the text for the page's language. Text, not markup: it is escaped
/// where it is interpolated into `HTML`.
struct Words {
    let language: Language

    func callAsFunction(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    func callAsFunction(_ text: LocalizedText) -> String { text.text(language) }
}

extension Language {
    /// The language's tag in HTML's `lang`: `zh-CN`, `en`.
    var htmlTag: String { self == .zh ? "zh-CN" : "en" }
}
