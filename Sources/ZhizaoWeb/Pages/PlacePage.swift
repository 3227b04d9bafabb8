import ZhizaoCharts
import ZhizaoCore
import ZhizaoStorage

/// 区情: one district — where it lies, its registry figures, clusters, zones and parks, leading firms, key
/// projects, and the figures and statements whose subject it is.
struct PlacePage {
    let snapshot: Site.Snapshot
    let place: Place
    /// The district's firms with the largest revenue.
    let topFirms: RegistryPage
    /// Whether the registry holds a firm of the district with an industry class: its opportunities are linked only then.
    let hasIndustryData: Bool

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let map = AreaMap(snapshot: snapshot, w: w)
        let places = snapshot.places
        let parent = place.parentId.flatMap { places.place(id: $0) }
        var out: HTML = "<p class=\"meta back\">\(HTML.link("/layout", w("← 空间布局", "← Spatial layout")))</p>"
        out += "<h1>\(w(place.name))</h1><p class=\"lead\">\(parent.map { w($0.name) + " · " } ?? "")\(w(place.kind.name))</p>"
        out += "<div class=\"place-head\"><div class=\"grid tiles\">"
        for measure in MapMeasure.allCases {
            let value: HTML = map.value(measure, place: place).map { HTML.figure(Quantity($0, .exact), unit: measure.unit, l) } ?? "<span class=\"muted\">\(w("无数据", "no data"))</span>"
            out += "<div class=\"card tile\"><div class=\"label\">\(w(measure.name))</div><div class=\"value\">\(value)</div></div>"
        }
        out += "</div>"
        if let locator = map.locator(place.id) {
            out += "<div class=\"card locator\">\(HTML(raw: locator.render(title: w("\(w(place.name))在\(parent.map { w($0.name) } ?? "本市")的位置", "Where \(w(place.name)) lies in \(parent.map { w($0.name) } ?? "the city")"), id: "locator", width: 300)))</div>"
        }
        out += "</div>"

        if hasIndustryData {
            out += "<p>\(HTML.link("/places/\(place.id)/opportunities", w("发展机会：该区的专业化行业与可发展的行业 →", "Opportunities: what the district is specialised in and could grow into →")))</p>"
        } else {
            out += "<div class=\"card\"><h2>\(w("发展机会", "Opportunities"))</h2>\(MissingIndustryData.html(place: w(place.name), w))</div>"
        }

        let clusters = snapshot.clusters.filter { places.isInside($0.placeId, place.id) }
        out += "<h2>\(w("产业集群", "Clusters"))</h2>"
        out += clusters.isEmpty
            ? "<p class=\"muted\">\(w("来源未提及该区的产业集群。", "The sources name no cluster in this district."))</p>"
            : "<ul>\(clusters.map { "<li>\(f.clusterLink($0.id))</li>" as HTML }.joined())</ul>"

        let inside = places.places.filter { ($0.kind == .zone || $0.kind == .park) && places.isInside($0.id, place.id) }
        out += "<h2>\(w("功能区与园区", "Zones and parks"))</h2>"
        out += inside.isEmpty
            ? "<p class=\"muted\">\(w("来源未提及该区的功能区或园区。", "The sources name no zone or park in this district."))</p>"
            : "<ul>\(inside.map { p -> HTML in "<li>\(w(p.name)) <span class=\"meta\">\(p.layoutRole.map { w($0.name) } ?? w(p.kind.name))</span></li>" }.joined())</ul>"

        out += "<h2>\(w("企业", "Enterprises"))</h2>"
        if topFirms.items.isEmpty {
            out += "<p class=\"muted\">\(w("企业名录中没有该区的企业。", "The registry holds no firm in this district."))</p>"
        } else {
            out += "<p class=\"meta\">\(w("按主营业务收入排列的前\(topFirms.items.count)家；", "The \(topFirms.items.count) largest by revenue; "))"
                + "\(HTML.link("/enterprises?district=\(place.id)", w("查看该区全部企业", "all firms of the district")))</p>"
            out += "<div class=\"table-wrap\"><table><thead><tr><th>\(w("企业名称", "Name"))</th><th class=\"hide-narrow\">\(w("行业", "Industry"))</th>"
                + "<th class=\"num\">\(w("主营业务收入", "Revenue"))</th></tr></thead><tbody>"
            for firm in topFirms.items {
                let ref = firm.uscc ?? firm.slug ?? ""
                let revenue = firm.latestRevenue.map { "\(HTML.figure(Quantity($0.amount), unit: "CNY", l)) <span class=\"meta\">\($0.year)</span>" as HTML } ?? .empty
                out += "<tr><td>\(HTML.link("/enterprises/\(ref)", f.name(firm.name)))</td><td class=\"hide-narrow\">\(f.industry(firm.industryCode))</td>"
                    + "<td class=\"num\">\(revenue)</td></tr>"
            }
            out += "</tbody></table></div>"
        }

        let projects = snapshot.projects.filter { $0.placeId.map { places.isInside($0, place.id) } ?? false }
        out += "<h2>\(w("重点项目", "Key projects"))</h2>"
        out += projects.isEmpty
            ? "<p class=\"muted\">\(w("来源未提及该区的重点项目。", "The sources name no key project in this district."))</p>"
            : ProjectsPage.table(projects, f)

        let figures = snapshot.observations.filter { $0.subject == .place(place.id) }
        let statements = snapshot.statements.filter { $0.subject == .place(place.id) }
        out += "<h2>\(w("数据与表述", "Figures and statements"))</h2>"
        if figures.isEmpty && statements.isEmpty {
            out += "<p class=\"muted\">\(w("来源未给出该区的数据。", "The sources give no figure for this district."))</p>"
        }
        for figure in figures { out += "<p>\(f.observation(figure, showMetric: true))</p>" }
        if !statements.isEmpty {
            out += "<ul>\(statements.map { "<li>\(w($0.text)) \(f.sourceLink($0.sourceId, quote: nil))</li>" as HTML }.joined())</ul>"
        }
        return out
    }
}
