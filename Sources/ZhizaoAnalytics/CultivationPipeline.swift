import Foundation
import ZhizaoCore

/// The cultivation pipeline: which firms are above the 规上 line, which small firms are about to cross it.
public enum CultivationPipeline {
    /// 规模以上工业企业: annual main-business revenue of 20,000,000 CNY or more (National Bureau of Statistics,
    /// since 2011; `shared/reference/criteria.md`).
    public static let aboveScaleLine = 2e7

    /// A firm below the line now, projected to cross it next year.
    public struct Candidate: Sendable {
        public var ref: String
        public var name: LocalizedText
        public var districtId: String?
        public var year: Int
        public var revenue: Double
        /// Average annual growth over the revenue history (0.12 for 12 %).
        public var growth: Double
        public var projected: Double
        public var reason: LocalizedText
    }

    /// Whether the latest revenue reaches the line.
    public static func isAboveScale(_ e: Enterprise, line: Double = aboveScaleLine) -> Bool {
        (e.latestRevenue?.amount ?? 0) >= line
    }

    /// Next year's revenue at the average growth of the history (at least two years), with that growth.
    public static func projection(_ revenue: [Int: Double]) -> (growth: Double, projected: Double)? {
        guard revenue.count >= 2, let first = revenue.keys.min(), let last = revenue.keys.max(),
            let earliest = revenue[first], let latest = revenue[last], earliest > 0, latest > 0
        else { return nil }
        let growth = pow(latest / earliest, 1 / Double(last - first)) - 1
        return (growth, latest * (1 + growth))
    }

    /// The firm's projection when it is below the line and its average growth over at least two years of
    /// history carries it across next year; nil otherwise.
    public static func candidate(_ e: Enterprise, line: Double = aboveScaleLine) -> Candidate? {
        guard let (growth, projected) = projection(e.revenue), let first = e.revenue.keys.min(), let last = e.revenue.keys.max(),
            let latest = e.revenue[last], latest < line, projected >= line
        else { return nil }
        func cny(_ v: Double, _ l: Language) -> String { ChineseNumberFormat.format(v, unit: "CNY", language: l) }
        let percent = ChineseNumberFormat.decimal(growth * 100, maxFraction: 1)
        return Candidate(
            ref: e.uscc ?? e.slug ?? "", name: e.name, districtId: e.districtId, year: last, revenue: latest,
            growth: growth, projected: projected,
            reason: LocalizedText(
                zh: "\(last)年主营业务收入\(cny(latest, .zh))，\(first)–\(last)年年均增长\(percent)%，按此预计\(last + 1)年达\(cny(projected, .zh))，越过2000万元规上线",
                en: "revenue \(cny(latest, .en)) in \(last), growing \(percent) % a year since \(first); at that rate "
                    + "\(cny(projected, .en)) in \(last + 1), over the 20 mn CNY line"))
    }

    /// The candidates among `firms`, ranked.
    public static func candidates(_ firms: some Sequence<Enterprise>, line: Double = aboveScaleLine, limit: Int = 100) -> [Candidate] {
        ranked(firms.compactMap { candidate($0, line: line) }, limit: limit)
    }

    /// Those projected furthest over the line first, at most `limit`.
    public static func ranked(_ candidates: [Candidate], limit: Int) -> [Candidate] {
        Array(candidates.sorted { ($0.projected, $0.ref) > ($1.projected, $1.ref) }.prefix(limit))
    }
}
