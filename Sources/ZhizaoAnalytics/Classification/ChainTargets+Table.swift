import Foundation
import ZhizaoCore

/// The targets as one table (the CLI's CSV and JSON lines, the downloads): a row a firm, gaps first, then the
/// suppliers of each chain leader, with every part of the score.
extension ChainTargets {
    public struct TableRow: Sendable {
        /// The list the firm is on: the gap's link, or the chain leader it would supply.
        public var list: String
        public var link: ChainLinkClassifier.Link
        public var linkName: String
        public var rank: Int
        public var target: InvestmentTarget
        public var districtName: String
    }

    /// The column headings in `language`.
    public static func headings(_ language: Language) -> [String] {
        let t = language.pick
        return [
            t("名单", "list"), t("环节代码", "link code"), t("环节", "link"), t("名次", "rank"), t("企业名称", "firm"),
            t("统一社会信用代码", "USCC"), t("所在地", "where"), t("行业代码", "industry code"), t("营业收入（元）", "revenue (CNY)"),
            t("营业收入年份", "revenue year"), t("年均增长", "yearly growth"), t("认定称号", "designations"), t("得分", "score"),
            t("规模分", "size points"), t("增长分", "growth points"), t("称号分", "designation points"), t("契合度分", "fit points"),
            t("依据", "evidence"), t("来源", "source"),
        ]
    }

    /// Every listed firm as a row, in `language`.
    public func rows(places: PlaceDirectory, language: Language) -> [TableRow] {
        let t = language.pick
        var rows: [TableRow] = []
        func add(_ list: String, _ targets: [InvestmentTarget]) {
            for (index, target) in targets.enumerated() {
                let node = analysis.chain.nodes.first { $0.id == target.link.nodeId }
                rows.append(TableRow(
                    list: list, link: target.link, linkName: node?.name.text(language) ?? target.link.nodeId, rank: index + 1,
                    target: target, districtName: Self.whereIs(target, places: places, language: language)))
            }
        }
        for gap in gaps {
            add(t(gap.presence.strength == .absent ? "缺失环节" : "薄弱环节", gap.presence.strength == .absent ? "absent link" : "weak link"), gap.targets)
        }
        for leader in leaders {
            add(t("链主\(leader.leader.name.zh)的上游配套", "upstream suppliers of chain leader \(leader.leader.name.text(.en))"), leader.suppliers)
        }
        return rows
    }

    /// Where a target is: its district, or for a firm of an outside list where the list puts it (江苏省苏州市).
    public static func whereIs(_ target: InvestmentTarget, places: PlaceDirectory, language: Language) -> String {
        if let origin = target.origin { return origin.location }
        return target.enterprise.districtId.flatMap { places.place(id: $0)?.name.text(language) } ?? ""
    }

    /// Where a target was found: the registry, or the outside list it comes from.
    public static func source(_ target: InvestmentTarget, language: Language) -> String {
        target.origin.map { language.pick("名单：\($0.list)", "list: \($0.list)") } ?? language.pick("企业名录", "registry")
    }

    /// A row's values as text in the order of ``headings(_:)``.
    public static func values(_ row: TableRow, language: Language) -> [String] {
        let firm = row.target.enterprise
        let latest = firm.latestRevenue
        let points = Dictionary(uniqueKeysWithValues: row.target.parts.map { ($0.kind, $0.points) })
        return [
            row.list, row.link.code, row.linkName, String(row.rank), firm.name.text(language), firm.uscc ?? firm.slug ?? "",
            row.districtName, firm.industryCode ?? "", latest.map { ChineseNumberFormat.decimal($0.amount, maxFraction: 0) } ?? "",
            latest.map { String($0.year) } ?? "", row.target.growth.map { String(format: "%.1f%%", $0 * 100) } ?? "",
            firm.designations.map { $0.kind.name.text(language) }.joined(separator: language.pick("、", "; ")),
            InvestmentTarget.points(row.target.score),
            InvestmentTarget.points(points[.size] ?? 0), InvestmentTarget.points(points[.growth] ?? 0),
            InvestmentTarget.points(points[.designation] ?? 0), InvestmentTarget.points(points[.fit] ?? 0),
            row.target.match.evidence.map { $0.text(language) }.joined(separator: language.pick("；", "; ")),
            source(row.target, language: language),
        ]
    }
}
