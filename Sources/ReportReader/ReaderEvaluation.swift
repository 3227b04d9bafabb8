import Foundation
import ZhizaoCore

/// Scores the reader against annotated text (docs/FACTS.md): precision and recall of value + unit, full-fact
/// accuracy (value, unit, holder, measure, period and kind all right), and each field's accuracy on the facts found.
public struct Evaluation: Sendable {
    /// One annotated passage: its text, the document's date and place, and the facts an analyst would file.
    public struct Case: Sendable, Decodable {
        public struct Expected: Sendable, Decodable {
            public var value: Double
            public var unit: String
            public var qualifier: String?
            public var direction: String?
            public var holder: String?
            public var measure: String?
            public var kind: FactKind
            public var basis: String?
            public var period: Period?
        }

        public var text: String
        public var date: String?
        public var place: String?
        public var facts: [Expected]
    }

    /// The fields scored on each fact found, in the order the summary lists them.
    public enum Field: String, CaseIterable, Sendable {
        case holder, measure, period, kind, basis, qualifier, direction
    }

    public var found = 0
    public var expected = 0
    public var matched = 0
    /// Gold facts found with value, unit, holder, measure, period and kind all right.
    public var fullyRight = 0
    public var right: [Field: Int] = [:]
    /// What went wrong, one line a miss, for reading.
    public var misses: [String] = []

    public var precision: Double { found == 0 ? 0 : Double(matched) / Double(found) }
    public var recall: Double { expected == 0 ? 0 : Double(matched) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// The share of gold facts that are fully right.
    public var fullFactAccuracy: Double { expected == 0 ? 0 : Double(fullyRight) / Double(expected) }

    /// The annotated sets shipped with the reader (`cases*.jsonl`, one JSON case a line), not the held-out ones.
    public static func shippedCases() throws -> [Case] {
        guard let folder = Bundle.module.url(forResource: "Evaluation", withExtension: nil) else { throw CocoaError(.fileNoSuchFile) }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("cases") && $0.hasSuffix(".jsonl") }.sorted()
        return try files.flatMap { try cases(String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    public static func cases(_ jsonl: String) throws -> [Case] {
        try jsonl.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("//") }.map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
    }

    /// A measure, holder or basis as compared: without spaces, quotation marks, brackets, a Latin abbreviation in brackets and
    /// 的; 规上 read as 规模以上.
    public static func normalized(_ text: String?) -> String? {
        guard let text else { return nil }
        let dropped: Set<Character> = [" ", "　", "“", "”", "「", "」", "‘", "’", "\"", "的", "（", "）", "(", ")", "《", "》"]
        // 制造业采购经理指数（PMI）: an abbreviation in brackets names the same measure.
        let unabbreviated = text.replacingOccurrences(of: #"[（(][A-Za-z0-9]+[）)]"#, with: "", options: .regularExpression)
        let kept = String(unabbreviated.filter { !dropped.contains($0) })
        let simplified = String(TraditionalScript.folded(Array(kept.unicodeScalars)).map(Character.init))
        var full = simplified.replacingOccurrences(of: "规上", with: "规模以上").replacingOccurrences(of: "限上", with: "限额以上")
        // 这一产业集群, 该产业集群, 项目: one reference however the text points at it.
        // (本溪市 and 本地配套率 keep their 本.)
        let named = full.hasPrefix("本地") || Gazetteer.match(Array(full.unicodeScalars), at: 0, end: full.unicodeScalars.count) != nil
        for demonstrative in ["这一", "这个", "这家", "这座", "这条", "该", "此", "本"] where !named && full.count > demonstrative.count + 1 && full.hasPrefix(demonstrative) {
            full.removeFirst(demonstrative.count)
            break
        }
        // A count named with or without 数 (户籍人口, 户籍人口数) is one measure.
        for suffix in ["数量", "数"] where full.count > suffix.count && full.hasSuffix(suffix) {
            full.removeLast(suffix.count)
            break
        }
        return full.isEmpty ? nil : full
    }

    /// Runs the reader over `cases` and scores it.
    public init(cases: [Case]) {
        for c in cases {
            let facts = FactExtractor.extract(c.text, date: c.date, place: c.place)
            found += facts.count
            expected += c.facts.count
            var unused = facts
            let where_ = c.text.prefix(60).replacingOccurrences(of: "\n", with: "⏎")
            for gold in c.facts {
                // The fact with this figure that agrees best with the gold one.
                let candidates = unused.indices.filter {
                    abs(unused[$0].value - gold.value) <= max(1e-9, abs(gold.value) * 1e-9) && unused[$0].unit == gold.unit
                }
                guard let k = candidates.max(by: { Self.agreement(unused[$0], gold) < Self.agreement(unused[$1], gold) }) else {
                    misses.append("missed \(gold.value) \(gold.unit) in: \(where_)")
                    continue
                }
                let fact = unused.remove(at: k)
                matched += 1
                var all = true
                for field in Field.allCases {
                    let (got, want) = Self.values(field, fact, gold)
                    if got == want {
                        right[field, default: 0] += 1
                    } else {
                        if [.holder, .measure, .period, .kind].contains(field) { all = false }
                        misses.append("\(field.rawValue) \(got ?? "nil") ≠ \(want ?? "nil") [\(gold.value)\(gold.unit)] in: \(where_)")
                    }
                }
                if all { fullyRight += 1 }
            }
            for extra in unused { misses.append("extra \(extra.value) \(extra.unit) in: \(where_)") }
        }
    }

    /// A field of a fact found and of its gold fact, as compared.
    static func values(_ field: Field, _ fact: Fact, _ gold: Case.Expected) -> (String?, String?) {
        switch field {
        case .holder: (normalized(fact.holder), normalized(gold.holder))
        case .measure: (normalized(fact.measure), normalized(gold.measure))
        case .period: (fact.period.map(text), gold.period.map(text))
        case .kind: (fact.kind.rawValue, gold.kind.rawValue)
        case .basis: (normalized(fact.basis.map(FactShape.canonicalBasis)), normalized(gold.basis.map(FactShape.canonicalBasis)))
        case .qualifier: (fact.qualifier.rawValue, gold.qualifier ?? "exact")
        case .direction: (fact.direction, gold.direction)
        }
    }

    /// A period as compared: every end exact.
    static func text(_ period: Period) -> String { "\(period.start ?? "")..\(period.end ?? "")@\(period.asOf ?? "")" }

    /// How many fields a fact found shares with a gold fact: of two with the same figure, the closer is matched.
    static func agreement(_ fact: Fact, _ gold: Case.Expected) -> Int {
        Field.allCases.filter { values($0, fact, gold).0 == values($0, fact, gold).1 }.count
    }

    /// The scores as a short report.
    public var summary: String {
        func r(_ x: Int) -> String { matched == 0 ? "—" : String(format: "%.3f", Double(x) / Double(matched)) }
        let fields = Field.allCases.map { "\($0.rawValue) \(r(right[$0] ?? 0))" }.joined(separator: "  ")
        return String(
            format: "facts expected %d, found %d, matched %d\nprecision %.3f  recall %.3f  F1 %.3f\nfull-fact accuracy %.3f (value, unit, holder, measure, period and kind all right)\n",
            expected, found, matched, precision, recall, f1, fullFactAccuracy)
            + "accuracy on matched facts: \(fields)\n"
    }
}
