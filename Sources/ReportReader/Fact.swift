import ZhizaoCore

/// A quantitative fact read from a report: what is measured, about what, when, how much, from which words.
public struct Fact: Sendable, Equatable {
    public var value: Double
    public var unit: String
    public var qualifier: Qualifier
    /// "up" or "down" for growth and decline; nil otherwise. The value stays positive.
    public var direction: String?
    public var subject: String?
    public var metric: String?
    public var period: Period?
    /// The clause that states it, from the cleaned text.
    public var quote: String
    /// `[start, end)` in Unicode scalars of the original input.
    public var span: Range<Int>
    /// How many times the document states it.
    public var occurrences: Int

    public init(
        value: Double, unit: String, qualifier: Qualifier, direction: String?, subject: String?, metric: String?, period: Period?,
        quote: String, span: Range<Int>, occurrences: Int
    ) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.direction = direction
        self.subject = subject
        self.metric = metric
        self.period = period
        self.quote = quote
        self.span = span
        self.occurrences = occurrences
    }

    /// "↑" for growth, "↓" for decline, "" otherwise: how listings mark the direction.
    public var directionMark: String {
        direction == "up" ? "↑" : direction == "down" ? "↓" : ""
    }
}

/// The JSON of a fact, field for field as `zhizao extract` documents it: value, unit, qualifier, direction,
/// subject, metric, period (start, end, asOf), quote, span ([start, end)) and occurrences.
extension Fact: Encodable {
    enum CodingKeys: String, CodingKey {
        case value, unit, qualifier, direction, subject, metric, period, quote, span, occurrences
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(qualifier.rawValue, forKey: .qualifier)
        try c.encodeIfPresent(direction, forKey: .direction)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encodeIfPresent(metric, forKey: .metric)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encode(quote, forKey: .quote)
        try c.encode([span.lowerBound, span.upperBound], forKey: .span)
        try c.encode(occurrences, forKey: .occurrences)
    }
}
