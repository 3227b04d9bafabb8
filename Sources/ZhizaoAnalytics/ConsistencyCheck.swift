import Foundation
import ZhizaoCore

/// One finding of the consistency checks: what was compared, the figures and sources involved, the verdict.
public struct Finding: Sendable {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        /// The figures agree (within the rounding of the stated digits).
        case consistent
        /// The figures needed to check a claim are not all given.
        case unverifiable
        /// The figures disagree.
        case inconsistent

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        public var name: LocalizedText {
            switch self {
            case .consistent: LocalizedText(zh: "一致", en: "consistent")
            case .unverifiable: LocalizedText(zh: "无法核对", en: "cannot be checked")
            case .inconsistent: LocalizedText(zh: "不一致", en: "inconsistent")
            }
        }
    }

    public var severity: Severity
    /// Which check: "growth-multiple", "annual-growth", "share-of-whole", "conflicting-values".
    public var check: String
    public var message: LocalizedText
    /// The observations compared.
    public var observations: [Observation]
    public var sources: [String] { Array(Set(observations.map(\.sourceId))).sorted() }

    /// What the check is, in words: 增长倍数 / growth multiple for "growth-multiple", and so on.
    public var title: LocalizedText {
        switch check {
        case "growth-multiple": LocalizedText(zh: "增长倍数", en: "Growth multiple")
        case "annual-growth": LocalizedText(zh: "年均增速", en: "Annual growth")
        case "share-of-whole": LocalizedText(zh: "占整体比重", en: "Share of a whole")
        case "conflicting-values": LocalizedText(zh: "来源间数值不一", en: "Sources that differ")
        default: LocalizedText(zh: "数据核查", en: "Check")
        }
    }
}

/// Checks published figures against each other: growth claims against the figures they summarise, parts
/// against wholes, and the same metric and period stated differently by different sources.
public enum ConsistencyCheck {
    /// All findings, the inconsistent first. Claims are checked against annual actual outputs only; forecasts
    /// are neither checked nor checked against.
    public static func run(observations: [Observation], clusters: [Cluster]) -> [Finding] {
        let outputs = Dictionary(grouping: observations.filter { $0.metricId == "output" && $0.isAnnualActual }) { $0.subject }
        var findings: [Finding] = []
        for claim in observations where claim.quantity != nil && claim.kind == .actual {
            switch claim.metricId {
            case "growth-multiple": findings.append(growthMultiple(claim, outputs[claim.subject] ?? []))
            case "annual-growth": findings.append(annualGrowth(claim, outputs[claim.subject] ?? []))
            case "share-of-city-output": findings.append(shareOfWhole(claim, clusters: clusters, outputs: outputs))
            default: break
            }
        }
        findings += conflictingValues(observations)
        return findings.sorted { $0.severity > $1.severity }
    }

    /// Half a unit of the last significant digit of a stated figure: 140 → 5, 428.3 → 0.05, 8.3 → 0.05.
    public static func roundingTolerance(_ value: Double) -> Double {
        var text = ChineseNumberFormat.decimal(abs(value), maxFraction: 6)
        if let point = text.firstIndex(of: ".") {
            return 0.5 * pow(10, -Double(text.distance(from: point, to: text.endIndex) - 1))
        }
        var zeros = 0
        while text.hasSuffix("0"), text.count > 1 {
            text.removeLast()
            zeros += 1
        }
        return 0.5 * pow(10, Double(zeros))
    }

    /// How far the true value may lie from `q` given the digits the source wrote: half a unit of the last
    /// significant digit of the stated number, times its 万/亿; half a percent of the value when nothing is stated.
    public static func tolerance(_ q: Quantity) -> Double {
        guard let stated = q.stated else { return abs(q.value) * 0.005 }
        let number = String(stated.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "." }.map(Character.init))
        guard let parsed = Double(number) else { return abs(q.value) * 0.005 }
        let multiplier = stated.contains("万亿") ? 1e12 : stated.contains("亿") ? 1e8 : stated.contains("万") ? 1e4 : 1
        return roundingTolerance(parsed) * multiplier
    }

    private static func output(_ outputs: [Observation], year: Int?) -> Observation? {
        outputs.first { $0.period.endYear == year && $0.period.start?.prefix(4) == year.map(String.init).map { Substring($0) } }
    }

    /// "A 140-fold rise from 3 bn to 428.3 bn": the ratio of the outputs at the period's ends, against the
    /// stated multiple within its rounding (X倍 may mean X times as much or X more: both are accepted).
    static func growthMultiple(_ claim: Observation, _ outputs: [Observation]) -> Finding {
        let stated = claim.quantity!.value
        let first = output(outputs, year: claim.period.start.flatMap { Int($0.prefix(4)) })
        let last = output(outputs, year: claim.period.endYear)
        guard let first, let last, let a = first.quantity?.value, let b = last.quantity?.value, a > 0 else {
            return Finding(
                severity: .unverifiable, check: "growth-multiple",
                message: LocalizedText(
                    zh: "增长\(fmt(stated))倍：缺少期初或期末产值，无法核对", en: "\(fmt(stated))-fold rise: output at the start or end is not given"),
                observations: [claim] + [first, last].compactMap { $0 })
        }
        let ratio = b / a
        let tolerance = self.tolerance(claim.quantity!)
        let agrees = abs(ratio - stated) <= tolerance || abs(ratio - 1 - stated) <= tolerance
        return Finding(
            severity: agrees ? .consistent : .inconsistent, check: "growth-multiple",
            message: LocalizedText(
                zh: "称增长\(fmt(stated))倍；由\(fmt(a / 1e8))亿元到\(fmt(b / 1e8))亿元实为\(fmt(ratio, 1))倍"
                    + (agrees ? "，在四舍五入范围内一致" : "，超出四舍五入范围"),
                en: "stated \(fmt(stated))-fold; \(fmt(a / 1e8)) to \(fmt(b / 1e8)) (100 M CNY) is \(fmt(ratio, 1))-fold"
                    + (agrees ? ": consistent within rounding" : ": beyond rounding")),
            observations: [claim, first, last])
    }

    /// "≥ 15 % a year": the average annual rate implied by the longest output series ending in the claim's
    /// period. An average at or above the floor does not contradict it; one below it does.
    static func annualGrowth(_ claim: Observation, _ outputs: [Observation]) -> Finding {
        let q = claim.quantity!
        let series = outputs.filter { ($0.period.endYear ?? .max) <= (claim.period.endYear ?? .max) }
            .sorted { ($0.period.endYear ?? 0) < ($1.period.endYear ?? 0) }
        guard let first = series.first, let last = series.last, let y1 = first.period.endYear, let y2 = last.period.endYear,
            y2 > y1, let a = first.quantity?.value, let b = last.quantity?.value, a > 0
        else {
            return Finding(
                severity: .unverifiable, check: "annual-growth",
                message: LocalizedText(zh: "年增速\(fmt(q.value))%：缺少产值序列", en: "\(fmt(q.value)) % a year: no output series to check against"),
                observations: [claim])
        }
        let rate = (pow(b / a, 1 / Double(y2 - y1)) - 1) * 100
        let floor = q.qualifier == .ge || q.qualifier == .gt
        let agrees = floor ? rate + tolerance(q) >= q.value : abs(rate - q.value) <= max(tolerance(q), 0.5)
        return Finding(
            severity: agrees ? .consistent : .inconsistent, check: "annual-growth",
            message: LocalizedText(
                zh: "称年增速\(q.qualifier.zh)\(fmt(q.value))%；\(y1)–\(y2)年产值隐含年均增速\(fmt(rate, 1))%" + (agrees ? "，不矛盾" : "，矛盾"),
                en: "stated \(q.qualifier.symbol)\(fmt(q.value)) % a year; outputs \(y1)–\(y2) imply \(fmt(rate, 1)) % a year"
                    + (agrees ? ": no contradiction" : ": contradiction")),
            observations: [claim, first, last])
    }

    /// "≥ 33 % of the city's output": the part's output over the whole's, same period, when both are given.
    static func shareOfWhole(_ claim: Observation, clusters: [Cluster], outputs: [Subject: [Observation]]) -> Finding {
        let q = claim.quantity!
        guard case .cluster(let id) = claim.subject, let part = clusters.first(where: { $0.id == id }), let parentId = part.parentId
        else {
            return Finding(
                severity: .unverifiable, check: "share-of-whole",
                message: LocalizedText(zh: "占比：未知所属整体", en: "share: the whole is not known"), observations: [claim])
        }
        let partOutput = outputs[.cluster(id)]?.first { $0.period == claim.period }
        let wholeOutput = outputs[.cluster(parentId)]?.first { $0.period == claim.period }
        guard let p = partOutput?.quantity?.value, let w = wholeOutput?.quantity?.value, w > 0 else {
            let whole = clusters.first { $0.id == parentId }
            let missing = [partOutput == nil ? part : nil, wholeOutput == nil ? whole : nil].compactMap { $0 }
            return Finding(
                severity: .unverifiable, check: "share-of-whole",
                message: LocalizedText(
                    zh: "占比\(q.qualifier.zh)\(fmt(q.value))%：缺少同期产值（\(missing.map(\.name.zh).joined(separator: "、"))）",
                    en: "share \(q.qualifier.symbol)\(fmt(q.value)) %: output for the same period not given (\(missing.map { $0.name.text(.en) }.joined(separator: ", ")))"),
                observations: [claim] + [partOutput, wholeOutput].compactMap { $0 })
        }
        let share = p / w * 100
        let tolerance = self.tolerance(q)
        let agrees: Bool
        switch q.qualifier {
        case .ge, .gt: agrees = share + tolerance >= q.value
        case .le, .lt: agrees = share - tolerance <= q.value
        case .exact: agrees = abs(share - q.value) <= tolerance
        case .approx, .nearly: agrees = abs(share - q.value) <= max(tolerance, q.value * 0.1)
        }
        return Finding(
            severity: agrees ? .consistent : .inconsistent, check: "share-of-whole",
            message: LocalizedText(
                zh: "称占比\(q.qualifier.zh)\(fmt(q.value))%；按产值计为\(fmt(share, 1))%", en: "stated share \(q.qualifier.symbol)\(fmt(q.value)) %; the outputs give \(fmt(share, 1)) %"),
            observations: [claim, partOutput!, wholeOutput!])
    }

    /// The same subject, metric and period stated as actuals with values that cannot both hold, by different sources.
    /// Forecasts may differ (two forecasters, two dates); a bound holds with any figure beyond it (超1800亿元 and
    /// 2300亿元 agree).
    static func conflictingValues(_ observations: [Observation]) -> [Finding] {
        struct Key: Hashable {
            var subject: Subject
            var metric: String
            var period: Period
        }
        let groups = Dictionary(grouping: observations.filter { $0.quantity != nil && $0.kind == .actual }) {
            Key(subject: $0.subject, metric: $0.metricId, period: $0.period)
        }
        return groups.values.filter { Set($0.map(\.sourceId)).count > 1 }.compactMap { group in
            let ranges = group.map { range(of: $0.quantity!) }
            guard let low = ranges.map(\.lowerBound).max(), let high = ranges.map(\.upperBound).min(), low > high else { return nil }
            let list = group.map { "\($0.quantity!.stated ?? fmt($0.quantity!.value)) (\($0.sourceId))" }.joined(separator: " / ")
            return Finding(
                severity: .inconsistent, check: "conflicting-values",
                message: LocalizedText(zh: "同一指标同期数值不同：\(list)", en: "the same metric and period stated differently: \(list)"),
                observations: group)
        }
    }

    /// The values a stated quantity allows: its rounding for an exact figure, 5% about an approximate one, beyond a bound.
    static func range(of q: Quantity) -> ClosedRange<Double> {
        let v = q.value, slack = max(tolerance(q), abs(v) * 0.05)
        switch q.qualifier {
        case .exact: return (v - tolerance(q))...(v + tolerance(q))
        case .approx: return (v - slack)...(v + slack)
        case .nearly: return (v - slack)...v
        case .gt, .ge: return v...Double.greatestFiniteMagnitude
        case .lt, .le: return -Double.greatestFiniteMagnitude...v
        }
    }

    private static func fmt(_ value: Double, _ fraction: Int = 2) -> String {
        ChineseNumberFormat.decimal(value, maxFraction: fraction)
    }
}
