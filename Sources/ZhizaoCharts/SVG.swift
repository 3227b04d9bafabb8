/// A small SVG writer: elements appended as text, every text node and attribute escaped.
public struct SVG {
    public let width: Double
    public let height: Double
    private var body = ""

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for XML text and attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Roughly how wide `text` is at 13 px: CJK characters are square, Latin ones about half as wide. Curly
    /// quotes, dashes and the ellipsis (U+2010–U+2027) are square too in the CJK fonts the pages use.
    public static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + advance(of: $1) }
    }

    static func advance(of scalar: Unicode.Scalar) -> Double {
        scalar.value >= 0x2E80 || (0x2010...0x2027).contains(scalar.value) ? 13.5 : 7.2
    }

    /// `text` cut to about `width` pixels at 13 px, with "…" where it was cut.
    public static func fitted(_ text: String, width: Double) -> String {
        guard textWidth(text) > width else { return text }
        var kept = String.UnicodeScalarView()
        var used = textWidth("…")
        for scalar in text.unicodeScalars {
            used += advance(of: scalar)
            if used > width { break }
            kept.append(scalar)
        }
        return String(kept) + "…"
    }

    static func number(_ x: Double) -> String {
        let rounded = (x * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// A rectangle; `tooltip` becomes its `<title>`, shown on hover.
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, className: String, tooltip: String? = nil, rx: Double = 0
    ) {
        let attrs = Self.attributes([
            ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
            ("height", Self.number(max(0, height))), ("rx", Self.number(rx)), ("class", className),
        ])
        if let tooltip {
            body += "<rect\(attrs)><title>\(Self.escape(tooltip))</title></rect>"
        } else {
            body += "<rect\(attrs)/>"
        }
    }

    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        body += "<line" + Self.attributes([
            ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("class", className),
        ]) + "/>"
    }

    /// Text anchored at (x, y): `anchor` is start, middle or end.
    public mutating func text(
        _ content: String, x: Double, y: Double, className: String, anchor: String = "start", tooltip: String? = nil
    ) {
        let attrs = Self.attributes([
            ("x", Self.number(x)), ("y", Self.number(y)), ("class", className), ("text-anchor", anchor),
        ])
        let title = tooltip.map { "<title>\(Self.escape($0))</title>" } ?? ""
        body += "<text\(attrs)>\(title)\(Self.escape(content))</text>"
    }

    public mutating func circle(cx: Double, cy: Double, r: Double, className: String, tooltip: String? = nil) {
        let attrs = Self.attributes([("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)), ("class", className)])
        body += tooltip.map { "<circle\(attrs)><title>\(Self.escape($0))</title></circle>" } ?? "<circle\(attrs)/>"
    }

    public mutating func polygon(_ points: [(Double, Double)], className: String, tooltip: String? = nil) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        let attrs = Self.attributes([("points", list), ("class", className)])
        body += tooltip.map { "<polygon\(attrs)><title>\(Self.escape($0))</title></polygon>" } ?? "<polygon\(attrs)/>"
    }

    /// A path (`d` in SVG path syntax); rings inside rings are holes (`fill-rule: evenodd`).
    public mutating func path(_ d: String, className: String, tooltip: String? = nil) {
        let attrs = Self.attributes([("d", d), ("class", className), ("fill-rule", "evenodd")])
        body += tooltip.map { "<path\(attrs)><title>\(Self.escape($0))</title></path>" } ?? "<path\(attrs)/>"
    }

    /// An open line through `points`.
    public mutating func polyline(_ points: [(Double, Double)], className: String, tooltip: String? = nil) {
        let list = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        let attrs = Self.attributes([("points", list), ("class", className)])
        body += tooltip.map { "<polyline\(attrs)><title>\(Self.escape($0))</title></polyline>" } ?? "<polyline\(attrs)/>"
    }

    /// Starts a link group; close it with ``endLink()``.
    public mutating func beginLink(_ href: String) {
        body += "<a href=\"\(Self.escape(href))\">"
    }

    public mutating func endLink() {
        body += "</a>"
    }

    /// The document, with `title` for screen readers and `description` as its longer text, inside a
    /// `div.chart-scroll` that lets narrow screens scroll a chart instead of shrinking its text.
    public func render(title: String, description: String? = nil, id: String) -> String {
        let titleId = "\(id)-title"
        let desc = description.map { "<desc>\(Self.escape($0))</desc>" } ?? ""
        return "<div class=\"chart-scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Self.number(width)) "
            + "\(Self.number(height))\" style=\"max-width: \(Self.number(width))px\" role=\"img\" "
            + "aria-labelledby=\"\(titleId)\"><title id=\"\(titleId)\">"
            + "\(Self.escape(title))</title>\(desc)\(body)</svg></div>"
    }
}
