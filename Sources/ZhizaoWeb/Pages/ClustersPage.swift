import ZhizaoAnalytics
import ZhizaoCharts
import ZhizaoCore

/// 产业集群: every cluster with its headline figure, tier and target.
struct ClustersPage {
    let snapshot: Site.Snapshot

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        var out: HTML = "<h1>\(w("产业集群", "Clusters"))</h1>"
        out += "<p class=\"lead\">\(w("城市及区级产业集群：规模、能级（百亿/千亿/万亿级）与目标进度。", "City and district clusters: output, tier (10-bn / 100-bn / trillion) and progress to target."))</p>"
        out += OverviewPage(snapshot: snapshot).clusterChart(l)
        out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("集群", "Cluster"))</th><th>\(w("范围", "Scope"))</th>"
            + "<th>\(w("规模", "Figure"))</th><th>\(w("能级", "Tier"))</th><th>\(w("目标", "Target"))</th></tr></thead><tbody>"
        for line in snapshot.overview.clusters {
            let scope = snapshot.placeName(line.cluster.placeId, l) ?? ""
            let figure = line.headline.map { f.observation($0, showMetric: $0.metricId != "output") }
                ?? "<span class=\"muted\">\(w("未公布", "not reported"))</span>"
            out += "<tr><td>\(HTML.link("/clusters/\(line.cluster.id)", w(line.cluster.name)))</td><td>\(scope)</td>"
                + "<td>\(figure)</td><td>\(tier(line, w))</td><td>\(target(line, f))</td></tr>"
        }
        out += "</tbody></table></div>"
        return out
    }

    func tier(_ line: ProgrammeOverview.ClusterLine, _ w: Words) -> HTML {
        guard let assessment = line.tier else {
            let note = line.yearToDate != nil ? w("非全年产值，不计能级", "not a whole year's output: no tier") : "—"
            return "<span class=\"muted\">\(note)</span>"
        }
        guard let tier = assessment.tier else { return "\(w("能级不明", "unknown"))" }
        return "\((assessment.isCertain ? "" : w("约", "≈")) + w(tier.name))"
    }

    func target(_ line: ProgrammeOverview.ClusterLine, _ f: Fragments) -> HTML {
        guard let target = line.target else { return .empty }
        var text = f.w(target.description)
        if let deadline = target.deadline { text += " · " + f.w("\(deadline)年", "by \(deadline)") }
        if let progress = line.progress {
            text += " · " + f.w("进度", "progress ") + (line.progressIsApproximate ? f.w("约", "≈") : "")
                + ChineseNumberFormat.decimal(progress * 100, maxFraction: 0) + "%"
        }
        return "\(text) \(f.sourceLink(target.sourceId, quote: nil))"
    }
}

/// One cluster: its figures and output series, tier and target, statements, projects and sources.
struct ClusterPage {
    let snapshot: Site.Snapshot
    let cluster: Cluster
    /// The investors in its projects, from the registry.
    let enterprises: [Enterprise]
    /// Its industrial chain in its place, when a template covers it.
    let chain: ChainAnalysis?
    /// Investment targets for the chain's gaps, with the query they were read for and the stored target lists.
    var targets: (targets: ChainTargets, query: TargetQuery, lists: [String])? = nil

    var line: ProgrammeOverview.ClusterLine? { snapshot.overview.clusters.first { $0.cluster.id == cluster.id } }
    var observations: [Observation] { snapshot.observations(ofCluster: cluster.id) }
    var projects: [Project] { snapshot.projects(ofCluster: cluster.id) }

    /// Annual actual output by year, oldest first: part-year figures and forecasts are listed with the
    /// figures, marked, not drawn as years.
    func series(_ l: Language) -> HTML? {
        let outputs = observations.filter { $0.metricId == "output" && $0.isAnnualActual }
            .sorted { ($0.period.end ?? "") < ($1.period.end ?? "") }
        guard outputs.count > 1 else { return nil }
        let columns = outputs.map { o in
            let q = o.quantity!
            return ColumnChart.Column(
                label: o.period.label(l), value: q.value,
                valueLabel: ChineseNumberFormat.format(q.value, unit: "CNY", qualifier: q.qualifier, language: l),
                tooltip: ChineseNumberFormat.exact(q.value, unit: "CNY", language: l), isApproximate: q.qualifier != .exact)
        }
        return HTML(raw: ColumnChart(columns: columns).render(title: Words(language: l)("产值序列", "Output series"), id: "series"))
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let page = ClustersPage(snapshot: snapshot)
        var out: HTML = "<p class=\"meta\">\(HTML.link("/clusters", w("产业集群", "Clusters"))) ›</p><h1>\(w(cluster.name))</h1>"
        out += "<p class=\"lead\">\(snapshot.placeName(cluster.placeId, l) ?? "")"
        if let parent = cluster.parentId { out += " · \(w("隶属", "part of "))\(f.clusterLink(parent))" }
        out += "</p>"
        if let line {
            out += "<div class=\"grid\"><div class=\"card tile\"><div class=\"label\">\(w("能级", "Tier"))</div><div class=\"value\">\(page.tier(line, w))</div></div>"
            if line.target != nil { out += "<div class=\"card tile\"><div class=\"label\">\(w("目标", "Target"))</div><div>\(page.target(line, f))</div></div>" }
            out += "</div>"
        }
        if let path = snapshot.path(cluster.id) { out += "<h2>\(w("目标路径", "Path to the target"))</h2>\(f.targetPath(path))" }
        if let series = series(l) { out += "<h2>\(w("产值序列", "Output series"))</h2>\(series)" }
        if let chain {
            out += "<h2>\(w("产业链", "Industrial chain"))\(DownloadLink.html("/clusters/\(cluster.id)/chain.xlsx", l))</h2>\(f.chain(chain))"
        }
        if let targets {
            out += TargetsSection(
                snapshot: snapshot, clusterId: cluster.id, targets: targets.targets, query: targets.query, lists: targets.lists
            ).html(l)
        }
        out += "<h2>\(w("数据", "Figures"))</h2>"
        out += observations.isEmpty ? "<p class=\"muted\">\(w("来源未给出该集群的数字。", "No source gives a figure for this cluster."))</p>"
            : "<ul>\(observations.map { "<li>\(f.observation($0, showMetric: true))</li>" as HTML }.joined())</ul>"
        let targets = snapshot.targets.filter { $0.subject == .cluster(cluster.id) }
        if !targets.isEmpty {
            let items = targets.map { t -> HTML in
                let deadline = t.deadline.map { " · " + w("\($0)年", "by \($0)") } ?? ""
                return "<li>\(w(t.description))\(deadline) \(f.sourceLink(t.sourceId, quote: nil))</li>"
            }
            out += "<h2>\(w("目标", "Targets"))</h2><ul>\(items.joined())</ul>"
        }
        let statements = snapshot.statements.filter { $0.subject == .cluster(cluster.id) }
        if !statements.isEmpty {
            out += "<h2>\(w("概况", "Profile"))</h2><ul>\(statements.map { "<li>\(w($0.text)) \(f.sourceLink($0.sourceId, quote: nil))</li>" as HTML }.joined())</ul>"
        }
        let children = snapshot.clusters.filter { $0.parentId == cluster.id }
        if !children.isEmpty {
            out += "<h2>\(w("区级集群", "District clusters"))</h2><ul>\(children.map { "<li>\(f.clusterLink($0.id)) · \(snapshot.placeName($0.placeId, l) ?? "")</li>" as HTML }.joined())</ul>"
        }
        out += "<h2>\(w("重点项目", "Key projects"))</h2>"
        out += projects.isEmpty ? "<p class=\"muted\">\(w("暂无关联项目。", "No project linked."))</p>" : ProjectsPage.table(projects, f)
        if !enterprises.isEmpty {
            let items = enterprises.map { "<li>\(HTML.link("/enterprises/\($0.uscc ?? $0.slug ?? "")", w($0.name)))</li>" as HTML }
            out += "<h2>\(w("企业", "Enterprises"))</h2><ul>\(items.joined())</ul>"
        }
        return out
    }
}
