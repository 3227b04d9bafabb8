import Foundation
import ZhizaoCore

/// A firm to approach (招商目标) for a chain link, with its rank explained: points for size, growth,
/// designations and fit, which add up to its score (``InvestmentTargets/rule``).
public struct InvestmentTarget: Sendable {
    /// One part of a target's score.
    public struct Part: Sendable, Hashable {
        public enum Kind: String, Sendable, CaseIterable {
            case size, growth, designation, fit

            public var name: LocalizedText {
                switch self {
                case .size: LocalizedText(zh: "规模", en: "size")
                case .growth: LocalizedText(zh: "增长", en: "growth")
                case .designation: LocalizedText(zh: "称号", en: "designations")
                case .fit: LocalizedText(zh: "契合度", en: "fit")
                }
            }

            /// The most points the part can give; the four add up to 100.
            public var maximum: Double {
                switch self {
                case .size: 35
                case .growth: 20
                case .designation: 25
                case .fit: 20
                }
            }
        }

        public var kind: Kind
        public var points: Double
        /// What the points were given for, in both languages (营收3.5亿元, 年均增长12%).
        public var basis: LocalizedText
    }

    public var enterprise: Enterprise
    public var link: ChainLinkClassifier.Link
    public var match: ChainLinkClassifier.Match
    public var parts: [Part]
    /// Points out of 100.
    public var score: Double { parts.map(\.points).reduce(0, +) }
    /// Average yearly growth of revenue over its history (two years or more), when known.
    public var growth: Double?
    /// The outside list the firm comes from and where it is; nil for a firm of the registry.
    public var origin: OutsideFirm.Origin?

    /// The breakdown in words: 规模 30.1 + 增长 12.0 + 称号 20.0 + 契合度 18.0 = 80.1.
    public func explanation(_ language: Language) -> String {
        let sum = parts.map { "\($0.kind.name.text(language)) \(Self.points($0.points))" }.joined(separator: " + ")
        return sum + " = " + Self.points(score)
    }

    /// Each part with what it was given for: 规模 30.1（营收3.5亿元）.
    public func reasons(_ language: Language) -> [String] {
        parts.map { "\($0.kind.name.text(language)) \(Self.points($0.points))" + language.pick("（", " (") + $0.basis.text(language) + language.pick("）", ")") }
    }

    public static func points(_ value: Double) -> String { String(format: "%.1f", value) }
}

/// Ranks the firms classified to a chain link as investment targets (招商目标), and finds the gaps of a chain in a
/// place worth filling: its absent and weak links.
public enum InvestmentTargets {
    /// The scoring rule as the pages and the CLI state it.
    public static let rule = LocalizedText(
        zh: "得分（满分100）= 规模35分（最近一年营收，按对数计：100万元0分，100亿元满分）+ 增长20分（历年营收年均增速，"
            + "-10%为0分，30%及以上满分；不足两年无分）+ 称号25分（链主25、单项冠军22.5、小巨人20、隐形冠军17.5、专精特新12.5、"
            + "创新型中小企业7.5、规上5，取最高）+ 契合度20分（归入环节的契合度×20）",
        en: "score (out of 100) = size 35 (latest revenue on a log scale: 1 m CNY 0, 10 bn CNY full) + growth 20 (average "
            + "yearly revenue growth over the history: -10% 0, 30% or more full; none with under two years) + designations 25 "
            + "(chain leader 25, single-item champion 22.5, little giant 20, hidden champion 17.5, specialised 12.5, innovative "
            + "SME 7.5, above-scale 5; the highest counts) + fit 20 (the link fit × 20)")

    /// The share of the designation points each designation gives; the highest a firm holds counts.
    static let designationShare: [DesignationKind: Double] = [
        .chainLeader: 1, .singleChampion: 0.9, .littleGiant: 0.8, .hiddenChampion: 0.7, .specialised: 0.5,
        .innovativeSME: 0.3, .aboveScale: 0.2,
    ]

    /// The target `firm` makes for `link`, or nil when the classifier does not put it on the link.
    public static func target(
        _ firm: Enterprise, link: ChainLinkClassifier.Link, classifier: ChainLinkClassifier
    ) -> InvestmentTarget? {
        guard let match = classifier.match(link, name: firm.name.zh, industryCode: firm.industryCode, businessScope: firm.businessScope),
            match.score >= ChainLinkClassifier.threshold
        else { return nil }
        return target(firm, match: match)
    }

    /// The target `firm` makes with its classification `match`.
    public static func target(_ firm: Enterprise, match: ChainLinkClassifier.Match) -> InvestmentTarget {
        var parts: [InvestmentTarget.Part] = []
        let size = InvestmentTarget.Part.Kind.size
        if let latest = firm.latestRevenue, latest.amount > 0 {
            let share = ((log10(latest.amount) - 6) / 4).clamped(0, 1)
            let amount = ChineseNumberFormat.format(latest.amount, unit: "CNY", language: .zh)
            let amountEn = ChineseNumberFormat.format(latest.amount, unit: "CNY", language: .en)
            parts.append(.init(kind: size, points: share * size.maximum, basis: LocalizedText(
                zh: "\(latest.year)年营收\(amount)", en: "revenue \(amountEn) in \(latest.year)")))
        } else {
            parts.append(.init(kind: size, points: 0, basis: LocalizedText(zh: "无营收数据", en: "no revenue known")))
        }
        let growth = averageGrowth(firm.revenue)
        let growthKind = InvestmentTarget.Part.Kind.growth
        if let growth {
            let share = ((growth + 0.1) / 0.4).clamped(0, 1)
            let percent = String(format: "%.1f%%", growth * 100)
            parts.append(.init(kind: growthKind, points: share * growthKind.maximum, basis: LocalizedText(
                zh: "年均增长\(percent)", en: "\(percent) a year")))
        } else {
            parts.append(.init(kind: growthKind, points: 0, basis: LocalizedText(zh: "营收不足两年", en: "under two years of revenue")))
        }
        let designationKind = InvestmentTarget.Part.Kind.designation
        let best = firm.designations.compactMap { d in designationShare[d.kind].map { (d.kind, $0) } }.max { $0.1 < $1.1 }
        parts.append(.init(
            kind: designationKind, points: (best?.1 ?? 0) * designationKind.maximum,
            basis: best.map { $0.0.name } ?? LocalizedText(zh: "无称号", en: "none")))
        let fitKind = InvestmentTarget.Part.Kind.fit
        let evidence = match.evidence
        parts.append(.init(
            kind: fitKind, points: match.score * fitKind.maximum,
            basis: LocalizedText(
                zh: evidence.map { $0.text(.zh) }.joined(separator: "，"), en: evidence.map { $0.text(.en) }.joined(separator: ", "))))
        return InvestmentTarget(enterprise: firm, link: match.link, match: match, parts: parts, growth: growth)
    }

    /// The targets among `firms` for `link`, best first (ties by name), at most `limit`.
    public static func ranked(
        _ firms: [Enterprise], link: ChainLinkClassifier.Link, classifier: ChainLinkClassifier, limit: Int
    ) -> [InvestmentTarget] {
        best(firms.compactMap { target($0, link: link, classifier: classifier) }, limit: limit)
    }

    /// `targets` best first (ties by name, then by USCC or slug, so that every engine's order of reading gives the
    /// same list), at most `limit`.
    public static func best(_ targets: [InvestmentTarget], limit: Int) -> [InvestmentTarget] {
        guard limit > 0 else { return [] }
        let key = { (target: InvestmentTarget) in
            (-target.score, target.enterprise.name.zh, target.enterprise.uscc ?? target.enterprise.slug ?? "")
        }
        let ordered = targets.sorted { key($0) < key($1) }
        return Array(ordered.prefix(limit))
    }

    /// Average yearly growth between the first and the latest year of `revenue` (compound), when it spans two
    /// years or more and starts above zero.
    public static func averageGrowth(_ revenue: [Int: Double]) -> Double? {
        guard let first = revenue.min(by: { $0.key < $1.key }), let last = revenue.max(by: { $0.key < $1.key }),
            last.key > first.key, first.value > 0, last.value >= 0
        else { return nil }
        return pow(last.value / first.value, 1 / Double(last.key - first.key)) - 1
    }

    /// The links of `analysis` worth filling: absent ones, then weak ones, heaviest first.
    public static func gaps(of analysis: ChainAnalysis) -> [ChainAnalysis.NodePresence] {
        analysis.nodes.filter { $0.strength != .strong }.sorted {
            $0.strength != $1.strength ? $0.strength == .absent : $0.node.weight > $1.node.weight
        }
    }

    /// The links upstream of `link` in its chain (earlier stages), the ones a chain leader on it buys from.
    public static func upstream(of link: ChainLinkClassifier.Link, in templates: ChainTemplates) -> [ChainTemplates.Node] {
        guard let chain = templates.chains.first(where: { $0.id == link.chainId }),
            let node = chain.nodes.first(where: { $0.id == link.nodeId })
        else { return [] }
        let order = ["upstream": 0, "midstream": 1, "downstream": 2]
        let stage = order[node.stage] ?? 0
        return chain.nodes.filter { (order[$0.stage] ?? 0) < stage }
    }
}

extension Double {
    fileprivate func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(high, Swift.max(low, self)) }
}
