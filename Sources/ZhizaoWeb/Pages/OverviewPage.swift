import ZhizaoStorage
import ZhizaoAnalytics
import ZhizaoCharts
import ZhizaoCore

/// 总览: headline figures, clusters against the tiers, the ladder as a funnel, projects by status, digital tiles.
struct OverviewPage {
    let snapshot: Site.Snapshot

    var title: LocalizedText {
        let city = snapshot.overview.city?.name ?? LocalizedText(zh: "城市", en: "City")
        return LocalizedText(zh: "\(city.zh)先进制造业总览", en: "\(city.en ?? city.zh) advanced manufacturing")
    }

    /// The clusters chart: every cluster with a stated annual output, its target mark where one is set. A
    /// year-to-date output is written beside an empty bar, never drawn as an annual one.
    func clusterChart(_ l: Language) -> HTML {
        let w = Words(language: l)
        let lines = snapshot.overview.clusters.filter { $0.tier != nil || $0.target?.goal != nil || $0.yearToDate != nil }
        let bars = lines.map { line in
            let annual = line.annualOutput
            let output = annual?.quantity
            var shown = output.map { ChineseNumberFormat.format($0.value, unit: "CNY", qualifier: $0.qualifier, language: l) } ?? ""
            var tooltip = output.map { HTML.exact($0, unit: "CNY", l) } ?? ""
            if let annual { tooltip += " · " + annual.period.label(l) }
            if annual == nil, let ytd = line.yearToDate, let q = ytd.quantity {
                shown = w("年初至今", "year to date ") + ChineseNumberFormat.format(q.value, unit: "CNY", qualifier: q.qualifier, language: l)
                    + w("（\(ytd.period.label(l))，非全年，不计能级）", " (\(ytd.period.label(l)), not a whole year: no tier)")
                tooltip = HTML.exact(q, unit: "CNY", l)
            }
            let goal = line.target?.goal
            return TierBarChart.Bar(
                label: w(line.cluster.name), value: output?.value, valueLabel: shown,
                tooltip: tooltip,
                isApproximate: output.map { $0.qualifier != .exact } ?? false, target: goal,
                targetLabel: goal.map { w("目标：", "Target: ") + ChineseNumberFormat.format($0, unit: "CNY", language: l) },
                link: "/clusters/\(line.cluster.id)")
        }
        let chart = TierBarChart(
            bars: bars, lines: OutputTier.allCases.map { .init(value: $0.threshold, label: w($0.name)) },
            minimum: 5e9, maximum: 2e12, scaleNote: w("对数刻度", "log scale"))
        let title = w("产业集群规模与百亿、千亿、万亿级线", "Cluster output against the 10-bn, 100-bn and trillion tiers")
        let empty = w("规模未公布", "output not reported")
        return .responsiveChart(
            wide: chart.render(title: title, id: "clusters", emptyLabel: empty),
            narrow: chart.render(title: title, id: "clusters-narrow", emptyLabel: empty, narrow: true))
    }

    /// The ladder: for each rung, the reported count, else the registry's count, else nothing.
    func funnel(_ l: Language) -> HTML {
        let w = Words(language: l)
        let reported = Dictionary(
            snapshot.overview.ladder.compactMap { o in snapshot.metrics[o.metricId]?.counts.map { ($0, o) } },
            uniquingKeysWith: { a, _ in a })
        let stages = DesignationKind.ladder.map { kind -> FunnelChart.Stage in
            if let o = reported[kind], let q = o.quantity {
                let text = ChineseNumberFormat.format(q.value, unit: "家", qualifier: q.qualifier, language: l)
                return .init(label: w(kind.name), count: q.value, countLabel: text, tooltip: ([text, o.period.label(l)] + [Fragments(snapshot: snapshot, w: w).quoteInPageLanguage(o.quote)].compactMap { $0 }).joined(separator: " · "))
            }
            if let count = snapshot.registry.designations[kind], count > 0 {
                let unit = HTML.firmsUnit(l)
                /// The registry's count in words, as shown (2.99万家) or exact on hover (29,885 家).
                func label(_ figure: String) -> String {
                    snapshot.registry.synthetic > 0
                        ? w("企业库（含合成数据）\(figure)", "registry, synthetic included: \(figure)") : w("企业库 \(figure)", "registry: \(figure)")
                }
                return .init(
                    label: w(kind.name), count: Double(count), countLabel: label(ChineseNumberFormat.format(Double(count), unit: unit, language: l)),
                    tooltip: label(ChineseNumberFormat.exact(Double(count), unit: unit, language: l)))
            }
            return .init(label: w(kind.name), count: nil, countLabel: w("未公布", "not reported"), tooltip: w("来源未给出", "no source gives it"))
        }
        let funnel = FunnelChart(stages: stages, scaleNote: w("宽度按数量取对数", "width on a log scale of the count"))
        let title = w("企业梯度培育", "Enterprise cultivation ladder")
        return .responsiveChart(
            wide: funnel.render(title: title, id: "ladder"), narrow: funnel.render(title: title, id: "ladder-narrow", width: 400))
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let o = snapshot.overview
        var out: HTML = "<h1>\(w(title))</h1>"
        if let programme = o.programme {
            out += "<p class=\"lead\">\(w(programme.name)) · \(programme.period.label(l))</p>"
        }
        out += "<div class=\"grid\">"
        for progress in snapshot.tierProgress {
            let count = progress.count
            let goal = count.target.quantity.map { ChineseNumberFormat.decimal($0.value, maxFraction: 0) } ?? w("若干", "several")
            let approx = count.approximate > 0 ? w("，其中\(count.approximate)个按约数", ", \(count.approximate) on approximate figures") : ""
            out += """
                <div class="card tile"><div class="label">\(w(count.target.description))</div>
                <div class="value">\(count.reaching.count) / \(goal)</div>
                <div class="meta">\(w("现已达到", "reach it now"))\(approx) · \(count.target.deadline.map { w("\($0)年", "by \($0)") } ?? "")
                \(f.sourceLink(count.target.sourceId, quote: nil))</div>\(onTrack(progress, w))</div>
                """
        }
        for obs in o.ladder { out += tile(obs, f) }
        out += "</div>"
        if !snapshot.targets.isEmpty {
            out += "<p class=\"meta\">\(w("全部发展目标：", "Every target of the programme: "))\(DownloadLink.html("/targets.xlsx", l))</p>"
        }
        out += "<h2>\(w("产业集群", "Clusters"))</h2>\(clusterChart(l))"
        out += "<p class=\"legend\"><span><span class=\"swatch swatch-exact\"></span>\(w("确数", "exact"))</span>"
            + "<span><span class=\"swatch swatch-approx\"></span>\(w("约数、下限或近似", "approximate or bounded"))</span>"
            + "<span><span class=\"swatch swatch-target\"></span>\(w("目标", "target"))</span></p>"
        out += "<h2>\(w("企业梯度培育", "Enterprise ladder"))</h2>\(funnel(l))"
        out += "<h2>\(w("重点项目", "Key projects"))</h2><div class=\"grid\">"
        for group in o.projectGroups {
            out += "<div class=\"card\"><div>\(f.status(group.status)) · \(group.projects.count)</div><ul>"
            for project in group.projects {
                out += "<li>\(HTML.link("/projects/\(project.id)", w(project.name)))</li>"
            }
            out += "</ul></div>"
        }
        out += "</div>"
        for figure in o.projectFigures { out += "<p>\(f.placeLink(figure.subject.id)) \(f.observation(figure, showMetric: true))</p>" }
        out += "<h2>\(w("数字基础设施", "Digital infrastructure"))</h2><div class=\"grid\">"
        for obs in o.digital { out += tile(obs, f) }
        out += "</div>"
        return out
    }

    /// "On track: …; cannot tell: …" for a tier target.
    private func onTrack(_ p: TierProgress, _ w: Words) -> HTML {
        var parts: [String] = []
        if !p.onTrack.isEmpty { parts.append(w("按近期增速有望：", "on track: ") + p.onTrack.map { w($0.name) }.joined(separator: "、")) }
        if !p.unknown.isEmpty { parts.append(w("无法判断：", "cannot tell: ") + p.unknown.map { w($0.name) }.joined(separator: "、")) }
        return parts.isEmpty ? .empty : "<div class=\"meta\">\(parts.joined(separator: w("；", "; ")))</div>"
    }

    private func tile(_ o: Observation, _ f: Fragments) -> HTML {
        let name = snapshot.metrics[o.metricId].map { f.w($0.name) } ?? o.metricId
        let value = o.quantity.map { HTML.figure($0, unit: snapshot.metrics[o.metricId]?.unit ?? "", f.l) }
            ?? "\(o.rank?.label(f.l) ?? "")"
        let rank = o.quantity != nil ? o.rank.map { " · " + $0.label(f.l) } ?? "" : ""
        return """
            <div class="card tile"><div class="label">\(name)</div><div class="value">\(value)</div>
            <div class="meta">\(o.period.label(f.l)) \(f.marks(o))\(rank) \(f.sourceLink(o.sourceId, quote: o.quote))</div></div>
            """
    }
}
