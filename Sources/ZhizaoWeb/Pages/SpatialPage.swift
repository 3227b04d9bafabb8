import ZhizaoCharts
import ZhizaoCore

/// 空间布局: one core, one corridor, three zones, many parks, drawn over the districts.
struct SpatialPage {
    let snapshot: Site.Snapshot

    /// Schematic positions (column, row) of Guangzhou's districts, north at the top; not to scale. Districts
    /// of other cities fill the grid in order.
    static let schematic: [String: (Int, Int)] = [
        "huadu": (0, 0), "conghua": (2, 0), "baiyun": (1, 1), "zengcheng": (3, 1), "liwan": (0, 2), "yuexiu": (1, 2),
        "tianhe": (2, 2), "huangpu": (3, 2), "haizhu": (1, 3), "panyu": (2, 3), "nansha": (2, 4),
    ]

    func diagram(_ l: Language) -> HTML {
        let w = Words(language: l)
        let places = snapshot.places
        let districts = places.places.filter { $0.kind == .district }
        var taken = Set(Self.schematic.values.map { "\($0.0),\($0.1)" })
        var next = 0
        let tiles = districts.map { district -> SpatialDiagram.District in
            var position = Self.schematic[district.id]
            while position == nil {
                let candidate = (next % 4, 5 + next / 4)
                next += 1
                if !taken.contains("\(candidate.0),\(candidate.1)") { position = candidate; taken.insert("\(candidate.0),\(candidate.1)") }
            }
            let inside = places.places.filter { ($0.kind == .zone || $0.kind == .park) && places.district(of: $0.id)?.id == district.id }
            let clusters = snapshot.clusters.filter { $0.placeId == district.id }.count
            let projects = snapshot.projects.filter { $0.placeId == district.id }.count
            var hosts: [String] = []
            if clusters > 0 { hosts.append(w("\(clusters)个集群", "\(clusters) clusters")) }
            if projects > 0 { hosts.append(w("\(projects)个项目", "\(projects) projects")) }
            return SpatialDiagram.District(
                name: w(district.name), link: "#\(district.id)", column: position!.0, row: position!.1,
                places: inside.map { (name: w($0.name), role: role($0, w), link: nil) }, hosts: hosts.joined(separator: " · "))
        }
        let core = places.places.first { $0.layoutRole == .core }
        let corridor = places.places.first { $0.layoutRole == .corridor }
        return HTML(raw: SpatialDiagram(
            districts: tiles, core: core.map { (label: w("一核", "core"), name: w($0.name)) }, corridor: corridor.map { w($0.name) }
        ).render(title: w("空间布局示意图：一核一廊三区多园", "Spatial layout: one core, one corridor, three zones, many parks"), id: "layout"))
    }

    func role(_ place: Place, _ w: Words) -> String {
        if let role = place.layoutRole { return w(role.name) }
        return w(place.kind.name)
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let f = Fragments(snapshot: snapshot, w: w)
        let places = snapshot.places.places
        var out: HTML = "<h1>\(w("空间布局", "Spatial layout"))</h1><p class=\"lead\">\(w("一核一廊三区多园（示意图，不按比例）", "One core, one corridor, three zones, many parks (schematic, not to scale)"))</p>"
        out += diagram(l)
        out += "<p class=\"legend\"><span><span class=\"swatch swatch-core\"></span>\(w("一核", "core"))</span>"
            + "<span><span class=\"swatch swatch-corridor\"></span>\(w("一廊", "corridor"))</span>"
            + "<span><span class=\"swatch swatch-zone\"></span>\(w("三区与园区", "zones and parks"))</span></p>"
        out += "<div class=\"grid\">"
        for role in LayoutRole.allCases {
            let members = places.filter { $0.layoutRole == role }
            let items = members.map { p -> HTML in
                let district = snapshot.places.district(of: p.id).map { " · " + w($0.name) } ?? ""
                return "<li>\(w(p.name))\(district)</li>"
            }
            out += "<div class=\"card\"><h2>\(w(role.name))</h2><ul>\(items.joined())</ul>"
            if role == .park {
                out += "<p class=\"meta\">\(w("园区四级：", "Four tiers: "))\(ParkTier.allCases.map { w($0.name) }.joined(separator: " → "))</p>"
            }
            out += "</div>"
        }
        out += "</div><h2>\(w("各区", "Districts"))</h2>"
        for district in places.filter({ $0.kind == .district }) {
            let inside = places.filter { snapshot.places.district(of: $0.id)?.id == district.id && $0.id != district.id }
            let clusters = snapshot.clusters.filter { $0.placeId == district.id }
            let projects = snapshot.projects.filter { $0.placeId == district.id }
            let statements = snapshot.statements.filter { $0.subject == .place(district.id) }
            let figures = snapshot.observations.filter { $0.subject == .place(district.id) }
            guard !(inside.isEmpty && clusters.isEmpty && projects.isEmpty && statements.isEmpty && figures.isEmpty) else {
                out += "<p id=\"\(district.id)\"><strong>\(w(district.name))</strong> <span class=\"meta\">\(w("来源未提及", "not covered by the sources"))</span></p>"
                continue
            }
            out += "<section class=\"card\" id=\"\(district.id)\"><h2>\(w(district.name))</h2>"
            if !inside.isEmpty { out += "<p>\(w("功能区与园区：", "Zones and parks: "))\(inside.map { w($0.name) }.joined(separator: w("、", ", ")))</p>" }
            if !clusters.isEmpty { out += "<p>\(w("产业集群：", "Clusters: "))\(clusters.map { f.clusterLink($0.id) }.joined(separator: HTML(raw: w("、", ", "))))</p>" }
            if !projects.isEmpty { out += "<p>\(w("重点项目：", "Key projects: "))\(HTML.link("/projects", w("\(projects.count)个", "\(projects.count)")))</p>" }
            for figure in figures { out += "<p>\(f.observation(figure, showMetric: true))</p>" }
            if !statements.isEmpty { out += "<ul>\(statements.map { "<li>\(w($0.text)) \(f.sourceLink($0.sourceId, quote: nil))</li>" as HTML }.joined())</ul>" }
            out += "</section>"
        }
        return out
    }
}
