/// Vertical columns over time (revenue or output by year), values labelled above each column.
public struct ColumnChart {
    public struct Column {
        public var label: String
        public var value: Double
        public var valueLabel: String
        public var tooltip: String
        public var isApproximate: Bool

        public init(label: String, value: Double, valueLabel: String, tooltip: String, isApproximate: Bool = false) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.tooltip = tooltip
            self.isApproximate = isApproximate
        }
    }

    public var columns: [Column]
    /// A horizontal reference line, e.g. the 20 M CNY 规上 line.
    public var reference: (value: Double, label: String)?

    public init(columns: [Column], reference: (value: Double, label: String)? = nil) {
        self.columns = columns
        self.reference = reference
    }

    public func render(title: String, id: String) -> String {
        let height = 220.0, top = 24.0, bottom = 28.0, left = 16.0, slot = 84.0
        let width = max(280, left * 2 + slot * Double(columns.count))
        var svg = SVG(width: width, height: height)
        let peak = max(columns.map(\.value).max() ?? 1, reference?.value ?? 0) * 1.1
        let plot = height - top - bottom
        func y(_ value: Double) -> Double { top + plot * (1 - value / max(peak, 1e-9)) }
        svg.line(x1: left, y1: height - bottom, x2: width - left, y2: height - bottom, className: "axis")
        for (i, column) in columns.enumerated() {
            let x = left + slot * Double(i) + 14
            svg.rect(
                x: x, y: y(column.value), width: slot - 28, height: height - bottom - y(column.value),
                className: column.isApproximate ? "bar approx" : "bar", tooltip: column.tooltip, rx: 2)
            svg.text(column.valueLabel, x: x + (slot - 28) / 2, y: y(column.value) - 6, className: "bar-value", anchor: "middle", tooltip: column.tooltip)
            svg.text(column.label, x: x + (slot - 28) / 2, y: height - 10, className: "axis-label", anchor: "middle")
        }
        if let reference {
            svg.line(x1: left, y1: y(reference.value), x2: width - left, y2: y(reference.value), className: "tier-line")
            svg.text(reference.label, x: width - left, y: y(reference.value) - 4, className: "tier-label", anchor: "end")
        }
        return svg.render(title: title, id: id)
    }
}
