import ZhizaoCharts
import ZhizaoCore
import ZhizaoStorage

/// What a map shades its areas by: counts and sums the store has per district (and, for the city, in all).
enum MapMeasure: String, CaseIterable {
    case enterprises, aboveScale = "above-scale", revenue, clusters, projects

    var name: LocalizedText {
        switch self {
        case .enterprises: LocalizedText(zh: "企业数", en: "Enterprises")
        case .aboveScale: LocalizedText(zh: "规上企业", en: "Above-scale firms")
        case .revenue: LocalizedText(zh: "营业收入", en: "Revenue")
        case .clusters: LocalizedText(zh: "产业集群", en: "Clusters")
        case .projects: LocalizedText(zh: "重点项目", en: "Key projects")
        }
    }

    /// The measure word or unit its values are counted in.
    var unit: String {
        switch self {
        case .enterprises, .aboveScale: "家"
        case .revenue: "CNY"
        case .clusters: "个"
        case .projects: "项"
        }
    }

    /// What the value means, for the map's note.
    var note: LocalizedText {
        switch self {
        case .enterprises: LocalizedText(zh: "企业名录中注册在该区的企业", en: "firms of the registry in the district")
        case .aboveScale: LocalizedText(zh: "持有规模以上称号的企业", en: "firms holding the above-scale designation")
        case .revenue: LocalizedText(zh: "各企业最近一年主营业务收入之和", en: "the sum of each firm's latest main-business revenue")
        case .clusters: LocalizedText(zh: "以该区为所在地的产业集群", en: "clusters placed in the district")
        case .projects: LocalizedText(zh: "位于该区的重点项目", en: "key projects placed in the district")
        }
    }
}

/// Which map: a city's districts, or a province's cities.
enum MapScope: String, CaseIterable {
    case city, province

    var level: Boundary.Level { self == .city ? .district : .city }
}

/// Builds the choropleth of a snapshot: areas from the stored (or shipped) boundaries matched to places by name,
/// each shaded by a measure, hatched where the store has no record, with the 一核一廊三区多园 layout on the city map.
struct AreaMap {
    let snapshot: Site.Snapshot
    let w: Words

    /// An area's value of `measure`, nil when no record of it exists (shown 无数据, never 0).
    func value(_ measure: MapMeasure, place: Place?) -> Double? {
        guard let place else { return nil }
        func inside(_ placeId: String?) -> Bool { placeId.map { snapshot.places.isInside($0, place.id) } ?? false }
        switch measure {
        case .clusters:
            let count = snapshot.clusters.filter { inside($0.placeId) }.count
            return count > 0 ? Double(count) : nil
        case .projects:
            let count = snapshot.projects.filter { inside($0.placeId) }.count
            return count > 0 ? Double(count) : nil
        case .enterprises, .aboveScale, .revenue:
            if place.kind == .city {
                let districts = snapshot.places.places.filter { $0.kind == .district && $0.parentId == place.id }
                let values = districts.compactMap { value(measure, place: $0) }
                return values.isEmpty ? nil : values.reduce(0, +)
            }
            guard let registry = snapshot.districtRegistry[place.id] else { return nil }
            switch measure {
            case .enterprises: return Double(registry.enterprises)
            case .aboveScale: return Double(registry.aboveScale)
            default: return registry.firmsWithRevenue > 0 ? registry.revenueCNY : nil
            }
        }
    }

    /// A value as readers write it: 1.2万家, 356亿元.
    func text(_ value: Double, _ measure: MapMeasure) -> String {
        ChineseNumberFormat.format(value, unit: measure.unit, language: w.language)
    }

    /// "花都区：企业 1.2万家 · 规上企业 56家 · …" for hover.
    func tooltip(_ name: String, place: Place?) -> String {
        let parts = MapMeasure.allCases.compactMap { measure in
            value(measure, place: place).map { w(measure.name) + " " + text($0, measure) }
        }
        let details = parts.isEmpty ? w("无数据", "no data") : parts.joined(separator: " · ")
        return name + w("：", ": ") + details
    }

    /// The map of `scope` shaded by `measure`; `highlight` (a place id) drawn stronger, `small` for a district page.
    func chart(_ scope: MapScope, _ measure: MapMeasure, highlight: String? = nil) -> ChoroplethMap {
        let boundaries = scope == .city ? snapshot.districtBoundaries : snapshot.cityBoundaries
        let matched = boundaries.map { ($0, $0.place(in: snapshot.places)) }
        let values = matched.map { value(measure, place: $0.1) }
        let breaks = ClassBreaks(values: values.compactMap { $0 })
        let areas = zip(matched, values).map { pair, value -> ChoroplethMap.Area in
            let (boundary, place) = pair
            let name = boundary.name(place: place, w.language)
            let link = place.map { $0.kind == .city ? "/layout?scope=city" : "/places/\($0.id)" }
            return ChoroplethMap.Area(
                name: name, rings: Self.rings(boundary), classIndex: value.map(breaks.index(of:)),
                tooltip: tooltip(name, place: place), link: link, highlighted: highlight != nil && place?.id == highlight)
        }
        let legend = breaks.ranges.map { range in
            range.first || range.lower == range.upper
                ? (range.lower == range.upper ? text(range.upper, measure) : text(range.lower, measure) + "–" + text(range.upper, measure))
                : w("\(text(range.lower, measure))以上至", "over \(text(range.lower, measure)) to ") + text(range.upper, measure)
        }
        let noData = values.contains(nil) ? w("无数据", "no data") : nil
        guard scope == .city else { return ChoroplethMap(areas: areas, legend: legend, noData: noData) }
        return ChoroplethMap(
            areas: areas, legend: legend, noData: noData, corridor: corridor(), markers: layoutMarkers(matched))
    }

    /// A small map of the city with one district marked: where a district page's district lies.
    func locator(_ placeId: String) -> ChoroplethMap? {
        let areas = snapshot.districtBoundaries.map { boundary -> ChoroplethMap.Area in
            let place = boundary.place(in: snapshot.places)
            let name = boundary.name(place: place, w.language)
            return ChoroplethMap.Area(
                name: name, rings: Self.rings(boundary), classIndex: nil, tooltip: name, link: place.map { "/places/\($0.id)" },
                highlighted: place?.id == placeId)
        }
        guard areas.contains(where: \.highlighted) else { return nil }
        return ChoroplethMap(areas: areas, legend: [], noData: nil, labelArea: .infinity)
    }

    static func rings(_ boundary: Boundary) -> [[(Double, Double)]] {
        boundary.polygons.flatMap { $0.map { $0.map { ($0.longitude, $0.latitude) } } }
    }

    /// Approximate positions of the layout's named places (longitude, latitude), for places that are not a
    /// district: the core is the AI and Digital Economy Pilot Zone, whose core area is Pazhou (琶洲, 海珠区); the
    /// corridor's course in Guangzhou runs through its named nodes, from Sino-Singapore Knowledge City (中新广州
    /// 知识城) by Science City (广州科学城), Pazhou and University Town (大学城) to Nansha (南沙庆盛) and on
    /// towards Shenzhen. Positions read off the shipped boundaries; a drawing, not a survey.
    static let anchors: [String: (Double, Double)] = ["gz-ai-digital-economy-zone": (113.37, 23.10)]
    static let corridorCourse: [(Double, Double)] = [
        (113.50, 23.38), (113.45, 23.17), (113.37, 23.10), (113.39, 23.05), (113.50, 22.80), (113.62, 22.66),
    ]

    func corridor() -> (points: [(Double, Double)], label: String)? {
        guard let place = snapshot.places.places.first(where: { $0.layoutRole == .corridor }) else { return nil }
        return (Self.corridorCourse, w("一廊", "corridor") + w("：", ": ") + w(place.name))
    }

    /// The core at its anchor; zones and parks under their district's label, one below the other.
    func layoutMarkers(_ matched: [(Boundary, Place?)]) -> [ChoroplethMap.Marker] {
        var markers: [ChoroplethMap.Marker] = []
        var perDistrict: [String: Int] = [:]
        for place in snapshot.places.places {
            guard let role = place.layoutRole, role != .corridor else { continue }
            let tooltip = w(role.name) + w("：", ": ") + w(place.name)
            if let anchor = Self.anchors[place.id] {
                markers.append(.init(longitude: anchor.0, latitude: anchor.1, label: w("一核", "core"), tooltip: tooltip, kind: "core"))
                continue
            }
            guard let district = snapshot.places.district(of: place.id),
                let boundary = matched.first(where: { $0.1?.id == district.id })?.0,
                let centre = Self.centre(boundary)
            else { continue }
            let n = perDistrict[district.id, default: 0]
            perDistrict[district.id] = n + 1
            markers.append(.init(
                longitude: centre.0 - 0.02, latitude: centre.1 - 0.05 - 0.045 * Double(n), label: w(place.name), tooltip: tooltip,
                kind: role == .zone ? "zone" : "park"))
        }
        return markers
    }

    /// The mean of the largest ring's points: where a district's label goes, near enough for a marker below it.
    static func centre(_ boundary: Boundary) -> (Double, Double)? {
        guard let ring = boundary.polygons.map(\.[0]).max(by: { $0.count < $1.count }), !ring.isEmpty else { return nil }
        return (ring.map(\.longitude).reduce(0, +) / Double(ring.count), ring.map(\.latitude).reduce(0, +) / Double(ring.count))
    }
}
