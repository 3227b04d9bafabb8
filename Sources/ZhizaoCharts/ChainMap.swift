/// An industrial chain as three columns, upstream to downstream; each link a box shaded by its strength.
public struct ChainMap {
    public struct Link {
        public var name: String
        /// "upstream", "midstream" or "downstream".
        public var stage: String
        /// "strong", "weak" or "absent".
        public var strength: String
        public var detail: String
        public var tooltip: String

        public init(name: String, stage: String, strength: String, detail: String, tooltip: String) {
            self.name = name
            self.stage = stage
            self.strength = strength
            self.detail = detail
            self.tooltip = tooltip
        }
    }

    public var links: [Link]
    /// Column headings for upstream, midstream and downstream.
    public var stages: [String]

    public init(links: [Link], stages: [String]) {
        self.links = links
        self.stages = stages
    }

    /// Upstream, midstream and downstream side by side (980 px), or with `narrow` (for phones) one below the
    /// other, 380 px wide.
    public func render(title: String, id: String, narrow: Bool = false) -> String {
        let order = ["upstream", "midstream", "downstream"]
        let column = narrow ? 372.0 : 300.0, gap = 40.0, box = 52.0, top = 34.0
        let counts = order.map { stage in links.filter { $0.stage == stage }.count }
        let height = narrow
            ? counts.reduce(0) { $0 + top + Double($1) * (box + 10) } + 4
            : top + Double(counts.max() ?? 1) * (box + 10) + 4
        var svg = SVG(width: narrow ? column + 8 : column * 3 + gap * 2 + 8, height: height)
        var stageTop = 0.0
        for (c, stage) in order.enumerated() {
            let x = narrow ? 4 : 4 + Double(c) * (column + gap)
            let heading = c < stages.count ? stages[c] : stage
            svg.text(narrow && c > 0 ? "↓ " + heading : heading, x: x + column / 2, y: stageTop + 20, className: "stage-label", anchor: "middle")
            if c > 0, !narrow {
                svg.polygon([(x - gap + 8, top + 14), (x - 8, top + 24), (x - gap + 8, top + 34)], className: "flow-arrow")
            }
            for (r, link) in links.filter({ $0.stage == stage }).enumerated() {
                let y = stageTop + top + Double(r) * (box + 10)
                svg.rect(x: x, y: y, width: column, height: box, className: "link \(link.strength)", tooltip: link.tooltip, rx: 6)
                svg.text(SVG.fitted(link.name, width: column - 20), x: x + 10, y: y + 21, className: "link-name", tooltip: link.name + " · " + link.tooltip)
                svg.text(SVG.fitted(link.detail, width: (column - 20) * 1.1), x: x + 10, y: y + 40, className: "link-detail", tooltip: link.detail)
            }
            if narrow { stageTop += top + Double(counts[c]) * (box + 10) }
        }
        return svg.render(title: title, id: id)
    }
}
