import ZhizaoAnalytics
import ZhizaoCharts
import ZhizaoCore

/// Markup for analytics results shared by pages: target paths and chain maps.
extension Fragments {
    func percent(_ fraction: Double) -> String {
        ChineseNumberFormat.decimal(fraction * 100, maxFraction: 1) + "%"
    }

    /// A cluster's path to its target: where it is, what the deadline needs, what it has shown.
    func targetPath(_ p: TargetPath) -> HTML {
        let approx = p.isApproximate ? w("约", "≈") : ""
        var rows: [(String, HTML)] = []
        if let goal = p.goal {
            let deadline = p.target.deadline.map { w("（\($0)年）", " (by \($0))") } ?? w("（期限未注明）", " (no deadline stated)")
            rows.append((w("目标", "Goal"), "\(HTML.figure(Quantity(goal), unit: "CNY", l))\(deadline)"))
        }
        if let current = p.current { rows.append((w("现状", "Now"), observation(current))) }
        if let required = p.requiredGrowth { rows.append((w("所需年均增速", "Growth needed a year"), "\(approx + percent(required))")) }
        if let recent = p.recentGrowth, p.recentGrowthBasis.count == 2 {
            let basis = "\(p.recentGrowthBasis[0].period.label(l)) → \(p.recentGrowthBasis[1].period.label(l))"
            rows.append((w("近期年均增速", "Recent growth a year"), "\(approx + percent(recent)) <span class=\"meta\">(\(basis))</span>"))
        }
        if let years = p.yearsAtRecentRate {
            let text = approx + ChineseNumberFormat.decimal(years, maxFraction: 1) + w("年", " years")
            rows.append((w("按近期增速达标需", "Years to the goal at that rate"), "\(text)"))
        }
        let status: String
        switch p.status {
        case .reached: status = w("已达到", "reached")
        case .onTrack: status = w("按近期增速可如期达到", "on track at the recent growth")
        case .behind: status = w("按近期增速难以如期达到", "behind: the recent growth falls short")
        case .unknown: status = w("无法判断（缺少增速或期限）", "cannot tell (growth or deadline not given)")
        }
        let basis: HTML = p.isApproximate ? " <span class=\"meta\">\(w("（依据约数）", "(on approximate figures)"))</span>" : ""
        rows.append((w("判断", "Verdict"), "<strong>\(status)</strong>\(basis)"))
        let body = rows.map { "<tr><th>\($0.0)</th><td>\($0.1)</td></tr>" as HTML }.joined()
        return "<div class=\"table-wrap\"><table><tbody>\(body)</tbody></table></div>"
    }

    /// The chain map, completeness, gaps, leader candidates and projects that fill gaps.
    func chain(_ a: ChainAnalysis) -> HTML {
        let links = a.nodes.map { n in
            var detail = w("企业库\(n.stats.firms)家", "\(n.stats.firms) registry firms")
            if n.stats.revenue > 0 { detail += " · " + ChineseNumberFormat.format(n.stats.revenue, unit: "CNY", language: l) }
            if !n.tagged.isEmpty { detail += " · " + n.tagged.map { w($0.name) }.joined(separator: w("、", ", ")) }
            return ChainMap.Link(
                name: "[\(w(n.strength.name))] \(w(n.node.name))", stage: n.node.stage, strength: n.strength.rawValue, detail: detail,
                tooltip: w("权重", "weight ") + ChineseNumberFormat.decimal(n.node.weight, maxFraction: 1) + " · GB/T 4754: " + n.node.classes.joined(separator: " "))
        }
        let place = a.placeId.flatMap { snapshot.places.place(id: $0)?.name } .map { w($0) } ?? w("全市", "whole city")
        var out: HTML = "<p>\(w("产业链完整度", "Chain completeness")) <strong>\(percent(a.completeness))</strong> · \(place) "
            + "<span class=\"meta\">\(w("按环节权重计", "weighted by link"))</span></p>"
            + "<p class=\"meta\">\(w(ChainAnalysis.completenessRule))</p>"
        let chainMap = ChainMap(links: links, stages: [w("上游", "Upstream"), w("中游", "Midstream"), w("下游", "Downstream")])
        let title = w("\(a.chain.name.zh)产业链图谱", "\(a.chain.name.text(.en)) chain map")
        out += .responsiveChart(
            wide: chainMap.render(title: title, id: "chain"), narrow: chainMap.render(title: title, id: "chain-narrow", narrow: true))
        out += "<p class=\"legend\"><span><span class=\"swatch swatch-strong\"></span>\(w("强", "strong"))</span>"
            + "<span><span class=\"swatch swatch-weak\"></span>\(w("弱", "weak"))</span>"
            + "<span><span class=\"swatch swatch-absent\"></span>\(w("缺", "absent"))</span>"
            + "<span>\(w(ChainTemplates.shipped.thresholds.text))</span></p>"
        if !a.gaps.isEmpty {
            out += "<p>\(w("缺失环节（按权重）：", "Gaps, heaviest first: "))\(a.gaps.map { w($0.name) }.joined(separator: w("；", "; ")))</p>"
        }
        if !a.leaders.isEmpty {
            let leaders = a.leaders.map { e in
                HTML.link("/enterprises/\(e.uscc ?? e.slug ?? "")", HTML.name(w(e.name), on: l))
                    + (e.latestRevenue.map { " \(HTML.figure(Quantity($0.amount), unit: "CNY", l))" as HTML } ?? .empty)
            }
            out += "<p>\(w("链主候选：", "Chain-leader candidates: "))\(leaders.joined(separator: HTML(raw: w("；", "; "))))</p>"
        }
        for fit in a.projects {
            out += "<p>\(w("补链项目：", "Fills gaps: "))\(HTML.link("/projects/\(fit.project.id)", HTML.name(w(fit.project.name), on: l))) → "
                + "\(fit.nodes.map { w($0.name) }.joined(separator: w("、", ", ")))</p>"
        }
        out += "<p class=\"meta\">\(w(ChainTemplates.shipped.note))</p>"
        return out
    }
}
