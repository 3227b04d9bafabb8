import Testing
@testable import ReportReader

/// The fact of `value` the reader finds in `text`, read as of `date` (YYYY-MM-DD): the rule tests' one way to ask.
func fact(_ text: String, _ value: Double, date: String? = nil) throws -> Fact {
    try #require(FactExtractor.extract(text, date: date).first { $0.value == value }, "no \(value) in \(text)")
}
