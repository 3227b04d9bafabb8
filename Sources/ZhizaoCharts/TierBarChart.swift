import Foundation

/// Horizontal bars on a logarithmic scale against tier lines (百亿, 千亿, 万亿) and target marks.
public struct TierBarChart {
    public struct Bar {
        public var label: String
        /// nil: no figure to draw; the bar is left empty and says so (its `valueLabel`, else the chart's empty
        /// label), e.g. a year-to-date figure that is not an annual output.
        public var value: Double?
        public var valueLabel: String
        public var tooltip: String
        /// Approximate or bounded figures are drawn hatched.
        public var isApproximate: Bool
        public var target: Double?
        public var targetLabel: String?
        public var link: String?

        public init(
            label: String, value: Double?, valueLabel: String, tooltip: String, isApproximate: Bool,
            target: Double? = nil, targetLabel: String? = nil, link: String? = nil
        ) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.tooltip = tooltip
            self.isApproximate = isApproximate
            self.target = target
            self.targetLabel = targetLabel
            self.link = link
        }
    }

    public struct Line {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var bars: [Bar]
    public var lines: [Line]
    public var minimum: Double
    public var maximum: Double

    public init(bars: [Bar], lines: [Line], minimum: Double, maximum: Double) {
        self.bars = bars
        self.lines = lines
        self.minimum = minimum
        self.maximum = maximum
    }

    public func render(title: String, id: String, emptyLabel: String) -> String {
        let labelWidth = min(330, 16 + (bars.map { SVG.textWidth($0.label) }.max() ?? 100))
        let right = 40.0, rowHeight = 32.0, top = 26.0
        let width = 980.0
        let plot = width - labelWidth - right
        var svg = SVG(width: width, height: top + rowHeight * Double(bars.count) + 8)
        func x(_ value: Double) -> Double {
            let clamped = min(max(value, minimum), maximum)
            return labelWidth + plot * (log10(clamped) - log10(minimum)) / (log10(maximum) - log10(minimum))
        }
        for line in lines {
            svg.line(x1: x(line.value), y1: top - 6, x2: x(line.value), y2: svg.height - 4, className: "tier-line")
            svg.text(line.label, x: x(line.value), y: top - 10, className: "tier-label", anchor: "middle")
        }
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            if let link = bar.link { svg.beginLink(link) }
            svg.text(bar.label, x: labelWidth - 8, y: y + rowHeight / 2 + 4, className: "bar-label", anchor: "end")
            if bar.link != nil { svg.endLink() }
            if let target = bar.target {
                let tx = x(target)
                svg.polygon(
                    [(tx, y + 3), (tx + 6, y + rowHeight / 2), (tx, y + rowHeight - 3), (tx - 6, y + rowHeight / 2)],
                    className: "target-mark", tooltip: bar.targetLabel)
            }
            if let value = bar.value {
                let end = x(value)
                svg.rect(
                    x: labelWidth, y: y + 6, width: end - labelWidth, height: rowHeight - 12,
                    className: bar.isApproximate ? "bar approx" : "bar", tooltip: bar.tooltip, rx: 2)
                // The figure sits inside the bar's end when it fits, so target marks never cover it.
                let inside = end - labelWidth > 120
                svg.text(
                    bar.valueLabel, x: inside ? end - 8 : end + 6, y: y + rowHeight / 2 + 4,
                    className: inside ? "bar-value inside" : "bar-value", anchor: inside ? "end" : "start", tooltip: bar.tooltip)
            } else {
                svg.text(
                    bar.valueLabel.isEmpty ? emptyLabel : bar.valueLabel, x: labelWidth + 4, y: y + rowHeight / 2 + 4,
                    className: "bar-missing", tooltip: bar.tooltip.isEmpty ? nil : bar.tooltip)
            }
        }
        return svg.render(title: title, id: id)
    }
}
