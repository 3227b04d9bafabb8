/// A schematic map: districts as tiles on a grid, each listing the zones and parks it hosts, with the core
/// (一核) at the centre and the corridor (一廊) as a band across the city. Not to scale.
public struct SpatialDiagram {
    public struct District {
        public var name: String
        public var link: String
        public var column: Int
        public var row: Int
        /// Zones and parks inside, with their role label ("三区", "园区").
        public var places: [(name: String, role: String, link: String?)]
        /// One line on what the district hosts (clusters, projects).
        public var hosts: String

        public init(
            name: String, link: String, column: Int, row: Int, places: [(name: String, role: String, link: String?)],
            hosts: String
        ) {
            self.name = name
            self.link = link
            self.column = column
            self.row = row
            self.places = places
            self.hosts = hosts
        }
    }

    public var districts: [District]
    /// The core's short label ("一核") and full name.
    public var core: (label: String, name: String)?
    public var corridor: String?

    public init(districts: [District], core: (label: String, name: String)?, corridor: String?) {
        self.districts = districts
        self.core = core
        self.corridor = corridor
    }

    public func render(title: String, id: String) -> String {
        let tileWidth = 230.0, tileHeight = 128.0, pad = 10.0
        let columns = (districts.map(\.column).max() ?? 0) + 1
        let rows = (districts.map(\.row).max() ?? 0) + 1
        let width = Double(columns) * (tileWidth + pad) + pad
        let height = Double(rows) * (tileHeight + pad) + pad
        var svg = SVG(width: width, height: height)
        if let corridor {
            // A band from the north-west to the south, where the corridor runs towards Shenzhen and Hong Kong.
            svg.polygon(
                [(width * 0.42, 0), (width * 0.62, 0), (width * 0.7, height), (width * 0.5, height)],
                className: "corridor", tooltip: corridor)
        }
        for district in districts {
            let x = pad + Double(district.column) * (tileWidth + pad)
            let y = pad + Double(district.row) * (tileHeight + pad)
            svg.beginLink(district.link)
            svg.rect(x: x, y: y, width: tileWidth, height: tileHeight, className: "district", tooltip: district.name, rx: 8)
            svg.text(district.name, x: x + 12, y: y + 24, className: "district-name")
            svg.endLink()
            var lineY = y + 44
            for place in district.places.prefix(3) {
                if let link = place.link { svg.beginLink(link) }
                svg.rect(x: x + 10, y: lineY - 13, width: tileWidth - 20, height: 18, className: "zone-badge", tooltip: place.name, rx: 4)
                svg.text("\(place.role) · \(place.name)", x: x + 16, y: lineY, className: "zone-name")
                if place.link != nil { svg.endLink() }
                lineY += 22
            }
            if !district.hosts.isEmpty {
                svg.text(district.hosts, x: x + 12, y: y + tileHeight - 10, className: "district-hosts", tooltip: district.hosts)
            }
        }
        if let core {
            let cx = width / 2, cy = height / 2
            svg.circle(cx: cx, cy: cy, r: 30, className: "core", tooltip: core.name)
            svg.text(core.label, x: cx, y: cy + 5, className: "core-label", anchor: "middle", tooltip: core.name)
        }
        return svg.render(title: title, id: id)
    }
}
