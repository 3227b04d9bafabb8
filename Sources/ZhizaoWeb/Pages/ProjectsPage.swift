import Foundation
import ZhizaoAnalytics
import ZhizaoCharts
import ZhizaoCore

/// 重点项目: projects by status with investment, place and cluster.
struct ProjectsPage {
    let snapshot: Site.Snapshot
    /// Only projects with this status, when set ("unknown" for those without one).
    let status: String?

    static func table(_ projects: [Project], _ f: Fragments) -> HTML {
        let w = f.w
        var out: HTML = "<div class=\"table-wrap\"><table><thead><tr><th>\(w("项目", "Project"))</th><th>\(w("状态", "Status"))</th>"
            + "<th>\(w("总投资", "Investment"))</th><th>\(w("地点", "Place"))</th><th class=\"hide-narrow\">\(w("集群", "Cluster"))</th></tr></thead><tbody>"
        for p in projects {
            let listed: HTML = p.listings.isEmpty ? .empty : "<div class=\"meta\">\(w("列入", "listed in")) \(p.listings.map { HTML.name($0, on: f.l) }.joined(separator: HTML(raw: w("、", ", "))))</div>"
            out += "<tr><td>\(HTML.link("/projects/\(p.id)", f.name(p.name)))\(listed)</td><td>\(f.status(p.status))</td>"
                + "<td class=\"num\">\(f.investment(p.investment))</td><td>\(f.placeLink(p.placeId))</td>"
                + "<td class=\"hide-narrow\">\(f.clusterLink(p.clusterId))</td></tr>"
        }
        return out + "</tbody></table></div>"
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        var out: HTML = "<h1>\(w("重点项目", "Key projects"))</h1>"
        out += "<p class=\"lead\">\(w("按状态分组：签约、在建、投产；投资额与所在地。", "By status, from signing to production, with investment and place."))</p>"
        let filters = [HTML.link("/projects", w("全部", "all"))] + ProgrammeOverview.statusOrder.map { s in
            HTML.link("/projects?status=\(s?.rawValue ?? "unknown")", s.map { w($0.name) } ?? w("状态未注明", "status not stated"))
        }
        out += "<p class=\"legend\">\(filters.joined(separator: " · "))</p>"
        for figure in snapshot.overview.projectFigures {
            out += "<p>\(f.placeLink(figure.subject.id)) \(f.observation(figure, showMetric: true))</p>"
        }
        out += portfolio(f)
        for group in snapshot.overview.projectGroups where status == nil || status == (group.status?.rawValue ?? "unknown") {
            let total = group.projects.compactMap(\.investment).filter { $0.qualifier == .exact || $0.qualifier == .approx }
            var heading: HTML = "\(f.status(group.status)) · \(group.projects.count)\(w("个", ""))"
            if !total.isEmpty {
                let sum = Quantity(total.map(\.value).reduce(0, +), total.allSatisfy { $0.qualifier == .exact } ? .exact : .approx)
                heading += " · \(w("已知投资合计", "known investment")) \(HTML.figure(sum, unit: "CNY", l))"
            }
            out += "<h2>\(heading)</h2>" + Self.table(group.projects, f)
        }
        return out
    }
}

extension ProjectsPage {
    /// Investment by cluster and district, and phases late against plan (as of today).
    func portfolio(_ f: Fragments) -> HTML {
        let w = f.w
        let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let p = ProjectPortfolio(projects: snapshot.projects, places: snapshot.places, asOf: String(today))
        func table(_ title: String, _ groups: [ProjectPortfolio.Group], _ name: (String?) -> HTML) -> HTML {
            let items = groups.map { g -> HTML in
                let investment = g.knownInvestment.map { " · \(HTML.figure($0, unit: "CNY", f.l))" as HTML } ?? .empty
                let unreported: HTML = g.unreported > 0
                    ? " <span class=\"meta\">\(w("\(g.unreported)个未公布投资额", "\(g.unreported) without investment"))</span>" : .empty
                return "<li>\(name(g.key)) · \(g.projects.count)\(w("个", ""))\(investment)\(unreported)</li>"
            }
            return "<div class=\"card\"><h2>\(title)</h2><ul>\(items.joined())</ul></div>"
        }
        var out: HTML = "<div class=\"grid\">"
        out += table(w("按集群", "By cluster"), p.byCluster) { $0.map { f.clusterLink($0) } ?? "\(w("未归集群", "no cluster"))" }
        out += table(w("按区", "By district"), p.byDistrict) { $0.map { f.placeLink($0) } ?? "\(w("全市或未注明", "city-wide or not stated"))" }
        out += "<div class=\"card\"><h2>\(w("逾期分期", "Late phases"))</h2>"
        out += p.late.isEmpty
            ? "<p class=\"muted\">\(w("没有计划完成日期已过而未投产的分期（多数项目未公布计划日期）。", "No phase past its planned end (most projects state no planned date)."))</p>"
            : "<ul>\(p.late.map { "<li>\(HTML.link("/projects/\($0.project.id)", f.name($0.project.name))) · \($0.phase.plannedEnd ?? "")</li>" as HTML }.joined())</ul>"
        return out + "</div></div>"
    }
}

/// One project: status, phases on a timeline, investment, investors, place, cluster, listings, source.
struct ProjectPage {
    let snapshot: Site.Snapshot
    let project: Project
    let investors: [Enterprise]
    /// The gap links of its cluster's chain (in its district) that it fills.
    let fills: [ChainTemplates.Node]
    /// The forms, for a reader who may edit this record.
    var edit: EditContext? = nil

    func timeline(_ l: Language) -> HTML? {
        guard !project.phases.isEmpty else { return nil }
        let w = Words(language: l)
        let phases = project.phases.map { phase in
            PhaseTimeline.Phase(
                title: phase.number.map { w("第\($0)期", "Phase \($0)") } ?? w("项目", "Project"),
                status: phase.status.map { w($0.name) } ?? w("状态未注明", "status not stated"),
                statusClass: "status-\(phase.status?.rawValue ?? "unknown")",
                dates: [phase.since.map { w("\($0)起", "since \($0)") }, phase.plannedEnd.map { w("计划\($0)", "planned \($0)") }]
                    .compactMap { $0 }.joined(separator: " · "))
        }
        return HTML(raw: PhaseTimeline(phases: phases).render(title: w("项目分期", "Project phases"), id: "phases"))
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let p = project
        var out: HTML = "<p class=\"meta\">\(HTML.link("/projects", w("重点项目", "Key projects"))) ›</p><h1>\(f.name(p.name))</h1>"
        out += "<p class=\"lead\">\(f.status(p.status))\(p.kind == .agreement ? " · " + w("战略合作协议", "strategic agreement") : "")</p>"
        if let timeline = timeline(l) { out += timeline }
        out += "<div class=\"table-wrap\"><table><tbody>"
        func row(_ label: String, _ value: HTML) -> HTML { "<tr><th>\(label)</th><td>\(value)</td></tr>" }
        out += row(w("总投资", "Total investment"), f.investment(p.investment))
        out += row(w("投资方", "Investors"), investors.isEmpty ? "—" : investors.map { HTML.link("/enterprises/\($0.uscc ?? $0.slug ?? "")", f.name($0.name)) }.joined(separator: HTML(raw: w("、", ", "))))
        out += row(w("地点", "Place"), f.placeLink(p.placeId))
        out += row(w("集群", "Cluster"), f.clusterLink(p.clusterId))
        if let scope = p.scope { out += row(w("内容", "Scope"), "\(w(scope))") }
        if !fills.isEmpty { out += row(w("补链环节", "Chain gaps it fills"), "\(fills.map { w($0.name) }.joined(separator: w("、", ", ")))") }
        out += row(w("列入计划", "Listed in"), "\(p.listings.isEmpty ? "—" : p.listings.joined(separator: w("、", ", ")))")
        if let source = p.sourceId { out += row(w("来源", "Source"), f.sourceLink(source, quote: nil)) }
        out += "</tbody></table></div>"
        if let edit { out += ProjectForms(project: project, edit: edit).html(l) }
        return out
    }
}
