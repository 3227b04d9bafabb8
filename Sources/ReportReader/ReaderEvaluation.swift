import Foundation
import ZhizaoCore

/// Scores the reader against annotated text: precision and recall of value + unit, and how often the subject,
/// period, qualifier and direction of the facts found are right.
public struct Evaluation: Sendable {
    /// One annotated passage: its text, the document's date, and the facts an analyst would type.
    public struct Case: Sendable, Decodable {
        public struct Expected: Sendable, Decodable {
            public var value: Double
            public var unit: String
            public var qualifier: String?
            public var direction: String?
            public var subject: String?
            public var period: Period?
        }

        public var text: String
        public var date: String?
        public var facts: [Expected]
    }

    public var found = 0
    public var expected = 0
    public var matched = 0
    public var subjectRight = 0
    public var periodRight = 0
    public var qualifierRight = 0
    public var directionRight = 0
    /// What went wrong, one line a miss, for reading.
    public var misses: [String] = []

    public var precision: Double { found == 0 ? 0 : Double(matched) / Double(found) }
    public var recall: Double { expected == 0 ? 0 : Double(matched) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Reads the annotated set (`cases.jsonl`: one JSON case a line) shipped with the reader.
    public static func shippedCases() throws -> [Case] {
        guard let url = Bundle.module.url(forResource: "cases", withExtension: "jsonl", subdirectory: "Evaluation") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try cases(String(contentsOf: url, encoding: .utf8))
    }

    public static func cases(_ jsonl: String) throws -> [Case] {
        try jsonl.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("//") }.map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
    }

    /// Runs the reader over `cases` and scores it.
    public init(cases: [Case]) {
        for c in cases {
            let facts = FactExtractor.extract(c.text, documentYear: c.date.flatMap { Int($0.prefix(4)) })
            found += facts.count
            expected += c.facts.count
            var unused = facts
            for gold in c.facts {
                guard let k = unused.firstIndex(where: { abs($0.value - gold.value) <= max(1e-9, abs(gold.value) * 1e-9) && $0.unit == gold.unit })
                else {
                    misses.append("missed \(gold.value) \(gold.unit) in: \(c.text.prefix(60))")
                    continue
                }
                let fact = unused.remove(at: k)
                matched += 1
                if gold.subject == nil || fact.subject == gold.subject { subjectRight += 1 } else {
                    misses.append("subject \(fact.subject ?? "nil") ≠ \(gold.subject!) in: \(c.text.prefix(60))")
                }
                if gold.period == nil || fact.period == gold.period { periodRight += 1 } else {
                    misses.append("period \(fact.period.map { $0.label(.zh) } ?? "nil") ≠ \(gold.period!.label(.zh)) in: \(c.text.prefix(60))")
                }
                if fact.qualifier.rawValue == (gold.qualifier ?? "exact") { qualifierRight += 1 } else {
                    misses.append("qualifier \(fact.qualifier.rawValue) ≠ \(gold.qualifier ?? "exact") in: \(c.text.prefix(60))")
                }
                if fact.direction == gold.direction { directionRight += 1 } else {
                    misses.append("direction \(fact.direction ?? "nil") ≠ \(gold.direction ?? "nil") in: \(c.text.prefix(60))")
                }
            }
            for extra in unused { misses.append("extra \(extra.value) \(extra.unit) in: \(c.text.prefix(60))") }
        }
    }

    /// The scores as a short report.
    public var summary: String {
        func r(_ x: Int) -> String { matched == 0 ? "—" : String(format: "%.3f", Double(x) / Double(matched)) }
        return String(
            format: "facts expected %d, found %d, matched %d\nprecision %.3f  recall %.3f  F1 %.3f\n", expected, found, matched,
            precision, recall, f1)
            + "accuracy on matched facts: subject \(r(subjectRight))  period \(r(periodRight))  qualifier \(r(qualifierRight))  direction \(r(directionRight))\n"
    }
}
