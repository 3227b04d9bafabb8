import ZhizaoCore

/// What a figure is (docs/FACTS.md): a level, a change, a share, a rank, a goal or an expectation.
public enum FactKind: String, Sendable, CaseIterable, Codable {
    case level, change, share, rank, target, forecast

    /// Whether the figure states what was, not what is wanted or expected.
    public var isActual: Bool { self != .target && self != .forecast }

    /// The kind as a listing in `language` shows it: 水平 or level.
    public func label(_ language: Language) -> String { language == .zh ? label : rawValue }

    /// The Chinese word for the kind, as listings show it.
    public var label: String {
        switch self {
        case .level: "水平"
        case .change: "变化"
        case .share: "占比"
        case .rank: "排名"
        case .target: "目标"
        case .forecast: "预计"
        }
    }
}

/// A quantitative fact read from a report (docs/FACTS.md): who or where it is about (`holder`), what it measures
/// (`measure`), what kind of figure it is, compared with what, for when, how much, from which words.
public struct Fact: Sendable, Equatable {
    public var value: Double
    public var unit: String
    public var qualifier: Qualifier
    /// "up" or "down" for growth and decline; nil otherwise. The value stays positive.
    public var direction: String?
    /// A place, an industry, a firm, a park or a project; nil when the text does not say.
    public var holder: String?
    /// The words as written when `holder` resolves them (全区 → 花都区); nil otherwise.
    public var holderWritten: String?
    /// The measured quantity (规模以上工业增加值, 签约项目数); a change's or share's is the quantity it is of.
    public var measure: String?
    public var kind: FactKind
    /// What a change is compared with (同比, 比上年, 高于全省) or the whole a share is of; nil when not written.
    public var basis: String?
    public var period: Period?
    /// The clause that states it, from the cleaned text.
    public var quote: String
    /// `[start, end)` in Unicode scalars of the original input: the first statement's.
    public var span: Range<Int>
    /// How many times the document states it.
    public var occurrences: Int
    /// Every statement's span, the first being `span`: a page that repeats a passage states its facts again.
    public var spans: [Range<Int>]
    /// The upper end of a range (3至5亿元: value 3e8, upTo 5e8), in the same unit; nil for a single figure.
    public var upTo: Double?

    public init(
        value: Double, unit: String, qualifier: Qualifier, direction: String?, holder: String?, holderWritten: String? = nil,
        measure: String?, kind: FactKind, basis: String? = nil, period: Period?, quote: String, span: Range<Int>, occurrences: Int,
        upTo: Double? = nil
    ) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.direction = direction
        self.holder = holder
        self.holderWritten = holderWritten
        self.measure = measure
        self.kind = kind
        self.basis = basis
        self.period = period
        self.quote = quote
        self.span = span
        self.occurrences = occurrences
        self.spans = [span]
        self.upTo = upTo
    }

    /// "↑" for growth, "↓" for decline, "" otherwise: how listings mark the direction.
    public var directionMark: String {
        direction == "up" ? "↑" : direction == "down" ? "↓" : ""
    }
}

/// The JSON of a fact, one line, field for field as `zhizao extract` documents it: basis, direction, holder,
/// holderWritten, kind, measure, occurrences, period (asOf, or start and end), qualifier, quote, span ([start,
/// end)), spans (every statement's, when there are several), unit, upTo (a range's upper end, when it is one) and
/// value, keys sorted; a field without a value is left out.
/// Written by hand: a long document's facts are printed faster than JSONEncoder would box them.
extension Fact {
    public var jsonLine: String {
        var out: [UInt8] = []
        out.reserveCapacity(256 + spans.count * 16)
        writeJSON(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON object (no newline) to `out`: a long listing writes its facts without making strings. (It
    /// reserves no room: reserving exactly what one fact needs in a listing's buffer copied the buffer each time it
    /// was nearly full, where growing by appending doubles it.)
    public func writeJSON(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        var first = true
        func key(_ name: StaticString) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
        }
        func string(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            key(name)
            Self.quoted(value, into: &out)
        }
        func range(_ r: Range<Int>) {
            out.append(UInt8(ascii: "["))
            Self.digits(r.lowerBound, into: &out)
            out.append(UInt8(ascii: ","))
            Self.digits(r.upperBound, into: &out)
            out.append(UInt8(ascii: "]"))
        }
        string("basis", basis)
        string("direction", direction)
        string("holder", holder)
        string("holderWritten", holderWritten)
        string("kind", kind.rawValue)
        string("measure", measure)
        key("occurrences")
        Self.digits(occurrences, into: &out)
        if let period {
            key("period")
            out.append(UInt8(ascii: "{"))
            first = true
            string("asOf", period.asOf)
            string("end", period.end)
            string("start", period.start)
            first = false
            out.append(UInt8(ascii: "}"))
        }
        string("qualifier", qualifier.rawValue)
        string("quote", quote)
        key("span")
        range(span)
        if spans.count > 1 {
            key("spans")
            out.append(UInt8(ascii: "["))
            for (k, r) in spans.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                range(r)
            }
            out.append(UInt8(ascii: "]"))
        }
        string("unit", unit)
        if let upTo {
            key("upTo")
            Self.figure(upTo, into: &out)
        }
        key("value")
        Self.figure(value, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A whole number's digits, written without making a String.
    private static func digits(_ n: Int, into out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        let start = out.count
        repeat {
            out.append(UInt8(48 + magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        // (Turned by swapping in place: reversing a slice of `out` retained its storage for every figure.)
        var (i, j) = (start, out.count - 1)
        while i < j {
            out.swapAt(i, j)
            (i, j) = (i + 1, j - 1)
        }
    }

    /// `number(value)`'s text: a whole number's digits written without making a String.
    private static func figure(_ value: Double, into out: inout [UInt8]) {
        if isWhole(value) { digits(Int(value), into: &out) } else { out.append(contentsOf: "\(value)".utf8) }
    }

    /// Whether a figure is written without a fraction.
    private static func isWhole(_ value: Double) -> Bool { value == value.rounded() && abs(value) < 1e15 }

    /// Appends `text` as a JSON string literal, byte for byte what `JSONText.quoted` makes: quotes, backslashes
    /// and control characters escaped, the rest of the UTF-8 copied.
    static func quoted(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var from = 0
            for i in bytes.indices where bytes[i] < 0x20 || bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "\\") {
                let b = bytes[i]
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
                from = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
                default: out += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex(b >> 4), hex(b & 0xF)]
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func hex(_ d: UInt8) -> UInt8 { d < 10 ? 48 + d : 87 + d }

    /// A figure as JSON: whole numbers without a fraction.
    static func number(_ value: Double) -> String {
        isWhole(value) ? String(Int64(value)) : "\(value)"
    }
}
