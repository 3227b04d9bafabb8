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

    /// A figure as readers write it, the exact value on hover: `<span title="500,000,000,000 元">约5000亿元</span>`.
    static func figure(_ q: Quantity, unit: String, _ l: Language) -> HTML {
        let shown = ChineseNumberFormat.format(q.value, unit: unit, qualifier: q.qualifier, language: l)
        var exact = ChineseNumberFormat.exact(q.value, unit: unit, language: l)
        if let stated = q.stated { exact += l == .zh ? "（原文：\(stated)）" : " (as stated: \(stated))" }
        return "<span class=\"figure\" title=\"\(exact)\">\(shown)</span>"
    }
}

/// Chinese first, English second: picks the text for the page's language. Text, not markup: it is escaped
/// where it is interpolated into `HTML`.
struct Words {
    let language: Language

    func callAsFunction(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    func callAsFunction(_ text: LocalizedText) -> String { text.text(language) }
}
