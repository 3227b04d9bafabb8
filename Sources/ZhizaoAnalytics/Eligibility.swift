import Foundation
import ZhizaoCore

/// Eligibility for 专精特新"小巨人" and 制造业单项冠军, criterion by criterion, from `Resources/criteria.json`
/// (encoded from `shared/reference/criteria.md`). Each criterion passes, fails, or is unknown with the data it
/// lacks named; rules read from secondary reproductions are marked unverified.
public struct Eligibility: Sendable {
    public struct Criterion: Sendable, Decodable {
        public var id: String
        public var designation: DesignationKind
        public var field: String
        public var op: String
        public var value: Double
        public var orDesignation: DesignationKind?
        public var unverified: Bool?
        public var text: LocalizedText
    }

    public enum Verdict: String, Sendable {
        case pass, fail, unknown
    }

    public struct Result: Sendable {
        public var criterion: Criterion
        public var verdict: Verdict
        /// What data is missing, for an unknown verdict.
        public var missing: LocalizedText?
    }

    struct File: Decodable {
        var source: LocalizedText
        var criteria: [Criterion]
        var fields: [String: LocalizedText]
    }

    public let source: LocalizedText
    public let criteria: [Criterion]
    let fields: [String: LocalizedText]

    /// The criteria shipped with Zhizao.
    public static let shipped: Eligibility = {
        guard let url = Bundle.module.url(forResource: "criteria", withExtension: "json"),
            let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data)
        else { fatalError("criteria.json is missing or malformed in the ZhizaoAnalytics bundle") }
        return Eligibility(source: file.source, criteria: file.criteria, fields: file.fields)
    }()

    /// Each criterion of `designation` for `e`, judged as of `year`.
    public func evaluate(_ e: Enterprise, for designation: DesignationKind, year: Int) -> [Result] {
        criteria.filter { $0.designation == designation }.map { criterion in
            if let alternative = criterion.orDesignation, e.designations.contains(where: { $0.kind == alternative }) {
                return Result(criterion: criterion, verdict: .pass, missing: nil)
            }
            guard let value = Self.value(of: criterion.field, e, year: year) else {
                return Result(criterion: criterion, verdict: .unknown, missing: fields[criterion.field] ?? LocalizedText(zh: criterion.field))
            }
            let passes: Bool
            switch criterion.op {
            case "ge": passes = value >= criterion.value
            case "le": passes = value <= criterion.value
            default: passes = value == criterion.value
            }
            return Result(criterion: criterion, verdict: passes ? .pass : .fail, missing: nil)
        }
    }

    /// The value of a field the registry holds; nil for data it does not hold.
    static func value(of field: String, _ e: Enterprise, year: Int) -> Double? {
        switch field {
        case "yearsSinceFounded": return e.founded.map { Double(year - $0) }
        case "revenue": return e.latestRevenue?.amount
        case "revenueGrowth2Years":
            let years = e.revenue.keys.sorted().suffix(3)
            guard years.count == 3, let first = years.first, let last = years.last, let a = e.revenue[first], let b = e.revenue[last], a > 0
            else { return nil }
            return (pow(b / a, 1 / Double(last - first)) - 1) * 100
        default: return nil
        }
    }
}
