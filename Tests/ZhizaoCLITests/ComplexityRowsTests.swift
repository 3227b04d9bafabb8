import Foundation
import Testing
@testable import ZhizaoCLI

/// The number text of `zhizao complexity`'s rows, written into a byte buffer.
@Suite struct ComplexityRowsTests {
    static func text(_ value: Double, _ format: ComplexityRows.Format = .csv) -> String {
        var bytes: [UInt8] = []
        ComplexityRows.append(value, format: format, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func wholeNumbersHaveNoPointAndNaNIsEmptyOrNull() {
        #expect(Self.text(0) == "0")
        #expect(Self.text(-0.0) == "0")
        #expect(Self.text(1) == "1")
        #expect(Self.text(-42) == "-42")
        #expect(Self.text(999_999_999_999_999) == "999999999999999")
        #expect(Self.text(1e15) == "1000000000000000.0")  // Swift's description
        #expect(Self.text(.nan) == "")
        #expect(Self.text(.nan, .jsonl) == "null")
    }

    @Test func otherNumbersAreTheShortestTextThatReadsBack() {
        // Given seeded doubles of every size and sign
        var state: UInt64 = 99
        for _ in 0..<50_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state >> 2 | (state & 1) << 63)
            guard value.isFinite, value != value.rounded(.towardZero) || abs(value) >= 1e15 else { continue }
            // Then the text is Swift's description, and reads back to the same double
            #expect(Self.text(value) == value.description)
            #expect(Double(Self.text(value)) == value)
        }
    }
}
