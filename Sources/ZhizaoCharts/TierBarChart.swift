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
    /// Says the scale is logarithmic (对数刻度), written above the labels.
    public var scaleNote: String?

    public init(bars: [Bar], lines: [Line], minimum: Double, maximum: Double, scaleNote: String? = nil) {
        self.bars = bars
        self.lines = lines
        self.minimum = minimum
        self.maximum = maximum
        self.scaleNote = scaleNote
    }

    /// The chart; `narrow` (for phones) writes each label above its bar, 400 px wide, instead of in a column
    /// to the left, 980 px wide.
    public func render(title: String, id: String, emptyLabel: String, narrow: Bool = false) -> String {
        let labelWidth = narrow ? 4 : min(330, 16 + (bars.map { SVG.textWidth($0.label) }.max() ?? 100))
        let right = narrow ? 24.0 : 40.0, rowHeight = narrow ? 50.0 : 32.0
        // On a phone the scale note has a line of its own above the tier labels.
        let top = narrow && scaleNote != nil ? 46.0 : 26.0
        let width = narrow ? 400.0 : 980.0
        // Where a row's bar sits, and its height.
        let barTop = narrow ? 22.0 : 6.0, barHeight = narrow ? 22.0 : rowHeight - 12
        let plot = width - labelWidth - right
        var svg = SVG(width: width, height: top + rowHeight * Double(bars.count) + 8)
        func x(_ value: Double) -> Double {
            let clamped = min(max(value, minimum), maximum)
            return labelWidth + plot * (log10(clamped) - log10(minimum)) / (log10(maximum) - log10(minimum))
        }
        if let scaleNote { svg.text(scaleNote, x: 0, y: 14, className: "scale-note") }
        for line in lines {
            svg.line(x1: x(line.value), y1: top - 6, x2: x(line.value), y2: svg.height - 4, className: "tier-line")
            svg.text(line.label, x: x(line.value), y: top - 10, className: "tier-label", anchor: narrow ? "end" : "middle")
        }
        for (i, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(i)
            let middle = y + barTop + barHeight / 2
            if let link = bar.link { svg.beginLink(link) }
            if narrow {
                svg.text(SVG.fitted(bar.label, width: width - 8), x: labelWidth, y: y + 16, className: "bar-label", tooltip: bar.label)
            } else {
                svg.text(bar.label, x: labelWidth - 8, y: middle + 4, className: "bar-label", anchor: "end")
            }
            if bar.link != nil { svg.endLink() }
            if let target = bar.target {
                let tx = x(target)
                svg.polygon(
                    [(tx, y + barTop - 3), (tx + 6, middle), (tx, y + barTop + barHeight + 3), (tx - 6, middle)],
                    className: "target-mark", tooltip: bar.targetLabel)
            }
            if let value = bar.value {
                let end = x(value)
                svg.rect(
                    x: labelWidth, y: y + barTop, width: end - labelWidth, height: barHeight,
                    className: bar.isApproximate ? "bar approx" : "bar", tooltip: bar.tooltip, rx: 2)
                // The figure sits inside the bar's end when it fits, so target marks never cover it.
                let inside = end - labelWidth > 120
                svg.text(
                    bar.valueLabel, x: inside ? end - 8 : end + 6, y: middle + 4,
                    className: inside ? "bar-value inside" : "bar-value", anchor: inside ? "end" : "start", tooltip: bar.tooltip)
            } else {
                svg.text(
                    bar.valueLabel.isEmpty ? emptyLabel : bar.valueLabel, x: labelWidth + 4, y: middle + 4,
                    className: "bar-missing", tooltip: bar.tooltip.isEmpty ? nil : bar.tooltip)
            }
        }
        return svg.render(title: title, id: id)
    }
}
