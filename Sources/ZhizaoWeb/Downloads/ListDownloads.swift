import ReportReader
import ZhizaoAnalytics
import ZhizaoCore
import ZhizaoSheets
import ZhizaoStorage

/// The lists the pages show, as sheets to download in the page's language: the registry with its filters, a
/// chain's links and gaps, the 小升规 candidates, a document's facts and the programme's targets.
struct ListDownloads {
    let snapshot: Site.Snapshot
    let language: Language
    var w: Words { Words(language: language) }

    /// A figure as the page shows it (约5000亿元, 5.2 bn CNY).
    private func shown(_ value: Double, unit: String, qualifier: Qualifier = .exact) -> Cell {
        .text(ChineseNumberFormat.format(value, unit: unit, qualifier: qualifier, language: language))
    }

    /// A value in its unit: money as an amount in 元, anything else as a number.
    private func value(_ value: Double?, unit: String) -> Cell {
        guard let value else { return .empty }
        return unit == "CNY" ? .amount(value) : .number(value)
    }

    /// A unit as the page names it: 元 for CNY on a Chinese page.
    private func unitName(_ unit: String) -> String { unit == "CNY" ? w("元", "CNY") : unit }

    private func subjectName(_ subject: Subject) -> String {
        switch subject {
        case .place(let id): snapshot.placeName(id, language) ?? id
        case .cluster(let id): snapshot.cluster(id).map { w($0.name) } ?? id
        case .project(let id): snapshot.project(id).map { w($0.name) } ?? id
        case .enterprise(let ref): ref
        }
    }

    /// The registry's firms matching the page's filters, in its order.
    func enterprises(_ firms: [Enterprise]) -> SheetDownload {
        let headings = [
            w("统一社会信用代码", "USCC"), w("企业名称", "Name"), w("所属区", "District"), w("所在园区", "Park"),
            w("行业代码", "Industry code"), w("成立年份", "Founded"), w("从业人数", "Employees"),
            w("营业收入（元）", "Revenue (CNY)"), w("营业收入", "Revenue as shown"), w("营业收入年份", "Revenue year"),
            w("认定称号", "Designations"), w("合成数据", "Synthetic"),
        ]
        let rows = firms.map { e -> [Cell] in
            let latest = e.latestRevenue
            let designations = e.designations.map { d in
                [d.level.map { w($0.name) }, w(d.kind.name), d.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
            }
            return [
                .text(orEmpty: e.uscc ?? e.slug ?? ""), .text(w(e.name)), .text(orEmpty: snapshot.placeName(e.districtId, language) ?? ""),
                .text(orEmpty: snapshot.placeName(e.parkId, language) ?? ""), .text(orEmpty: e.industryCode ?? ""),
                .integer(e.founded), .integer(e.employees), .amount(ifAny: latest?.amount),
                latest.map { shown($0.amount, unit: "CNY") } ?? .empty, .integer(latest?.year),
                .text(orEmpty: designations.joined(separator: w("、", "; "))), e.synthetic ? .text(w("是", "yes")) : .empty,
            ]
        }
        return SheetDownload(fileName: w("企业名单", "enterprises"), sheetName: w("企业", "Enterprises"), headings: headings, rows: rows)
    }

    /// A chain's links in the cluster's place: stage, weight, strength (the gaps are 缺), firms and revenue.
    func chain(_ analysis: ChainAnalysis, cluster: Cluster) -> SheetDownload {
        let stages = ["upstream": w("上游", "Upstream"), "midstream": w("中游", "Midstream"), "downstream": w("下游", "Downstream")]
        let headings = [
            w("环节", "Link"), w("阶段", "Stage"), w("权重", "Weight"), w("状态", "Strength"), w("缺失环节", "Gap"),
            w("行业代码", "Industry codes"), w("企业库企业数", "Registry firms"), w("营业收入（元）", "Revenue (CNY)"),
            w("营业收入", "Revenue as shown"), w("已知企业", "Named firms"),
        ]
        let rows = analysis.nodes.map { n -> [Cell] in
            [
                .text(w(n.node.name)), .text(stages[n.node.stage] ?? n.node.stage), .number(n.node.weight),
                .text(w(n.strength.name)), n.strength == .absent ? .text(w("是", "yes")) : .empty,
                .text(n.node.classes.joined(separator: " ")), .integer(n.stats.firms),
                n.stats.revenue > 0 ? .amount(n.stats.revenue) : .empty,
                n.stats.revenue > 0 ? shown(n.stats.revenue, unit: "CNY") : .empty,
                .text(orEmpty: n.tagged.map { w($0.name) }.joined(separator: w("、", "; "))),
            ]
        }
        return SheetDownload(
            fileName: w("\(cluster.name.zh)产业链环节与缺口", "\(cluster.name.text(.en)) chain links and gaps"),
            sheetName: w("产业链", "Chain"), headings: headings, rows: rows)
    }

    /// The 小升规 candidates as the pipeline page lists them.
    func candidates(_ candidates: [CultivationPipeline.Candidate]) -> SheetDownload {
        let headings = [
            w("序号", "#"), w("企业", "Enterprise"), w("统一社会信用代码或标识", "USCC or slug"), w("所在区", "District"),
            w("营业收入年份", "Revenue year"), w("最新营业收入（元）", "Latest revenue (CNY)"), w("最新营业收入", "Latest revenue as shown"),
            w("年均增速（%）", "Average growth (%)"), w("预计明年营业收入（元）", "Projected revenue next year (CNY)"), w("理由", "Reason"),
        ]
        let rows = candidates.enumerated().map { index, c -> [Cell] in
            [
                .integer(index + 1), .text(w(c.name)), .text(c.ref), .text(orEmpty: snapshot.placeName(c.districtId, language) ?? ""),
                .integer(c.year), .amount(c.revenue), shown(c.revenue, unit: "CNY"), .number((c.growth * 1000).rounded() / 10),
                .amount(c.projected.rounded()), .text(w(c.reason)),
            ]
        }
        return SheetDownload(fileName: w("小升规候选企业", "upgrade candidates"), sheetName: w("小升规候选", "Candidates"), headings: headings, rows: rows)
    }

    /// A document's facts with what they were matched to and their review status.
    func facts(_ facts: [PendingFact], document: Document) -> SheetDownload {
        let headings = [
            w("编号", "#"), w("主体", "Holder"), w("匹配主体", "Subject"), w("指标", "Measure"), w("匹配指标", "Metric"),
            w("类型", "Kind"), w("数值", "Value"), w("单位", "Unit"), w("页面写法", "As shown"), w("比较基准", "Basis"),
            w("时期", "Period"), w("审核状态", "Review"), w("原文", "Quote"),
        ]
        let rows = facts.map { p -> [Cell] in
            let f = p.fact
            return [
                .number(Double(p.id)), .text(orEmpty: f.holder ?? ""), .text(orEmpty: p.subject.map(subjectName) ?? ""),
                .text(orEmpty: f.measure ?? ""), .text(orEmpty: p.metricId.flatMap { snapshot.metrics[$0] }.map { w($0.name) } ?? ""),
                .text(w(PendingFact.name(of: f.kind))), value(f.value, unit: f.unit), .text(unitName(f.unit)),
                .text(f.directionMark + ChineseNumberFormat.format(f.value, unit: f.unit, qualifier: f.qualifier, language: language)),
                .text(orEmpty: f.basis ?? ""), .text(orEmpty: f.period?.label(language) ?? ""), .text(w(p.status.name)), .text(f.quote),
            ]
        }
        return SheetDownload(
            fileName: w("\(document.title)识别出的数字", "facts of document \(document.id)"), sheetName: w("识别出的数字", "Facts"),
            headings: headings, rows: rows)
    }

    /// The programme's targets: what, of whom, the value in its unit and as stated, the tier and the deadline.
    func targets(_ targets: [Target]) -> SheetDownload {
        let headings = [
            w("目标", "Target"), w("对象", "Subject"), w("指标", "Metric"), w("目标值", "Value"), w("单位", "Unit"),
            w("原文写法", "As stated"), w("能级", "Tier"), w("期限（年）", "Deadline (year)"), w("来源", "Source"),
        ]
        let rows = targets.map { t -> [Cell] in
            let metric = snapshot.metrics[t.metricId]
            let unit = metric?.unit ?? ""
            return [
                .text(w(t.description)), .text(subjectName(t.subject)), .text(metric.map { w($0.name) } ?? t.metricId),
                value(t.quantity?.value, unit: unit), .text(orEmpty: t.quantity == nil ? "" : unitName(unit)),
                .text(orEmpty: t.quantity?.stated ?? ""), .text(orEmpty: t.tier.map { w($0.name) } ?? ""), .integer(t.deadline),
                .text(snapshot.source(t.sourceId).map { w($0.title) } ?? t.sourceId),
            ]
        }
        return SheetDownload(fileName: w("发展目标", "targets"), sheetName: w("目标", "Targets"), headings: headings, rows: rows)
    }
}
