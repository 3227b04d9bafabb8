/// A map of areas shaded by a measure (a choropleth), drawn from longitude/latitude outlines through a
/// ``MapProjection``: each area a link with its details on hover, areas without data hatched apart from zero,
/// a legend of the classes, and overlays (a corridor line, point markers) drawn on top. No tiles, no script.
public struct ChoroplethMap {
    public struct Area {
        public var name: String
        /// Outer rings and holes of all the area's polygons, as (longitude, latitude).
        public var rings: [[(Double, Double)]]
        /// The class (0 lightest), nil when the area has no data.
        public var classIndex: Int?
        /// Shown on hover: the name, the value with its unit, what else is known.
        public var tooltip: String
        public var link: String?
        /// Drawn stronger than the others (a district page's own district).
        public var highlighted: Bool

        public init(
            name: String, rings: [[(Double, Double)]], classIndex: Int?, tooltip: String, link: String? = nil,
            highlighted: Bool = false
        ) {
            self.name = name
            self.rings = rings
            self.classIndex = classIndex
            self.tooltip = tooltip
            self.link = link
            self.highlighted = highlighted
        }
    }

    /// A point drawn on the map: `kind` names its CSS class (`core`, `zone`, `park`).
    public struct Marker {
        public var longitude: Double
        public var latitude: Double
        public var label: String
        public var tooltip: String
        public var kind: String

        public init(longitude: Double, latitude: Double, label: String, tooltip: String, kind: String) {
            self.longitude = longitude
            self.latitude = latitude
            self.label = label
            self.tooltip = tooltip
            self.kind = kind
        }
    }

    public var areas: [Area]
    /// The legend: one label a class, lightest first; `noData` labels the hatched areas.
    public var legend: [String]
    public var noData: String?
    /// A line across the map (the corridor), as (longitude, latitude), with its name.
    public var corridor: (points: [(Double, Double)], label: String)?
    public var markers: [Marker]
    /// Area names are written on areas at least this large (square pixels); the others keep their hover text.
    public var labelArea: Double

    public init(
        areas: [Area], legend: [String], noData: String?, corridor: (points: [(Double, Double)], label: String)? = nil,
        markers: [Marker] = [], labelArea: Double = 1800
    ) {
        self.areas = areas
        self.legend = legend
        self.noData = noData
        self.corridor = corridor
        self.markers = markers
        self.labelArea = labelArea
    }

    /// How many shades the stylesheet has (`map-class-0` … `map-class-4`).
    public static let shades = 5

    /// The map `width` pixels wide (it scales down with its container), its legend below it.
    public func render(title: String, id: String, width: Double = 760) -> String {
        let projection = MapProjection(fitting: areas.flatMap(\.rings), width: width)
        // The legend's swatches, wrapped into rows that fit the width.
        let items = legend.enumerated().map { (label: $1, shade: "map-class-\(min($0, Self.shades - 1))") }
            + (noData.map { [(label: $0, shade: "map-nodata")] } ?? [])
        var placed: [(x: Double, row: Int)] = []
        var x = 12.0, row = 0
        for item in items {
            let itemWidth = 21 + SVG.textWidth(item.label) * 0.9 + 16
            if x + itemWidth > width, x > 12 { x = 12; row += 1 }
            placed.append((x, row))
            x += itemWidth
        }
        let rows = items.isEmpty ? 0 : row + 1
        let legendTop = projection.height + 6
        var svg = SVG(width: width, height: projection.height + Double(rows) * 24 + (rows > 0 ? 10 : 0))
        for area in areas {
            let shade = area.classIndex.map { "map-class-\(min($0, Self.shades - 1))" } ?? "map-nodata"
            if let link = area.link { svg.beginLink(link) }
            svg.path(projection.path(area.rings), className: "map-area \(shade)" + (area.highlighted ? " map-highlight" : ""), tooltip: area.tooltip)
            if let link = area.link, !link.isEmpty { svg.endLink() }
        }
        if let corridor, corridor.points.count > 1 {
            svg.polyline(corridor.points.map { projection.point($0.0, $0.1) }.map { ($0.x, $0.y) }, className: "map-corridor", tooltip: corridor.label)
        }
        for area in areas {
            guard let label = projection.labelPoint(area.rings), label.area >= labelArea else { continue }
            svg.text(area.name, x: label.x, y: label.y + 4, className: "map-label", anchor: "middle", tooltip: area.tooltip)
        }
        for marker in markers {
            let p = projection.point(marker.longitude, marker.latitude)
            svg.circle(cx: p.x, cy: p.y, r: marker.kind == "core" ? 9 : 5, className: "map-marker \(marker.kind)", tooltip: marker.tooltip)
            if !marker.label.isEmpty {
                svg.text(marker.label, x: p.x + 11, y: p.y + 4, className: "map-marker-label \(marker.kind)", tooltip: marker.tooltip)
            }
        }
        for (item, place) in zip(items, placed) {
            let top = legendTop + Double(place.row) * 24
            svg.rect(x: place.x, y: top + 4, width: 16, height: 14, className: "map-area \(item.shade)")
            svg.text(item.label, x: place.x + 21, y: top + 16, className: "map-legend")
        }
        return svg.render(title: title, id: id)
    }
}
