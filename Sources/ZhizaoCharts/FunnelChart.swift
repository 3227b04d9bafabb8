import Foundation

/// The cultivation ladder as a funnel: one centred band a rung, width by the logarithm of its count. The rung's
/// name stands in a column to the left and its count inside the band, so both always fit.
public struct FunnelChart {
    public struct Stage {
        public var label: String
        public var count: Double?
        public var countLabel: String
        public var tooltip: String

        public init(label: String, count: Double?, countLabel: String, tooltip: String) {
            self.label = label
            self.count = count
            self.countLabel = countLabel
            self.tooltip = tooltip
        }
    }

    public var stages: [Stage]
    /// Says the widths are logarithmic, written above the funnel.
    public var scaleNote: String?

    public init(stages: [Stage], scaleNote: String? = nil) {
        self.stages = stages
        self.scaleNote = scaleNote
    }

    /// The funnel `width` pixels wide (400 for phones).
    public func render(title: String, id: String, width: Double = 640) -> String {
        let rowHeight = 34.0, top = scaleNote == nil ? 2.0 : 24.0
        // The names' column is as wide as the longest name, up to 40 % of the chart; longer names are cut.
        let labelWidth = min(width * 0.4, 12 + (stages.map { SVG.textWidth($0.label) }.max() ?? 80))
        let countWidth = stages.map { SVG.textWidth($0.countLabel) + 16 }.max() ?? 60
        let centre = labelWidth + (width - labelWidth) / 2
        let maxHalf = (width - labelWidth) / 2 - 4, minHalf = min(maxHalf, max(40, countWidth / 2))
        var svg = SVG(width: width, height: top + rowHeight * Double(stages.count) + 2)
        if let scaleNote { svg.text(scaleNote, x: width, y: 14, className: "scale-note", anchor: "end") }
        let largest = stages.compactMap(\.count).max() ?? 1
        for (i, stage) in stages.enumerated() {
            let y = top + rowHeight * Double(i)
            let half: Double
            if let count = stage.count, count > 1, largest > 1 {
                half = minHalf + (maxHalf - minHalf) * log10(count) / log10(largest)
            } else {
                half = minHalf
            }
            let middle = y + rowHeight / 2 + 3
            svg.text(SVG.fitted(stage.label, width: labelWidth - 12), x: labelWidth - 10, y: middle, className: "funnel-label", anchor: "end", tooltip: stage.label)
            svg.rect(
                x: centre - half, y: y, width: half * 2, height: rowHeight - 4,
                className: stage.count == nil ? "funnel missing" : "funnel", tooltip: stage.tooltip, rx: 3)
            svg.text(stage.countLabel, x: centre, y: middle, className: "funnel-count", anchor: "middle", tooltip: stage.tooltip)
        }
        return svg.render(title: title, id: id)
    }
}
