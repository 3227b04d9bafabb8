import Testing
@testable import ReportReader

/// The fact of `value` the reader finds in `text`, read as of `date` (YYYY-MM-DD): the rule tests' one way to ask.
func fact(_ text: String, _ value: Double, date: String? = nil) throws -> Fact {
    try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
}

/// Each fact `text` reads into, as one line of what full-fact accuracy compares (value, unit, holder, measure, kind,
/// period): how the rule tests say two texts read the same.
func readings(_ text: String) -> [String] {
    FactExtractor.extract(text, date: nil).map { "\($0.value) \($0.unit) \($0.holder ?? "-") \($0.measure ?? "-") \($0.kind) \(String(describing: $0.period))" }
}
